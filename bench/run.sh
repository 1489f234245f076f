#!/usr/bin/env bash
# Whole-process benchmarks of the shipped (Native AOT) meshgrade; docs/benchmarks.md shows one run.
#
#   bash bench/run.sh
#
# (a) One submission, whole process: `meshgrade check samples/complete` against two peers that
#     validate the same four lab files against the same four schemas (schema validation only):
#     ajv 2020-12 + ajv-formats in one node process (bench/peers/ajv-check.cjs), and
#     `spectral lint` with a ruleset of one `schema` rule per lab file (bench/peers/spectral-ruleset.mjs).
#     One hyperfine run with warm-up; prints the ratios meshgrade/ajv and meshgrade/Spectral.
# (b) A class of 10,000 generated submissions graded in one process (bench/MeshGrader.ClassBench,
#     Native AOT like meshgrade): submissions per second, peak RSS, allocation per submission, and
#     the same loop over the same files for two floors: reading + YamlDotNet's parser alone, and
#     reading + the grader's positioned tree.
# (c) Time and peak memory against file size, up to the 1 MiB limit: governance.yaml with a long
#     list (data_stewards) and with a wide map (unknown keys in operating_model).
#
# Installs what is missing: the peers from the npm registry at the versions pinned in
# bench/peers/package-lock.json into bench/.cache/peers (git-ignored), and hyperfine and GNU time
# with apt. Publishes meshgrade (Native AOT, linux-x64) into a temporary folder, unless
# MESHGRADE_EXECUTABLE names a published binary already. Results go to bench/.cache/results/.
# Needs the .NET SDK, node (>= 18.18) with npm, and bash; root or sudo for apt when a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cache="$root/bench/.cache"
peers="$cache/peers"
results="$cache/results"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

# --- Tools ---------------------------------------------------------------------------------------
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing with apt: ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not on PATH."

# --- Peers, at the pinned versions -----------------------------------------------------------------
if ! cmp -s bench/peers/package-lock.json "$peers/package-lock.json" || [ ! -d "$peers/node_modules" ]; then
  say "Installing the peers into bench/.cache/peers (npm ci)"
  rm -rf "$peers"
  mkdir -p "$peers"
  cp bench/peers/package.json bench/peers/package-lock.json "$peers/"
  # No install scripts: none of the peers needs one to run.
  npm ci --prefix "$peers" --ignore-scripts --no-audit --no-fund --loglevel=error
fi
export NODE_PATH="$peers/node_modules"
spectral="$peers/node_modules/.bin/spectral"
ajv=(node bench/peers/ajv-check.cjs)
ruleset=bench/peers/spectral-ruleset.mjs

# --- meshgrade, Native AOT ------------------------------------------------------------------------
if [ -n "${MESHGRADE_EXECUTABLE:-}" ]; then
  meshgrade="$MESHGRADE_EXECUTABLE"
else
  say "Publishing meshgrade (Native AOT, linux-x64) into a temporary folder"
  dotnet publish src/MeshGrader.Cli/MeshGrader.Cli.csproj -c Release -r linux-x64 -o "$work/meshgrade" \
    >"$work/publish.log" 2>&1 || { tail -n 30 "$work/publish.log"; die "dotnet publish failed."; }
  meshgrade="$work/meshgrade/meshgrade"
fi
[ -x "$meshgrade" ] || die "no meshgrade executable at $meshgrade."

# --- Sanity: each tool really validates -----------------------------------------------------------
# On the complete sample all three pass; on a broken one each must report the misspelt choice
# (data_product.output_format: tabel) and the uptime below the minimum (contract.sla_uptime: 85).
say "Sanity check on samples/complete and samples/data-mesh-one-mistake-per-step"
good=samples/complete
bad=samples/data-mesh-one-mistake-per-step
good_files=("$good/domain.yaml" "$good/contract.yaml" "$good/mlops.yaml" "$good/governance.yaml")
bad_files=("$bad/domain.yaml" "$bad/contract.yaml")
expect() { # NAME WANTED-EXIT OUTPUT-FILE EXIT PATTERN...
  local name=$1 want=$2 out=$3 got=$4 pattern
  shift 4
  [ "$got" -eq "$want" ] || { cat "$out"; die "$name exited $got, not $want."; }
  for pattern in "$@"; do
    grep -qF -- "$pattern" "$out" || { cat "$out"; die "$name did not report: $pattern"; }
  done
}
rc=0; "$meshgrade" check "$good" >"$work/out" 2>&1 || rc=$?; expect meshgrade 0 "$work/out" $rc "Score: 100/100"
rc=0; "${ajv[@]}" "$good" >"$work/out" 2>&1 || rc=$?; expect ajv 0 "$work/out" $rc "0 error(s)"
rc=0; "$spectral" lint -r "$ruleset" "${good_files[@]}" >"$work/out" 2>&1 || rc=$?; expect Spectral 0 "$work/out" $rc "No results"
rc=0; "$meshgrade" check "$bad" >"$work/out" 2>&1 || rc=$?
expect meshgrade 1 "$work/out" $rc "[DM-203]" "[DM-302]"
rc=0; "${ajv[@]}" "$bad" >"$work/out" 2>&1 || rc=$?
expect ajv 1 "$work/out" $rc "/data_product/output_format must be equal to one of the allowed values" "/contract/sla_uptime must be >= 90"
rc=0; "$spectral" lint -r "$ruleset" "${bad_files[@]}" >"$work/out" 2>&1 || rc=$?
expect Spectral 1 "$work/out" $rc "data_product.output_format" "contract.sla_uptime"
echo "meshgrade, ajv and Spectral pass the complete sample and report both known errors in the broken one."

# --- Machine --------------------------------------------------------------------------------------
version() { node -p "require('$peers/node_modules/$1/package.json').version"; }
mkdir -p "$results"
say "Machine"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cores (nproc): $(nproc)"
  echo "memory (free -h): $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
  echo "CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "load average before the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"
  echo ".NET SDK: $(dotnet --version)"
  echo "node: $(node --version)"
  echo "peers: ajv $(version ajv), ajv-formats $(version ajv-formats), yaml $(version yaml), @stoplight/spectral-cli $(version @stoplight/spectral-cli)"
  echo "hyperfine: $(hyperfine --version | cut -d ' ' -f 2)"
} | tee "$results/machine.txt"

# --- (a) One submission, whole process ------------------------------------------------------------
say "(a) One submission (samples/complete), whole process"
# --shell=none: no shell between hyperfine and the tool, so nothing to subtract; the command lines
# are quoted for hyperfine's own word splitting.
quote() { printf '%q ' "$@"; }
hyperfine --warmup 3 --min-runs 10 --shell=none \
  --export-json "$results/one-submission.json" --export-markdown "$results/one-submission.md" \
  -n meshgrade "$(quote "$meshgrade" check "$good")" \
  -n ajv "$(quote "${ajv[@]}" "$good")" \
  -n spectral "$(quote "$spectral" lint -r "$ruleset" "${good_files[@]}")"

node - "$results/one-submission.json" >"$results/one-submission-summary.md" <<'EOF'
const r = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8')).results;
const by = Object.fromEntries(r.map((x) => [x.command, x]));
const ms = (s) => (s * 1000).toFixed(1);
const row = (name, what) =>
  `| ${name} | ${what} | ${ms(by[name].mean)} ± ${ms(by[name].stddev)} | ${ms(by[name].min)} | ${ms(by[name].max)} | ${ms(by[name].user + by[name].system)} | ${by[name].times.length} |`;
const ra = by.meshgrade.mean / by.ajv.mean;
const rs = by.meshgrade.mean / by.spectral.mean;
console.log('| tool | what it does | wall, mean ± σ (ms) | min (ms) | max (ms) | CPU, user + sys (ms) | runs |');
console.log('|---|---|---|---|---|---|---|');
console.log(row('meshgrade', 'reads, validates, runs the rule checks, writes the located text report'));
console.log(row('ajv', 'reads the 4 files, compiles the 4 schemas, validates (schema only)'));
console.log(row('spectral', 'lints the 4 files with one `schema` rule each (schema only)'));
console.log('');
console.log(`meshgrade/ajv = ${ra.toFixed(3)} (target at most 0.10, aim 0.05: ${ra <= 0.10 ? 'met' : 'not met'})`);
console.log(`meshgrade/Spectral = ${rs.toFixed(3)} (target at most 0.03: ${rs <= 0.03 ? 'met' : 'not met'})`);
EOF
cat "$results/one-submission-summary.md"

# --- (c) Time and memory against file size --------------------------------------------------------
# Generated from samples/complete/governance.yaml, each line of the same width so that a size is
# reached to within one line: "long list" replaces data_stewards with a block list of stewards,
# "wide map" adds unknown keys to operating_model (each one a warning; the report shows 100).
say "(b) A class of ${CLASS_SIZE:=10000} generated submissions in one process (Native AOT)"
dotnet publish bench/MeshGrader.ClassBench/MeshGrader.ClassBench.csproj -c Release -r linux-x64 -o "$work/class-bench" \
  >"$work/class-publish.log" 2>&1 || { tail -n 30 "$work/class-publish.log"; die "publishing the class benchmark failed."; }
"$work/class-bench/MeshGrader.ClassBench" "$CLASS_SIZE" samples | tee "$results/class.txt"

say "(c) Time and peak memory against file size (governance.yaml; median time and largest RSS of 5 runs)"
base=samples/complete/governance.yaml
long_list() { # BYTES DIR
  local line='    - Data Steward 000000' head='  data_stewards:' rest
  rest=$(grep -v '^  data_stewards:' "$base" | wc -c)
  mkdir -p "$2"
  awk -v n=$(( ($1 - rest - ${#head} - 1) / (${#line} + 1) )) '
    /^  data_stewards:/ { print "  data_stewards:"; for (i = 1; i <= n; i++) printf "    - Data Steward %06d\n", i; next }
    { print }' "$base" >"$2/governance.yaml"
}
wide_map() { # BYTES DIR
  local line='  unknown_key_000000: some value' rest
  rest=$(wc -c <"$base")
  mkdir -p "$2"
  awk -v n=$(( ($1 - rest) / (${#line} + 1) )) '
    { print }
    /^  meeting_frequency:/ { for (i = 1; i <= n; i++) printf "  unknown_key_%06d: some value\n", i }' "$base" >"$2/governance.yaml"
}
runs=5
{
  echo '| shape | size (bytes) | lines | wall time (s), median | peak RSS (MiB), largest | exit |'
  echo '|---|---|---|---|---|---|'
  for shape in long_list wide_map; do
    for size in 16384 65536 262144 1047552; do   # 16 KiB, 64 KiB, 256 KiB, 1 MiB - 1 KiB
      dir="$work/sizes/$shape-$size"
      "$shape" "$size" "$dir"
      file="$dir/governance.yaml"
      rc=0; "$meshgrade" check "$dir" >/dev/null 2>&1 || rc=$?   # warm the page cache; keep the exit code
      : >"$work/times"
      for _ in $(seq "$runs"); do
        /usr/bin/time -o "$work/time" -f '%e %M' "$meshgrade" check "$dir" >/dev/null 2>&1 || true
        cat "$work/time" >>"$work/times"
      done
      median=$(sort -n -k 1 "$work/times" | awk -v m=$(( (runs + 1) / 2 )) 'NR == m { print $1 }')
      rss=$(sort -n -k 2 "$work/times" | tail -n 1 | awk '{ printf "%.1f", $2 / 1024 }')
      echo "| ${shape/_/ } | $(wc -c <"$file") | $(wc -l <"$file") | $median | $rss | $rc |"
    done
  done
} | tee "$results/file-size.md"
large="$(awk -F '|' '$2 ~ /long list/ && $3 + 0 > 1000000 { gsub(/ /, ""); print $5 " " $6 }' "$results/file-size.md")"
read -r large_s large_mib <<<"$large"
echo
echo "1 MiB long list: ${large_s} s and ${large_mib} MiB (target at most 0.150 s: $(awk -v t="$large_s" 'BEGIN { print (t <= 0.150) ? "met" : "not met" }'); at most 40 MiB: $(awk -v m="$large_mib" 'BEGIN { print (m <= 40) ? "met" : "not met" }'))" \
  | tee -a "$results/file-size.md"

echo "load average after the run: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
say "Results in bench/.cache/results/"
ls "$results"
