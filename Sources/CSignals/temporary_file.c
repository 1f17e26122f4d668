#include "CSignals.h"
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* The temporary files to remove: each slot's folder descriptor plus one (0: a free slot), and its name. */
#define TRACKED_FILES 64
static volatile sig_atomic_t folder_plus_one[TRACKED_FILES];
static char file_names[TRACKED_FILES][NAME_MAX + 1];
static int tracked;
static const int ending_signals[] = {SIGTERM, SIGHUP};
#define ENDING_SIGNALS (sizeof ending_signals / sizeof ending_signals[0])
static struct sigaction previous[ENDING_SIGNALS];
static int handled[ENDING_SIGNALS];

static void remove_then_end(int signal_number) {
    for (int slot = 0; slot < TRACKED_FILES; slot++) {
        int folder = folder_plus_one[slot] - 1;
        if (folder >= 0) unlinkat(folder, file_names[slot], 0);
    }
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigaction(signal_number, &standard, NULL);
    raise(signal_number);  /* pending until this handler returns; then it ends the process */
}

static void handle_ending_signals(void) {
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

int pks_temporary_file_made(int folder, const char *name) {
    if (folder < 0 || strlen(name) > NAME_MAX) return -1;
    for (int slot = 0; slot < TRACKED_FILES; slot++) {
        if (folder_plus_one[slot] != 0) continue;
        strcpy(file_names[slot], name);
        folder_plus_one[slot] = folder + 1;  /* the name is in place before the handler can see the slot */
        if (tracked++ == 0) handle_ending_signals();
        return slot;
    }
    return -1;
}

void pks_temporary_file_gone(int slot) {
    if (slot < 0 || slot >= TRACKED_FILES || folder_plus_one[slot] == 0) return;
    folder_plus_one[slot] = 0;
    if (--tracked > 0) return;
    for (size_t index = 0; index < ENDING_SIGNALS; index++) {
        if (handled[index]) sigaction(ending_signals[index], &previous[index], NULL);
        handled[index] = 0;
    }
}
