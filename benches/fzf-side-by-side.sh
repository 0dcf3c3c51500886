#!/usr/bin/env bash
# Per-query search time: carepath's matcher in process against `fzf --filter` on the same
# strings (every role's title, id, aliases and keywords), side by side in one run.
# fzf's figure is its whole process: reading the strings is part of every fzf query.
#
#   benches/fzf-side-by-side.sh DIR [RUNS]
#
# e.g. at 100,000 roles:
#   cargo run --release --example gen-data -- 100000 /tmp/g100k
#   benches/fzf-side-by-side.sh /tmp/g100k 11
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
dir=$1 runs=${2:-11}
command -v fzf >/dev/null || { echo "installing Debian's fzf" >&2; apt-get install -y fzf >/dev/null; }
cargo build --release --example search-time >/dev/null 2>&1
names=$(mktemp)
trap 'rm -f "$names"' EXIT
# The names search matches: `id`, `title`, and each string in `aliases` and `keywords`.
grep -hE '^(id|title|aliases|keywords) = ' "$dir"/roles/*.toml \
  | sed -E 's/^[a-z]+ = //; s/^\[//; s/\]$//' | grep -oE '"([^"\\]|\\.)*"' | sed -E 's/^"//; s/"$//' >"$names"
queries=("n" "nurs" "stroke nurse" "care worker")
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '%s strings from %s, median of %s runs\n' "$(wc -l <"$names")" "$dir" "$runs"
printf '%-16s %14s %14s\n' query carepath-ms fzf-ms
ours=$(target/release/examples/search-time "$dir" --runs "$runs" "${queries[@]}")
for q in "${queries[@]}"; do
  fzf_times=()
  for ((run = 1; run <= runs; run++)); do
    start=$(date +%s%N)
    fzf --filter "$q" <"$names" >/dev/null || true
    fzf_times+=("$(( ($(date +%s%N) - start) / 1000 ))")
  done
  fzf_ms=$(printf '%s\n' "${fzf_times[@]}" | median | awk '{printf "%.1f", $1 / 1000}')
  our_ms=$(printf '%s\n' "$ours" | awk -F'\t' -v q="$q" '$1 == q {print $2}')
  printf '%-16s %14s %14s\n' "$q" "$our_ms" "$fzf_ms"
done
