#!/usr/bin/env bash
# Installs what Carillon needs on a fresh Debian machine with Node 20 + npm:
# pnpm (pinned by package.json), a Java runtime for DynamoDB Local, the Debian
# packages the tests drive (with --test), then the workspace dependencies.
# Idempotent: every step checks first, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "bootstrap: unknown option $arg" >&2; exit 2 ;;
  esac
done

log() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }

command -v npm >/dev/null 2>&1 || { echo "bootstrap: Node.js with npm is required" >&2; exit 1; }

# The pinned Node.js (see scripts/node-env.sh), from the npm registry.
source scripts/node-env.sh
if [ "$("$carillon_node_bin/node" -v 2>/dev/null)" != "v$carillon_node_version" ]; then
  log "installing Node.js $carillon_node_version ($carillon_node_pkg) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-save --no-package-lock --silent "$carillon_node_pkg@$carillon_node_version" >/dev/null 2>&1
fi

# Debian packages: the Java runtime for DynamoDB Local always; the SIP peers,
# browser and audio tools only for the test suite.
apt_pkgs=()
command -v java >/dev/null 2>&1 || apt_pkgs+=(default-jre-headless)
if [ "$want_test" = 1 ]; then
  while read -r cmd pkg; do
    [ -z "$cmd" ] && continue
    command -v "$cmd" >/dev/null 2>&1 || apt_pkgs+=("$pkg")
  done < scripts/test-packages.txt
fi
if [ "${#apt_pkgs[@]}" -gt 0 ]; then
  log "installing Debian packages: ${apt_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
fi

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  log "installing pnpm@$pnpm_version"
  npm install -g --silent "pnpm@$pnpm_version" >/dev/null 2>&1
  hash -r
fi

if [ -f pnpm-lock.yaml ]; then
  pnpm install --frozen-lockfile --reporter=silent
else
  pnpm install --reporter=silent
fi
log "ready (node $(node -v), pnpm $(pnpm --version))"
