/* files.h - what the C benches share for input: a whole file in memory. */
#ifndef PX_BENCH_FILES_H
#define PX_BENCH_FILES_H

#include <stdio.h>

#include "util/util.h"

/* The bytes of path, NUL-terminated (*n: their count), or NULL. */
static inline char *bench_slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    px_buf b = PX_BUF_INIT;
    char chunk[8192];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) px_buf_append(&b, chunk, k);
    fclose(f);
    *n = b.len;
    return px_buf_take(&b);
}

#endif
