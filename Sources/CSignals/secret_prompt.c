#include "CSignals.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static volatile sig_atomic_t echo_is_off = 0;
static volatile sig_atomic_t interrupted = 0;
static struct sigaction old_int, old_term, old_hup;

static void restore_on_signal(int signal_number) {
    if (echo_is_off) tcsetattr(0, TCSAFLUSH, &saved_termios);  /* async-signal-safe */
    echo_is_off = 0;
    if (signal_number == SIGINT) {
        interrupted = 1;
        return;
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

int pks_secret_begin(void) {
    interrupted = 0;
    if (tcgetattr(0, &saved_termios) != 0) return -1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_on_signal;  /* no SA_RESTART, so a blocked read() returns EINTR */
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &old_int);
    sigaction(SIGTERM, &action, &old_term);
    sigaction(SIGHUP, &action, &old_hup);
    struct termios quiet = saved_termios;
    quiet.c_lflag &= ~(tcflag_t)ECHO;
    echo_is_off = 1;
    return tcsetattr(0, TCSAFLUSH, &quiet);
}

void pks_secret_end(void) {
    if (echo_is_off) tcsetattr(0, TCSAFLUSH, &saved_termios);
    echo_is_off = 0;
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGHUP, &old_hup, NULL);
}

int pks_secret_was_interrupted(void) { return interrupted; }
