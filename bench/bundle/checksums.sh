#!/usr/bin/env bash
# bench/bundle/checksums.sh: Steward's one-read SHA-256 + SHA-512 + MD5 (MultiDigest, through
# bench/checksums_probe, and `steward checksum` with a cold cache) against `openssl dgst -sha256`,
# `sha256sum`, and openssl computing the same three digests one after another.
#
#   bench/bundle/checksums.sh [--build DIR] [--size-mb N] [--rounds N] [--file PATH]
#
# The input (default 2048 MB of random bytes in $TMPDIR) is read once into the page cache
# before timing, so every tool runs the same way: hashing from memory, no disk. Prints a
# Markdown table: median wall seconds [all rounds], CPU seconds, GB/s, and the ratio to
# `openssl dgst -sha256` (lower is better). The machine should be quiet: other work on the
# cores shows up directly in the threaded rows.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build
size_mb=2048
rounds=3
file=
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --size-mb) size_mb=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --file) file=$2; shift 2 ;;
    *) echo "usage: bench/bundle/checksums.sh [--build DIR] [--size-mb N] [--rounds N] [--file PATH]" >&2; exit 2 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
[ -x "$build/bench/checksums_probe" ] || { echo "build the checksums_probe target first" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/steward-checksum-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$build/bench/checksums_probe" "$work/checksums_probe"
probe=$work/checksums_probe
steward=$build/app/steward
if [ -z "$file" ]; then
  file=$work/input.bin
  echo "Generating $file ($size_mb MB of random bytes)..." >&2
  head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$file"
fi
bytes=$(stat -c %s "$file")
cat "$file" > /dev/null # into the page cache before timing

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # label, command...: prints label|median wall|all walls|cpu of the last round
  local label=$1; shift
  local walls=() cpu=0
  for _ in $(seq "$rounds"); do
    rm -f "$work/catalog.sqlite"* # steward checksum: a cold cache every round
    /usr/bin/time -f '%e %U %S' -o "$work/time" bash -c "$*" > "$work/cmd.out"
    read -r wall user sys < "$work/time"
    walls+=("$wall")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  done
  echo "$label|$(printf '%s\n' "${walls[@]}" | median)|${walls[*]}|$cpu"
}

echo "## Checksums of $(basename "$file") ($((bytes / 1024 / 1024)) MB, page cache warm), $(nproc) cores, $rounds round(s)"
echo
echo "| tool | digests | wall (s) | CPU (s) | GB/s | ratio to openssl -sha256 |"
echo "|---|---|---|---|---|---|"
ref=$(measure "openssl dgst -sha256" "openssl dgst -sha256 '$file'")
ref_wall=$(cut -d'|' -f2 <<< "$ref")
row() { # digests, measure
  IFS='|' read -r label wall all cpu <<< "$2"
  local gbs ratio
  gbs=$(awk -v b="$bytes" -v w="$wall" 'BEGIN {printf "%.2f", (w > 0 ? b / w / 1e9 : 0)}')
  ratio=$(awk -v a="$wall" -v b="$ref_wall" 'BEGIN {printf "%.2f", a / b}')
  echo "| $label | $1 | $wall [$all] | $cpu | $gbs | **$ratio** |"
}
row "sha256" "$ref"
row "sha256" "$(measure "sha256sum" "sha256sum '$file'")"
row "sha256 + sha512 + md5" \
  "$(measure "openssl, three runs in sequence" "openssl dgst -sha256 '$file' && openssl dgst -sha512 '$file' && openssl dgst -md5 '$file'")"
s=$(measure "Steward MultiDigest, one read" "'$probe' '$file'")
# The three digests must agree with openssl's.
for a in sha256 sha512 md5; do
  want=$(openssl dgst "-$a" -r "$file" | cut -d' ' -f1)
  grep -q "^$a $want\$" "$work/cmd.out" || { echo "$a differs from openssl" >&2; cat "$work/cmd.out" >&2; exit 1; }
done
row "sha256 + sha512 + md5" "$s"
if [ -x "$steward" ]; then
  row "sha256 + sha512 + md5" \
    "$(measure "steward checksum (CLI, cold cache)" "'$steward' --catalog '$work/catalog.sqlite' checksum '$file'")"
fi
row "sha256" "$(measure "Steward MultiDigest, sha256 only" "'$probe' '$file' --algorithms sha256")"
row "sha256 + sha512 + md5" \
  "$(measure "Steward MultiDigest, one thread" "'$probe' '$file' --lanes 1")"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
