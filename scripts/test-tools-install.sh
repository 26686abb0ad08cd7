#!/usr/bin/env bash
# `npm run test:tools-install`: re-proves that scripts/vscode-tools.sh passes first time on a fresh machine. Two
# rounds, each with a new empty tools cache (XDG_CACHE_HOME) and a new empty npm cache (so every package is really
# downloaded and every install script really runs, as on a fresh CI machine). In each round the first run must
# succeed on its own (no retry), and a second run on the same cache must reuse it: print the same folder quickly
# without touching it. Not part of `npm test`: ~8 min on 2 cores. KEEP_TMP=1 keeps the caches (~820 MB each).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=2
log() { echo "[test:tools-install] $*"; }
failed=0
caches=()
for i in $(seq 1 "$ROUNDS"); do
  root="$(mktemp -d -t clinote-tools-XXXXXX)"; caches+=("$root")
  mkdir -p "$root/xdg" "$root/npm-cache"
  run() { XDG_CACHE_HOME="$root/xdg" npm_config_cache="$root/npm-cache" bash scripts/vscode-tools.sh >"$root/$1.out" 2>"$root/$1.err"; }
  log "round $i: fresh caches in $root"
  t=$SECONDS
  if ! run first; then
    log "round $i: FAIL, the first run failed after $((SECONDS - t))s; its last lines:"; tail -30 "$root/first.err"
    failed=1; continue
  fi
  first=$((SECONDS - t))
  dir="$(tail -1 "$root/first.out")"
  ok=1
  [ -f "$dir/.complete" ] || { log "round $i: no .complete marker in '$dir'"; ok=0; }
  [ ! -e "$dir.partial" ] || { log "round $i: $dir.partial left behind"; ok=0; }
  # the folder works where it ended up (it was built under another name and moved)
  v="$(XDG_CONFIG_HOME="$root/cfg" XDG_DATA_HOME="$root/cfg" "$dir/node24/node_modules/node/bin/node" \
    "$dir/cs/node_modules/code-server/out/node/entry.js" --version 2>/dev/null | tail -1)" || v=
  [ -n "$v" ] || { log "round $i: code-server does not run from $dir"; ok=0; }
  marker="$(stat -c %Y "$dir/.complete" 2>/dev/null || true)"
  t=$SECONDS
  if ! run second; then log "round $i: the second run failed:"; tail -30 "$root/second.err"; ok=0; fi
  second=$((SECONDS - t))
  [ "$(tail -1 "$root/second.out" 2>/dev/null)" = "$dir" ] || { log "round $i: the second run printed another folder"; ok=0; }
  grep -q "reusing $dir" "$root/second.err" || { log "round $i: the second run did not reuse $dir"; ok=0; }
  [ "$(stat -c %Y "$dir/.complete" 2>/dev/null || true)" = "$marker" ] || { log "round $i: the second run rewrote the folder"; ok=0; }
  ((second <= 30)) || { log "round $i: the second run took ${second}s (a reuse takes a few seconds)"; ok=0; }
  if ((ok)); then log "round $i: ok: installed in ${first}s on the first try ($(grep -o 'installed .*' "$root/first.err")), reused in ${second}s; $v"
  else log "round $i: FAIL"; failed=1; fi
done
if [ -n "${KEEP_TMP:-}" ]; then log "kept: ${caches[*]}"; else rm -rf "${caches[@]}"; fi
((failed == 0)) && log "PASS: $ROUNDS fresh installs, each on its first try, each reused by a second run" || log "FAILED"
exit "$failed"
