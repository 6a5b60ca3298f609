#!/bin/sh
# Starts Besu node xfjy-1 — 宁波市江北区消防救援大队 (JB-XFJY) — of consortium jiangbei.
# Needs Besu 26.x, which runs on Java 21 or later: `besu` on the PATH, or
# BESU=/path/to/besu/bin/besu. Other arguments go to Besu: ./start.sh --logging=DEBUG
set -eu
cd "$(dirname "$0")"
# Without its key Besu would make a new one: a node no allowlist or validator set knows.
if [ ! -f data/key ]; then
  echo "data/key is missing: restore this node's key (it is the node's identity)" >&2
  exit 1
fi
exec "${BESU:-besu}" --config-file=config.toml "$@"
