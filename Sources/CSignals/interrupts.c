#include "CSignals.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t requested = 0;

static void note_interrupt(int signal_number) {
    (void)signal_number;
    requested = 1;
}

void pks_watch_interrupts(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = note_interrupt;
    action.sa_flags = SA_RESTART;  /* a command in progress completes */
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    /* A parent may have blocked SIGINT in the thread that started pks; the mask is inherited. */
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
}

int pks_interrupt_requested(void) { return requested; }

void pks_interrupt_clear(void) { requested = 0; }
