#!/usr/bin/env bash
# Scale run of sync (issue 21): N regions each push their mapping to their own branch
# (daerah/<code>) of one repository, then the facilitator pulls them all with
# `mufakat mapping pull` and builds the matrix. Prints one line of timings per N.
#
#   scripts/sync-scale.sh [N ...]          (default: 10 100)
#   MUFAKAT=.build/release/mufakat scripts/sync-scale.sh 546
#
# Needs git. Works in a temporary folder, removed at the end (KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v git >/dev/null || { echo "git tidak terpasang: apt-get install -y git" >&2; exit 2; }
bin=${MUFAKAT:-.build/debug/mufakat}
[ -x "$bin" ] || { echo "program $bin belum dibangun: swift build --product mufakat" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 100)
work=$(mktemp -d /tmp/mufakat-sync-scale.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
# Autonomous kab/kota and provinces, in catalogue order.
mapfile -t codes < <(awk -F, 'NR>1 && $5 ~ /^ya/ {print $1}' Sources/MufakatDomain/Resources/data/wilayah.csv)
# One mapping to copy: the demo's, renamed per region.
"$bin" demo --store "$work/template" --count 1 --seed 5 >/dev/null
template=$(ls "$work/template/mappings/"*.json | head -1)
tcode=$(basename "$template" .json)

printf '| regions | push all (s) | per region (ms) | pull all (s) | matrix (s) | repo size |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: |\n'
for n in "${sizes[@]}"; do
  run="$work/n$n"; mkdir -p "$run"
  git init -q --bare "$run/provinsi.git"
  remotes=()
  t0=$(now)
  for ((i = 0; i < n; i++)); do
    code=${codes[$i]}
    store="$run/daerah-$code"
    mkdir -p "$store"
    printf '{"address":"","city":"","email":"","head":{"name":"Kepala Daerah","title":"Kepala Daerah"},"letterNumberPattern":"{kode}/{nomor}","phone":"","regionCode":"%s","schemaVersion":1,"unitHead":{"name":"Kepala Bagian","title":"Kepala Bagian Kerja Sama"},"unitName":"Bagian Kerja Sama"}\n' "$code" > "$store/profile.json"
    sed "s/\"regionCode\" : \"$tcode\"/\"regionCode\" : \"$code\"/" "$template" > "$run/m-$code.json"
    "$bin" mapping import --store "$store" "$run/m-$code.json" >/dev/null
    "$bin" sync init --store "$store" --remote "$run/provinsi.git" >/dev/null
    "$bin" sync --store "$store" --quiet >/dev/null
    remotes+=("$run/provinsi.git#daerah/$code")
  done
  t1=$(now)
  "$bin" mapping pull --store "$run/fasilitator" "${remotes[@]}" >/dev/null 2>"$run/pull.err" || { tail -3 "$run/pull.err" >&2; exit 1; }
  t2=$(now)
  "$bin" mapping matrix --store "$run/fasilitator" --format csv --output "$run/matriks.csv" >/dev/null
  t3=$(now)
  pulled=$(ls "$run/fasilitator/mappings" | wc -l)
  [ "$pulled" -eq "$n" ] || { echo "hanya $pulled dari $n pemetaan yang masuk" >&2; exit 1; }
  size=$(du -sh "$run/provinsi.git" | cut -f1)
  awk -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v s="$size" \
    'BEGIN { printf "| %d | %.1f | %.0f | %.2f | %.2f | %s |\n", n, b - a, (b - a) * 1000 / n, c - b, d - c, s }'
done
