#ifndef NAP_CNCURSES_SHIM_H
#define NAP_CNCURSES_SHIM_H
// Wide-character curses (get_wch, wint_t) is only declared with this define.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <ncurses.h>

// Attribute macros Swift does not import.
static const attr_t nap_A_NORMAL = A_NORMAL;
static const attr_t nap_A_BOLD = A_BOLD;
static const attr_t nap_A_REVERSE = A_REVERSE;
static const attr_t nap_A_DIM = A_DIM;
static const attr_t nap_A_UNDERLINE = A_UNDERLINE;

// The standard screen, a mutable C global Swift 6 refuses to read directly.
static inline WINDOW *nap_stdscr(void) { return stdscr; }

// Installs a handler without SA_RESTART, so a blocked wget_wch returns ERR/EINTR and the
// read loop can leave through its normal path (the union in struct sigaction is awkward in Swift).
static inline int nap_catch_signal(int signo, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(signo, &action, NULL) != 0) return -1;
    // A parent may have started us with the signal blocked; it must reach the handler.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

// Unblocks a signal whose handler ncurses installs itself (SIGWINCH: resizing).
static inline int nap_unblock_signal(int signo) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}
#endif
