#!/usr/bin/env bash
# Wall time and peak RSS of `carepath --data DIR validate` for two builds, runs
# interleaved so that load on the machine falls on both alike; prints medians, MB/s of
# data and peak RSS as a multiple of the data's size.
#
#   benches/load-side-by-side.sh OLD_BIN NEW_BIN RUNS DIR...
#
# e.g. "did you mean" at scale, a clean set and one with 1,000 misspelt ids:
#   cargo run --release --example gen-data -- 10000 /tmp/clean
#   cargo run --release --example gen-data -- 10000 /tmp/typos --misspell 1000
#   benches/load-side-by-side.sh old/carepath target/release/carepath 5 /tmp/clean /tmp/typos
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
old=$1 new=$2 runs=$3
shift 3
declare -A secs rss
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for ((run = 1; run <= runs; run++)); do
  for dir in "$@"; do
    for bin in "$old" "$new"; do
      /usr/bin/time -o "$tmp" -f "%e %M" "$bin" --data "$dir" validate >/dev/null 2>&1 || true
      out=$(tail -1 "$tmp")
      secs["$bin|$dir"]+="${out% *} "
      rss["$bin|$dir"]+="${out#* } "
    done
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%-14s %9s %9s %7s %9s %9s %8s %8s %7s\n' "median of $runs" "old s" "new s" speedup "old MB/s" "new MB/s" "old RSS" "new RSS" "x data"
for dir in "$@"; do
  mb=$(du -sb "$dir" | awk '{print $1 / 1e6}')
  to=$(median <<<"${secs["$old|$dir"]}") tn=$(median <<<"${secs["$new|$dir"]}")
  ro=$(median <<<"${rss["$old|$dir"]}") rn=$(median <<<"${rss["$new|$dir"]}")
  awk -v d="$(basename "$dir")" -v mb="$mb" -v to="$to" -v tn="$tn" -v ro="$ro" -v rn="$rn" 'BEGIN {
    printf "%-14s %9.2f %9.2f %6.2fx %9.1f %9.1f %7.0fM %7.0fM %3.1f/%3.1f\n", d, to, tn, to / tn, mb / to, mb / tn,
      ro / 1024, rn / 1024, ro / 1024 / mb, rn / 1024 / mb }'
done
