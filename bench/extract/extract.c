/*
 * extract.c - accuracy and speed of px_extract on the extraction dev set,
 * in one process.
 *
 *   extract [--only SUBSTR] [--verbose (misses and junk on stderr)] [--dump NAME] EXTRACT_DEV_DIR
 *
 * All pages are read (and gunzipped) into memory first, so the timed loops
 * see no I/O.  Then, page by page, the bare libxml2 parse (htmlReadMemory
 * + xmlFreeDoc, the same options html.c uses, encoding left to libxml2)
 * and the full extraction (charset, parse, metadata, body, paragraphs) are
 * timed back to back, so a load change on a shared machine hits both
 * sides alike.  The ratio full/parse is the number to watch (target
 * <= 1.5).
 *
 * Accuracy is scored the upstream way: white space collapsed in text and
 * snippets, a found "with" snippet is a true positive, a missing one a
 * false negative, a found "without" snippet a false positive, a missing
 * one a true negative.  The per-language lines group pages by the
 * language the extractor found (html lang / metadata).
 *
 * A second, untimed-for-accuracy run uses 2 threads (each with its own
 * context, pages dealt round-robin) to report the parallel speed-up.
 *
 * Peak RSS is reported twice: for the whole process (pages held in
 * memory included) and the growth over the level reached after loading,
 * which is what extraction itself needed at its peak.
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <jansson.h>
#include <zlib.h>

#include "parallax.h"
#include "util.h"
#include "../../tests/extract_dev.h"

typedef struct page {
    const char *key;
    const char *url;
    char *data;
    size_t len;
    json_t *entry;
} page;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of this thread: on a loaded machine wall time also counts the
 * waits for a core, which fall on either side at random. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void print_scores(const char *label, const dev_counts *c)
{
    double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
    double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
    double f1 = dev_f1(c);
    long all = c->tp + c->fn + c->fp + c->tn;
    double acc = all ? (double)(c->tp + c->tn) / (double)all : 0;
    printf("%s %4ld pages: precision %.3f recall %.3f accuracy %.3f F1 %.3f\n", label,
           c->pages, p, r, acc, f1);
}

typedef struct thread_job {
    page *pages;
    size_t n, first, step;
    long ok;
} thread_job;

static void *thread_run(void *arg)
{
    thread_job *j = arg;
    px_ctx *ctx = px_ctx_new();
    if (!ctx) return NULL;
    for (size_t i = j->first; i < j->n; i += j->step) {
        px_extract_input in = {j->pages[i].key, j->pages[i].data, j->pages[i].len,
                               PX_FORMAT_HTML, NULL, j->pages[i].url};
        px_article *a = NULL;
        if (px_extract(ctx, &in, &a) == PX_OK) j->ok++;
        px_article_free(a);
    }
    px_ctx_free(ctx);
    return NULL;
}

/* Wall time of extracting every page with n_threads threads. */
static double threaded(page *pages, size_t n, int n_threads)
{
    pthread_t th[8];
    thread_job jobs[8];
    double t0 = now();
    for (int t = 0; t < n_threads; t++) {
        jobs[t] = (thread_job){pages, n, (size_t)t, (size_t)n_threads, 0};
        pthread_create(&th[t], NULL, thread_run, &jobs[t]);
    }
    for (int t = 0; t < n_threads; t++) pthread_join(th[t], NULL);
    return now() - t0;
}

/* Language code of an article: "de" from "de-DE", "?" when unknown. */
static void lang_of(const px_article *a, char out[4])
{
    strcpy(out, "?");
    if (!a || !a->language) return;
    size_t k = 0;
    for (const char *s = a->language; *s && *s != '-' && *s != '_' && k < 3; s++)
        out[k++] = (char)(*s | 0x20);
    out[k] = '\0';
    if (!k) strcpy(out, "?");
}

#define MAX_LANGS 64

int main(int argc, char **argv)
{
    const char *dir = NULL, *only = NULL, *dump = NULL;
    bool verbose = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) only = argv[++i];
        else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) dump = argv[++i];
        else if (strcmp(argv[i], "--verbose") == 0) verbose = true;
        else dir = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: extract [--only SUBSTR] [--verbose] [--dump NAME] EXTRACT_DEV_DIR\n");
        return 2;
    }
    if (dump) only = dump;
    char path[4096];
    snprintf(path, sizeof path, "%s/expectations.json", dir);
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    if (!root) {
        fprintf(stderr, "extract: %s: %s\n", path, err.text);
        return 77;
    }

    /* Load. */
    size_t n = 0, cap = json_object_size(root);
    page *pages = calloc(cap ? cap : 1, sizeof *pages);
    if (!pages) return 1;
    const char *key;
    json_t *e;
    size_t bytes = 0;
    json_object_foreach(root, key, e) {
        if (only && !strstr(key, only)) continue;
        const char *rel = json_string_value(json_object_get(e, "path"));
        if (!rel) continue;
        snprintf(path, sizeof path, "%s/%s", dir, rel);
        size_t len;
        char *data = dev_gz_read(path, &len);
        if (!data) continue;
        pages[n++] = (page){key, json_string_value(json_object_get(e, "url")), data, len, e};
        bytes += len;
    }
    if (n == 0) {
        fprintf(stderr, "extract: no pages\n");
        return 77;
    }
    xmlInitParser();
    long rss_loaded = peak_rss_kb();

    /* Timed, interleaved: parse floor, then full extraction. */
    px_ctx *ctx = px_ctx_new();
    dev_counts all = {0};
    dev_counts by_lang[MAX_LANGS];
    char langs[MAX_LANGS][4];
    int n_langs = 0;
    long failed = 0;
    double t_parse = 0, t_full = 0, c_parse = 0, c_full = 0;
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    for (size_t i = 0; i < n; i++) {
        page *pg = &pages[i];
        double t0 = now(), c0 = cpu_now();
        htmlDocPtr doc = htmlReadMemory(pg->data, (int)pg->len, pg->url, NULL, opts);
        xmlFreeDoc(doc);
        double t1 = now(), c1 = cpu_now();
        px_extract_input in = {pg->key, pg->data, pg->len, PX_FORMAT_HTML, NULL, pg->url};
        px_article *a = NULL;
        px_status st = px_extract(ctx, &in, &a);
        double t2 = now(), c2 = cpu_now();
        t_parse += t1 - t0;
        t_full += t2 - t1;
        c_parse += c1 - c0;
        c_full += c2 - c1;
        if (st != PX_OK) {
            failed++;
            if (verbose) printf("FAIL %s\n", px_errmsg(ctx));
        }
        if (dump) {
            printf("== %s\ntitle: %s\nbyline: %s\ndate: %s\nsite: %s\nlang: %s\n--\n%s\n",
                   pg->key, a && a->title ? a->title : "", a && a->byline ? a->byline : "",
                   a && a->date ? a->date : "", a && a->site ? a->site : "",
                   a && a->language ? a->language : "", a && a->text ? a->text : "");
        }
        dev_score_page(pg->entry, pg->key, a ? a->text : NULL, verbose, &all);
        char lc[4];
        lang_of(a, lc);
        int li = 0;
        while (li < n_langs && strcmp(langs[li], lc) != 0) li++;
        if (li == n_langs && n_langs < MAX_LANGS) {
            strcpy(langs[n_langs], lc);
            memset(&by_lang[n_langs], 0, sizeof by_lang[0]);
            n_langs++;
        }
        if (li < n_langs) dev_score_page(pg->entry, pg->key, a ? a->text : NULL, false, &by_lang[li]);
        px_article_free(a);
    }
    px_ctx_free(ctx);
    long rss_peak = peak_rss_kb();

    print_scores("extract-dev", &all);
    printf("extract-dev: %ld of %zu pages gave no text\n", failed, n);
    for (int li = 0; li < n_langs; li++)
        if (by_lang[li].pages >= 20) {
            char label[300];
            snprintf(label, sizeof label, "  lang %-3s  ", langs[li]);
            print_scores(label, &by_lang[li]);
        }
    double mb = (double)bytes / 1e6;
    printf("parse floor (htmlReadMemory+xmlFreeDoc): %.2f s, %.0f pages/s, %.1f MB/s\n", t_parse,
           (double)n / t_parse, mb / t_parse);
    printf("full extraction (px_extract, metadata included): %.2f s, %.0f pages/s, %.1f MB/s\n",
           t_full, (double)n / t_full, mb / t_full);
    printf("ratio full/parse: %.2fx (target <= 1.5x), single thread, %zu pages, %.1f MB\n",
           t_full / t_parse, n, mb);
    printf("ratio full/parse in thread CPU time: %.2fx (parse %.2f s, full %.2f s)\n",
           c_full / c_parse, c_parse, c_full);
    printf("peak RSS: %.1f MB total, %.1f MB over the %.1f MB of loaded pages\n",
           (double)rss_peak / 1024, (double)(rss_peak - rss_loaded) / 1024,
           (double)rss_loaded / 1024);
    if (!dump && n >= 50) {
        double w1 = threaded(pages, n, 1), w2 = threaded(pages, n, 2);
        printf("threads: 1 thread %.2f s, 2 threads %.2f s, speed-up %.2fx\n", w1, w2, w1 / w2);
    }
    for (size_t i = 0; i < n; i++) free(pages[i].data);
    free(pages);
    json_decref(root);
    xmlCleanupParser();
    return 0;
}
