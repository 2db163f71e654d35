# Sourced by start.sh and test.sh: makes a fresh clone runnable with what this machine kind offers
# (Debian packages and the npm registry only), then puts Node 24 from node_modules first on PATH.
set -euo pipefail

BAYU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$BAYU_ROOT"

log() { printf '\033[1;34m[bayu]\033[0m %s\n' "$*" >&2; }

# Debian packages: the dev Kafka broker is built against librdkafka; e2e browser tests use Chromium.
ensure_debian_packages() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm dependencies, reinstalled only when package-lock.json changed since the last install.
ensure_node_modules() {
  local stamp=node_modules/.bayu-lock-hash
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    # Not `npm ci`: the registry mirror lacks other platforms' optional packages (e.g. @swc/core-darwin-*),
    # which npm ci counts as a lockfile mismatch. `npm install` honours the lockfile and skips them.
    log "installing npm dependencies"
    npm install --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
  export PATH="$BAYU_ROOT/node_modules/.bin:$PATH"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 24 ]; then
    log "node_modules/.bin/node is missing or older than 24 (got $(node -v)); run npm install"
    exit 1
  fi
}

postgres_reachable() {
  node -e "require('net').connect(${BAYU_PG_PORT:-5432}, '${BAYU_PG_HOST:-127.0.0.1}').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"
}

export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false TZ=UTC
