#!/usr/bin/env bash
# Quick start 1: install what is needed, then run the whole PBX on the embedded
# default (DynamoDB Local, S3-API server, control plane; demo tenant seeded).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
bash scripts/bootstrap.sh
exec pnpm exec tsx packages/embedded/src/cli.ts "$@"
