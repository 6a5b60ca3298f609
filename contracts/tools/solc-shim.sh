#!/usr/bin/env bash
# The solc that forge runs (FOUNDRY_SOLC, set by forge.sh): the pinned npm solc-js behind the
# native solc command line. forge calls `--version` and
# `--base-path DIR [--include-path DIR]… --allow-paths DIRS --standard-json` with the input on
# stdin. solc-js does not know --allow-paths; reading a non-blocking stdin pipe fails with EAGAIN
# and piped output is cut at 128 KiB, so input and output go through temporary files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node_modules="$(cd "$here/../.." && pwd)/node_modules"

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --allow-paths) shift 2 ;;
    --standard-json) shift ;;
    *) args+=("$1"); shift ;;
  esac
done

export NODE_PATH="$node_modules"

# foundry.toml is the one place for compiler settings: refuse to compile with any other version.
wanted="$(sed -n 's/^solc_version *= *"\(.*\)"/\1/p' "$here/../foundry.toml")"
actual="$(node -e 'process.stdout.write(require("solc").version())')"
case "$actual" in
  "$wanted+"*) ;;
  *) echo "solc-shim: foundry.toml pins solc $wanted but npm solc is $actual (run npm ci)" >&2; exit 1 ;;
esac

for a in "${args[@]}"; do
  if [ "$a" = "--version" ]; then exec node "$here/solc-shim.js" --version; fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/in.json"
status=0
node "$here/solc-shim.js" "${args[@]}" --input-file "$tmp/in.json" --output-file "$tmp/out.json" \
  > "$tmp/log" 2>&1 || status=$?
# solc-js prints ">>> Cannot retry compilation with SMT…" notes that are not compiler output.
grep -v '^>>> ' "$tmp/log" >&2 || true
[ "$status" -eq 0 ] || exit "$status"
cat "$tmp/out.json"
