#define _GNU_SOURCE  /* pipe2 */
#include "CSignals.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;

static struct termios saved_termios;
static int termios_saved = 0;
static struct sigaction old_pipe;

int pks_pager_open(const char *command, pid_t *child) {
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[0], 0);  /* dup2 clears close-on-exec on the copy */
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    termios_saved = tcgetattr(1, &saved_termios) == 0;
    char *const arguments[] = {"sh", "-c", (char *)command, NULL};
    int failed = posix_spawn(child, "/bin/sh", &actions, &attributes, arguments, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(ends[0]);
    if (failed) {
        close(ends[1]);
        return -1;
    }
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &old_pipe);
    return ends[1];
}

int pks_pager_write(int pipe, const void *data, size_t count) {
    const char *bytes = data;
    while (count > 0) {
        ssize_t written = write(pipe, bytes, count);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return -1;
        bytes += written;
        count -= (size_t)written;
    }
    return 0;
}

void pks_pager_close(int pipe, pid_t child) {
    close(pipe);
    while (waitpid(child, NULL, 0) < 0 && errno == EINTR) {}
    if (termios_saved) tcsetattr(1, TCSADRAIN, &saved_termios);
    termios_saved = 0;
    sigaction(SIGPIPE, &old_pipe, NULL);
}
