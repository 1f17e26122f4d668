#ifndef PKS_CSECRETPROMPT_H
#define PKS_CSECRETPROMPT_H

/// Turns terminal echo off for a password prompt. Until pks_secret_end, SIGINT, SIGTERM and SIGHUP
/// restore the saved terminal settings from the signal handler; SIGINT then only cancels the prompt
/// (read() returns EINTR), the others end the process as they would have. Returns -1 without a terminal.
int pks_secret_begin(void);

/// Restores echo and the previous signal handlers.
void pks_secret_end(void);

/// Whether Ctrl-C was pressed since pks_secret_begin.
int pks_secret_was_interrupted(void);

#endif
