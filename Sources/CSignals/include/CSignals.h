#ifndef PKS_CSIGNALS_H
#define PKS_CSIGNALS_H

#include <stddef.h>
#include <sys/types.h>

/// Prepares the terminal for a question read a line at a time (a password when hide_input is set: echo
/// off; also_ending, when not 0, is a key that ends the line at once, as Enter does). Until pks_question_end, SIGINT, SIGTERM and SIGHUP restore the saved terminal settings from the
/// signal handler; SIGINT then only cancels the question at once (read() returns EINTR), the others end
/// the process as they would have. Returns -1 without a terminal.
int pks_question_begin(int hide_input, unsigned char also_ending);

/// Restores the terminal settings and the previous signal handlers.
void pks_question_end(void);

/// Whether Ctrl-C was pressed since pks_question_begin.
int pks_question_was_interrupted(void);

/// From now on Ctrl-C (SIGINT) only sets a flag, so a running script can stop cleanly between commands.
void pks_watch_interrupts(void);

/// Whether Ctrl-C was pressed since pks_watch_interrupts (or the last pks_interrupt_clear).
int pks_interrupt_requested(void);

/// Forgets a Ctrl-C once it has been dealt with.
void pks_interrupt_clear(void);

/// Until pks_temporary_file_gone, SIGTERM and SIGHUP, where they would end the process, first remove the file
/// `name` in the folder open as `folder`: an export ended that way leaves no temporary file behind. Up to 64
/// files are watched at once (the exports a script's transaction holds); returns the file's slot, or -1 when
/// none is free.
int pks_temporary_file_made(int folder, const char *name);

/// The temporary file of `slot` was renamed or removed; once none is left, SIGTERM and SIGHUP are handled as before.
void pks_temporary_file_gone(int slot);

/// Starts the pager `sh -c command` reading from a pipe, as psql's popen does, and returns the pipe's writing end
/// (the pager's pid in *child), or -1 when it cannot start. Until pks_pager_close, SIGPIPE is ignored, so a pager
/// quit early makes writes fail (EPIPE) instead of ending pks; the terminal settings are saved.
int pks_pager_open(const char *command, pid_t *child);

/// Writes all of `bytes` to the pager's pipe; -1 once the pager no longer reads (it quit).
int pks_pager_write(int pipe, const void *bytes, size_t count);

/// Closes the pipe, waits for the pager to end, then restores the terminal settings and SIGPIPE's handling.
void pks_pager_close(int pipe, pid_t child);

#endif
