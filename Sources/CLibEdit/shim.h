#ifndef PKS_CLIBEDIT_SHIM_H
#define PKS_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#include <locale.h>
#include <termios.h>
#include <unistd.h>

/// Swift 6 rejects Glibc's mutable stdio globals; hand them over from C.
static inline FILE *pks_stdin(void) { return stdin; }
static inline FILE *pks_stdout(void) { return stdout; }
static inline FILE *pks_stderr(void) { return stderr; }

/// The prompt callback libedit calls; Swift supplies it through pks_el_set_prompt.
typedef char *(*pks_prompt_fn)(EditLine *);

/// Non-variadic wrappers around libedit's variadic el_set / history.
static inline int pks_el_set_prompt(EditLine *el, pks_prompt_fn fn, char escape) {
    return el_set(el, EL_PROMPT_ESC, fn, escape);
}
static inline int pks_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int pks_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int pks_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int pks_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *pks_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
/// A key function: called with the editor and the key, returns a CC_* code.
typedef unsigned char (*pks_key_fn)(EditLine *, int);

static inline int pks_el_addfn(EditLine *el, const char *name, const char *help, pks_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int pks_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}
/// Binds a key in a chosen keymap ("-a": vi's command mode; "": the current one).
static inline int pks_el_bind_in(EditLine *el, const char *flags, const char *key, const char *function) {
    return flags[0] ? el_set(el, EL_BIND, flags, key, function, NULL) : el_set(el, EL_BIND, key, function, NULL);
}
/// Turns off a terminal mode flag while editing (e.g. "-isig": Ctrl-C becomes a key, not a signal).
static inline int pks_el_setty_edit(EditLine *el, const char *flag) {
    return el_set(el, EL_SETTY, "-d", flag, NULL);
}
/// The text before the cursor, as UTF-8 bytes (count in *length).
static inline const char *pks_el_text_before_cursor(EditLine *el, int *length) {
    const LineInfo *info = el_line(el);
    *length = (int)(info->cursor - info->buffer);
    return info->buffer;
}
static inline int pks_history_setunique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}
static inline int pks_history_setsize(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}
static inline int pks_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

#endif
