/*
 * util.h - small shared pieces every stage uses: the context internals,
 * error reporting, growable buffers, a bump arena and string helpers.
 */
#ifndef PX_UTIL_H
#define PX_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parallax.h"

#define PX_ERRMSG_MAX 512

struct px_ctx {
    char errmsg[PX_ERRMSG_MAX];
    long limits[PX_LIMIT__COUNT];
};

/* Hard maxima; a context can only lower them. */
#define PX_HARD_INPUT_BYTES (64L * 1024 * 1024)
#define PX_HARD_DOM_DEPTH 512L
#define PX_HARD_TEXT_BYTES (16L * 1024 * 1024)

/* Zeroed room for n elements of a big table read at random (huge pages
 * where the system gives them); freed with the same n and size. */
void *px_big_calloc(size_t n, size_t size);
void px_big_free(void *p, size_t n, size_t size);
/* p (old_n elements) moved to a block of new_n, the rest zeroed; NULL
 * (p untouched) when out of memory. */
void *px_big_realloc(void *p, size_t old_n, size_t new_n, size_t size);

/* Ask for the cache line at p ahead of a load from a big table: a hint,
 * nothing happens on compilers without it. */
#if defined(__GNUC__) || defined(__clang__)
#define PX_PREFETCH(p) __builtin_prefetch(p)
#else
#define PX_PREFETCH(p) ((void)(p))
#endif

/* Record a failure: formats the message into ctx and returns status, so a
 * caller can write `return px_fail(ctx, PX_IO, "%s: %s", path, why);`.
 * ctx may be NULL (the message is then dropped). */
px_status px_fail(px_ctx *ctx, px_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void px_clear_error(px_ctx *ctx);

/* ---- growable byte buffer; data is always NUL-terminated ---- */
typedef struct px_buf {
    char *data;
    size_t len;
    size_t cap;
    bool failed;          /* an allocation failed; further appends are no-ops */
} px_buf;

#define PX_BUF_INIT {NULL, 0, 0, false}

bool px_buf_reserve(px_buf *b, size_t extra);
void px_buf_append(px_buf *b, const char *s, size_t n);
void px_buf_puts(px_buf *b, const char *s);
void px_buf_putc(px_buf *b, char c);
void px_buf_printf(px_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* x as printf's "%.Nf" writes it (N = decimals), many times faster for
 * the usual case: pages with thousands of SVG coordinates. */
void px_buf_fixed(px_buf *b, double x, int decimals);
/* Take the data out (malloc'd, NUL-terminated; "" for an empty buffer).
 * Returns NULL if any append failed.  The buffer is reset. */
char *px_buf_take(px_buf *b);
void px_buf_free(px_buf *b);
void px_buf_reset(px_buf *b);

/* Append s escaped for HTML text and attribute values. */
void px_buf_html_escape(px_buf *b, const char *s, size_t n);
/* Append s percent-encoded for a URL path segment, so any name makes a
 * valid, inert link (unreserved characters stay as they are). */
void px_buf_url_segment(px_buf *b, const char *s);
/* Append s as a JSON string literal with quotes. */
void px_buf_json_string(px_buf *b, const char *s);
/* The same for n bytes at s (a span of a longer text; NULs escaped). */
void px_buf_json_span(px_buf *b, const char *s, size_t n);

/* ---- bump arena: many small allocations freed at once ---- */
typedef struct px_arena_chunk px_arena_chunk;
typedef struct px_arena {
    px_arena_chunk *head;
    size_t used;          /* bytes handed out, for accounting */
} px_arena;

#define PX_ARENA_INIT {NULL, 0}

void *px_arena_alloc(px_arena *a, size_t n);     /* 16-byte aligned, zeroed */
char *px_arena_strndup(px_arena *a, const char *s, size_t n);
void px_arena_free(px_arena *a);
/* Hand everything out again: the first chunk is kept for the next user,
 * the rest freed. */
void px_arena_reset(px_arena *a);

/* ---- strings ---- */
char *px_strdup(const char *s);
char *px_strndup(const char *s, size_t n);
/* Length of the run at s of printable ASCII (0x20-0x7E), tabs and
 * newlines: the bytes UTF-8 checks and clean-up pass over, read a word at
 * a time. */
size_t px_plain_run(const char *s, size_t n);
/* Bytes of s that are control characters: C0 other than tab, newline,
 * CR and form feed, and DEL (text has few, binary data many). */
size_t px_control_count(const char *s, size_t n);
/* px_utf8_valid_prefix is in parallax.h (the CLI checks input with it). */
/* Copy s replacing invalid UTF-8 sequences by U+FFFD and dropping NULs and
 * C0 controls other than \t \n. */
char *px_utf8_sanitize(const char *s, size_t n);
/* What px_utf8_sanitize_report saw: the length of the copy, whether s
 * was valid UTF-8 and whether it held any valid multi-byte character. */
typedef struct px_utf8_report {
    size_t len;
    bool valid;
    bool multibyte;
} px_utf8_report;
/* px_utf8_sanitize, filling report (which may be NULL). */
char *px_utf8_sanitize_report(const char *s, size_t n, px_utf8_report *report);
/* Decode one UTF-8 code point at s (n bytes available); *adv gets the byte
 * count (1 for an invalid byte, which decodes as U+FFFD). */
uint32_t px_utf8_decode(const char *s, size_t n, size_t *adv);
/* Collapse runs of white space to one space and trim both ends, in place. */
size_t px_collapse_space(char *s);
bool px_has_suffix(const char *s, const char *suffix);

/* px_article_set_text keeping at most limit bytes of text, in whole
 * paragraphs (limit < 0: no limit). */
px_status px_article_set_text_limited(px_article *a, const char *text, size_t len, long limit);

/* 64-bit hash (xxHash3) of bytes. */
uint64_t px_hash64(const void *data, size_t len);

#endif
