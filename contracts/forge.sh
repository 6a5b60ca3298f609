#!/usr/bin/env bash
# Runs the pinned forge (npm @foundry-rs/forge-linux-amd64) offline with the pinned compiler
# (npm solc 0.8.37 through tools/solc-shim.sh) and the settings in foundry.toml.
# Works from any directory; arguments pass through unchanged and are read relative to contracts/.
# Installs the npm toolchain (npm ci at the repository root) first if it is missing.
set -euo pipefail
contracts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$contracts/.." && pwd)"
forge="$root/node_modules/@foundry-rs/forge-linux-amd64/bin/forge"

if [ ! -x "$forge" ] || [ ! -d "$root/node_modules/solc" ]; then
  echo "forge.sh: installing the pinned npm toolchain (npm ci)…" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

export FOUNDRY_SOLC="$contracts/tools/solc-shim.sh"
export FOUNDRY_OFFLINE=true
cd "$contracts"
exec "$forge" "$@"
