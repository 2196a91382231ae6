#!/usr/bin/env bash
# `npm test`: installs what the tests need, builds, checks the generated
# protocol code, runs the whole vitest suite and prints, as its LAST line,
#   N passed, M failed
# M counts failed tests, test files that failed to load, and failed checks
# (build, codegen). Exits non-zero when M > 0 or vitest wrote no report.
# Extra arguments go to vitest (e.g. `npm test -- test/unit/config`).
set -euo pipefail
cd "$(dirname "$0")/.."

checks_failed=0
note() { printf '\n== %s\n' "$*"; }

# --- System packages: kcat and Apache ZooKeeper (Debian) plus a Java runtime.
missing=()
command -v kcat >/dev/null 2>&1 || missing+=(kcat)
dpkg -s zookeeper >/dev/null 2>&1 || missing+=(zookeeper)
command -v java >/dev/null 2>&1 || missing+=(java)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# kafka-python and confluent-kafka for Debian's /usr/bin/python3, with the
# compression modules kafka-python uses (compat-python.test.ts).
python_pkgs=(python3-kafka python3-confluent-kafka python3-snappy python3-lz4 python3-zstandard)
for p in "${python_pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    note "installing system packages (missing: ${missing[*]})"
    export DEBIAN_FRONTEND=noninteractive
    # Another apt/dpkg may hold the lock; wait for it rather than fail.
    if ! { apt-get -o DPkg::Lock::Timeout=900 update -q \
        && apt-get -o DPkg::Lock::Timeout=900 install -y -q kcat zookeeper chromium "${python_pkgs[@]}"; }; then
      echo "warning: apt-get failed; tests that need kcat or ZooKeeper will fail" >&2
    fi
  else
    echo "warning: missing ${missing[*]}; as root run: apt-get install -y kcat zookeeper chromium ${python_pkgs[*]}" >&2
  fi
fi

# --- npm packages: install when absent or when the lock file changed.
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  note "npm ci"
  # npm 11's `npm ci` rejects a lock file that lacks other platforms' optional
  # packages (rollup's), which a registry mirror may not carry; `npm install
  # --no-save` installs the same locked versions without touching the lock.
  ci_log=$(mktemp)
  if npm ci >"$ci_log" 2>&1; then
    tail -n 3 "$ci_log"
  else
    grep -m 5 '^npm error' "$ci_log" >&2 || true
    echo "warning: npm ci failed (full log above cut to 5 lines); trying npm install --no-save" >&2
    if ! npm install --no-save; then
      echo "error: npm install failed" >&2
      checks_failed=$((checks_failed + 1))
    fi
  fi
  rm -f "$ci_log"
fi

# --- Build (the integration tests run the compiled broker and CLIs).
note "npm run build"
if ! npm run build; then
  echo "error: build failed" >&2
  checks_failed=$((checks_failed + 1))
fi

# --- Habits: the whole tree type-checks (tests, benchmarks and examples too),
# lints (typescript-eslint: no floating promises, type-only imports) and is
# formatted (prettier).
note "typecheck (tsc --noEmit over everything)"
if ! npx --no-install tsc --noEmit -p .; then
  echo "error: type errors (npm run typecheck)" >&2
  checks_failed=$((checks_failed + 1))
fi
note "lint (eslint)"
if ! npx --no-install eslint .; then
  echo "error: lint errors (npm run lint)" >&2
  checks_failed=$((checks_failed + 1))
fi
note "format check (prettier)"
if npx --no-install prettier --check . >/dev/null 2>&1; then
  echo "every file is formatted"
else
  npx --no-install prettier --list-different . | head -20 || true
  echo "error: files above are not formatted (npm run format)" >&2
  checks_failed=$((checks_failed + 1))
fi

# --- Generated protocol code must match the generator's output for the
# schemas kept in the repository (protocol/schemas).
note "codegen check"
tmp=$(mktemp -d)
if npx --no-install tsx protocol/codegen/generate.ts protocol/schemas "$tmp" >/dev/null \
    && diff -r protocol/generated "$tmp" >/dev/null; then
  echo "protocol/generated is up to date"
else
  diff -r protocol/generated "$tmp" | head -40 || true
  echo "error: protocol/generated differs from the generator's output; run npm run codegen" >&2
  checks_failed=$((checks_failed + 1))
fi
rm -rf "$tmp"

# --- Tests.
note "vitest"
report=test-output/vitest.json
mkdir -p test-output
rm -f "$report"
status=0
npx --no-install vitest run --passWithNoTests --reporter=default --reporter=json --outputFile="$report" "$@" || status=$?

if [ ! -f "$report" ]; then
  echo "error: vitest wrote no report ($report); exit status $status" >&2
  echo "0 passed, $((checks_failed + 1)) failed"
  exit 1
fi

counts=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  // A file that fails to load has no failed test but is a failure.
  const broken = (r.testResults || []).filter((f) => f.status === "failed"
    && !(f.assertionResults || []).some((a) => a.status === "failed")).length;
  console.log(r.numPassedTests, r.numFailedTests + broken);
' "$report")
read -r passed failed <<<"$counts"
failed=$((failed + checks_failed))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "error: vitest exited with status $status" >&2
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
