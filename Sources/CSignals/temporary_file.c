#include "CSignals.h"
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* The folder (a descriptor) and name of the file to remove; -1: none. */
static volatile sig_atomic_t folder_descriptor = -1;
static char file_name[NAME_MAX + 1];
static const int ending_signals[] = {SIGTERM, SIGHUP};
#define ENDING_SIGNALS (sizeof ending_signals / sizeof ending_signals[0])
static struct sigaction previous[ENDING_SIGNALS];
static int handled[ENDING_SIGNALS];

static void remove_then_end(int signal_number) {
    int folder = folder_descriptor;
    if (folder >= 0) unlinkat(folder, file_name, 0);
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigaction(signal_number, &standard, NULL);
    raise(signal_number);  /* pending until this handler returns; then it ends the process */
}

void pks_temporary_file_made(int folder, const char *name) {
    if (strlen(name) > NAME_MAX) return;
    strcpy(file_name, name);
    folder_descriptor = folder;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remove_then_end;
    sigemptyset(&action.sa_mask);
    for (size_t index = 0; index < ENDING_SIGNALS; index++) {
        struct sigaction current;
        /* Only where the signal would end the process: one ignored (nohup) stays ignored. */
        if (sigaction(ending_signals[index], NULL, &current) != 0 || current.sa_handler != SIG_DFL) continue;
        handled[index] = sigaction(ending_signals[index], &action, &previous[index]) == 0;
    }
}

void pks_temporary_file_gone(void) {
    folder_descriptor = -1;
    for (size_t index = 0; index < ENDING_SIGNALS; index++) {
        if (handled[index]) sigaction(ending_signals[index], &previous[index], NULL);
        handled[index] = 0;
    }
}
