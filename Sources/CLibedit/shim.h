// The parts of libedit (the BSD line editor) the trellis shell uses.
//
// el_set(), el_get() and history() are variadic, which Swift cannot call, so each use gets a
// small non-variadic wrapper here. Swift 6 strict concurrency also rejects assigning C globals,
// which these wrappers avoid as well.
#ifndef TRELLIS_CLIBEDIT_SHIM_H
#define TRELLIS_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <locale.h>
#include <histedit.h>

/// The function that shows the prompt: returns the prompt text.
typedef char *(*clibedit_prompt_function)(EditLine *);
/// An editor command bound to a key: returns one of the CC_ codes.
typedef unsigned char (*clibedit_command_function)(EditLine *, int);
/// The function that reads one character: 1 when it read one, 0 at end of input, -1 on error.
typedef int (*clibedit_read_function)(EditLine *, wchar_t *);

/// A line editor on the standard streams.
static inline EditLine *clibedit_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int clibedit_set_prompt(EditLine *editor, clibedit_prompt_function prompt) {
    return el_set(editor, EL_PROMPT, prompt);
}

static inline int clibedit_set_editor(EditLine *editor, const char *mode) {
    return el_set(editor, EL_EDITOR, mode);
}

/// Whether libedit installs its own signal handlers while reading a line.
static inline int clibedit_set_signal_handling(EditLine *editor, int enabled) {
    return el_set(editor, EL_SIGNAL, enabled);
}

static inline int clibedit_set_history(EditLine *editor, History *history_list) {
    return el_set(editor, EL_HIST, history, history_list);
}

static inline int clibedit_add_command(EditLine *editor, const char *name, const char *help,
                                       clibedit_command_function command) {
    return el_set(editor, EL_ADDFN, name, help, command);
}

static inline int clibedit_bind_key(EditLine *editor, const char *key, const char *command) {
    return el_set(editor, EL_BIND, key, command, (const char *)NULL);
}

static inline int clibedit_set_read_function(EditLine *editor, clibedit_read_function read_function) {
    return el_set(editor, EL_GETCFN, read_function);
}

static inline int clibedit_set_client_data(EditLine *editor, void *data) {
    return el_set(editor, EL_CLIENTDATA, data);
}

static inline void *clibedit_client_data(EditLine *editor) {
    void *data = NULL;
    el_get(editor, EL_CLIENTDATA, &data);
    return data;
}

/// Redraws the prompt and the line, e.g. after the program was continued from a stop.
static inline int clibedit_refresh(EditLine *editor) {
    return el_set(editor, EL_REFRESH);
}

/// Puts the terminal in the editor's mode again (after the program was stopped and continued).
static inline int clibedit_prepare_terminal(EditLine *editor) {
    return el_set(editor, EL_PREP_TERM, 1);
}

static inline int clibedit_history_set_size(History *history_list, int size) {
    HistEvent event;
    return history(history_list, &event, H_SETSIZE, size);
}

/// Whether adding the same line twice in a row keeps one entry.
static inline int clibedit_history_set_unique(History *history_list, int unique) {
    HistEvent event;
    return history(history_list, &event, H_SETUNIQUE, unique);
}

static inline int clibedit_history_enter(History *history_list, const char *line) {
    HistEvent event;
    return history(history_list, &event, H_ENTER, line);
}

static inline int clibedit_history_load(History *history_list, const char *path) {
    HistEvent event;
    return history(history_list, &event, H_LOAD, path);
}

static inline int clibedit_history_save(History *history_list, const char *path) {
    HistEvent event;
    return history(history_list, &event, H_SAVE, path);
}

/// The number of entries.
static inline int clibedit_history_count(History *history_list) {
    HistEvent event;
    if (history(history_list, &event, H_GETSIZE) < 0) return 0;
    return event.num;
}

#endif
