#!/usr/bin/env bash
# Time to the first frame of the app in a 120x40 pseudo-terminal (`examples/latency
# --first-frame`), for two builds, starts interleaved so that load on the machine falls
# on both alike; prints the median, least and most of each. A single start says little
# on a shared machine: its speed can drift by a third from one minute to the next.
#
#   cargo build --release --examples
#   benches/first-frame-side-by-side.sh OLD_BIN NEW_BIN STARTS DIR...
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
old=$1 new=$2 starts=$3
shift 3
harness=$(dirname "$0")/../target/release/examples/latency
[ -x "$harness" ] || { echo "no $harness: cargo build --release --examples" >&2; exit 2; }
declare -A times
for ((run = 1; run <= starts; run++)); do
  for dir in "$@"; do
    for bin in "$old" "$new"; do
      ms=$(CAREPATH_BIN=$bin "$harness" --data "$dir" --first-frame | sed -n 's/^first frame: \([0-9.]*\) ms$/\1/p')
      times["$bin|$dir"]+="$ms "
    done
  done
done
printf '%-18s %-8s %10s %10s %10s\n' "first frame (ms)" build median least most
for dir in "$@"; do
  for bin in "$old" "$new"; do
    label=old
    [ "$bin" = "$new" ] && label=new
    read -r median least most < <(tr ' ' '\n' <<<"${times["$bin|$dir"]}" | grep . | sort -n |
      awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }')
    printf '%-18s %-8s %10.1f %10.1f %10.1f\n' "$(basename "$dir")" "$label" "$median" "$least" "$most"
  done
done
