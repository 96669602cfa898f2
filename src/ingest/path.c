/*
 * path.c - px_read_path(): turn a path into streams and streams into items.
 *
 * Contract:
 *  - path "-" is standard input, streamed (never read whole): the first
 *    4 KB are sniffed, then the chosen reader pulls record by record.
 *  - A directory is walked recursively in strcmp() order of names.  Hidden
 *    entries (".name") are skipped, symlinks to directories are not
 *    followed (so no loops), and only regular files (or symlinks to them)
 *    are read; other entries are reported through on_skip.  Nesting deeper
 *    than MAX_DEPTH is reported and not entered.
 *  - In a walk, a file is read only when its name could be an input
 *    (input_name()): a corpus folder's README, notes, scripts and images
 *    are left alone, not stored as articles or reported as bad pages.
 *    A file named by the caller is always read, whatever its name.
 *  - The path given itself may be any readable file, including a pipe such
 *    as /dev/fd/63 from a shell's <(...).
 *  - Return value: PX_OK when the path could be opened, however many items
 *    inside were bad (each went to on_skip once) and also when on_item
 *    asked to stop.  When the path itself cannot be read at all (missing:
 *    PX_NOTFOUND; unreadable: PX_IO) the status is returned with a
 *    px_errmsg() message "path: reason" and on_skip is NOT called, so the
 *    caller reports that failure exactly once.  PX_NOMEM aborts the run and
 *    is returned the same way.  PX_INVALID for a NULL path or on_item.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest.h"

#define MAX_DEPTH 64

void ing_skip(ing_run *r, const char *where, px_status status,
              const char *fmt, ...)
{
    if (!r->on_skip) return;
    char reason[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    r->on_skip(r->user, r->input, where, status, reason);
}

void ing_emit(ing_run *r, px_item *item)
{
    item->input = r->input;
    if (r->on_item(r->user, item)) r->stop = true;
}

void ing_nomem(ing_run *r) { r->fatal = PX_NOMEM; }

void ing_read_stream(ing_run *r, ing_stream *s, ing_kind kind,
                     const char *name)
{
    if (kind == ING_SKIP) kind = ing_sniff(r, s, name);
    switch (kind) {
    case ING_WARC: ing_read_warc(r, s); break;
    case ING_JSONL: ing_read_jsonl(r, s); break;
    case ING_HTML: ing_read_whole(r, s, PX_FORMAT_HTML); break;
    case ING_TEXT: ing_read_whole(r, s, PX_FORMAT_TEXT); break;
    case ING_SKIP: break;
    }
}

/* One open descriptor as one input. */
static void read_fd(ing_run *r, int fd, const char *name)
{
    ing_stream s;
    if (ing_stream_open(&s, r, fd, NULL, 0) != PX_OK) {
        ing_nomem(r);
        return;
    }
    ing_read_stream(r, &s, ING_SKIP, name);
    ing_stream_close(&s);
}

static void read_file(ing_run *r, const char *path, int depth);

/* A name a walk reads: no extension (a mirrored page such as
 * "news/12345"), or one of the inputs' extensions, gzipped or not. */
static bool input_name(const char *name)
{
    static const char *const exts[] = {
        ".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".warc",
        ".jsonl", ".ndjson", ".json",
    };
    char base[256];
    size_t n = strlen(name);
    if (n >= sizeof base) return false;
    memcpy(base, name, n + 1);
    if (n > 3 && px_has_suffix(base, ".gz")) base[n - 3] = '\0';
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base) return true;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot, exts[i]) == 0) return true;
    return false;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void read_dir(ing_run *r, const char *path, DIR *d, int depth)
{
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;     /* hidden, ".", ".." */
        if (n == cap) {
            size_t c = cap ? 2 * cap : 64;
            char **nn = realloc(names, c * sizeof *nn);
            if (!nn) { ing_nomem(r); break; }
            names = nn;
            cap = c;
        }
        if (!(names[n] = px_strdup(e->d_name))) { ing_nomem(r); break; }
        n++;
    }
    if (n) qsort(names, n, sizeof *names, cmp_names);
    px_buf child = PX_BUF_INIT;
    for (size_t i = 0; i < n && !r->stop && !r->fatal; i++) {
        px_buf_reset(&child);
        px_buf_puts(&child, path);
        if (child.len && child.data[child.len - 1] != '/') px_buf_putc(&child, '/');
        px_buf_puts(&child, names[i]);
        if (child.failed) { ing_nomem(r); break; }
        read_file(r, child.data, depth + 1);
    }
    px_buf_free(&child);
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

/* An entry found in a directory walk; failures are items, via on_skip. */
static void read_file(ing_run *r, const char *path, int depth)
{
    const char *saved = r->input;
    r->input = path;
    struct stat st;
    if (lstat(path, &st) != 0) {
        ing_skip(r, "", PX_IO, "%s", strerror(errno));
        goto out;
    }
    if (S_ISLNK(st.st_mode)) {
        /* follow links to files only: a link to a directory may loop */
        if (stat(path, &st) != 0) {
            ing_skip(r, "", PX_NOTFOUND, "dangling symlink");
            goto out;
        }
        if (S_ISDIR(st.st_mode)) goto out;
    }
    if (S_ISDIR(st.st_mode)) {
        if (depth >= MAX_DEPTH) {
            ing_skip(r, "", PX_LIMIT, "directory nested deeper than %d",
                     MAX_DEPTH);
            goto out;
        }
        DIR *d = opendir(path);
        if (!d) {
            ing_skip(r, "", PX_IO, "%s", strerror(errno));
            goto out;
        }
        read_dir(r, path, d, depth);
        closedir(d);
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        ing_skip(r, "", PX_UNSUPPORTED, "not a regular file");
        goto out;
    }
    const char *base = strrchr(path, '/');
    if (depth > 0 && !input_name(base ? base + 1 : path)) goto out;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        ing_skip(r, "", PX_IO, "%s", strerror(errno));
        goto out;
    }
    read_fd(r, fd, path);
    close(fd);
out:
    r->input = saved;
}

static void init_run(ing_run *r, px_ctx *ctx, const char *input,
                     px_item_fn on_item, px_skip_fn on_skip, void *user)
{
    memset(r, 0, sizeof *r);
    r->ctx = ctx;
    r->input = input;
    r->on_item = on_item;
    r->on_skip = on_skip;
    r->user = user;
    long lim = px_limit(ctx, PX_LIMIT_INPUT_BYTES, -1);
    r->limit = (size_t)(lim >= 0 ? lim : PX_HARD_INPUT_BYTES);
}

static px_status finish(ing_run *r, const char *path)
{
    if (r->fatal) return px_fail(r->ctx, r->fatal, "%s: out of memory", path);
    return PX_OK;
}

px_status px_read_path(px_ctx *ctx, const char *path, px_item_fn on_item,
                       px_skip_fn on_skip, void *user)
{
    if (!path || !on_item)
        return px_fail(ctx, PX_INVALID, "px_read_path: no path or callback");
    ing_run r;
    init_run(&r, ctx, path, on_item, on_skip, user);
    if (strcmp(path, "-") == 0) {
        read_fd(&r, STDIN_FILENO, NULL);
        return finish(&r, path);
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        int e = errno;
        return px_fail(ctx, e == ENOENT || e == ENOTDIR ? PX_NOTFOUND : PX_IO,
                       "%s: %s", path, strerror(e));
    }
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        if (!d) return px_fail(ctx, PX_IO, "%s: %s", path, strerror(errno));
        read_dir(&r, path, d, 0);
        closedir(d);
        return finish(&r, path);
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return px_fail(ctx, PX_IO, "%s: %s", path, strerror(errno));
    read_fd(&r, fd, path);
    close(fd);
    return finish(&r, path);
}

px_status ing_read_memory(px_ctx *ctx, const char *name, const void *data,
                          size_t len, ing_kind kind, px_item_fn on_item,
                          px_skip_fn on_skip, void *user)
{
    if (!name || !on_item || (!data && len))
        return px_fail(ctx, PX_INVALID, "ing_read_memory: bad arguments");
    ing_run r;
    init_run(&r, ctx, name, on_item, on_skip, user);
    ing_stream s;
    if (ing_stream_open(&s, &r, -1, data ? data : "", len) != PX_OK)
        return px_fail(ctx, PX_NOMEM, "%s: out of memory", name);
    ing_read_stream(&r, &s, kind, name);
    ing_stream_close(&s);
    return finish(&r, name);
}
