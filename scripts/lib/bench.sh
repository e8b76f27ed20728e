# SPDX-License-Identifier: Apache-2.0
# Shared by scripts/bench-*: a quiet release build, generated inputs, best-of-N wall times and
# ratios. Sourced, not run. Whole-process figures: the command as a user runs it, from start to
# exit, output to /dev/null; the file is read once before timing so that every program compared
# reads it from the page cache.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$(pwd)
bin=$root/build/release/bin/subvention
data=$root/build/release/bench-data
runs=${SUBVENTION_BENCH_RUNS:-3}

# bench_build TARGET…: release build of the targets, its output shown only on failure.
bench_build() {
    local log
    log=$(mktemp)
    if ! { cmake --preset release && cmake --build --preset release --target "$@"; } >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        exit 2
    fi
    rm -f "$log"
    mkdir -p "$data"
}

# bench_input KIND N: path of the generated input (made once, kept in build/release/bench-data).
bench_input() {
    local file=$data/$1-$2
    if [[ ! -s $file ]]; then
        "$root/build/release/tests/bench_inputs" "$1" "$2" "$file.tmp"
        mv "$file.tmp" "$file"
    fi
    cat "$file" >/dev/null
    echo "$file"
}

# best_of COMMAND-STRING: best wall time of $runs runs of `bash -c COMMAND-STRING`, in
# nanoseconds. The command's exit status is not judged here (a validator finding defects
# exits 1): each script checks the output once, apart from the timing.
best_of() {
    local best="" t0 t1
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        bash -c "$1" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        if [[ -z $best || $((t1 - t0)) -lt $best ]]; then best=$((t1 - t0)); fi
    done
    echo "$best"
}

# seconds NS: « 1.234 s ».
seconds() { awk -v n="$1" 'BEGIN { printf "%.3f s", n / 1e9 }'; }

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
