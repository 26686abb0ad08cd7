#!/usr/bin/env bash
# Installs the tools for testing inside real VS Code on an offline machine (npm registry + Debian only):
# Debian chromium + native build deps, node@24, code-server and playwright-core into a per-user cache keyed by
# versions, reused when complete. Prints the tools folder on stdout (last line). Idempotent; safe to re-run.
set -euo pipefail
CS_VERSION=4.139.1
NODE_MAJOR=24
PW_VERSION=1.64.1
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/clinote"
DIR="$CACHE/code-server-$CS_VERSION-node$NODE_MAJOR"
log() { echo "[vscode-tools] $*" >&2; }

# 1. Debian packages (chromium for the workbench, headers for code-server's native modules)
DEBS=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for p in "${DEBS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if ((${#missing[@]})); then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# 2. node@24 + code-server + playwright-core, once per machine (marker written last, so a killed install retries)
if [ -f "$DIR/.complete" ]; then log "reusing $DIR"; echo "$DIR"; exit 0; fi
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"; flock 9   # two concurrent runs must not install into the same folder
if [ -f "$DIR/.complete" ]; then echo "$DIR"; exit 0; fi
TMP="$DIR.partial"; rm -rf "$TMP"; mkdir -p "$TMP"; cd "$TMP"
echo '{"name":"clinote-vscode-tools","private":true}' > package.json
# npm 11 blocks dependency install scripts by default; node@24 (fetches its binary package) and code-server
# (postinstall runs nested npm installs that compile native modules, each its own project) need them. The
# versions are pinned and the folder is ours, so allow them for this install only.
export npm_config_dangerously_allow_all_scripts=true npm_config_audit=false npm_config_fund=false
log "npm install node@$NODE_MAJOR (in $TMP)"
npm install --no-save --loglevel=error "node@$NODE_MAJOR" >&2
[ -x node_modules/.bin/node ] || { log "node@$NODE_MAJOR did not install a binary"; exit 1; }
export PATH="$TMP/node_modules/.bin:$PATH"
log "node $(node --version); npm install code-server@$CS_VERSION playwright-core@$PW_VERSION (compiles, ~3-5 min)"
npm install --no-save --loglevel=error "node@$NODE_MAJOR" "code-server@$CS_VERSION" "playwright-core@$PW_VERSION" >&2
[ -f node_modules/code-server/out/node/entry.js ] || { log "code-server missing"; exit 1; }
ls node_modules/code-server/lib/vscode/node_modules >/dev/null 2>&1 || { log "code-server postinstall did not run"; exit 1; }
rm -rf "$DIR"; mv "$TMP" "$DIR"
touch "$DIR/.complete"
log "installed $DIR ($(du -sh "$DIR" | cut -f1))"
echo "$DIR"
