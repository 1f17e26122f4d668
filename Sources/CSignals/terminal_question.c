#include "CSignals.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static volatile sig_atomic_t settings_saved = 0;
static volatile sig_atomic_t interrupted = 0;
static struct sigaction old_int, old_term, old_hup;

static void restore_on_signal(int signal_number) {
    if (settings_saved) tcsetattr(0, TCSAFLUSH, &saved_termios);  /* async-signal-safe */
    settings_saved = 0;
    if (signal_number == SIGINT) {
        interrupted = 1;
        return;
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

int pks_question_begin(int hide_input, unsigned char also_ending) {
    interrupted = 0;
    if (tcgetattr(0, &saved_termios) != 0) return -1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_on_signal;  /* no SA_RESTART, so a blocked read() returns EINTR */
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &old_int);
    sigaction(SIGTERM, &action, &old_term);
    sigaction(SIGHUP, &action, &old_hup);
    struct termios asking = saved_termios;
    if (hide_input) asking.c_lflag &= ~(tcflag_t)ECHO;
    if (also_ending) asking.c_cc[VEOL] = also_ending;
    asking.c_lflag |= (tcflag_t)(ICANON | ISIG);  /* a line at a time; Ctrl-C is a signal */
    settings_saved = 1;
    return tcsetattr(0, TCSAFLUSH, &asking);
}

void pks_question_end(void) {
    if (settings_saved) tcsetattr(0, TCSADRAIN, &saved_termios);
    settings_saved = 0;
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGHUP, &old_hup, NULL);
}

int pks_question_was_interrupted(void) { return interrupted; }
