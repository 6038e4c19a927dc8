#!/usr/bin/env bash
# bench/deid/run.sh: VCF de-identification (VcfDeidentifier through bench/deid_probe) against
# bcftools on the same >= 1 GB VCF.gz.
#
#   bench/deid/run.sh [--build DIR] [--inputs DIR] [--rounds N] [--threads N] [--cases all|header]
#
# Inputs: DIR/bench.vcf.gz (+ .tbi; default bench/out-variants; generated when missing with
# `generate_inputs DIR --records 5000000 --samples 100 --only vcf`, 1.8 GB).
# 1. Header-only (safe-harbor profile, all samples pseudonymised): Steward with full
#    validation (input and output decoded, digests compared), Steward with byte-identity
#    validation, against `bcftools reheader -s` (and reheader + `tabix`, since Steward indexes).
# 2. Re-encode removing INFO/CSQ and INFO/gnomAD_AF: Steward (full validation + index) against
#    `bcftools annotate -x ... --threads N -Oz` (and annotate + `tabix`).
# Prints a Markdown table: wall and CPU seconds, peak MB, ratio Steward / bcftools.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build
inputs=bench/out-variants
rounds=1
threads=2
cases=all
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --inputs) inputs=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    *) echo "usage: bench/deid/run.sh [--build DIR] [--inputs DIR] [--rounds N] [--threads N] [--cases all|header]" >&2; exit 2 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
frozen=$(mktemp -d)
work=$(mktemp -d "${TMPDIR:-/tmp}/steward-deid-bench.XXXXXX")
trap 'rm -rf "$frozen" "$work"' EXIT
cp "$build/bench/deid_probe" "$frozen/deid_probe"
probe=$frozen/deid_probe
vcf=$inputs/bench.vcf.gz
if [ ! -f "$vcf" ]; then
  echo "Generating $vcf (5,000,000 records x 100 samples)..." >&2
  "$build/bench/generate_inputs" "$inputs" --records 5000000 --samples 100 --only vcf
fi
[ -f "$vcf.tbi" ] || tabix -p vcf "$vcf"
cat "$vcf" > /dev/null # into the page cache before timing

# New sample names for bcftools reheader: the same pseudonyms Steward writes.
"$probe" "$vcf" "$work/names.vcf.gz" --validation body --threads "$threads" > "$work/names.out"
bcftools query -l "$work/names.vcf.gz" > "$work/new-names.txt"
rm -f "$work"/names.vcf.gz*

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # label, command...: prints label|median wall|all walls|cpu|peak MB
  local label=$1; shift
  local walls=() cpu=0 peak=0
  for _ in $(seq "$rounds"); do
    rm -f "$work"/out.*
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" bash -c "$*" > "$work/cmd.out"
    read -r wall user sys mem < "$work/time"
    walls+=("$wall")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    [ "$mem" -gt "$peak" ] && peak=$mem
  done
  local m
  m=$(printf '%s\n' "${walls[@]}" | median)
  echo "$label|$m|${walls[*]}|$cpu|$((peak / 1024))"
}
row() { # case, steward measure, bcftools measure
  IFS='|' read -r sl sw sa sc sp <<< "$2"
  IFS='|' read -r bl bw ba bc bp <<< "$3"
  ratio=$(awk -v a="$sw" -v b="$bw" 'BEGIN {printf "%.2f", a / b}')
  echo "| $1 | $sl | $sw [$sa] | $sc | $sp | $bl | $bw [$ba] | $bc | $bp | **$ratio** |"
}

echo "## De-identification on $(basename "$vcf") ($(du -h "$vcf" | cut -f1)), threads $threads, $rounds round(s)"
echo
echo "| case | Steward | wall (s) | CPU (s) | peak (MB) | bcftools | wall (s) | CPU (s) | peak (MB) | ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|"
out=$work/out.vcf.gz
rh=$(measure "reheader -s" "bcftools reheader -s '$work/new-names.txt' -o '$out' '$vcf'")
rht=$(measure "reheader -s + tabix" "bcftools reheader -s '$work/new-names.txt' -o '$out' '$vcf' && tabix -p vcf '$out'")
s=$(measure "header-only, byte-identity check" "'$probe' '$vcf' '$out' --validation body --threads $threads")
grep -q '^method header-only' "$work/cmd.out" || { echo "expected header-only" >&2; cat "$work/cmd.out" >&2; exit 1; }
# Steward carries the input's index over when it matches the file, and re-indexes otherwise.
grep -q '^change Index carried over' "$work/cmd.out" ||
  echo "note: $vcf.tbi does not match $vcf, so Steward re-indexed (refresh it: tabix -f -p vcf $vcf)" >&2
row "header-only" "$s" "$rh"
row "header-only (+ index on both sides)" "$s" "$rht"
s=$(measure "header-only, full validation" "'$probe' '$vcf' '$out' --validation full --threads $threads")
grep -q '^validated 1' "$work/cmd.out" || { echo "validation failed" >&2; cat "$work/cmd.out" >&2; exit 1; }
row "header-only, full validation" "$s" "$rht"
[ "$cases" = header ] && exit 0
an=$(measure "annotate -x" "bcftools annotate --no-version -x INFO/CSQ,INFO/gnomAD_AF --threads $threads -Oz -o '$out' '$vcf'")
ant=$(measure "annotate -x + tabix" "bcftools annotate --no-version -x INFO/CSQ,INFO/gnomAD_AF --threads $threads -Oz -o '$out' '$vcf' && tabix -p vcf '$out'")
s=$(measure "re-encode, full validation" "'$probe' '$vcf' '$out' --remove-info CSQ,gnomAD_AF --threads $threads")
grep -q '^validated 1' "$work/cmd.out" || { echo "validation failed" >&2; cat "$work/cmd.out" >&2; exit 1; }
row "re-encode -2 INFO fields" "$s" "$an"
row "re-encode -2 INFO fields (+ index on both sides)" "$s" "$ant"
