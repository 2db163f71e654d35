#!/usr/bin/env bash
# The README's first command (npm start): the whole platform on this machine with embedded defaults
# (tools/dev-stack/README.md). Builds the services, then runs the dev stack in the foreground until Ctrl-C.
#   npm start                 start, seed the demo data, print URLs and demo logins
#   npm start -- --smoke      the same, then verify through the gateway and stop (exit 0 when it works)
export BAYU_START_EPOCH_MS="${BAYU_START_EPOCH_MS:-$(date +%s%3N)}"
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

ensure_debian_packages librdkafka-dev pkg-config build-essential
ensure_node_modules

build_log="${BAYU_DEV_DIR:-.bayu/dev}/logs/build.log"
mkdir -p "$(dirname "$build_log")"
log "building the services and the four web apps (prisma generate first; nx caches unchanged builds)"
if ! nx run-many -t build -p gateway registry campaign web-public web-hrss web-recommend web-skills-office --outputStyle=static > "$build_log" 2>&1; then
  tail -n 40 "$build_log" >&2
  log "the build failed; full output in $build_log"
  exit 1
fi

exec node -r ./tools/scripts/ts-register.cjs tools/dev-stack/src/cli.ts "$@"
