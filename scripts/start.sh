#!/usr/bin/env bash
# `npm start`: installs and builds when needed, then starts one broker with
# config/server.properties (localhost:9092, data under ./data, no ZooKeeper).
# Extra arguments go to kafka-server-start, e.g.
#   npm start -- --override log.dirs=/tmp/tributary --override num.partitions=3
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  # Fallback: see scripts/test.sh (npm 11 and optional platform packages).
  npm ci >&2 || npm install --no-save >&2
fi

entry=dist/cli/kafka-server-start.js
stale=0
if [ ! -f "$entry" ]; then
  stale=1
elif [ -n "$(find protocol client http-common broker streaming cli config examples tsconfig.json tsconfig.build.json package.json \
    -newer "$entry" \( -name '*.ts' -o -name '*.json' -o -path '*/public/*' \) -print -quit 2>/dev/null)" ]; then
  stale=1
fi
if [ "$stale" -eq 1 ]; then
  npm run build >&2
fi

exec node "$entry" config/server.properties "$@"
