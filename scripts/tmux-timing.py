#!/usr/bin/env python3
"""On-screen timings of the real interface under tmux, from a key (or the launch) to the bytes
that change the screen, read from the pane's output stream (`tmux pipe-pane`), not by polling
screenshots.

  scripts/tmux-timing.py startup --bin BIN --store STORE [--size 200x60] [--runs 5]
  scripts/tmux-timing.py save    --bin BIN --store STORE [--size 200x60] [--runs 9]
  scripts/tmux-timing.py floor   [--runs 9]
  scripts/tmux-timing.py search  --bin BIN --store STORE [--size 200x60] [--runs 5] [--text bo]
  scripts/tmux-timing.py key     --bin BIN --store STORE [--size 200x60] [--runs 9]
  scripts/tmux-timing.py type    --bin BIN --store STORE [--size 200x60] [--runs 9]

startup: from starting the process until the home list's header ("Judul") has been written;
         also the interface's resident memory (VmRSS) then, and when "Memuat" was first written.
save:    in the editor of the first cooperation of the list, from sending Ctrl-S until
         "Tersimpan (revisi N)" with a new N is on screen (the pane is read in a loop: a second
         save rewrites only the digits). Each run saves one more revision: use a copy of a store.
search:  on the home list, once the whole list is in (the reminders' title "Pengingat (" is
         written), "/" then each letter of --text: from the letter's key until the frame it
         causes is complete (its last byte, followed by 40 ms of quiet); first and further letters.
key:     on the home list, the Down key until its frame is complete.
type:    in the editor of the first cooperation, Tab to a text field, then one letter until its
         frame is complete. The letters are never saved, but the program keeps them as a draft
         (nothing typed is lost) and would offer it at the next start: before each run and
         after the last the store's `drafts/` folder is removed, so that every run (and any
         later mode) starts from the home list.
floor:   the same path for a key into `cat` (tmux's own latency, to compare with).
Prints one line per run and a summary: median, largest (p99 of so few runs), memory.
The store is the caller's: give a copy, never a store you care about.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

SOCK = "mufakat-timing-%d" % os.getpid()
PANES = 0


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SOCK, "-f", "/dev/null", *args], check=check,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode()


class Pane:
    """One tmux session running `command` once `go` exists, its output streamed to a file."""

    def __init__(self, command, size):
        # A new server for each pane: a server just killed may still hold the old socket.
        global SOCK, PANES
        PANES += 1
        SOCK = "mufakat-timing-%d-%d" % (os.getpid(), PANES)
        self.dir = tempfile.mkdtemp(prefix="mufakat-timing-")
        self.go = os.path.join(self.dir, "go")
        self.out = os.path.join(self.dir, "out")
        open(self.out, "wb").close()
        w, h = size.split("x")
        script = 'while [ ! -e "%s" ]; do sleep 0.001; done; exec %s' % (self.go, command)
        tmux("new-session", "-d", "-s", "t", "-x", w, "-y", h, "-e", "TERM=xterm-256color",
             "-e", "LANG=C.UTF-8", "-e", "NO_COLOR=1", "sh", "-c", script)
        tmux("pipe-pane", "-t", "t", "-o", "cat >> '%s'" % self.out)
        self.fd = open(self.out, "rb")
        self.seen = b""

    def start(self):
        open(self.go, "w").close()
        return time.monotonic()

    def pid(self):
        return int(tmux("list-panes", "-t", "t", "-F", "#{pane_pid}").strip())

    def wait_for(self, needle, timeout=120.0, after=0):
        """Time at which `needle` is first in the stream past offset `after`."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            chunk = self.fd.read()
            if chunk:
                self.seen += chunk
                if self.seen.find(needle, after) >= 0:
                    return time.monotonic()
            else:
                time.sleep(0.0005)
        return None

    def wait_frame(self, after, timeout=30.0, quiet=0.04):
        """Time of the last byte written after `after`, once the stream has been quiet for
        `quiet` seconds (the whole frame a key caused, however many writes it took)."""
        end = time.monotonic() + timeout
        last = None
        while time.monotonic() < end:
            chunk = self.fd.read()
            now = time.monotonic()
            if chunk:
                self.seen += chunk
                if len(self.seen) > after:
                    last = now
            elif last is not None and now - last >= quiet:
                return last
            else:
                time.sleep(0.0002)
        return last

    def mark(self):
        self.seen += self.fd.read()
        return len(self.seen)

    def revision_shown(self):
        """The revision in the "Tersimpan (revisi N)" message on screen now, or None."""
        m = re.findall(r"Tersimpan \(revisi (\d+)\)", tmux("capture-pane", "-p", "-t", "t", check=False))
        return int(m[-1]) if m else None

    def wait_revision(self, other_than, timeout=30.0):
        """Time at which a "Tersimpan (revisi N)" with N != other_than is on screen. The screen
        is diffed, so a second save rewrites only the digits: the pane is read, not the stream."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            r = self.revision_shown()
            if r is not None and r != other_than:
                return time.monotonic(), r
        return None, other_than

    def keys(self, *keys):
        tmux("send-keys", "-t", "t", *keys)

    def close(self):
        try:
            pid = self.pid()
        except Exception:
            pid = None
        tmux("kill-server", check=False)
        self.fd.close()
        shutil.rmtree(self.dir, ignore_errors=True)
        # Wait until the program has ended (it writes a draft and releases its edit lock as it
        # ends): the next run must not find the cooperation still open in another process.
        end = time.monotonic() + 10
        while pid is not None and time.monotonic() < end:
            try:
                os.kill(pid, 0)
            except OSError:
                break
            time.sleep(0.01)


def rss_mib(pid):
    try:
        for line in open("/proc/%d/status" % pid):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def load():
    return open("/proc/loadavg").read().split()[0]


def summary(name, values, unit="ms"):
    missing = sum(1 for v in values if v is None)
    values = [v for v in values if v is not None]
    if not values:
        print("%s: no run finished" % name)
        return
    print("%s: median %.1f %s, largest %.1f %s, smallest %.1f %s, %d runs%s" % (
        name, statistics.median(values), unit, max(values), unit, min(values), unit, len(values),
        "" if missing == 0 else " (%d more gave no frame within 5 s)" % missing))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["startup", "save", "floor", "search", "key", "type"])
    p.add_argument("--text", default="bo")
    p.add_argument("--bin")
    p.add_argument("--store")
    p.add_argument("--size", default="200x60")
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    if a.mode != "floor" and not (a.bin and a.store):
        p.error("--bin and --store are needed")
    cmd = "'%s' open --store '%s'" % (a.bin, a.store) if a.bin else "cat"
    print("load average at start: %s" % load())
    times, memory, first, whole = [], [], [], []
    if a.mode == "startup":
        for i in range(a.runs):
            pane = Pane(cmd, a.size)
            try:
                t0 = pane.start()
                t_first = pane.wait_for(b"emuat", timeout=5)  # "Memuat …" ("memuat" in a line)
                t1 = pane.wait_for(b"Judul")
                t_whole = pane.wait_for(b"Pengingat (")
                pid = pane.pid()
                time.sleep(1.0)  # settled: what the interface keeps while the officer works
                mem = rss_mib(pid)
                ms = None if t1 is None else (t1 - t0) * 1000
                fm = None if t_first is None else (t_first - t0) * 1000
                wm = None if t_whole is None else (t_whole - t0) * 1000
                times.append(ms); memory.append(mem); first.append(fm); whole.append(wm)
                print("run %d: header after %s ms, 'memuat' after %s ms, whole list after %s ms, VmRSS %s MiB, load %s" % (
                    i + 1, "%.1f" % ms if ms else "-", "%.1f" % fm if fm else "-", "%.1f" % wm if wm else "-",
                    "%.0f" % mem if mem else "-", load()))
                pane.keys("q")
            finally:
                pane.close()
        summary("start-up to the home list's header", times)
        summary("start-up to 'memuat'", first)
        summary("start-up to the whole list (reminders' title)", whole)
        summary("VmRSS 1 s after the whole list", memory, "MiB")
    elif a.mode == "save":
        pane = Pane(cmd, a.size)
        try:
            pane.start()
            if pane.wait_for(b"Judul") is None:
                sys.exit("the home list did not show")
            time.sleep(0.5)
            at = pane.mark()
            pane.keys("Enter")
            if pane.wait_for(b"simpan", after=at) is None:
                sys.exit("the editor did not open")
            time.sleep(0.5)
            shown = pane.revision_shown()
            for i in range(a.runs):
                t0 = time.monotonic()
                pane.keys("C-s")
                t1, shown = pane.wait_revision(shown)
                ms = None if t1 is None else (t1 - t0) * 1000
                times.append(ms)
                print("save %d: 'Tersimpan (revisi %s)' after %s ms, load %s" % (i + 1, shown, "%.1f" % ms if ms else "-", load()))
                time.sleep(0.3)
            memory.append(rss_mib(pane.pid()))
        finally:
            pane.close()
        summary("Ctrl-S until 'Tersimpan'", times)
        summary("VmRSS after the saves", memory, "MiB")
    elif a.mode in ("search", "key", "type"):
        letters = {}
        for i in range(a.runs):
            if a.mode == "type":
                shutil.rmtree(os.path.join(a.store, "drafts"), ignore_errors=True)
            pane = Pane(cmd, a.size)
            try:
                pane.start()
                if pane.wait_for(b"Pengingat (") is None:
                    sys.exit("the whole home list did not show")
                time.sleep(0.3)
                if a.mode == "search":
                    at = pane.mark(); pane.keys("/"); pane.wait_frame(at)
                    for n, ch in enumerate(a.text):
                        at = pane.mark()
                        t0 = time.monotonic()
                        pane.keys("-l", ch)
                        t1 = pane.wait_frame(at, timeout=5)
                        letters.setdefault(n, []).append(None if t1 is None else (t1 - t0) * 1000)
                elif a.mode == "key":
                    for n in range(5):
                        at = pane.mark()
                        t0 = time.monotonic()
                        pane.keys("Down")
                        t1 = pane.wait_frame(at, timeout=5)
                        times.append(None if t1 is None else (t1 - t0) * 1000)
                else:
                    at = pane.mark(); pane.keys("Enter")
                    if pane.wait_for(b"simpan", after=at) is None:
                        sys.exit("the editor did not open")
                    time.sleep(0.3)
                    at = pane.mark(); pane.keys("Tab"); pane.wait_frame(at)
                    for n in range(5):
                        at = pane.mark()
                        t0 = time.monotonic()
                        pane.keys("-l", "a")
                        t1 = pane.wait_frame(at, timeout=5)
                        times.append(None if t1 is None else (t1 - t0) * 1000)
                memory.append(rss_mib(pane.pid()))
                pane.keys("Escape")
            finally:
                pane.close()
        if a.mode == "type":
            shutil.rmtree(os.path.join(a.store, "drafts"), ignore_errors=True)
        if a.mode == "search":
            for n in sorted(letters):
                summary("search letter %d ('%s') until its frame is complete" % (n + 1, a.text[n]), letters[n])
        elif a.mode == "key":
            summary("home: Down until its frame is complete", times)
        else:
            summary("editor: one letter until its frame is complete", times)
        summary("VmRSS", memory, "MiB")
    else:
        pane = Pane("cat", a.size)
        try:
            pane.start()
            time.sleep(0.3)
            for i in range(a.runs):
                at = pane.mark()
                t0 = time.monotonic()
                pane.keys("x%d" % i)
                t1 = pane.wait_frame(at)
                times.append(None if t1 is None else (t1 - t0) * 1000)
                time.sleep(0.05)
        finally:
            pane.close()
        summary("tmux floor: a key sent to cat until its echo is complete", times)
    print("load average at end: %s" % load())


if __name__ == "__main__":
    main()
