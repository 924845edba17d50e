#!/usr/bin/env bash
# Crash loop (issue 20): N SIGKILLs at random moments against `mufakat import`, `restore` and
# `bundle import` on one store, then proof that nothing is torn or lost, in the manner of
# SQLite's crash testing. After every kill each current and history file must still be whole
# JSON ("torn" counts those that are not), and every save that was acknowledged (exit 0)
# before must still be in the store ("lost"). At the end `check-store` repairs and verifies.
#
#   scripts/crash-loop.sh [N] [T]    N kills (default 100) of the commands, then T runs (default 0)
#                                    of the interface's Ctrl-S; MUFAKAT=path/to/mufakat
#
# Prints one line of figures: kills, completed, torn, lost, check-store exit code. With T > 0 the
# interface runs in tmux: open the first cooperation, Ctrl-S, SIGKILL at a random moment
# 0-199 ms after the keypress; a save counts as acknowledged when "Tersimpan (revisi N)" was on
# the screen before the kill.
set -u
N=${1:-100}
T=${2:-0}
M=${MUFAKAT:-.build/debug/mufakat}
[ -x "$M" ] || { echo "mufakat tidak ditemukan di $M; jalankan swift build dahulu atau setel MUFAKAT" >&2; exit 2; }
M=$(cd "$(dirname "$M")" && pwd)/$(basename "$M")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mufakat-crash-loop.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
S=$WORK/store
ACK=$WORK/ack.txt
: > "$ACK"
"$M" demo --store "$S" --count 6 --seed 20 >/dev/null 2>&1 || { echo "demo gagal" >&2; exit 2; }
IDS=($(ls "$S/cooperations" | sed 's/\.json$//'))

verify() {
  python3 - "$S" "$ACK" <<'PY'
import json, os, sys
root, ack = sys.argv[1], sys.argv[2]
torn = lost = 0
def whole(p):
    try:
        with open(p, 'rb') as f: json.load(f)
        return True
    except Exception:
        return False
for folder in ['cooperations'] + [os.path.join('history', d) for d in os.listdir(os.path.join(root, 'history'))]:
    full = os.path.join(root, folder)
    if not os.path.isdir(full): continue
    for name in os.listdir(full):
        if name.startswith('.') or not name.endswith('.json'): continue
        if not whole(os.path.join(full, name)):
            torn += 1; print('TORN', folder, name, file=sys.stderr)
for line in open(ack):
    key, rev = line.split(); rev = int(rev)
    hist = os.path.join(root, 'history', key, '%06d.json' % rev)
    cur = os.path.join(root, 'cooperations', key + '.json')
    ok = os.path.exists(hist)
    if not ok and os.path.exists(cur):
        try: ok = json.load(open(cur)).get('revision', 0) >= rev
        except Exception: ok = False
    if not ok:
        lost += 1; print('LOST', key, rev, file=sys.stderr)
print(torn, lost)
PY
}

acknowledge() {  # id: record the stored revision as acknowledged
  local rev
  rev=$("$M" history --store "$S" "$1" --json 2>/dev/null | python3 -c 'import json,sys; print(max(r["revision"] for r in json.load(sys.stdin)))' 2>/dev/null) || return
  echo "$1 $rev" >> "$ACK"
}

kills=0; completed=0; torn_total=0; lost_total=0
for i in $(seq 1 "$N"); do
  id=${IDS[$((RANDOM % ${#IDS[@]}))]}
  op=$((RANDOM % 3))
  pause=$(( (RANDOM % 2) * 20 ))
  case $op in
    0) # import an edited copy of the current revision
       "$M" show --store "$S" "$id" --json 2>/dev/null > "$WORK/in.json" || continue
       python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["cooperation"]["notes"]="putaran "+sys.argv[2]; json.dump(d, open(sys.argv[1],"w"))' "$WORK/in.json" "$i" || continue
       cmd=("$M" import --store "$S" "$WORK/in.json") ;;
    1) cmd=("$M" restore --store "$S" "$id" --revision 1) ;;
    2) # a bundle from a copy of the store one revision ahead
       rm -rf "$WORK/other"; cp -a "$S" "$WORK/other"
       "$M" show --store "$WORK/other" "$id" --json 2>/dev/null > "$WORK/b.json" || continue
       python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["cooperation"]["notes"]="bundel "+sys.argv[2]; json.dump(d, open(sys.argv[1],"w"))' "$WORK/b.json" "$i" || continue
       "$M" import --store "$WORK/other" "$WORK/b.json" >/dev/null 2>&1 || continue
       rm -f "$WORK/b.mufakat"
       "$M" bundle export --store "$WORK/other" --output "$WORK/b.mufakat" "$id" >/dev/null 2>&1 || continue
       cmd=("$M" bundle import --store "$S" "$WORK/b.mufakat") ;;
  esac
  MUFAKAT_STORE_TEST_PAUSE_MS=$pause "${cmd[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 2))$((RANDOM % 10))$((RANDOM % 10))"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null
    kills=$((kills + 1))
  else
    wait "$pid"; rc=$?
    if [ "$rc" = 0 ]; then completed=$((completed + 1)); acknowledge "$id"; fi
  fi
  read -r t l < <(verify)
  torn_total=$((torn_total + t)); lost_total=$((lost_total + l))
done
# The interface's Ctrl-S (needs tmux).
tui_runs=0; tui_kills=0; tui_saved=0
if [ "$T" -gt 0 ]; then
  command -v tmux >/dev/null || { echo "tmux tidak terpasang (apt-get install -y tmux)" >&2; exit 2; }
  SOCK="mufakat-crash-$$"
  screen_has() { tmux -L "$SOCK" capture-pane -p -t c 2>/dev/null | grep -q "$1"; }
  for i in $(seq 1 "$T"); do
    tmux -L "$SOCK" -f /dev/null new-session -d -s c -x 100 -y 30 -e TERM=xterm-256color -e LANG=C.UTF-8 \
      "exec \"$M\" open --store \"$S\"" || break
    pid=$(tmux -L "$SOCK" list-panes -t c -F '#{pane_pid}')
    for _ in $(seq 1 80); do screen_has "Daftar kerja sama" && break; sleep 0.1; done
    tmux -L "$SOCK" send-keys -t c Enter
    for _ in $(seq 1 80); do screen_has "Ctrl-S/F2 simpan" && break; sleep 0.1; done
    tui_runs=$((tui_runs + 1))
    # Which cooperation is open: its title from the title bar ("Mufakat · <jenis>: <judul> · <tahap>").
    id=$(tmux -L "$SOCK" capture-pane -p -t c | head -1 | python3 -c '
import json, os, sys
line = sys.stdin.read().split("\n")[0]
head = line.split(": ", 1)[1] if ": " in line else ""
head = head.split(" · ")[0].split("…")[0].strip()
root = sys.argv[1]
for f in sorted(os.listdir(os.path.join(root, "cooperations"))):
    if f.startswith(".") or not f.endswith(".json"): continue
    try: title = json.load(open(os.path.join(root, "cooperations", f)))["cooperation"]["title"]
    except Exception: continue
    if head and title.startswith(head): print(f[:-5]); break
' "$S" 2>/dev/null)
    tmux -L "$SOCK" send-keys -t c C-s
    sleep "0.$((RANDOM % 2))$((RANDOM % 10))$((RANDOM % 10))"
    if screen_has "Tersimpan (revisi"; then
      shown=$(tmux -L "$SOCK" capture-pane -p -t c | sed -n 's/.*Tersimpan (revisi \([0-9]*\)).*/\1/p' | tail -1)
      [ -n "$shown" ] && [ -n "$id" ] && echo "$id $shown" >> "$ACK" && tui_saved=$((tui_saved + 1))
    fi
    kill -9 "$pid" 2>/dev/null && tui_kills=$((tui_kills + 1))
    tmux -L "$SOCK" kill-server 2>/dev/null
    read -r t l < <(verify)
    torn_total=$((torn_total + t)); lost_total=$((lost_total + l))
  done
fi

"$M" check-store --store "$S" >/dev/null 2>&1; check=$?
read -r t l < <(verify)
lost_total=$((lost_total + l))
echo "runs=$N kills=$kills completed=$completed tui-runs=$tui_runs tui-kills=$tui_kills tui-acknowledged=$tui_saved torn=$torn_total lost=$lost_total check-store-exit=$check"
[ "$torn_total" = 0 ] && [ "$lost_total" = 0 ] && [ "$check" = 0 ]
