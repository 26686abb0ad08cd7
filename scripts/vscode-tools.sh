#!/usr/bin/env bash
# Installs the tools for testing inside real VS Code on an offline machine (npm registry + Debian only):
# Debian chromium + native build deps, node@24, code-server and playwright-core into a per-user cache keyed by
# versions, reused when complete. Prints the tools folder on stdout (last line). Idempotent; safe to re-run.
# Layout (test/vscode/lib.cjs reads it): node24/node_modules/node/bin/node, cs/node_modules/{code-server,playwright-core}.
set -euo pipefail
CS_VERSION=4.139.1
NODE_MAJOR=24
PW_VERSION=1.64.1
LAYOUT=2   # bump when the folder layout changes, so that a complete folder of an older layout is never reused
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/clinote"
DIR="$CACHE/code-server-$CS_VERSION-node$NODE_MAJOR-layout$LAYOUT"
log() { echo "[vscode-tools] $*" >&2; }
fail() { log "FAILED at step '$1': $2"; [ -z "${TMP:-}" ] || log "(not marked complete: $TMP; the next run starts it again)"; exit 1; }

# 1. Debian packages (chromium for the workbench, headers for code-server's native modules)
DEBS=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for p in "${DEBS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if ((${#missing[@]})); then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq >&2 || fail apt "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
    fail apt "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ] || fail apt "/usr/bin/chromium missing after apt"

# 2. node@24, then code-server + playwright-core, once per machine (marker written last, so a killed or failed
# install is redone from scratch by the next run)
if [ -f "$DIR/.complete" ]; then log "reusing $DIR"; echo "$DIR"; exit 0; fi
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"; flock 9   # two concurrent runs must not install into the same folder
if [ -f "$DIR/.complete" ]; then log "reusing $DIR"; echo "$DIR"; exit 0; fi
TMP="$DIR.partial"; rm -rf "$TMP"; mkdir -p "$TMP/node24" "$TMP/cs"
# npm 11 blocks dependency install scripts by default; node@24 (fetches its binary package) and code-server
# (postinstall runs nested npm installs that compile native modules, each its own project) need them. The
# versions are pinned and the folders are ours, so allow them for these installs only.
export npm_config_dangerously_allow_all_scripts=true npm_config_audit=false npm_config_fund=false
# Under `npm test` the outer npm exports its user agent ("npm/11 node/v20 ..."); an inherited one overrides the one
# npm computes, and code-server's postinstall takes the node version from it. Let each npm say which node runs it.
unset npm_config_user_agent
# The npm that runs this script (node 20), as a script file that node 24 can run too.
NPM_CLI="$(readlink -f "$(command -v npm)")"
case "$NPM_CLI" in *.js) ;; *) NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js" ;; esac
[ -f "$NPM_CLI" ] || fail npm "cannot find npm-cli.js (tried $NPM_CLI)"

# 2a. node@24 alone in its own folder: nothing else installed there can ever reinstall it while it runs.
log "npm install node@$NODE_MAJOR (in $TMP/node24)"
echo '{"name":"clinote-vscode-node","private":true}' > "$TMP/node24/package.json"
(cd "$TMP/node24" && npm install --no-save --loglevel=error "node@$NODE_MAJOR" >&2) || fail node24 "npm install node@$NODE_MAJOR failed"
NODE24_BIN="$TMP/node24/node_modules/node/bin"   # holds only the `node` binary
NODE24="$NODE24_BIN/node"
[ -x "$NODE24" ] || fail node24 "no binary at $NODE24"
v="$("$NODE24" --version)" || fail node24 "$NODE24 --version failed"
[[ "$v" == "v$NODE_MAJOR."* ]] || fail node24 "$NODE24 is $v, not v$NODE_MAJOR"
# The machine's npmrc sets nodedir=/usr (node 20's headers); node-gyp must build against node 24's own headers,
# which the binary package ships, or ABI-specific modules come out unloadable.
hdr="$(find "$TMP/node24/node_modules" -path '*/include/node/node_version.h' -print -quit)"
[ -n "$hdr" ] && grep -q "define NODE_MAJOR_VERSION $NODE_MAJOR\$" "$hdr" || fail node24 "no node $NODE_MAJOR headers in $TMP/node24"
NODEDIR="${hdr%/include/node/node_version.h}"

# 2b. code-server + playwright-core, with npm itself run by node 24 (code-server's postinstall checks the node in
# npm's user agent) and node 24 first on PATH (the postinstall runs `npm install` and node-gyp through PATH), so no
# script can see node 20. NODE too: `npm run` exported it as node 20, and build scripts may read it.
log "$v; npm install code-server@$CS_VERSION playwright-core@$PW_VERSION (in $TMP/cs; compiles, ~3-9 min)"
echo '{"name":"clinote-vscode-tools","private":true}' > "$TMP/cs/package.json"
(cd "$TMP/cs" && PATH="$NODE24_BIN:$PATH" NODE="$NODE24" npm_config_nodedir="$NODEDIR" \
  "$NODE24" "$NPM_CLI" install --no-save --loglevel=error "code-server@$CS_VERSION" "playwright-core@$PW_VERSION" >&2) ||
  fail code-server "npm install code-server@$CS_VERSION playwright-core@$PW_VERSION failed (output above)"
CS="$TMP/cs/node_modules/code-server"
[ -f "$CS/out/node/entry.js" ] || fail code-server "$CS/out/node/entry.js missing"
[ -d "$CS/lib/vscode/node_modules" ] || fail code-server-postinstall "$CS/lib/vscode/node_modules missing: its postinstall did not run"

# 2c. The native modules the postinstall compiled load under node 24 (Windows-only ones build as empty stubs).
"$NODE24" -e '
  const fs = require("fs"), path = require("path"), found = [], bad = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== "obj.target") walk(p); }
      else if (e.name.endsWith(".node") && p.includes("/build/Release/") && !/^win/.test(e.name)) found.push(p);
    }
  })(process.argv[1]);
  for (const f of found) try { process.dlopen({ exports: {} }, f); } catch (e) { bad.push(f + ": " + e.message.split("\n")[0]); }
  for (const m of ["@vscode/spdlog", "@vscode/sqlite3", "node-pty", "kerberos"])
    try { require(require.resolve(m, { paths: [process.argv[1]] })); } catch (e) { bad.push(m + ": " + e.message.split("\n")[0]); }
  if (bad.length || !found.length) { console.error(found.length + " compiled modules; failing:\n" + bad.join("\n")); process.exit(1); }
  console.error("[vscode-tools] " + found.length + " compiled native modules load under node " + process.version);
' "$CS/lib/vscode/node_modules" || fail native-modules "code-server's native modules do not load under node $NODE_MAJOR"
# (its own config and data folders: even --version writes a default config.yaml)
csv="$(XDG_CONFIG_HOME="$TMP/.xdg" XDG_DATA_HOME="$TMP/.xdg" "$NODE24" "$CS/out/node/entry.js" --version 2>/dev/null | tail -1)" ||
  fail code-server "entry.js --version failed under $v"
rm -rf "$TMP/.xdg"
[[ "$csv" == "$CS_VERSION "* ]] || fail code-server "entry.js --version printed '$csv', expected $CS_VERSION"
# playwright-core runs in the test drivers, under the system node.
node -e 'require(process.argv[1])' "$TMP/cs/node_modules/playwright-core" || fail playwright-core "playwright-core does not load"

rm -rf "$DIR"; mv "$TMP" "$DIR"
touch "$DIR/.complete"
log "installed $DIR ($(du -sh "$DIR" | cut -f1))"
echo "$DIR"
