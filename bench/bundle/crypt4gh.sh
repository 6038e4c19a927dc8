#!/usr/bin/env bash
# bench/bundle/crypt4gh.sh: Crypt4GH encryption and decryption throughput against OpenSSL's own
# ChaCha20-Poly1305 speed on one core (`openssl speed -evp chacha20-poly1305`, 16384-byte
# blocks), the cipher's ceiling.
#
#   bench/bundle/crypt4gh.sh [--build DIR] [--size-mb N] [--rounds N] [--dir DIR]
#
# On a generated file (default 2048 MB of random bytes, in the page cache before timing):
# 1. pipeline: bench/crypt4gh_probe, the file read through Steward's reader/writer with the
#    output discarded, 1 and 2 cipher threads;
# 2. end to end: `steward encrypt` / `steward decrypt` file to file (temporary name, fsync,
#    rename), 1 and 2 threads.
# Prints a Markdown table: median wall seconds, MB/s, and MB/s per thread / OpenSSL's MB/s
# (target >= 0.8). Runs are only meaningful on a quiet machine: the load average is printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build
size_mb=2048
rounds=3
dir=${TMPDIR:-/tmp}
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --size-mb) size_mb=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "usage: bench/bundle/crypt4gh.sh [--build DIR] [--size-mb N] [--rounds N] [--dir DIR]" >&2; exit 2 ;;
  esac
done
for tool in "$build/app/steward" "$build/bench/crypt4gh_probe"; do
  [ -x "$tool" ] || { echo "missing $tool: cmake --build $build --target steward crypt4gh_probe" >&2; exit 2; }
done
work=$(mktemp -d "$dir/steward-c4gh-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
frozen=$work/bin
mkdir -p "$frozen"
cp "$build/app/steward" "$build/bench/crypt4gh_probe" "$frozen/"
export STEWARD_NO_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen
steward=("$frozen/steward" --catalog "$work/catalog.sqlite")
probe=$frozen/crypt4gh_probe

in=$work/input.bin
echo "Generating $size_mb MB of random bytes..." >&2
head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$in"
"${steward[@]}" keygen --out "$work/bench" --no-passphrase > /dev/null
"${steward[@]}" --threads 2 encrypt --recipient-pk "$work/bench.pub" "$in" "$work/input.c4gh" > /dev/null
cat "$in" "$work/input.c4gh" > /dev/null # into the page cache before timing
bytes=$(stat -c %s "$in")

openssl_bps=$(openssl speed -evp chacha20-poly1305 -bytes 16384 -seconds 3 -mr 2>/dev/null |
  awk -F: '/^\+F:/ {print $4}')
openssl_mbs=$(awk -v b="$openssl_bps" 'BEGIN {printf "%.0f", b / 1e6}')

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # command...: median wall seconds over the rounds
  local walls=()
  for _ in $(seq "$rounds"); do
    rm -f "$work/out.bin"
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    walls+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${walls[@]}" | median
}
row() { # case, threads, seconds
  awk -v c="$1" -v t="$2" -v s="$3" -v b="$bytes" -v o="$openssl_mbs" 'BEGIN {
    mbs = b / s / 1e6
    printf "| %s | %d | %.3f | %.0f | %.2f |\n", c, t, s, mbs, mbs / t / o }'
}

echo "## Crypt4GH on $size_mb MB of random data, $rounds round(s), median wall"
echo
echo "OpenSSL $(openssl version | cut -d' ' -f2) chacha20-poly1305, 16384-byte blocks, one core: **$openssl_mbs MB/s**."
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores."
echo
echo "| case | threads | wall (s) | MB/s | per-thread ratio to OpenSSL |"
echo "|---|---|---|---|---|"
for t in 1 2; do
  row "encrypt, pipeline (output discarded)" "$t" "$(measure "$probe" encrypt "$in" "$work/bench.pub" --threads "$t")"
  row "decrypt, pipeline (output discarded)" "$t" "$(measure "$probe" decrypt "$work/input.c4gh" "$work/bench.sec" --threads "$t")"
done
for t in 1 2; do
  row "steward encrypt, file to file" "$t" "$(measure "${steward[@]}" --threads "$t" encrypt --recipient-pk "$work/bench.pub" "$in" "$work/out.bin")"
  row "steward decrypt, file to file" "$t" "$(measure "${steward[@]}" --threads "$t" decrypt --sk "$work/bench.sec" "$work/input.c4gh" "$work/out.bin")"
done
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
