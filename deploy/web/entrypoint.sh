#!/bin/sh
# Start of a Bayu web image (deploy/web/Dockerfile): writes the app's config.json and nginx's configuration
# from the environment, then runs the command (nginx). It writes nothing outside /tmp/bayu-web, so the
# root filesystem stays read-only. A missing or malformed variable stops the container with its name.
#
#   API_BASE_URL   the gateway's origin as browsers reach it, e.g. https://api.bayu.example
#                  (set it empty when the gateway is served on the app's own origin)
#   SSO_REALM_URL  the realm, e.g. https://sso.bayu.example/realms/bayu
#   SSO_CLIENT_ID  the Keycloak client; default: the image's app ($WEB_APP), which is its client id
#   LINK_<APP>     another app's address for cross-links, e.g. LINK_WEB_PUBLIC=https://www.bayu.example/
#                  becomes links["web-public"]
#
# The Content-Security-Policy lets the app connect to (and load images from) itself, the gateway and the
# SSO only, and post forms to itself and the SSO only: the same policy as tools/web/src/static-site.ts.
set -eu

# Overridable for tools/deploy's tests only; the image's CMD reads /tmp/bayu-web/nginx.conf.
runtime="${BAYU_WEB_RUNTIME_DIR:-/tmp/bayu-web}"
root="${BAYU_WEB_ROOT:-/srv/web}"
template="${BAYU_WEB_TEMPLATE:-/etc/bayu-web/nginx.conf.template}"

fail() {
  echo "bayu-web: $*" >&2
  exit 1
}

nl='
'
# valid PATTERN VALUE: VALUE is one line matching the extended regular expression PATTERN as a whole.
valid() {
  case "$2" in *"$nl"*) return 1 ;; esac
  printf '%s\n' "$2" | grep -Eqx "$1"
}

# Lower-case host names and no quotes, spaces, `;` or `$`: the values go into JSON and a header as they are.
ORIGIN='https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?'
REALM="$ORIGIN(/[A-Za-z0-9._~-]+)*/realms/[A-Za-z0-9._~-]+"
LINK="$ORIGIN(/[A-Za-z0-9._~%/-]*)?"
CLIENT='[a-z0-9][a-z0-9._-]*'

# scheme://host[:port] without the default port, as the URL standard's origin (and so the dev server) has it.
origin_of() {
  o=$(printf '%s\n' "$1" | sed -E 's#^([a-z]+://[^/]+).*$#\1#')
  case "$o" in
    http://*:80) o="${o%:80}" ;;
    https://*:443) o="${o%:443}" ;;
  esac
  printf '%s' "$o"
}

[ "${API_BASE_URL+set}" = set ] || fail "API_BASE_URL is not set (the gateway's origin, or empty for the app's own origin)"
[ -z "$API_BASE_URL" ] || valid "$ORIGIN" "$API_BASE_URL" || fail "API_BASE_URL=$API_BASE_URL is not an origin like https://api.bayu.example (no path, no trailing slash)"
sso_realm_url="${SSO_REALM_URL:-}"
[ -n "$sso_realm_url" ] || fail "SSO_REALM_URL is not set (e.g. https://sso.bayu.example/realms/bayu)"
valid "$REALM" "$sso_realm_url" || fail "SSO_REALM_URL=$sso_realm_url is not a realm URL like https://sso.bayu.example/realms/bayu"
client_id="${SSO_CLIENT_ID:-${WEB_APP:-}}"
[ -n "$client_id" ] || fail "SSO_CLIENT_ID is not set"
valid "$CLIENT" "$client_id" || fail "SSO_CLIENT_ID=$client_id is not a client id"
[ -f "$root/index.html" ] || fail "$root/index.html is missing: the image holds no built app"

links=''
for name in $(env | sed -n 's/^LINK_\([A-Z0-9_]*\)=.*$/\1/p' | sort -u); do
  eval "[ \"\${LINK_$name+set}\" = set ]" || continue
  eval "value=\${LINK_$name}"
  valid "$LINK" "$value" || fail "LINK_$name=$value is not an http(s) URL"
  key=$(printf '%s' "$name" | tr 'A-Z_' 'a-z-')
  links="${links:+$links, }\"$key\": \"$value\""
done

origins=''
for url in "$API_BASE_URL" "$sso_realm_url"; do
  [ -n "$url" ] || continue
  o=$(origin_of "$url")
  case " $origins " in *" $o "*) ;; *) origins="${origins:+$origins }$o" ;; esac
done
connect="'self' $origins"
BAYU_CSP="default-src 'self'; connect-src $connect; img-src 'self' data: blob: $connect; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' $(origin_of "$sso_realm_url")"
BAYU_WEB_ROOT="$root"
BAYU_WEB_RUNTIME_DIR="$runtime"
export BAYU_CSP BAYU_WEB_ROOT BAYU_WEB_RUNTIME_DIR

mkdir -p "$runtime"
printf '{ "apiBaseUrl": "%s", "realmUrl": "%s", "clientId": "%s", "links": { %s } }\n' \
  "$API_BASE_URL" "$sso_realm_url" "$client_id" "$links" > "$runtime/config.json.new"
mv "$runtime/config.json.new" "$runtime/config.json"
# Only these names: nginx's own variables ($uri, ...) stay as they are.
envsubst '${BAYU_CSP} ${BAYU_WEB_ROOT} ${BAYU_WEB_RUNTIME_DIR}' < "$template" > "$runtime/nginx.conf"

exec "$@"
