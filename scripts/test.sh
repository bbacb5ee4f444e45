#!/usr/bin/env bash
# Quick start 2: install what is needed, then run every check: formatter and
# linter, the type checker, and the unit and integration test suites.
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
bash scripts/bootstrap.sh --test || exit 1

failed_checks=0
echo "== biome"; pnpm exec biome check . || failed_checks=$((failed_checks + 1))
echo "== tsc"; pnpm exec tsc -p tsconfig.json --noEmit || failed_checks=$((failed_checks + 1))
echo "== tsc (web)"; pnpm --filter @carillon/web typecheck || failed_checks=$((failed_checks + 1))

mkdir -p test-results
rm -f test-results/vitest.json
echo "== vitest"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest_rc=$?

node scripts/totals.mjs test-results/vitest.json "$failed_checks"
totals_rc=$?
if [ "$vitest_rc" -ne 0 ] || [ "$totals_rc" -ne 0 ]; then exit 1; fi
exit 0
