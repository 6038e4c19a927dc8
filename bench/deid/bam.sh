#!/usr/bin/env bash
# bench/deid/bam.sh: Steward's BAM de-identification (read groups renamed in the header and in
# every record's RG:Z tag) against the two-step samtools equivalent, on one generated BAM.
#
#   bench/deid/bam.sh [--build DIR] [--input BAM] [--work DIR] [--threads N] [--rounds N]
#
#   --build DIR    build directory holding bench/deid_bam_probe and bench/generate_inputs [build]
#   --input BAM    the BAM to de-identify [bench/out/bench.bam, generated with
#                  generate_inputs --only bam when missing: 10 million reads, ~590 MB]
#   --work DIR     where outputs go (deleted after each round) [bench/out-deid]
#   --threads N    htslib threads for both sides (steward --threads, samtools -@) [2]
#   --rounds N     timed rounds per side; the median is reported [1]
#
# Steward (deid_bam_probe --profile rename): one re-encode pass that writes the new header,
# rewrites every RG:Z tag and builds the .bai on the fly, then re-reads the output and compares
# record count and content digest with the input (the validation every de-identified file gets).
# samtools: `samtools reheader -P` with the renamed header, then
# `samtools addreplacerg -m overwrite_all` (rewrites every RG:Z tag: samtools has no per-ID
# mapping, so all reads go to rg1, the same decode/encode work), then `samtools index`.
# Wall time, CPU time (user + system) and peak RSS from GNU time; inputs are read once first
# so every round runs from the page cache.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$repo/build"
input="$repo/bench/out/bench.bam"
work="$repo/bench/out-deid"
threads=2
rounds=1

die() { echo "bench/deid/bam.sh: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --input) input="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
[[ "$threads" =~ ^[0-9]+$ ]] || die "--threads needs a number, not '$threads'"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "--rounds needs a positive number, not '$rounds'"
build="$(cd "$build" 2>/dev/null && pwd)" || die "no build directory $build"
probe="$build/bench/deid_bam_probe"
[[ -x "$probe" ]] || die "$probe is missing (cmake --build $build --target deid_bam_probe)"
command -v samtools >/dev/null || die "samtools is not installed (sudo apt-get install samtools)"
timer=/usr/bin/time
[[ -x "$timer" ]] || die "GNU time is missing: sudo apt-get install time"

if [[ ! -s "$input" ]]; then
    gen="$build/bench/generate_inputs"
    [[ -x "$gen" ]] || die "$input is missing and so is $gen to generate it"
    echo "bench/deid/bam.sh: generating $input" >&2
    "$gen" "$(dirname "$input")" --only bam --reads 10000000 --threads "$threads" >&2
fi
mkdir -p "$work"
cat "$input" >/dev/null

# The renamed header for samtools reheader: @RG IDs become rg1, rg2 ... (no @PG of our own).
header="$work/renamed-header.sam"
samtools view -H --no-PG "$input" |
    awk 'BEGIN { FS = OFS = "\t" } /^@RG/ { for (i = 2; i <= NF; i++) if ($i ~ /^ID:/) $i = "ID:rg" (++n) } { print }' \
        >"$header"

# run NAME COMMAND...: one timed round, appends "wall cpu rss" to $work/NAME.times
run() {
    local name="$1"; shift
    "$timer" -f '%e %U %S %M' -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1 ||
        { cat "$work/$name.log" >&2; die "$name failed"; }
    awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$work/$name.time" >>"$work/$name.times"
}
median() { sort -n -k"$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }

rm -f "$work"/*.times
for ((r = 1; r <= rounds; r++)); do
    rm -f "$work"/steward.bam* "$work"/samtools*.bam*
    run steward "$probe" "$input" "$work/steward.bam" --threads "$threads"
    rm -f "$work"/steward.bam*
    run samtools bash -c "samtools reheader -P '$header' '$input' >'$work/samtools-reheader.bam' &&
        samtools addreplacerg --no-PG -@ '$threads' -m overwrite_all -R rg1 \
            -o '$work/samtools.bam' '$work/samtools-reheader.bam' &&
        rm -f '$work/samtools-reheader.bam' && samtools index -@ '$threads' '$work/samtools.bam'"
    rm -f "$work"/samtools*.bam*
done

size=$(stat -c %s "$input")
records=$(sed -n 's/.*records=\([0-9]*\).*/\1/p' "$work/steward.log")
printf 'input: %s (%d MB, %s records), threads %s, %s round(s)\n' "$input" $((size / 1000000)) \
    "$records" "$threads" "$rounds"
printf '%-44s %9s %9s %10s\n' "" "wall s" "cpu s" "peak MB"
for side in steward samtools; do
    label="steward (rewrite + index + validate)"
    [[ $side == samtools ]] && label="samtools reheader + addreplacerg + index"
    printf '%-44s %9s %9s %10d\n' "$label" "$(median "$work/$side.times" 1)" \
        "$(median "$work/$side.times" 2)" $(($(median "$work/$side.times" 3) / 1024))
done
awk -v s="$(median "$work/steward.times" 1)" -v t="$(median "$work/samtools.times" 1)" \
    -v sc="$(median "$work/steward.times" 2)" -v tc="$(median "$work/samtools.times" 2)" \
    'BEGIN { printf "ratio steward/samtools: wall %.2f, cpu %.2f\n", s / t, sc / tc }'
grep -o 'changes=.*' "$work/steward.log" || true
