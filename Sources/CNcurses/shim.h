#ifndef MUFAKAT_CNCURSES_SHIM_H
#define MUFAKAT_CNCURSES_SHIM_H

// Wide-character ncurses for Swift. Swift cannot import C macros with arguments nor
// mutable C globals safely under strict concurrency, so they are reached here, once.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <errno.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

static inline WINDOW *mufakat_stdscr(void) { return stdscr; }
static inline int mufakat_lines(void) { return LINES; }
static inline int mufakat_cols(void) { return COLS; }
static inline int mufakat_colors(void) { return COLORS; }
static inline int mufakat_color_pairs(void) { return COLOR_PAIRS; }
static inline void mufakat_set_escdelay(int ms) { set_escdelay(ms); }

static inline attr_t mufakat_a_normal(void) { return A_NORMAL; }
static inline attr_t mufakat_a_bold(void) { return A_BOLD; }
static inline attr_t mufakat_a_reverse(void) { return A_REVERSE; }
static inline attr_t mufakat_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mufakat_a_dim(void) { return A_DIM; }
static inline attr_t mufakat_a_italic(void) { return A_ITALIC; }
static inline int mufakat_color_pair_attr(int pair) { return (int)COLOR_PAIR(pair); }

static inline int mufakat_key_resize(void) { return KEY_RESIZE; }
static inline int mufakat_key_f(int n) { return KEY_F(n); }
static inline int mufakat_ok(void) { return OK; }
static inline int mufakat_err(void) { return ERR; }
static inline int mufakat_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one wide string at (y, x) with the given attributes and colour pair.
static inline int mufakat_put_wide(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    int col = x;
    for (const wchar_t *p = text; *p; ) {
        wchar_t cluster[CCHARW_MAX + 1];
        int n = 0;
        cluster[n++] = *p++;
        // Attach following combining characters (width 0) to the same cell.
        while (*p && wcwidth(*p) == 0 && n < CCHARW_MAX) { cluster[n++] = *p++; }
        cluster[n] = L'\0';
        if (setcchar(&cell, cluster, attrs, pair, NULL) != OK) { return ERR; }
        mvadd_wch(y, col, &cell);
        int w = wcwidth(cluster[0]);
        col += (w > 0 ? w : 1);
    }
    return OK;
}

/// Writes one cell: a grapheme cluster of at most CCHARW_MAX scalars (NUL-terminated).
static inline int mufakat_put_cell(int y, int x, const wchar_t *cluster, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, cluster, attrs, (short)pair, NULL) != OK) { return ERR; }
    return mvadd_wch(y, x, &cell);
}

/// Reads one input unit with the current timeout: returns OK (a character in *out),
/// KEY_CODE_YES (a key code in *out) or ERR (timeout or interrupted).
static inline int mufakat_read(int timeout_ms, unsigned int *out) {
    wint_t wc = 0;
    wtimeout(stdscr, timeout_ms);
    int r = wget_wch(stdscr, &wc);
    *out = (unsigned int)wc;
    return r;
}

/// Asks the kernel for the window size and tells curses when it changed (after Ctrl-Z and fg
/// no SIGWINCH may have been seen).
static inline void mufakat_sync_size(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        if (ws.ws_row != LINES || ws.ws_col != COLS) { resizeterm(ws.ws_row, ws.ws_col); }
    }
}

/// Writes a raw control sequence to the terminal, outside curses (bracketed paste on/off).
static inline void mufakat_write_raw(const char *seq) {
    ssize_t ignored = write(STDOUT_FILENO, seq, strlen(seq));
    (void)ignored;
}

/// Stops the process as Ctrl-Z would in cooked mode (raw mode delivers Ctrl-Z as a byte), with
/// the default disposition so curses' own handler does not run a second time; returns after fg.
static inline void mufakat_stop_self(void) {
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    kill(getpid(), SIGTSTP);
    sigaction(SIGTSTP, &old, NULL);
}

/// Display width of one Unicode scalar (after setlocale); -1 for non-printable.
static inline int mufakat_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

// ---- Crash hygiene -------------------------------------------------------------------------
// The terminal mode saved before curses started, restored by an async-signal-safe handler on a
// crash (SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE), which then re-raises the signal.
// Function-local statics: Swift's importer does not emit file-scope statics of a header, but
// emits the ones inside the inline functions that use them.
static inline __attribute__((always_inline)) struct termios *mufakat_saved_termios(void) { static struct termios saved; return &saved; }
static inline __attribute__((always_inline)) volatile sig_atomic_t *mufakat_termios_saved(void) { static volatile sig_atomic_t flag = 0; return &flag; }

static inline void mufakat_save_tty(void) {
    if (tcgetattr(STDIN_FILENO, mufakat_saved_termios()) == 0) { *mufakat_termios_saved() = 1; }
}

static inline void mufakat_restore_tty_raw(void) {
    if (*mufakat_termios_saved()) { tcsetattr(STDIN_FILENO, TCSANOW, mufakat_saved_termios()); }
    // Leave the alternate screen, show the cursor, end bracketed paste, reset attributes.
    static const char seq[] = "\033[?2004l\033[0m\033[?25h\033[?1049l\r\n";
    ssize_t ignored = write(STDOUT_FILENO, seq, sizeof(seq) - 1);
    (void)ignored;
}

static inline void mufakat_crash_handler(int sig) {
    mufakat_restore_tty_raw();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void mufakat_install_crash_handlers(void) {
    int sigs[] = { SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = mufakat_crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, NULL);
    }
}

// Termination signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only set a flag; the event loop sees
// it and shuts down cleanly (restoring the terminal through endwin). SIGQUIT is among them
// because the Swift runtime otherwise answers it with its crash reporter drawn over the screen,
// a 30-second wait and a garbled terminal (issue 20).
static inline __attribute__((always_inline)) volatile sig_atomic_t *mufakat_pending_signal(void) { static volatile sig_atomic_t sig = 0; return &sig; }
static inline void mufakat_flag_handler(int sig) { *mufakat_pending_signal() = sig; }
static inline void mufakat_install_termination_handlers(void) {
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = mufakat_flag_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
}
static inline int mufakat_take_pending_signal(void) {
    int s = *mufakat_pending_signal();
    *mufakat_pending_signal() = 0;
    return s;
}

#endif
