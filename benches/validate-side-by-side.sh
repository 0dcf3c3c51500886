#!/usr/bin/env bash
# Times `carepath --data DIR validate` for two builds of carepath on the same data, runs
# interleaved so that load on the machine falls on both alike, and prints each median.
#
#   benches/validate-side-by-side.sh OLD_BIN NEW_BIN RUNS DIR...
#
# e.g. "did you mean" at scale (issue #11), a clean set and one with 1,000 misspelt ids:
#   cargo run --release --example gen-data -- 10000 /tmp/clean
#   cargo run --release --example gen-data -- 10000 /tmp/typos --misspell 1000
#   benches/validate-side-by-side.sh old/carepath target/release/carepath 5 /tmp/clean /tmp/typos
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
old=$1 new=$2 runs=$3
shift 3
declare -A times
for ((run = 1; run <= runs; run++)); do
  for dir in "$@"; do
    for bin in "$old" "$new"; do
      start=$(date +%s%N)
      "$bin" --data "$dir" validate >/dev/null || true
      times["$bin|$dir"]+="$(( ($(date +%s%N) - start) / 1000000 )) "
    done
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%-40s %12s %12s\n' "data (median of $runs runs, ms)" old new
for dir in "$@"; do
  printf '%-40s %12s %12s\n' "$dir" "$(median <<<"${times["$old|$dir"]}")" "$(median <<<"${times["$new|$dir"]}")"
done
