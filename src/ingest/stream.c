/*
 * stream.c - a pull stream of bytes with transparent gunzip.
 *
 * Readers see a window of decoded bytes they peek at and consume.  The
 * window grows only to what one peek asks for plus a fixed chunk, so memory
 * stays bounded however long the input is.
 *
 * Gzip: Common Crawl ships WARC.gz as one gzip member per record, and the
 * useful position of a record is the file offset of its member.  The stream
 * therefore decodes member by member and keeps a small table of where each
 * member's bytes begin in the window (ing_where).  A corrupt or truncated
 * member is reported here, once, and becomes a "gap": reads stop short so
 * the reader drops its partial record silently (it sees gaps change), then
 * calls ing_resume() to go on with the next gzip magic found in the file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest.h"

#define WIN_CHUNK (64 * 1024)
#define IN_CHUNK (64 * 1024)

static long raw_read(ing_stream *s, unsigned char *dst, size_t n,
                     uint64_t at)
{
    if (s->fd < 0) {
        size_t k = s->mem_len - s->mem_pos;
        if (k > n) k = n;
        if (k) memcpy(dst, s->mem + s->mem_pos, k);
        s->mem_pos += k;
        return (long)k;
    }
    for (;;) {
        ssize_t k = read(s->fd, dst, n);
        if (k >= 0) return (long)k;
        if (errno == EINTR) continue;
        char where[40];
        snprintf(where, sizeof where, "offset %llu", (unsigned long long)at);
        ing_skip(s->run, where, PX_IO, "read error: %s", strerror(errno));
        return -1;
    }
}

/* Make n compressed bytes available at in + in_pos, if the file has them. */
static size_t in_fill(ing_stream *s, size_t n)
{
    if (n > IN_CHUNK) n = IN_CHUNK;
    while (s->in_len - s->in_pos < n && !s->in_eof) {
        if (s->in_pos > 0) {
            memmove(s->in, s->in + s->in_pos, s->in_len - s->in_pos);
            s->in_off += s->in_pos;
            s->in_len -= s->in_pos;
            s->in_pos = 0;
        }
        long k = raw_read(s, s->in + s->in_len, IN_CHUNK - s->in_len,
                          s->in_off + s->in_len);
        if (k <= 0) s->in_eof = true;
        else s->in_len += (size_t)k;
    }
    return s->in_len - s->in_pos;
}

/* Skip to the next gzip member header (1f 8b 08); false at end of file. */
static bool find_magic(ing_stream *s)
{
    for (;;) {
        size_t avail = in_fill(s, 3);
        if (avail < 3) {
            s->in_pos = s->in_len;
            return false;
        }
        const unsigned char *p = s->in + s->in_pos;
        for (size_t i = 0; i + 2 < avail; i++)
            if (p[i] == 0x1f && p[i + 1] == 0x8b && p[i + 2] == 8) {
                s->in_pos += i;
                return true;
            }
        /* keep the last two bytes: a magic may straddle the refill */
        s->in_pos += avail - 2;
        if (s->in_eof) {
            s->in_pos = s->in_len;
            return false;
        }
        in_fill(s, IN_CHUNK);
    }
}

static void note_member(ing_stream *s, uint64_t pos, uint64_t off)
{
    /* a member that decoded to nothing shares its position with the next;
     * the later one wins, so the table never outgrows the window */
    if (s->n_members && s->members[s->n_members - 1].pos == pos) {
        s->members[s->n_members - 1].off = off;
        return;
    }
    if (s->n_members == s->cap_members) {
        size_t cap = s->cap_members ? 2 * s->cap_members : 16;
        ing_member *m = realloc(s->members, cap * sizeof *m);
        if (!m) { ing_nomem(s->run); s->eof = true; return; }
        s->members = m;
        s->cap_members = cap;
    }
    s->members[s->n_members].pos = pos;
    s->members[s->n_members].off = off;
    s->n_members++;
}

static void gz_broken(ing_stream *s, const char *why)
{
    char where[40];
    snprintf(where, sizeof where, "offset %llu",
             (unsigned long long)s->member_off);
    ing_skip(s->run, where, PX_CORRUPT, "%s", why);
    s->gap = true;
    s->gaps++;
    s->z_live = false;
}

/* One step of decoding: start a member, or inflate some of it. */
static void gz_step(ing_stream *s)
{
    if (!s->z_live) {
        size_t avail = in_fill(s, 3);
        if (avail == 0) { s->eof = true; return; }
        const unsigned char *p = s->in + s->in_pos;
        if (avail < 3 || p[0] != 0x1f || p[1] != 0x8b || p[2] != 8) {
            s->member_off = s->in_off + s->in_pos;
            bool more = find_magic(s);
            gz_broken(s, "bytes after a gzip member are not gzip");
            if (!more) s->eof = true;
            return;
        }
        if (!s->z_init) {
            if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) {
                ing_nomem(s->run);
                s->eof = true;
                return;
            }
            s->z_init = true;
        } else {
            inflateReset(&s->z);
        }
        s->member_off = s->in_off + s->in_pos;
        s->z_live = true;
        note_member(s, s->buf_off + s->end, s->member_off);
    }
    if (s->in_pos == s->in_len && in_fill(s, 1) == 0) {
        gz_broken(s, "truncated gzip member");
        s->eof = true;
        return;
    }
    s->z.next_in = s->in + s->in_pos;
    s->z.avail_in = (uInt)(s->in_len - s->in_pos);
    s->z.next_out = s->buf + s->end;
    s->z.avail_out = (uInt)(s->cap - s->end);
    int rc = inflate(&s->z, Z_NO_FLUSH);
    s->in_pos = s->in_len - s->z.avail_in;
    s->end = s->cap - s->z.avail_out;
    if (rc == Z_STREAM_END) {
        s->z_live = false;
    } else if (rc == Z_OK || rc == Z_BUF_ERROR) {
        /* needs more input: the next step refills or finds truncation */
    } else if (rc == Z_MEM_ERROR) {
        ing_nomem(s->run);
        s->eof = true;
    } else {
        char why[160];
        snprintf(why, sizeof why, "corrupt gzip: %s",
                 s->z.msg ? s->z.msg : "bad data");
        /* look for the next member from just after the broken one */
        if (s->member_off + 1 >= s->in_off &&
            s->member_off + 1 <= s->in_off + s->in_len)
            s->in_pos = (size_t)(s->member_off + 1 - s->in_off);
        bool more = find_magic(s);
        gz_broken(s, why);
        if (!more) s->eof = true;
    }
}

/* Room for want unread bytes plus a decoding chunk. */
static bool make_room(ing_stream *s, size_t want)
{
    if (s->cap - s->end >= WIN_CHUNK / 4 && s->cap - s->start >= want)
        return true;
    if (s->start > 0) {
        memmove(s->buf, s->buf + s->start, s->end - s->start);
        s->buf_off += s->start;
        s->end -= s->start;
        s->start = 0;
        /* drop members whose bytes are all consumed */
        size_t keep = 0;
        while (keep + 1 < s->n_members && s->members[keep + 1].pos <= s->buf_off)
            keep++;
        if (keep) {
            memmove(s->members, s->members + keep,
                    (s->n_members - keep) * sizeof *s->members);
            s->n_members -= keep;
        }
    }
    size_t need = (want > s->end ? want : s->end) + WIN_CHUNK;
    if (s->cap < need) {
        unsigned char *b = realloc(s->buf, need);
        if (!b) { ing_nomem(s->run); s->eof = true; return false; }
        s->buf = b;
        s->cap = need;
    }
    return true;
}

size_t ing_peek(ing_stream *s, size_t n, const unsigned char **p)
{
    while (s->end - s->start < n && !s->eof && !s->gap && !s->run->fatal) {
        if (!make_room(s, n)) break;
        if (s->gz) {
            gz_step(s);
        } else {
            long k = raw_read(s, s->buf + s->end, s->cap - s->end,
                              s->buf_off + s->end);
            if (k <= 0) s->eof = true;
            else s->end += (size_t)k;
        }
    }
    *p = s->buf + s->start;
    return s->end - s->start;
}

void ing_consume(ing_stream *s, size_t n)
{
    if (n > s->end - s->start) n = s->end - s->start;
    s->start += n;
}

uint64_t ing_read(ing_stream *s, px_buf *dst, uint64_t n)
{
    uint64_t done = 0;
    while (done < n) {
        const unsigned char *p;
        size_t avail = ing_peek(s, 1, &p);
        if (avail == 0) break;
        if (avail > n - done) avail = (size_t)(n - done);
        if (dst) {
            px_buf_append(dst, (const char *)p, avail);
            if (dst->failed) { ing_nomem(s->run); break; }
        }
        ing_consume(s, avail);
        done += avail;
    }
    return done;
}

size_t ing_line(ing_stream *s, px_buf *dst, size_t max, bool *cut)
{
    size_t total = 0, kept = 0;
    *cut = false;
    for (;;) {
        const unsigned char *p;
        size_t avail = ing_peek(s, 1, &p);
        if (avail == 0) break;
        const unsigned char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) + 1 : avail;
        if (dst) {
            size_t k = take < max - kept ? take : max - kept;
            if (k < take) *cut = true;
            px_buf_append(dst, (const char *)p, k);
            if (dst->failed) { ing_nomem(s->run); break; }
            kept += k;
        }
        ing_consume(s, take);
        total += take;
        if (nl) break;
    }
    return total;
}

uint64_t ing_where(ing_stream *s)
{
    uint64_t pos = s->buf_off + s->start;
    if (!s->gz) return pos;
    uint64_t off = s->member_off;
    for (size_t i = 0; i < s->n_members && s->members[i].pos <= pos; i++)
        off = s->members[i].off;
    return off;
}

bool ing_at_gap(const ing_stream *s)
{
    return s->gap && s->start == s->end;
}

void ing_resume(ing_stream *s) { s->gap = false; }

px_status ing_stream_open(ing_stream *s, ing_run *r, int fd, const void *mem,
                          size_t len)
{
    memset(s, 0, sizeof *s);
    s->run = r;
    s->fd = fd;
    s->mem = mem;
    s->mem_len = mem ? len : 0;
    s->buf = malloc(WIN_CHUNK);
    s->in = malloc(IN_CHUNK);
    if (!s->buf || !s->in) {
        free(s->buf);
        free(s->in);
        s->buf = s->in = NULL;
        return PX_NOMEM;
    }
    s->cap = WIN_CHUNK;
    in_fill(s, 2);
    if (s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
        s->gz = true;
        return PX_OK;
    }
    /* not gzip: what was read is the first decoded bytes */
    memcpy(s->buf, s->in, s->in_len);
    s->end = s->in_len;
    s->eof = s->in_eof;
    free(s->in);
    s->in = NULL;
    return PX_OK;
}

void ing_stream_close(ing_stream *s)
{
    if (s->z_init) inflateEnd(&s->z);
    free(s->buf);
    free(s->in);
    free(s->members);
    memset(s, 0, sizeof *s);
}
