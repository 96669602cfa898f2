/*
 * test_oom.c - allocation failures, the SQLite way: each operation is run
 * again and again with the 1st, 2nd, 3rd ... allocation of the library
 * failing, until a run sees no failure.  Every run must return (PX_OK when
 * the failure was absorbed, else an error status with a message), never
 * crash, and leave nothing allocated (LeakSanitizer in the ASan build).
 *
 * The library is linked statically, so -Wl,--wrap=malloc,calloc,realloc
 * (tests/CMakeLists.txt) sends its allocations through the wrappers below;
 * allocations inside shared libraries (libxml2, ICU, SQLite) are theirs to
 * test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compare/compare.h"
#include "parallax.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);

/* The wrappers have no context to carry these: a test binary's globals. */
static long alloc_count, fail_at;   /* fail the fail_at-th allocation; 0: none */
static int failed;

static int should_fail(void)
{
    if (!fail_at) return 0;
    if (++alloc_count != fail_at) return 0;
    failed = 1;
    return 1;
}

void *__wrap_malloc(size_t n) { return should_fail() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return should_fail() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) { return should_fail() ? NULL : __real_realloc(p, n); }

static void arm(long k) { alloc_count = 0; fail_at = k; failed = 0; }
static void disarm(void) { fail_at = 0; }

typedef px_status (*op_fn)(void *user);

/* Run op with each allocation failing in turn; returns how many runs.
 * A failed run must say why in ctx. */
static long every_failure(op_fn op, void *user, px_ctx *ctx, long max_runs)
{
    for (long k = 1; k <= max_runs; k++) {
        px_clear_error(ctx);
        arm(k);
        px_status rc = op(user);
        disarm();
        if (rc != PX_OK) {
            const char *msg = px_errmsg(ctx);
            if (!msg || !*msg) fail_msg("allocation %ld failed: status %d and no message", k, (int)rc);
        }
        if (!failed) {
            assert_int_equal(rc, PX_OK);    /* nothing failed: it works */
            return k;
        }
        assert_true(rc == PX_OK || rc == PX_NOMEM || rc == PX_LIMIT || rc == PX_CORRUPT ||
                    rc == PX_INVALID || rc == PX_IO);
    }
    return max_runs;
}

static const char page[] =
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Ferry strike ends | The Quay Post</title>"
    "<meta property=\"og:site_name\" content=\"The Quay Post\">"
    "<meta property=\"article:published_time\" content=\"2031-05-02T08:00:00+01:00\"></head>"
    "<body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav>"
    "<article><h1>Ferry strike ends after nine days</h1><p class=\"byline\">By Ana Lind</p>"
    "<p>The ferry strike that stranded islanders for nine days ended on Friday, when the "
    "crews' union accepted a pay offer of 6 percent.</p>"
    "<p>\"We are glad to sail again,\" said Ola Berg, the union's secretary. \"The crews "
    "held firm.\"</p><p>The operator, Sound Lines, said the first boat would leave at 7am, "
    "according to the Harbour Gazette.</p></article>"
    "<aside>Related: Island school reopens</aside><footer>© The Quay Post</footer></body></html>";

typedef struct fixture {
    px_ctx *ctx;
    px_analyzer *an;
    px_article *article;
    px_textdoc *doc;
    char dir[64];            /* a temporary directory for files and stores */
    int runs;
} fixture;

static px_status extract_op(void *user)
{
    fixture *f = user;
    px_extract_input in = {"ferry.html", page, sizeof page - 1, PX_FORMAT_HTML, NULL, NULL};
    px_article *a = NULL;
    px_status rc = px_extract(f->ctx, &in, &a);
    if (rc == PX_OK) assert_non_null(a->text);
    px_article_free(a);
    return rc;
}

static px_status analyze_op(void *user)
{
    fixture *f = user;
    px_textdoc *d = NULL;
    px_status rc = px_analyze(f->an, f->ctx, f->article->text, strlen(f->article->text), "en", &d);
    px_textdoc_free(d);
    return rc;
}

static px_status compare_op(void *user)
{
    fixture *f = user;
    px_cmp_article arts[2] = {
        {1, "Ferry strike ends", "The Quay Post", NULL, "2031-05-02", "a.html", NULL, f->doc},
        {2, "Strike over", "Island News", NULL, "2031-05-03", "b.html", NULL, f->doc},
    };
    px_comparison *c = NULL;
    px_status rc = px_compare(f->ctx, arts, 2, NULL, 0, NULL, &c);
    px_comparison_free(c);
    return rc;
}

static px_status cluster_op(void *user)
{
    fixture *f = user;
    px_clusterer *c = NULL;
    px_status rc = px_clusterer_new(f->ctx, &c);
    int64_t story = 0;
    for (int i = 0; i < 3 && rc == PX_OK; i++) rc = px_clusterer_add(c, f->article, &story);
    px_clusterer_free(c);
    return rc;
}

/* A store of its own each run: the article added, its story rendered in
 * every form. */
static px_status store_op(void *user)
{
    fixture *f = user;
    char path[128];
    snprintf(path, sizeof path, "%s/s%d.db", f->dir, f->runs++);
    px_store *s = NULL;
    px_status rc = px_store_open(f->ctx, path, 0, &s);
    px_add_result r;
    if (rc == PX_OK) rc = px_store_add(f->ctx, s, f->article, "ferry.html", &r);
    const px_render how[] = {PX_RENDER_TEXT, PX_RENDER_JSON, PX_RENDER_MARKDOWN, PX_RENDER_HTML};
    for (size_t i = 0; i < sizeof how / sizeof *how && rc == PX_OK; i++) {
        char *out = NULL;
        rc = px_story_render(f->ctx, s, r.story_id, how[i], &out);
        free(out);
    }
    char *json = NULL;
    if (rc == PX_OK) rc = px_stories_json(f->ctx, s, &json);
    free(json);
    px_store_close(s);
    return rc;
}

static int count_item(void *user, const px_item *item)
{
    (void)item;
    (*(int *)user)++;
    return 0;
}

/* JSON Lines and a WARC read from files. */
static px_status read_op(void *user)
{
    fixture *f = user;
    char path[128];
    int items = 0;
    snprintf(path, sizeof path, "%s/in", f->dir);
    return px_read_path(f->ctx, path, count_item, NULL, &items);
}

static int write_file(const char *path, const char *data)
{
    FILE *fp = fopen(path, "wb");
    if (!fp) return -1;
    fputs(data, fp);
    return fclose(fp);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f || !(f->ctx = px_ctx_new()) || px_analyzer_new(f->ctx, &f->an) != PX_OK) return -1;
    px_extract_input in = {"ferry.html", page, sizeof page - 1, PX_FORMAT_HTML, NULL, NULL};
    if (px_extract(f->ctx, &in, &f->article) != PX_OK) return -1;
    if (px_analyze(f->an, f->ctx, f->article->text, strlen(f->article->text), "en", &f->doc) != PX_OK)
        return -1;
    strcpy(f->dir, "/tmp/px-oom-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    char path[128];
    snprintf(path, sizeof path, "%s/in", f->dir);
    if (mkdir(path, 0700) != 0) return -1;
    snprintf(path, sizeof path, "%s/in/feed.jsonl", f->dir);
    if (write_file(path, "{\"url\":\"http://q.example/a\",\"html\":\"<p>Boats sail.</p>\"}\n"
                         "{\"title\":\"T\",\"text\":\"Crews return.\",\"date\":\"2031-05-02\"}\n"
                         "not json\n") != 0)
        return -1;
    snprintf(path, sizeof path, "%s/in/crawl.warc", f->dir);
    if (write_file(path, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://q.example/b\r\n"
                         "Content-Length: 64\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                         "<p>Ferries run.</p>\r\n\r\n") != 0)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0) return -1;
    px_textdoc_free(f->doc);
    px_article_free(f->article);
    px_analyzer_free(f->an);
    px_ctx_free(f->ctx);
    free(f);
    return 0;
}

static void run_all(void **state, op_fn op, const char *name)
{
    fixture *f = *state;
    long runs = every_failure(op, f, f->ctx, 100000);
    printf("%s: %ld allocations failed in turn\n", name, runs - 1);
    assert_true(runs > 1);          /* the operation allocates: the test tested */
}

static void test_extract(void **state) { run_all(state, extract_op, "px_extract"); }
static void test_analyze(void **state) { run_all(state, analyze_op, "px_analyze"); }
static void test_compare(void **state) { run_all(state, compare_op, "px_compare"); }
static void test_cluster(void **state) { run_all(state, cluster_op, "px_clusterer_add"); }
static void test_store(void **state) { run_all(state, store_op, "px_store_add and renderings"); }
static void test_read(void **state) { run_all(state, read_op, "px_read_path"); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extract),
        cmocka_unit_test(test_analyze),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_cluster),
        cmocka_unit_test(test_store),
        cmocka_unit_test(test_read),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
