/*
 * ingest.h - internals shared by the ingest stage.
 *
 * The stage is three layers, each in its own file:
 *
 *   path.c    px_read_path: stdin, files, directory walk -> one stream each
 *   stream.c  a pull stream of bytes over a file descriptor or a memory
 *             block, gunzipping transparently (multi-member aware)
 *   sniff.c   picks the reader for a stream from its name and first bytes
 *   warc.c / http.c, jsonl.c, whole.c   the readers, one record at a time
 *
 * Readers never hold more than one record (bounded by the input limit) in
 * memory, so a multi-gigabyte WARC.gz is read in constant space.
 */
#ifndef PX_INGEST_H
#define PX_INGEST_H

#include <stdbool.h>
#include <stdint.h>
#include <zlib.h>

#include "util.h"

/* One reading session over one input: where items and skips go. */
typedef struct ing_run {
    px_ctx *ctx;
    const char *input;      /* name shown in items and skips */
    px_item_fn on_item;
    px_skip_fn on_skip;
    void *user;
    size_t limit;           /* PX_LIMIT_INPUT_BYTES in force */
    bool stop;              /* on_item asked to stop */
    px_status fatal;        /* PX_NOMEM etc.: abandon the whole run */
} ing_run;

/* Report a bad item; reason is printf-formatted. */
void ing_skip(ing_run *r, const char *where, px_status status,
              const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Hand an item to the caller (input is filled in); records a stop. */
void ing_emit(ing_run *r, px_item *item);
/* Record an allocation failure; the run ends. */
void ing_nomem(ing_run *r);

/* ---- stream.c ---- */

typedef struct ing_member {
    uint64_t pos;           /* decoded offset where the member's bytes start */
    uint64_t off;           /* offset of the member in the compressed file */
} ing_member;

typedef struct ing_stream {
    ing_run *run;
    int fd;                 /* -1: read from mem */
    const unsigned char *mem;
    size_t mem_len, mem_pos;
    /* decoded window: bytes [start, end) of buf are unread */
    unsigned char *buf;
    size_t cap, start, end;
    uint64_t buf_off;       /* decoded offset of buf[0] */
    bool eof;               /* no more bytes, ever */
    bool gap;               /* the window ends where gzip broke; see
                               ing_at_gap(), ing_resume() */
    unsigned gaps;          /* count of gaps so far, for readers */
    /* gzip */
    bool gz;
    bool z_live;            /* inside a member */
    bool z_init;
    z_stream z;
    unsigned char *in;      /* compressed input window */
    size_t in_pos, in_len;
    uint64_t in_off;        /* file offset of in[0] */
    bool in_eof;
    uint64_t member_off;    /* file offset of the current member */
    ing_member *members;    /* members whose bytes are in the window */
    size_t n_members, cap_members;
} ing_stream;

/* Open a stream over fd (not closed by the stream) or over mem/len (fd -1).
 * Gzip is detected from the first two bytes. */
px_status ing_stream_open(ing_stream *s, ing_run *r, int fd,
                          const void *mem, size_t len);
void ing_stream_close(ing_stream *s);
/* Make at least n bytes readable unless the stream ends (or gaps) first;
 * *p gets the unread bytes.  Returns how many are readable. */
size_t ing_peek(ing_stream *s, size_t n, const unsigned char **p);
void ing_consume(ing_stream *s, size_t n);
/* Append up to n bytes to dst (dst NULL: discard).  Returns the count read,
 * short only at the end of the stream or at a gap. */
uint64_t ing_read(ing_stream *s, px_buf *dst, uint64_t n);
/* Read one line through its '\n' (kept).  At most max bytes are appended to
 * dst; the rest of a longer line is discarded and *cut set.  Returns the
 * bytes consumed, 0 at the end of the stream or at a gap. */
size_t ing_line(ing_stream *s, px_buf *dst, size_t max, bool *cut);
/* Offset to report for the next unread byte: the decoded offset, or the
 * compressed offset of its gzip member. */
uint64_t ing_where(ing_stream *s);
/* All bytes before a gap are read: what the reader holds is cut short
 * (and was reported by the stream). */
bool ing_at_gap(const ing_stream *s);
/* Continue after a gap, with the next good gzip member. */
void ing_resume(ing_stream *s);

/* ---- sniff.c ---- */

typedef enum ing_kind {
    ING_SKIP = 0,           /* reported already (empty, binary) */
    ING_WARC,
    ING_JSONL,
    ING_HTML,
    ING_TEXT
} ing_kind;

/* Decide the reader from the name (may be NULL) and the first bytes. */
ing_kind ing_sniff(ing_run *r, ing_stream *s, const char *name);

/* ---- readers ---- */
void ing_read_warc(ing_run *r, ing_stream *s);
void ing_read_jsonl(ing_run *r, ing_stream *s);
void ing_read_whole(ing_run *r, ing_stream *s, px_format format);
/* Run the reader for kind (ING_SKIP: sniff first) over an open stream. */
void ing_read_stream(ing_run *r, ing_stream *s, ing_kind kind,
                     const char *name);

/* Read a memory block as if it were a file named name; for the fuzzer and
 * tests.  kind forces a reader, or ING_SKIP to sniff. */
px_status ing_read_memory(px_ctx *ctx, const char *name, const void *data,
                          size_t len, ing_kind kind, px_item_fn on_item,
                          px_skip_fn on_skip, void *user);

/* ---- http.c: the HTTP response inside a WARC response record ---- */

typedef struct ing_http {
    int status;
    bool html;              /* Content-Type is HTML */
    bool typed;             /* a Content-Type was given */
    bool chunked;
    int encoding;           /* 0 identity, 1 gzip, 2 deflate, -1 other */
    char charset[64];
} ing_http;

/* Parse a status line and headers (head holds them through the blank
 * line).  Returns false with *why set when the head is not HTTP. */
bool ing_http_head(const char *head, size_t len, ing_http *h,
                   const char **why);
/* Parse a Content-Type value: html?, charset. */
void ing_content_type(const char *v, size_t n, bool *html, char *charset,
                      size_t charset_cap);
/* Undo Transfer-Encoding chunked and Content-Encoding gzip/deflate in place,
 * keeping at most limit bytes.  Returns PX_OK or a status with *why. */
px_status ing_http_body(const ing_http *h, px_buf *body, size_t limit,
                        const char **why);

#endif
