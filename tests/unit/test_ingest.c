/*
 * test_ingest.c - the ingest stage: every input format, every way an input
 * can be bad, and that a big WARC.gz streams in bounded memory.
 *
 * Fixtures are generated here (WARC records, gzip members with zlib) into a
 * fresh temporary directory, so no binary files need committing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "ingest/ingest.h"

/* ASan keeps freed blocks in a quarantine (256 MB by default) that would
 * show up as RSS in the streaming test. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "quarantine_size_mb=8"; }

/* ------------------------------------------------------------ recording */

typedef struct got_item {
    char *input, *where, *data, *charset, *url, *title, *site, *byline;
    px_item_kind kind;
    px_format format;
    size_t len;
} got_item;

typedef struct got_skip {
    char *input, *where, *reason;
    px_status status;
} got_skip;

typedef struct got {
    got_item items[64];
    size_t n_items;
    got_skip skips[64];
    size_t n_skips;
    size_t count;           /* all items, also beyond the array */
    uint64_t bytes;
    int stop_after;         /* nonzero: stop after this many items */
} got;

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static int on_item(void *user, const px_item *it)
{
    got *g = user;
    g->count++;
    g->bytes += it->len;
    if (g->n_items < 64) {
        got_item *c = &g->items[g->n_items++];
        c->input = dup_or_null(it->input);
        c->where = dup_or_null(it->where);
        c->kind = it->kind;
        c->format = it->format;
        c->len = it->len;
        c->data = it->data ? strndup(it->data, it->len) : NULL;
        c->charset = dup_or_null(it->charset);
        c->url = dup_or_null(it->url);
        if (it->article) {
            c->title = dup_or_null(it->article->title);
            c->site = dup_or_null(it->article->site);
            c->byline = dup_or_null(it->article->byline);
            c->data = dup_or_null(it->article->text);
        }
    }
    return g->stop_after && g->count >= (size_t)g->stop_after;
}

static void on_skip(void *user, const char *input, const char *where,
                    px_status status, const char *reason)
{
    got *g = user;
    if (getenv("PX_TEST_VERBOSE"))
        print_message("skip %s [%s] %s: %s\n", input, where,
                      px_status_str(status), reason);
    if (g->n_skips < 64) {
        got_skip *c = &g->skips[g->n_skips++];
        c->input = strdup(input);
        c->where = strdup(where);
        c->reason = strdup(reason);
        c->status = status;
    }
}

static void got_free(got *g)
{
    for (size_t i = 0; i < g->n_items; i++) {
        got_item *c = &g->items[i];
        free(c->input); free(c->where); free(c->data); free(c->charset);
        free(c->url); free(c->title); free(c->site); free(c->byline);
    }
    for (size_t i = 0; i < g->n_skips; i++) {
        free(g->skips[i].input); free(g->skips[i].where);
        free(g->skips[i].reason);
    }
    memset(g, 0, sizeof *g);
}

/* ------------------------------------------------------------- fixtures */

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    strcpy(tmpdir, "/tmp/px_ingest_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *tpath(const char *name)
{
    static char buf[4][256];
    static int k;
    char *p = buf[k++ % 4];
    snprintf(p, 256, "%s/%s", tmpdir, name);
    return p;
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    if (len) assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* Append one gzip member holding data. */
static void gz_member(px_buf *out, const char *data, size_t len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 1, Z_DEFLATED, 16 + MAX_WBITS, 8,
                                  Z_DEFAULT_STRATEGY), Z_OK);
    size_t bound = deflateBound(&z, len) + 32;
    assert_true(px_buf_reserve(out, bound));
    z.next_in = (unsigned char *)data;
    z.avail_in = (uInt)len;
    z.next_out = (unsigned char *)out->data + out->len;
    z.avail_out = (uInt)bound;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    out->len += bound - z.avail_out;
    deflateEnd(&z);
}

/* Append a WARC record. */
static void warc(px_buf *out, const char *type, const char *uri,
                 const char *ctype, const char *block)
{
    px_buf_printf(out, "WARC/1.0\r\nWARC-Type: %s\r\n", type);
    px_buf_puts(out, "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n");
    if (uri) px_buf_printf(out, "WARC-Target-URI: %s\r\n", uri);
    if (ctype) px_buf_printf(out, "Content-Type: %s\r\n", ctype);
    px_buf_printf(out, "Content-Length: %zu\r\n\r\n%s\r\n\r\n",
                  strlen(block), block);
}

#define PAGE1 "<html><body><p>The otter council met on Tuesday.</p></body></html>"
#define HTTP1 "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" PAGE1
#define HTTP_CHUNKED \
    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n" \
    "Transfer-Encoding: chunked\r\n\r\n" \
    "6\r\n<p>Caf\r\n7;x=y\r\n\xe9 news.\r\n0\r\n\r\n"
#define HTTP_REQ "GET / HTTP/1.1\r\nHost: example.test\r\n\r\n"

static void three_records(px_buf *b, size_t offs[3])
{
    offs[0] = b->len;
    warc(b, "response", "http://news.example.test/a", "application/http; msgtype=response", HTTP1);
    offs[1] = b->len;
    warc(b, "request", "http://news.example.test/a", "application/http; msgtype=request", HTTP_REQ);
    offs[2] = b->len;
    warc(b, "response", "http://news.example.test/b", "application/http; msgtype=response", HTTP_CHUNKED);
}

static px_status run(const char *path, got *g)
{
    px_ctx *ctx = px_ctx_new();
    px_status st = px_read_path(ctx, path, on_item, on_skip, g);
    px_ctx_free(ctx);
    return st;
}

static char *off(size_t n)
{
    static char buf[4][32];
    static int k;
    char *p = buf[k++ % 4];
    snprintf(p, 32, "offset %zu", n);
    return p;
}

/* ---------------------------------------------------------------- happy */

static void test_html_file(void **state)
{
    (void)state;
    got g = {0};
    write_file(tpath("page.html"), PAGE1, strlen(PAGE1));
    assert_int_equal(run(tpath("page.html"), &g), PX_OK);
    assert_int_equal(g.n_items, 1);
    assert_int_equal(g.n_skips, 0);
    assert_string_equal(g.items[0].input, tpath("page.html"));
    assert_string_equal(g.items[0].where, "");
    assert_int_equal(g.items[0].kind, PX_ITEM_PAGE);
    assert_int_equal(g.items[0].format, PX_FORMAT_HTML);
    assert_string_equal(g.items[0].data, PAGE1);
    got_free(&g);
}

static void test_txt_file(void **state)
{
    (void)state;
    got g = {0};
    /* starts like markup, but .txt says text dump */
    const char *t = "<Headline> Otters vote\n\nThe council met.\n";
    write_file(tpath("dump.txt"), t, strlen(t));
    assert_int_equal(run(tpath("dump.txt"), &g), PX_OK);
    assert_int_equal(g.n_items, 1);
    assert_int_equal(g.items[0].format, PX_FORMAT_TEXT);
    assert_string_equal(g.items[0].data, t);
    got_free(&g);
    /* no name hint, plain prose: text */
    write_file(tpath("dump"), "Otters vote.\n", 13);
    assert_int_equal(run(tpath("dump"), &g), PX_OK);
    assert_int_equal(g.items[0].format, PX_FORMAT_TEXT);
    got_free(&g);
}

static void test_dir_sorted(void **state)
{
    (void)state;
    got g = {0};
    mkdir(tpath("tree"), 0700);
    mkdir(tpath("tree/a"), 0700);
    write_file(tpath("tree/b.html"), "<p>b</p>", 8);
    write_file(tpath("tree/a/c.txt"), "c", 1);
    write_file(tpath("tree/a/B.html"), "<p>B</p>", 8);
    write_file(tpath("tree/.hidden.html"), "<p>h</p>", 8);
    assert_int_equal(symlink(tpath("tree"), tpath("tree/loop")), 0);
    assert_int_equal(symlink(tpath("tree/b.html"), tpath("tree/z.html")), 0);
    assert_int_equal(run(tpath("tree"), &g), PX_OK);
    assert_int_equal(g.n_skips, 0);
    assert_int_equal(g.n_items, 4);
    assert_string_equal(g.items[0].input, tpath("tree/a/B.html"));
    assert_string_equal(g.items[1].input, tpath("tree/a/c.txt"));
    assert_string_equal(g.items[2].input, tpath("tree/b.html"));
    assert_string_equal(g.items[3].input, tpath("tree/z.html"));
    got_free(&g);
}

/* A walk reads what could be an input and leaves a corpus folder's notes
 * and images alone; the same files named directly are read. */
static void test_dir_input_names(void **state)
{
    (void)state;
    got g = {0};
    mkdir(tpath("corpus"), 0700);
    write_file(tpath("corpus/README.md"), "# notes\n", 8);
    write_file(tpath("corpus/photo.jpg"), "\xff\xd8\xff", 3);
    write_file(tpath("corpus/page.HTM"), "<p>p</p>", 8);
    write_file(tpath("corpus/feed.jsonl.gz"), "x", 1);     /* read: a bad gzip */
    write_file(tpath("corpus/12345"), "Otters vote.\n", 13);
    write_file(tpath("corpus/story.txt"), "s", 1);
    assert_int_equal(run(tpath("corpus"), &g), PX_OK);
    assert_int_equal(g.n_items, 3);
    assert_string_equal(g.items[0].input, tpath("corpus/12345"));
    assert_string_equal(g.items[1].input, tpath("corpus/page.HTM"));
    assert_string_equal(g.items[2].input, tpath("corpus/story.txt"));
    assert_int_equal(g.n_skips, 1);
    got_free(&g);
    assert_int_equal(run(tpath("corpus/README.md"), &g), PX_OK);
    assert_int_equal(g.n_items, 1);
    got_free(&g);
}

static void test_warc(void **state)
{
    (void)state;
    got g = {0};
    px_buf b = PX_BUF_INIT;
    size_t offs[3];
    px_buf_puts(&b, "");
    three_records(&b, offs);
    write_file(tpath("crawl.warc"), b.data, b.len);
    assert_int_equal(run(tpath("crawl.warc"), &g), PX_OK);
    assert_int_equal(g.n_skips, 0);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[0].where, off(offs[0]));
    assert_string_equal(g.items[0].data, PAGE1);
    assert_string_equal(g.items[0].charset, "utf-8");
    assert_string_equal(g.items[0].url, "http://news.example.test/a");
    assert_int_equal(g.items[0].format, PX_FORMAT_HTML);
    assert_string_equal(g.items[1].where, off(offs[2]));
    assert_string_equal(g.items[1].data, "<p>Caf\xe9 news.");
    assert_string_equal(g.items[1].charset, "iso-8859-1");
    assert_string_equal(g.items[1].url, "http://news.example.test/b");
    got_free(&g);
    px_buf_free(&b);
}

static void test_warc_gz_members(void **state)
{
    (void)state;
    got g = {0};
    px_buf rec = PX_BUF_INIT, gz = PX_BUF_INIT;
    size_t member[3];
    const char *blocks[3] = {HTTP1, HTTP_REQ, HTTP_CHUNKED};
    const char *types[3] = {"response", "request", "response"};
    for (int i = 0; i < 3; i++) {
        px_buf_reset(&rec);
        warc(&rec, types[i], "http://x.test/", NULL, blocks[i]);
        member[i] = gz.len;
        gz_member(&gz, rec.data, rec.len);
    }
    write_file(tpath("crawl.warc.gz"), gz.data, gz.len);
    assert_int_equal(run(tpath("crawl.warc.gz"), &g), PX_OK);
    assert_int_equal(g.n_skips, 0);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[0].where, off(member[0]));
    assert_string_equal(g.items[1].where, off(member[2]));
    assert_string_equal(g.items[1].data, "<p>Caf\xe9 news.");
    got_free(&g);
    px_buf_free(&rec);
    px_buf_free(&gz);
}

static void test_warc_gzip_body_and_resource(void **state)
{
    (void)state;
    got g = {0};
    px_buf b = PX_BUF_INIT, body = PX_BUF_INIT, block = PX_BUF_INIT;
    gz_member(&body, PAGE1, strlen(PAGE1));
    px_buf_printf(&block, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                  "Content-Encoding: gzip\r\nContent-Length: %zu\r\n\r\n",
                  body.len);
    px_buf_append(&block, body.data, body.len);
    px_buf_printf(&b, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: %zu\r\n\r\n",
                  block.len);
    px_buf_append(&b, block.data, block.len);
    px_buf_puts(&b, "\r\n\r\n");
    warc(&b, "resource", "file:///x.html", "text/html; charset=\"windows-1252\"", PAGE1);
    warc(&b, "response", "http://x.test/404", NULL, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>no</p>");
    warc(&b, "response", "http://x.test/i.png", NULL, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG");
    write_file(tpath("enc.warc"), b.data, b.len);
    assert_int_equal(run(tpath("enc.warc"), &g), PX_OK);
    assert_int_equal(g.n_skips, 0);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[0].data, PAGE1);
    assert_string_equal(g.items[1].data, PAGE1);
    assert_string_equal(g.items[1].charset, "windows-1252");
    got_free(&g);
    px_buf_free(&b);
    px_buf_free(&body);
    px_buf_free(&block);
}

static void test_jsonl(void **state)
{
    (void)state;
    got g = {0};
    const char *j =
        "{\"url\":\"http://a.test/1\",\"html\":\"<p>Otters</p>\"}\n"
        "\n"
        "{\"url\":\"http://a.test/2\",\"text\":\"Plain dump.\"}\n"
        "{\"title\":\"Otters win\",\"text\":\"First.\\n\\nSecond.\","
        "\"date\":\"2024-06-18\",\"source\":\"The Daily Test\","
        "\"author\":[\"A. Writer\",\"B. Writer\"],\"language\":\"en\","
        "\"url\":\"http://a.test/3\"}\n";
    write_file(tpath("items.jsonl"), j, strlen(j));
    assert_int_equal(run(tpath("items.jsonl"), &g), PX_OK);
    assert_int_equal(g.n_skips, 0);
    assert_int_equal(g.n_items, 3);
    assert_string_equal(g.items[0].where, "line 1");
    assert_int_equal(g.items[0].format, PX_FORMAT_HTML);
    assert_string_equal(g.items[0].data, "<p>Otters</p>");
    assert_string_equal(g.items[0].url, "http://a.test/1");
    assert_string_equal(g.items[1].where, "line 3");
    assert_int_equal(g.items[1].format, PX_FORMAT_TEXT);
    assert_int_equal(g.items[2].kind, PX_ITEM_ARTICLE);
    assert_string_equal(g.items[2].where, "line 4");
    assert_string_equal(g.items[2].title, "Otters win");
    assert_string_equal(g.items[2].site, "The Daily Test");
    assert_string_equal(g.items[2].byline, "A. Writer, B. Writer");
    assert_string_equal(g.items[2].data, "First.\n\nSecond.");
    got_free(&g);
}

static void test_stdin(void **state)
{
    (void)state;
    got g = {0};
    px_buf b = PX_BUF_INIT, gz = PX_BUF_INIT;
    size_t offs[3];
    three_records(&b, offs);
    gz_member(&gz, b.data, b.len);
    write_file(tpath("stdin.warc.gz"), gz.data, gz.len);
    int saved = dup(0);
    int fd = open(tpath("stdin.warc.gz"), O_RDONLY);
    assert_true(saved >= 0 && fd >= 0);
    dup2(fd, 0);
    close(fd);
    px_status st = run("-", &g);
    dup2(saved, 0);
    close(saved);
    assert_int_equal(st, PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[0].input, "-");
    /* one member for the whole file: every record is at member 0 */
    assert_string_equal(g.items[1].where, "offset 0");
    got_free(&g);
    px_buf_free(&b);
    px_buf_free(&gz);
}

static void test_stop(void **state)
{
    (void)state;
    got g = {0};
    g.stop_after = 1;
    const char *j = "{\"html\":\"<p>1</p>\"}\n{\"html\":\"<p>2</p>\"}\n";
    write_file(tpath("stop.jsonl"), j, strlen(j));
    assert_int_equal(run(tpath("stop.jsonl"), &g), PX_OK);
    assert_int_equal(g.count, 1);
    got_free(&g);
}

/* ---------------------------------------------------------------- errors */

static void test_not_found(void **state)
{
    (void)state;
    got g = {0};
    px_ctx *ctx = px_ctx_new();
    px_status st = px_read_path(ctx, tpath("missing.html"), on_item, on_skip, &g);
    assert_int_equal(st, PX_NOTFOUND);
    assert_non_null(strstr(px_errmsg(ctx), "missing.html"));
    assert_int_equal(g.n_skips, 0);     /* reported once: by the return */
    assert_int_equal(g.n_items, 0);
    px_ctx_free(ctx);
}

static void test_empty_and_binary(void **state)
{
    (void)state;
    got g = {0};
    write_file(tpath("empty.html"), "", 0);
    assert_int_equal(run(tpath("empty.html"), &g), PX_OK);
    assert_int_equal(g.n_items, 0);
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].input, tpath("empty.html"));
    assert_string_equal(g.skips[0].reason, "empty file");
    assert_int_equal(g.skips[0].status, PX_EMPTY);
    got_free(&g);
    const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0<html>";
    write_file(tpath("prog.html"), bin, sizeof bin);
    assert_int_equal(run(tpath("prog.html"), &g), PX_OK);
    assert_int_equal(g.n_items, 0);
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].reason, "binary file");
    got_free(&g);
}

static void test_truncated_gzip(void **state)
{
    (void)state;
    got g = {0};
    px_buf rec = PX_BUF_INIT, gz = PX_BUF_INIT;
    size_t member[3];
    for (int i = 0; i < 3; i++) {
        px_buf_reset(&rec);
        warc(&rec, "response", "http://x.test/", NULL, HTTP1);
        member[i] = gz.len;
        gz_member(&gz, rec.data, rec.len);
    }
    write_file(tpath("cut.warc.gz"), gz.data, gz.len - 20);
    assert_int_equal(run(tpath("cut.warc.gz"), &g), PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, off(member[2]));
    assert_int_equal(g.skips[0].status, PX_CORRUPT);
    assert_non_null(strstr(g.skips[0].reason, "truncated gzip"));
    got_free(&g);

    /* a corrupt member in the middle: the reader resyncs to the next one */
    gz.data[member[1] + 12] ^= 0x55;
    gz.data[member[1] + 13] ^= 0xaa;
    gz.data[member[1] + 20] ^= 0xff;
    write_file(tpath("bad.warc.gz"), gz.data, gz.len);
    assert_int_equal(run(tpath("bad.warc.gz"), &g), PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[0].where, off(member[0]));
    assert_string_equal(g.items[1].where, off(member[2]));
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, off(member[1]));
    got_free(&g);
    px_buf_free(&rec);
    px_buf_free(&gz);
}

static void test_warc_corrupt_middle(void **state)
{
    (void)state;
    got g = {0};
    px_buf b = PX_BUF_INIT;
    warc(&b, "response", "http://x.test/1", NULL, HTTP1);
    size_t bad = b.len;
    px_buf_puts(&b, "WARC/1.0\r\nWARC-Type: response\r\nthis is no header\r\n"
                    "Content-Length: 5\r\n\r\nhello\r\n\r\n");
    size_t good = b.len;
    warc(&b, "response", "http://x.test/3", NULL, HTTP1);
    write_file(tpath("mid.warc"), b.data, b.len);
    assert_int_equal(run(tpath("mid.warc"), &g), PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[0].url, "http://x.test/1");
    assert_string_equal(g.items[1].url, "http://x.test/3");
    assert_string_equal(g.items[1].where, off(good));
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, off(bad));
    assert_string_equal(g.skips[0].reason, "bad WARC header line");
    got_free(&g);

    /* Content-Length too small: trailer missing, resync */
    px_buf_reset(&b);
    warc(&b, "response", "http://x.test/1", NULL, HTTP1);
    bad = b.len;
    px_buf_puts(&b, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 3\r\n\r\n"
                    "HTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n");
    warc(&b, "response", "http://x.test/3", NULL, HTTP1);
    write_file(tpath("short.warc"), b.data, b.len);
    assert_int_equal(run(tpath("short.warc"), &g), PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, off(bad));
    assert_non_null(strstr(g.skips[0].reason, "CRLF CRLF"));
    got_free(&g);
    px_buf_free(&b);
}

static void test_warc_length_past_eof(void **state)
{
    (void)state;
    got g = {0};
    px_buf b = PX_BUF_INIT;
    warc(&b, "response", "http://x.test/1", NULL, HTTP1);
    size_t bad = b.len;
    px_buf_puts(&b, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n"
                    "HTTP/1.1 200 OK\r\n\r\n<p>cut</p>");
    write_file(tpath("eof.warc"), b.data, b.len);
    assert_int_equal(run(tpath("eof.warc"), &g), PX_OK);
    assert_int_equal(g.n_items, 1);
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, off(bad));
    assert_int_equal(g.skips[0].status, PX_CORRUPT);
    assert_string_equal(g.skips[0].reason,
                        "Content-Length 99999 runs past the end of the input");
    got_free(&g);
    px_buf_free(&b);
}

static void test_oversize_record(void **state)
{
    (void)state;
    got g = {0};
    px_buf b = PX_BUF_INIT, big = PX_BUF_INIT;
    px_buf_puts(&big, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
    for (int i = 0; i < 500; i++) px_buf_puts(&big, "<p>otter</p>");
    warc(&b, "response", "http://x.test/big", NULL, big.data);
    warc(&b, "response", "http://x.test/small", NULL, HTTP1);
    write_file(tpath("big.warc"), b.data, b.len);
    px_ctx *ctx = px_ctx_new();
    px_limit(ctx, PX_LIMIT_INPUT_BYTES, 1000);
    assert_int_equal(px_read_path(ctx, tpath("big.warc"), on_item, on_skip, &g), PX_OK);
    assert_int_equal(g.n_items, 1);
    assert_string_equal(g.items[0].url, "http://x.test/small");
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, "offset 0");
    assert_int_equal(g.skips[0].status, PX_LIMIT);
    assert_non_null(strstr(g.skips[0].reason, "6000 bytes"));
    got_free(&g);
    /* a whole file over the limit */
    write_file(tpath("big.html"), big.data, big.len);
    assert_int_equal(px_read_path(ctx, tpath("big.html"), on_item, on_skip, &g), PX_OK);
    assert_int_equal(g.n_items, 0);
    assert_int_equal(g.n_skips, 1);
    assert_int_equal(g.skips[0].status, PX_LIMIT);
    got_free(&g);
    px_ctx_free(ctx);
    px_buf_free(&b);
    px_buf_free(&big);
}

static void test_jsonl_errors(void **state)
{
    (void)state;
    got g = {0};
    const char *j =
        "{\"html\":\"<p>ok</p>\"}\n"
        "this is not json\n"
        "{\"text\":\"bad \xff\xfe utf-8\"}\n"
        "[1, 2]\n"
        "{\"title\":\"no text\"}\n"
        "{\"html\":\"<p>still read</p>\"}\n"
        "{\"title\":\"\\u0001\",\"text\":\"\\u0002\",\"site\":\"\\u0003\"}\n";
    write_file(tpath("bad.jsonl"), j, strlen(j));
    assert_int_equal(run(tpath("bad.jsonl"), &g), PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[1].where, "line 6");
    assert_int_equal(g.n_skips, 5);
    assert_string_equal(g.skips[0].where, "line 2");
    assert_int_equal(g.skips[0].status, PX_CORRUPT);
    assert_string_equal(g.skips[1].where, "line 3");
    assert_non_null(strstr(g.skips[1].reason, "unable to decode byte 0xff"));
    assert_string_equal(g.skips[2].where, "line 4");
    assert_string_equal(g.skips[2].reason, "not a JSON object");
    assert_string_equal(g.skips[3].where, "line 5");
    /* fields of control characters only: no text (fuzzer regression) */
    assert_string_equal(g.skips[4].where, "line 7");
    assert_int_equal(g.skips[4].status, PX_EMPTY);
    got_free(&g);
}

/* One JSON document instead of JSON Lines: a pretty-printed array of
 * articles (each element an item, named by its place), an array on one
 * line, a single article object, and a broken document reported once,
 * at its line. */
static void test_json_document(void **state)
{
    (void)state;
    got g = {0};
    const char *arr =
        "[\n"
        "  {\"url\": \"http://a.test/1\", \"html\": \"<p>Otters</p>\"},\n"
        "  {\"title\": \"Otters win\",\n"
        "   \"text\": \"First.\"},\n"
        "  7\n"
        "]\n";
    write_file(tpath("arr.dat"), arr, strlen(arr));   /* found by its content */
    assert_int_equal(run(tpath("arr.dat"), &g), PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[0].where, "item 1");
    assert_string_equal(g.items[0].data, "<p>Otters</p>");
    assert_string_equal(g.items[1].where, "item 2");
    assert_string_equal(g.items[1].title, "Otters win");
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, "item 3");
    assert_string_equal(g.skips[0].reason, "not a JSON object");
    got_free(&g);

    memset(&g, 0, sizeof g);
    const char *one_line = "[{\"html\": \"<p>a</p>\"}, {\"html\": \"<p>b</p>\"}]\n";
    write_file(tpath("one.jsonl"), one_line, strlen(one_line));
    assert_int_equal(run(tpath("one.jsonl"), &g), PX_OK);
    assert_int_equal(g.n_items, 2);
    assert_string_equal(g.items[1].where, "item 2");
    got_free(&g);

    memset(&g, 0, sizeof g);
    const char *obj = "{\n  \"url\": \"http://a.test/9\",\n  \"text\": \"A dump.\"\n}\n";
    write_file(tpath("obj.json"), obj, strlen(obj));
    assert_int_equal(run(tpath("obj.json"), &g), PX_OK);
    assert_int_equal(g.n_items, 1);
    assert_string_equal(g.items[0].where, "document");
    assert_string_equal(g.items[0].url, "http://a.test/9");
    got_free(&g);

    memset(&g, 0, sizeof g);
    const char *bad = "[\n  {\"text\": \"x\",\n   \"title\": }\n]\n";
    write_file(tpath("bad.json"), bad, strlen(bad));
    assert_int_equal(run(tpath("bad.json"), &g), PX_OK);
    assert_int_equal(g.n_items, 0);
    assert_int_equal(g.n_skips, 1);
    assert_string_equal(g.skips[0].where, "line 3");
    assert_int_equal(g.skips[0].status, PX_CORRUPT);
    got_free(&g);
}

static void test_memory_reader(void **state)
{
    (void)state;
    got g = {0};
    const char *j = "{\"html\":\"<p>m</p>\"}";
    assert_int_equal(ing_read_memory(NULL, "mem", j, strlen(j), ING_JSONL,
                                     on_item, on_skip, &g), PX_OK);
    assert_int_equal(g.n_items, 1);
    got_free(&g);
    /* garbage never crashes; it is reported or ignored */
    unsigned char junk[3000];
    for (size_t i = 0; i < sizeof junk; i++) junk[i] = (unsigned char)(i * 131 + 7);
    memcpy(junk, "WARC/1.0\r\n", 10);
    assert_int_equal(ing_read_memory(NULL, "junk", junk, sizeof junk, ING_WARC,
                                     on_item, on_skip, &g), PX_OK);
    assert_int_equal(g.n_items, 0);
    got_free(&g);
}

/* ------------------------------------------------------------- streaming */

static long maxrss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void test_streaming_big_warc_gz(void **state)
{
    (void)state;
    const char *path = tpath("big.warc.gz");
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    px_buf block = PX_BUF_INIT, rec = PX_BUF_INIT, gz = PX_BUF_INIT;
    px_buf_puts(&block, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>");
    while (block.len < 20000)
        px_buf_puts(&block, "<p>The otters of the test river held a long meeting.</p>\n");
    px_buf_puts(&block, "</body></html>");
    size_t n_records = 10000, total = 0;   /* ~200 MB uncompressed */
    for (size_t i = 0; i < n_records; i++) {
        px_buf_reset(&rec);
        warc(&rec, i % 3 == 1 ? "request" : "response", "http://x.test/", NULL, block.data);
        px_buf_reset(&gz);
        gz_member(&gz, rec.data, rec.len);
        assert_int_equal(fwrite(gz.data, 1, gz.len, f), gz.len);
        total += rec.len;
    }
    assert_int_equal(fclose(f), 0);
    px_buf_free(&block);
    px_buf_free(&rec);
    px_buf_free(&gz);
    assert_true(total > 190u * 1000 * 1000);

    got g = {0};
    long before = maxrss_kb();
    assert_int_equal(run(path, &g), PX_OK);
    long after = maxrss_kb();
    assert_int_equal(g.n_skips, 0);
    assert_int_equal(g.count, n_records - n_records / 3);
    print_message("streamed %zu MB; peak RSS grew %ld KB\n", total >> 20,
                  after - before);
    assert_true(after - before < 64 * 1024);
    got_free(&g);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_file),
        cmocka_unit_test(test_txt_file),
        cmocka_unit_test(test_dir_sorted),
        cmocka_unit_test(test_dir_input_names),
        cmocka_unit_test(test_warc),
        cmocka_unit_test(test_warc_gz_members),
        cmocka_unit_test(test_warc_gzip_body_and_resource),
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_stdin),
        cmocka_unit_test(test_stop),
        cmocka_unit_test(test_not_found),
        cmocka_unit_test(test_empty_and_binary),
        cmocka_unit_test(test_truncated_gzip),
        cmocka_unit_test(test_warc_corrupt_middle),
        cmocka_unit_test(test_warc_length_past_eof),
        cmocka_unit_test(test_oversize_record),
        cmocka_unit_test(test_jsonl_errors),
        cmocka_unit_test(test_json_document),
        cmocka_unit_test(test_memory_reader),
        cmocka_unit_test(test_streaming_big_warc_gz),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
