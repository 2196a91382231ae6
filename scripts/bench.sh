#!/usr/bin/env bash
# `npm run bench`: installs what the benchmark needs (npm packages, kcat),
# builds dist/, then runs bench/run.ts, which prints markdown tables to stdout.
# Arguments go to bench/run.ts: --quick, --messages N, --only kcat|kafkajs,
# --starts K, --cpu-prof DIR, --kcat-consume-args "...", --broker-script PATH, --no-extras.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v kcat >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "[bench] installing kcat" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=900 update -q >&2 \
      && apt-get -o DPkg::Lock::Timeout=900 install -y -q kcat >&2 \
      || echo "[bench] warning: apt-get failed; the kcat rows are skipped" >&2
  else
    echo "[bench] warning: kcat missing (apt-get install -y kcat); the kcat rows are skipped" >&2
  fi
fi

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[bench] npm ci" >&2
  npm ci >&2 || npm install --no-save >&2
fi

echo "[bench] npm run build" >&2
if ! npm run build >&2; then
  # tsc still emits JavaScript on type errors; measure what was emitted.
  [ -f dist/cli/kafka-server-start.js ] || { echo "[bench] error: build failed and dist/ is missing" >&2; exit 1; }
  echo "[bench] warning: npm run build reported errors; benchmarking the emitted dist/" >&2
fi

exec node --import tsx bench/run.ts "$@"
