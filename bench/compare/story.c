/*
 * story.c - how long comparing one story takes: the first N articles read
 * from the given paths (pages extracted, everything analysed once) are
 * compared as one story by px_compare, and by the reference way (every
 * candidate sentence pair scored afresh, as before sentence profiles) in
 * the same run, which is the baseline of the ratio.  Both must give the
 * same comparison; the bench says so and exits 1 when they do not.
 * Times are CPU time of the thread: what the work costs, steady when other
 * jobs share the machine (wall time is printed beside the fast way's).
 *
 *   story [-n N] [-r ROUNDS] PATH...
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../timing.h"

#include "compare/compare.h"
#include "parallax.h"

typedef struct loader {
    px_ctx *ctx;
    px_analyzer *an;
    px_cmp_article *arts;
    uint32_t n, max;
    size_t sentences;
} loader;

static int add_item(void *user, const px_item *item)
{
    loader *l = user;
    px_article *page = NULL;
    const px_article *a = item->article;
    if (item->kind == PX_ITEM_PAGE) {
        px_extract_input in = {item->input, item->data, item->len, item->format, item->charset, item->url};
        if (px_extract(l->ctx, &in, &page) != PX_OK) return 0;   /* not an article: skip */
        a = page;
    }
    px_textdoc *doc = NULL;
    if (a && a->text && px_analyze(l->an, l->ctx, a->text, strlen(a->text), a->language, &doc) == PX_OK) {
        l->arts[l->n] = (px_cmp_article){.id = l->n + 1, .doc = doc};
        l->sentences += doc->n_sentences;
        l->n++;
    }
    px_article_free(page);
    return l->n >= l->max;
}

/* Median CPU time of rounds comparisons (*wall: their median wall time);
 * *out keeps the last one. */
static double time_compare(loader *l, int reference, int rounds, px_comparison **out, double *wall)
{
    double t[64], w[64];
    px_compare_opts opts = {.summary_lines = 5, .reference = reference};
    *out = NULL;
    for (int r = 0; r < rounds; r++) {
        px_comparison_free(*out);
        double w0 = bench_ms(CLOCK_MONOTONIC), t0 = bench_ms(CLOCK_THREAD_CPUTIME_ID);
        if (px_compare(l->ctx, l->arts, l->n, NULL, 0, &opts, out) != PX_OK) {
            fprintf(stderr, "story: compare failed: %s\n", px_errmsg(l->ctx));
            exit(2);
        }
        t[r] = bench_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
        w[r] = bench_ms(CLOCK_MONOTONIC) - w0;
    }
    *wall = bench_median(w, rounds);
    return bench_median(t, rounds);
}

int main(int argc, char **argv)
{
    int n = 50, rounds = 5, c;
    while ((c = getopt(argc, argv, "n:r:")) != -1) {
        if (c == 'n') n = atoi(optarg);
        else if (c == 'r') rounds = atoi(optarg);
        else break;
    }
    if (optind >= argc || n < 2 || n > 100000 || rounds < 1 || rounds > 64) {
        fprintf(stderr, "usage: story [-n ARTICLES] [-r ROUNDS 1-64] PATH...\n");
        return 2;
    }
    loader l = {.ctx = px_ctx_new(), .max = (uint32_t)n};
    l.arts = calloc((size_t)n, sizeof *l.arts);
    if (!l.ctx || !l.arts || px_analyzer_new(l.ctx, &l.an) != PX_OK) {
        fprintf(stderr, "story: cannot set up: %s\n", l.ctx ? px_errmsg(l.ctx) : "out of memory");
        return 2;
    }
    double t0 = bench_ms(CLOCK_MONOTONIC);
    for (int i = optind; i < argc && l.n < l.max; i++)
        if (px_read_path(l.ctx, argv[i], add_item, NULL, &l) != PX_OK)
            fprintf(stderr, "story: %s: %s\n", argv[i], px_errmsg(l.ctx));
    double t_load = bench_ms(CLOCK_MONOTONIC) - t0;
    if (l.n < 2) { fprintf(stderr, "story: fewer than 2 articles read\n"); return 2; }

    px_comparison *ref, *fast;
    double w_ref, w_fast;
    double t_ref = time_compare(&l, 1, rounds, &ref, &w_ref);
    double t_fast = time_compare(&l, 0, rounds, &fast, &w_fast);
    int same = px_comparison_equal(ref, fast);
    printf("  %u articles, %zu sentences; reading and analysing them took %.1f ms (wall)\n", l.n, l.sentences, t_load);
    printf("  compare, reference (every candidate pair scored afresh): %8.2f ms CPU (wall %.2f; median of %d)\n",
           t_ref, w_ref, rounds);
    printf("  compare:                                                %8.2f ms CPU (wall %.2f; median of %d)  %.1fx faster\n",
           t_fast, w_fast, rounds, t_ref / t_fast);
    printf("  same comparison: %s (%u shared facts, %u quote groups, %u summary lines)\n",
           same ? "yes" : "NO", fast->n_facts, fast->n_quotes, fast->n_summary);
    px_comparison_free(ref);
    px_comparison_free(fast);
    for (uint32_t i = 0; i < l.n; i++) px_textdoc_free((px_textdoc *)l.arts[i].doc);
    free(l.arts);
    px_analyzer_free(l.an);
    px_ctx_free(l.ctx);
    return same ? 0 : 1;
}
