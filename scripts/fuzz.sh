#!/usr/bin/env bash
# Long fuzz run (issue 20): thousands of seeded mutations of rulebooks, cooperation files,
# mapping files and bundles, each fed to the command that reads it through the built binary.
# Any run that ends by a signal (exit >= 128: 132 illegal instruction, 134 abort, 139 segfault)
# is a crash; its input is shrunk to the smallest that still crashes the same way and kept as
# a regression fixture under Tests/Fixtures/fuzz/ (add a test that feeds it, then fix).
# The fast seeded pass that runs in `swift test` is in Tests/*/Fuzz and Tests/*/Hostile.
#
#   scripts/fuzz.sh [CASES] [SEED]      defaults: 2000 cases, seed 1; MUFAKAT=path/to/mufakat
#
# Exit 0 when no crash was found, 1 when fixtures were written.
set -u
CASES=${1:-2000}
SEED=${2:-1}
M=${MUFAKAT:-.build/debug/mufakat}
[ -x "$M" ] || { echo "mufakat tidak ditemukan di $M; jalankan swift build dahulu atau setel MUFAKAT" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export M=$(cd "$(dirname "$M")" && pwd)/$(basename "$M")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mufakat-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$M" demo --store "$WORK/seed-store" --count 3 --seed 5 >/dev/null 2>&1
"$M" bundle export --store "$WORK/seed-store" --output "$WORK/seed.mufakat" >/dev/null 2>&1
python3 - "$CASES" "$SEED" "$WORK" "$ROOT" <<'PY'
import hashlib, json, os, random, shutil, subprocess, sys
cases, seed, work, root = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
M = os.environ['M']
rng = random.Random(seed)
store = os.path.join(work, 'seed-store')
coop = open(os.path.join(store, 'cooperations', sorted(os.listdir(os.path.join(store, 'cooperations')))[0]), 'rb').read()
rulebook = open(os.path.join(root, 'Sources/MufakatDomain/Resources/data/rulebook.toml'), 'rb').read()
mapping_dir = os.path.join(store, 'mappings')
mapping = open(os.path.join(mapping_dir, sorted(os.listdir(mapping_dir))[0]), 'rb').read() if os.path.isdir(mapping_dir) and os.listdir(mapping_dir) else b'{"regionCode":"32.71","contact":{"name":"","title":""},"entries":[]}'
if b'"mufakat-revisi"' not in mapping:
    mapping = b'{"format":"mufakat-revisi","formatVersion":1,"mapping":' + mapping + b'}'
bundle = open(os.path.join(work, 'seed.mufakat'), 'rb').read()
INTERESTING = b'[]{}=.,:"\'#\\\n\t -+0123456789e_' + bytes([0, 0x7f, 0xff])
NUMBERS = [b'100000000000000000', b'-1', b'1e300', b'99999999999999999999999', b'-9223372036854775808']

def mutate(b):
    b = bytearray(b)
    for _ in range(rng.randint(1, 4)):
        if not b: break
        at = rng.randrange(len(b)); k = rng.randrange(8)
        if k == 7:
            # Replace a whole object value with a number: {"mapping": 5}.
            opens = [i for i, c in enumerate(b) if c == 123 and i > 0]
            j = rng.choice(opens) if opens else -1
            if j > 0:
                depth, e = 0, j
                while e < len(b):
                    depth += (b[e] == 123) - (b[e] == 125)
                    e += 1
                    if depth == 0: break
                b[j:e] = rng.choice(NUMBERS)
            continue
        if k == 0: del b[at]
        elif k == 1: b.insert(at, rng.choice(INTERESTING))
        elif k == 2: b[at] = rng.choice(INTERESTING)
        elif k == 3: del b[at:at + rng.randint(1, 40)]
        elif k == 4: b[rng.randrange(len(b) + 1):0] = b[at:at + rng.randint(1, 60)]
        elif k == 5: b = b[:at]
        else:
            j = at
            while j < len(b) and not (48 <= b[j] <= 57): j += 1
            e = j
            while e < len(b) and 48 <= b[e] <= 57: e += 1
            if j < len(b): b[j:e] = rng.choice(NUMBERS)
    return bytes(b)

def run(kind, data):
    path = os.path.join(work, 'case.' + ('toml' if kind == 'rulebook' else 'mufakat' if kind == 'bundle' else 'json'))
    open(path, 'wb').write(data)
    target = os.path.join(work, 'target')
    if kind == 'rulebook': cmd = [M, 'rulebook', 'check', path]
    elif kind == 'cooperation': cmd = [M, 'validate', path]
    else:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(store, target, symlinks=True)
        cmd = [M, 'mapping', 'import', '--store', target, path] if kind == 'mapping' else [M, 'bundle', 'import', '--store', target, path]
    try:
        return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30,
                              env=dict(os.environ, SWIFT_BACKTRACE='enable=no')).returncode
    except subprocess.TimeoutExpired:
        return 'timeout'

def crashed(rc): return rc == 'timeout' or (isinstance(rc, int) and (rc < 0 or rc >= 128))

def shrink(kind, data, rc):
    # Remove chunks, halving the chunk size, while the same crash remains.
    chunk = max(1, len(data) // 2)
    while chunk >= 1:
        i, changed = 0, False
        while i < len(data):
            candidate = data[:i] + data[i + chunk:]
            if candidate != data and run(kind, candidate) == rc: data, changed = candidate, True
            else: i += chunk
        if not changed: chunk //= 2
    return data

seeds = {'rulebook': rulebook, 'cooperation': coop, 'mapping': mapping, 'bundle': bundle}
weights = ['rulebook'] * 4 + ['cooperation'] * 4 + ['mapping'] * 3 + ['bundle']
found = 0
outdir = os.path.join(root, 'Tests/Fixtures/fuzz')
for n in range(cases):
    kind = rng.choice(weights)
    data = mutate(seeds[kind])
    rc = run(kind, data)
    if crashed(rc):
        small = shrink(kind, data, rc)
        os.makedirs(outdir, exist_ok=True)
        name = '%s-%s.bin' % (kind, hashlib.sha256(small).hexdigest()[:12])
        open(os.path.join(outdir, name), 'wb').write(small)
        found += 1
        print('CRASH exit=%s kind=%s case=%d -> Tests/Fixtures/fuzz/%s (%d bytes)' % (rc, kind, n, name, len(small)))
print('cases=%d seed=%d crashes=%d' % (cases, seed, found))
sys.exit(1 if found else 0)
PY
