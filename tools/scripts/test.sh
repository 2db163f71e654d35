#!/usr/bin/env bash
# The README's second command (npm test): every lint, type check, unit, integration and end-to-end test,
# against real PostgreSQL, the dev Kafka broker and the dev SSO.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

# chromium (+ a CJK font for readable screenshots): the agency apps' end-to-end tests drive Debian's Chromium.
ensure_debian_packages librdkafka-dev pkg-config build-essential chromium fonts-wqy-microhei
ensure_node_modules

if ! postgres_reachable; then
  log "PostgreSQL is not reachable at 127.0.0.1:5432: tests need a real server (trust auth, role root)."
  exit 1
fi

# One dev SSO for the whole run: it is stateless for tests. Each test file starts its own Kafka broker.
mkdir -p .bayu/test
node -r ./tools/scripts/ts-register.cjs tools/dev-sso/src/cli.ts --port 0 --state-file .bayu/test/sso.json > .bayu/test/sso.log 2>&1 &
sso_pid=$!
trap 'kill $sso_pid 2>/dev/null || true; wait $sso_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s .bayu/test/sso.json ] && break; sleep 0.2; done
[ -s .bayu/test/sso.json ] || { cat .bayu/test/sso.log; log "the dev SSO did not start"; exit 1; }
export BAYU_TEST_SSO_URL="$(node -p "require('./.bayu/test/sso.json').authServerUrl")"
log "dev SSO at $BAYU_TEST_SSO_URL"

# Two cores: two projects at a time, one jest worker each.
export BAYU_JEST_WORKERS="${BAYU_JEST_WORKERS:-1}"
targets="${BAYU_TEST_TARGETS:-lint typecheck test build e2e}"
nx run-many -t $targets --parallel="${BAYU_PARALLEL:-2}" --outputStyle=stream-without-prefixes "$@"
