#!/usr/bin/env bash
# The national meeting as a facilitator runs it (issue 19): every autonomous region (546) sends
# its bundle (`mufakat bundle export` of a store holding the region's demo mapping); the
# facilitator imports them all into a fresh store with one `mufakat mapping import`, then runs
# `mufakat mapping matrix` and `mufakat mapping matches`. Each step is timed as a whole process
# (wall clock, from the command's start to its exit); the import runs into a new store each time.
# Prints one Markdown table: median and min–max of RUNS runs per step, and the total of the medians.
#
#   scripts/meeting-scale.sh [--bin PATH] [--regions N] [--runs N] [--bundles DIR]
#
# --bin      the mufakat binary (default .build/release/mufakat, else .build/debug/mufakat)
# --regions  how many regions take part (default: all 546 autonomous ones, in catalogue order)
# --bundles  where the regions' bundles are made, and kept for the next call (default: a
#            temporary folder, removed at the end). Making 546 bundles starts 1,092 processes.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=""
REGIONS=0
RUNS=5
BUNDLES=""
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) BIN="$2"; shift 2 ;;
        --regions) REGIONS="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --bundles) BUNDLES="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "meeting-scale: pilihan tidak dikenal: $1" >&2; exit 2 ;;
    esac
done
if [ -z "$BIN" ]; then
    BIN=.build/release/mufakat
    [ -x "$BIN" ] || BIN=.build/debug/mufakat
fi
[ -x "$BIN" ] || { echo "meeting-scale: $BIN belum dibangun: swift build --product mufakat" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mufakat-meeting-XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
[ -n "$BUNDLES" ] || BUNDLES="$WORK/bundles"
mkdir -p "$BUNDLES"
# Never the user's own store, whatever a command does with its flags.
export MUFAKAT_STORE="$WORK/not-used"
export NO_COLOR=1

# Autonomous provinces and kab/kota, in catalogue order.
mapfile -t codes < <(awk -F, 'NR>1 && $5 ~ /^ya/ {print $1}' Sources/MufakatDomain/Resources/data/wilayah.csv)
[ "$REGIONS" -gt 0 ] && [ "$REGIONS" -lt "${#codes[@]}" ] && codes=("${codes[@]:0:$REGIONS}")

# 1. Every region's bundle: a store with the region's profile, its demo mapping, exported.
made=0
for code in "${codes[@]}"; do
    bundle="$BUNDLES/$code.mufakat"
    [ -s "$bundle" ] && continue
    store="$WORK/daerah"
    rm -rf "$store"; mkdir -p "$store"
    printf '{"address":"","city":"","email":"","head":{"name":"Kepala Daerah","title":"Kepala Daerah"},"letterNumberPattern":"{kode}/{nomor}","phone":"","regionCode":"%s","schemaVersion":1,"unitHead":{"name":"Kepala Bagian","title":"Kepala Bagian Kerja Sama"},"unitName":"Bagian Kerja Sama"}\n' "$code" > "$store/profile.json"
    "$BIN" demo --store "$store" --count 1 --seed 7 --reference-date 2026-01-15 >/dev/null
    "$BIN" bundle export --store "$store" --output "$bundle" >/dev/null
    made=$((made + 1))
done
rm -rf "$WORK/daerah"
bundles=()
for code in "${codes[@]}"; do bundles+=("$BUNDLES/$code.mufakat"); done
echo "${#bundles[@]} bundel daerah ($made baru dibuat) di $BUNDLES" >&2

now_ns() { date +%s%N; }
stats() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.0f %.0f %.0f\n", m, a[1], a[NR] }'; }

: > "$WORK/import"; : > "$WORK/matrix"; : > "$WORK/matches"
for ((run = 0; run <= RUNS; run++)); do       # run 0 warms the caches and is not counted
    store="$WORK/fasilitator-$run"
    t0=$(now_ns)
    "$BIN" mapping import --store "$store" "${bundles[@]}" >"$WORK/import.out" 2>&1 || { tail -3 "$WORK/import.out" >&2; exit 1; }
    t1=$(now_ns)
    "$BIN" mapping matrix --store "$store" >"$WORK/matrix.out" 2>&1 || { tail -3 "$WORK/matrix.out" >&2; exit 1; }
    t2=$(now_ns)
    "$BIN" mapping matches --store "$store" >"$WORK/matches.out" 2>&1 || { tail -3 "$WORK/matches.out" >&2; exit 1; }
    t3=$(now_ns)
    imported=$(ls "$store/mappings" | grep -c '\.json$' || true)
    [ "$imported" -eq "${#bundles[@]}" ] || { echo "meeting-scale: hanya $imported dari ${#bundles[@]} pemetaan yang masuk" >&2; exit 1; }
    if [ "$run" -gt 0 ]; then
        echo $(((t1 - t0) / 1000000)) >> "$WORK/import"
        echo $(((t2 - t1) / 1000000)) >> "$WORK/matrix"
        echo $(((t3 - t2) / 1000000)) >> "$WORK/matches"
    fi
    rm -rf "$store"
done

printf '%s, %s cores, load %s, %s\n\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$BIN"
printf '| step (%d regions, whole process) | median ms | min–max ms |\n| --- | ---: | ---: |\n' "${#bundles[@]}"
total=0
for step in import matrix matches; do
    read -r med lo hi < <(stats < "$WORK/$step")
    printf '| mapping %s | %s | %s–%s |\n' "$step" "$med" "$lo" "$hi"
    total=$((total + med))
done
printf '| total of the medians | %s | |\n' "$total"
