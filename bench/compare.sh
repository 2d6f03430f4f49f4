#!/usr/bin/env bash
# Compares `claimcheck segment` with other English sentence segmenters: NLTK's
# Punkt (Debian's python3-nltk), and the npm packages sbd and wink-nlp. For
# each it measures whole-process throughput on a generated corpus (median of
# RUNS runs) and its score on the 52 English Golden Rules, and prints a
# Markdown table.
#
#   bench/compare.sh [BUILD_DIR]        (default BUILD_DIR: build)
#
# Environment: CORPUS_MB (default 16) sizes the corpus, RUNS (default 5) the
# runs per segmenter, CLAIMCHECK_SHARED_DIR the reference data (default
# ../shared beside the checkout). Installs what is missing: python3-nltk with
# apt-get (as root), the npm packages into bench/node_modules with `npm ci`.
# Intermediate files go to bench/results/. Takes about 5 minutes on 2 cores.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
build=$(cd "${1:-$root/build}" 2>/dev/null && pwd || echo "${1:-$root/build}")
shared=${CLAIMCHECK_SHARED_DIR:-$root/../shared}
golden=$shared/data/golden_rules_en.jsonl
corpus_mb=${CORPUS_MB:-16}
runs=${RUNS:-5}
results=$bench/results
# Debian's NLTK is installed for Debian's interpreter, whatever python3 is first on PATH.
debian_python=/usr/bin/python3

say() { printf '%s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    say "compare.sh: missing packages; run as root: $*"
    exit 1
  fi
}

apt_install() {
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends "$@" \
    >/dev/null 2>&1 ||
    { as_root apt-get update >/dev/null &&
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends "$@"; }
}

# --- peers ---------------------------------------------------------------
# Debian packages no Punkt model (NLTK downloads "punkt" at run time, which
# is not possible offline), so the NLTK driver uses an untrained
# PunktSentenceTokenizer: Punkt's default parameters.
if ! "$debian_python" -c 'import nltk' 2>/dev/null; then
  say "installing python3-nltk"
  apt_install python3-nltk
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing nodejs and npm"
  apt_install nodejs npm
fi
if [ ! -d "$bench/node_modules/sbd" ] || [ ! -d "$bench/node_modules/wink-nlp" ] ||
   [ ! -d "$bench/node_modules/wink-eng-lite-web-model" ]; then
  say "installing sbd and wink-nlp into bench/node_modules"
  (cd "$bench" && npm ci --no-audit --no-fund >/dev/null)
fi
if [ ! -f "$golden" ]; then
  say "compare.sh: $golden not found; set CLAIMCHECK_SHARED_DIR"
  exit 1
fi

# --- claimcheck ----------------------------------------------------------
if [ ! -x "$build/bin/claimcheck" ] || [ ! -x "$build/bin/throughput_bench" ]; then
  say "building claimcheck in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target claimcheck throughput_bench >/dev/null
fi

mkdir -p "$results"
corpus=$results/corpus.txt
summary=$("$build/bin/throughput_bench" --write-corpus "$corpus" "$corpus_mb")
say "$summary"
corpus_bytes=$(stat -c %s "$corpus")
generated=$(sed -n 's/.* \([0-9]*\) generated sentences$/\1/p' <<<"$summary")

names=("claimcheck segment" "NLTK Punkt (untrained)" "sbd" "wink-nlp (sbd only)")
versions=("$("$build/bin/claimcheck" --version | awk '{print $2}')"
          "$("$debian_python" -c 'import nltk; print(nltk.__version__)')"
          "$(node -p "require('$bench/node_modules/sbd/package.json').version")"
          "$(node -p "require('$bench/node_modules/wink-nlp/package.json').version")")
commands=("$build/bin/claimcheck segment"
          "$debian_python $bench/peers/nltk_punkt.py"
          "node $bench/peers/sbd.js"
          "node $bench/peers/wink.js")
slugs=(claimcheck nltk sbd wink)

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Prints "WALL_SECONDS CPU_SECONDS" for `command corpus`: the median wall
# time of $runs runs and the mean user+system time (hyperfine), or the median
# wall time and "-" (a loop over `date`, when hyperfine is missing).
time_runs() {
  local command=$1 slug=$2
  if command -v hyperfine >/dev/null; then
    hyperfine --runs "$runs" --style none --export-json "$results/$slug.hyperfine.json" \
      "$command $corpus" >/dev/null 2>&1
    python3 -c 'import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
print(result["median"], result["user"] + result["system"])' "$results/$slug.hyperfine.json"
  else
    local times=() start end
    for _ in $(seq "$runs"); do
      start=$(date +%s.%N)
      $command "$corpus" >/dev/null
      end=$(date +%s.%N)
      times+=("$(echo "$end - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | median | tr '\n' ' '
    echo "-"
  fi
}

rows=()
for i in "${!names[@]}"; do
  slug=${slugs[$i]} command=${commands[$i]}
  say "measuring ${names[$i]}"
  # One untimed run whose output is kept: it counts the sentences found and
  # warms the page cache for the timed runs.
  $command "$corpus" >"$results/$slug.sentences.txt"
  found=$(wc -l <"$results/$slug.sentences.txt")
  read -r wall cpu < <(time_runs "$command" "$slug")
  wall_rate=$(awk -v b="$corpus_bytes" -v s="$wall" 'BEGIN { printf "%.1f", b / 1e6 / s }')
  cpu_rate=$([ "$cpu" = "-" ] && echo "-" ||
             awk -v b="$corpus_bytes" -v s="$cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }')
  $command --jsonl <"$golden" >"$results/$slug.golden.jsonl"
  score=$(python3 "$bench/golden_rules_score.py" "$golden" "$results/$slug.golden.jsonl" \
          --failures 2>"$results/$slug.golden-failures.txt")
  rows+=("| ${names[$i]} ${versions[$i]} | $wall_rate | $cpu_rate | $found | $score |")
done

corpus_size=$(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "Corpus: $corpus_size MB of generated prose, $generated sentences as generated;" \
     "$runs runs each; $(nproc) cores; $(date -u +%Y-%m-%d)."
echo
echo "| segmenter | MB/s (wall, median) | MB/s (CPU time) | sentences found | Golden Rules |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
