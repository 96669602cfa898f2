/*
 * render.c - server-side cost of a story page, without HTTP: the story
 * read from the store and analysed, compared, and rendered as the page
 * `parallax serve` sends, each timed (median of rounds).  Every round
 * opens the store afresh, so nothing is kept from the round before (no
 * analyzer, stems or SQLite pages): the first request to a new server.
 * The first story given is the baseline the others are measured against,
 * in this run.
 * Wall time is what a reader waits; CPU time (of this thread) is what the
 * work costs, and it holds still when other jobs share the machine.
 *
 *   render [-r ROUNDS] [-s SOURCES.json] DB STORY_ID [DB STORY_ID...]
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../timing.h"

#include "present/present.h"

#define MAX_ROUNDS 64

typedef struct timing {
    double wall, cpu, load, compare, render;   /* medians, ms; parts in CPU time */
    size_t articles, bytes;
} timing;

static int time_story(px_ctx *ctx, const char *db, const px_sources *src, int64_t id, int rounds, timing *out)
{
    double wall[MAX_ROUNDS], cpu[MAX_ROUNDS], load[MAX_ROUNDS], cmp[MAX_ROUNDS], ren[MAX_ROUNDS];
    const clockid_t CPU = CLOCK_THREAD_CPUTIME_ID;
    for (int r = 0; r < rounds; r++) {
        px_story_view *v;
        px_store *s;
        if (px_store_open(ctx, db, 1, &s) != PX_OK) return 0;
        double w0 = bench_ms(CLOCK_MONOTONIC), t0 = bench_ms(CPU);
        if (px_story_view_load(ctx, s, id, &v) != PX_OK) { px_store_close(s); return 0; }
        double t1 = bench_ms(CPU);
        px_buf b = PX_BUF_INIT;
        px_page_opts o = {src, 1};
        px_render_story_page(v, &o, &b);
        double t2 = bench_ms(CPU);
        wall[r] = bench_ms(CLOCK_MONOTONIC) - w0;
        /* the comparison alone, again on the same analysed articles */
        px_comparison *c;
        px_compare_opts copts = {.summary_lines = 5};
        px_status st = px_compare(ctx, v->articles, (uint32_t)v->n_stored, v->links, v->n_links, &copts, &c);
        cmp[r] = bench_ms(CPU) - t2;
        px_comparison_free(c);
        load[r] = t1 - t0;
        ren[r] = t2 - t1;
        cpu[r] = t2 - t0;
        out->articles = v->n_stored;
        out->bytes = b.len;
        px_buf_free(&b);
        px_story_view_free(v);
        px_store_close(s);
        if (st != PX_OK) return 0;
    }
    out->wall = bench_median(wall, rounds);
    out->cpu = bench_median(cpu, rounds);
    out->load = bench_median(load, rounds);
    out->compare = bench_median(cmp, rounds);
    out->render = bench_median(ren, rounds);
    return 1;
}

int main(int argc, char **argv)
{
    int rounds = 9, c;
    const char *sources_path = NULL;
    while ((c = getopt(argc, argv, "r:s:")) != -1) {
        if (c == 'r') rounds = atoi(optarg);
        else if (c == 's') sources_path = optarg;
        else break;
    }
    if (argc - optind < 2 || (argc - optind) % 2 || rounds < 1 || rounds > MAX_ROUNDS) {
        fprintf(stderr, "usage: render [-r ROUNDS 1-64] [-s SOURCES.json] DB STORY_ID [DB STORY_ID...]\n");
        return 2;
    }
    px_ctx *ctx = px_ctx_new();
    px_sources *src = NULL;
    if (!ctx || (sources_path && px_sources_load(ctx, sources_path, &src) != PX_OK)) {
        fprintf(stderr, "render: %s\n", ctx ? px_errmsg(ctx) : "out of memory");
        return 2;
    }
    timing base = {0};
    for (int i = optind; i + 1 < argc; i += 2) {
        timing t;
        if (!time_story(ctx, argv[i], src, strtoll(argv[i + 1], NULL, 10), rounds, &t)) {
            fprintf(stderr, "render: %s story %s: %s\n", argv[i], argv[i + 1], px_errmsg(ctx));
            return 2;
        }
        if (i == optind) base = t;
        printf("  %zu articles (%zu bytes): wall %.2f ms, CPU %.2f ms = read+analyse %.2f + compare %.2f + render %.2f;"
               " median of %d; CPU %.1fx the %zu-article baseline\n",
               t.articles, t.bytes, t.wall, t.cpu, t.load - t.compare, t.compare, t.render, rounds,
               t.cpu / base.cpu, base.articles);
    }
    px_sources_free(src);
    px_ctx_free(ctx);
    return 0;
}
