#ifndef PKS_CSIGNALS_H
#define PKS_CSIGNALS_H

/// Turns terminal echo off for a password prompt. Until pks_secret_end, SIGINT, SIGTERM and SIGHUP
/// restore the saved terminal settings from the signal handler; SIGINT then only cancels the prompt
/// (read() returns EINTR), the others end the process as they would have. Returns -1 without a terminal.
int pks_secret_begin(void);

/// Restores echo and the previous signal handlers.
void pks_secret_end(void);

/// Whether Ctrl-C was pressed since pks_secret_begin.
int pks_secret_was_interrupted(void);

/// From now on Ctrl-C (SIGINT) only sets a flag, so a running script can stop cleanly between commands.
void pks_watch_interrupts(void);

/// Whether Ctrl-C was pressed since pks_watch_interrupts (or the last pks_interrupt_clear).
int pks_interrupt_requested(void);

/// Forgets a Ctrl-C once it has been dealt with.
void pks_interrupt_clear(void);

#endif
