/*
 * ecb.c - the story engine on the ECB+ dev set (shared/data/stories-dev):
 * every article is analysed once with the real text stage, then streamed
 * through the engine (no store, no SQLite) in file order and in seeded
 * shuffles, and the stories are scored against the gold events with
 * B-cubed precision, recall and F1.  Shuffles matter because a streaming
 * clusterer can depend on what it saw first.
 *
 *   ecb [-s shuffles] [-v] file.jsonl.gz
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "story/story.h"
#include "text/text.h"

typedef struct item {
    char *event;
    px_textdoc *doc;
    int gold;              /* event as a small integer */
} item;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Read one line of any length; NULL at the end. */
static char *read_line(gzFile f)
{
    size_t cap = 1 << 16, len = 0;
    char *s = malloc(cap);
    if (!s) return NULL;
    while (gzgets(f, s + len, (int)(cap - len))) {
        len += strlen(s + len);
        if (len && s[len - 1] == '\n') return s;
        if (cap - len < 2) {
            char *ns = realloc(s, cap *= 2);
            if (!ns) break;
            s = ns;
        }
    }
    if (len) return s;
    free(s);
    return NULL;
}

/* xorshift64*: the shuffles must be the same on every machine */
static uint64_t next_rand(uint64_t *st)
{
    *st ^= *st >> 12;
    *st ^= *st << 25;
    *st ^= *st >> 27;
    return *st * 2685821657736338717ULL;
}

/* B-cubed over items: for each item, the share of its cluster that shares
 * its gold event (precision) and the share of its event in its cluster
 * (recall).  Labels and gold are small integers < n. */
static void bcubed(const int64_t *label, const int *gold, size_t n, double *p, double *r)
{
    double sp = 0, sr = 0;
    for (size_t i = 0; i < n; i++) {
        size_t both = 0, cl = 0, ev = 0;
        for (size_t j = 0; j < n; j++) {
            int same_c = label[j] == label[i], same_g = gold[j] == gold[i];
            cl += same_c;
            ev += same_g;
            both += same_c && same_g;
        }
        sp += (double)both / cl;
        sr += (double)both / ev;
    }
    *p = sp / n;
    *r = sr / n;
}

/* Stream the items in order[]; label[i] gets item i's story. */
static int run(px_ctx *ctx, const px_story_params *params, item *items, const size_t *order,
               size_t n, int64_t *label, double *secs, int verbose)
{
    px_story_engine *e;
    if (px_story_engine_new(ctx, params, &e) != PX_OK) return -1;
    int64_t next = 1;
    double t0 = now();
    for (size_t k = 0; k < n; k++) {
        size_t i = order[k];
        px_story_doc sd = {items[i].doc, NULL, INT32_MIN};
        px_vec v;
        int64_t story;
        double sim;
        if (px_story_observe(e, &sd, NULL) != PX_OK || px_story_vectorize(e, &sd, &v) != PX_OK ||
            px_story_assign(e, &v, sd.day, &story, &sim) != PX_OK) {
            px_story_engine_free(e);
            return -1;
        }
        if (story == 0) story = next++;
        if (verbose) printf("  %s -> %lld (%.3f)\n", items[i].event, (long long)story, sim);
        if (px_story_join(e, story, &v, sd.day) != PX_OK) {
            px_vec_free(&v);
            px_story_engine_free(e);
            return -1;
        }
        px_vec_free(&v);
        label[i] = story;
    }
    *secs = now() - t0;
    px_story_engine_free(e);
    return 0;
}

int main(int argc, char **argv)
{
    int shuffles = 5, verbose = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-s") && i + 1 < argc) shuffles = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-v")) verbose = 1;
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: ecb [-s shuffles] [-v] ecbplus-dev.jsonl.gz\n");
        return 2;
    }
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(stderr, "ecb: cannot open %s\n", path);
        return 2;
    }
    px_ctx *ctx = px_ctx_new();
    px_analyzer *an;
    if (!ctx || px_analyzer_new(ctx, &an) != PX_OK) {
        fprintf(stderr, "ecb: cannot make an analyzer: %s\n", px_errmsg(ctx));
        return 1;
    }
    item *items = NULL;
    size_t n = 0, cap = 0;
    char *line;
    double t0 = now();
    while ((line = read_line(f))) {
        json_error_t err;
        json_t *o = json_loads(line, 0, &err);
        free(line);
        if (!o) continue;
        const char *text = json_string_value(json_object_get(o, "text"));
        const char *event = json_string_value(json_object_get(o, "event"));
        if (text && event) {
            if (n == cap) {
                cap = cap ? 2 * cap : 1024;
                items = realloc(items, cap * sizeof *items);
                if (!items) return 1;
            }
            item *it = &items[n];
            it->event = strdup(event);
            it->gold = -1;
            for (size_t j = 0; j < n; j++)
                if (!strcmp(items[j].event, event)) { it->gold = items[j].gold; break; }
            if (it->gold < 0) {
                int g = 0;
                for (size_t j = 0; j < n; j++) if (items[j].gold >= g) g = items[j].gold + 1;
                it->gold = g;
            }
            if (px_analyze(an, ctx, text, strlen(text), "en", &it->doc) != PX_OK) {
                fprintf(stderr, "ecb: analysis failed: %s\n", px_errmsg(ctx));
                return 1;
            }
            n++;
        }
        json_decref(o);
    }
    gzclose(f);
    double analysis = now() - t0;
    if (!n) return 1;

    px_story_params params;
    px_story_params_default(&params);
    /* PX_STORY_PARAMS="name=value,..." lets a sweep try settings without
     * rebuilding; the library itself reads no environment. */
    const char *env = getenv("PX_STORY_PARAMS");
    if (env && px_story_params_parse(&params, env) != PX_OK) {
        fprintf(stderr, "ecb: bad PX_STORY_PARAMS\n");
        return 2;
    }

    int64_t *label = malloc(n * sizeof *label);
    size_t *order = malloc(n * sizeof *order);
    int *gold = malloc(n * sizeof *gold);
    for (size_t i = 0; i < n; i++) gold[i] = items[i].gold;
    double engine_secs = 0, p, r, f1, mean_f1 = 0, worst_f1 = 2, mean_p = 0, mean_r = 0;
    size_t streamed = 0;
    for (int s = 0; s <= shuffles; s++) {
        for (size_t i = 0; i < n; i++) order[i] = i;
        uint64_t st = 0x9E3779B97F4A7C15ULL * (uint64_t)(s + 1);
        if (s > 0)
            for (size_t i = n - 1; i > 0; i--) {
                size_t j = (size_t)(next_rand(&st) % (i + 1));
                size_t t = order[i]; order[i] = order[j]; order[j] = t;
            }
        double secs;
        if (run(ctx, &params, items, order, n, label, &secs, verbose && s == 0) != 0) {
            fprintf(stderr, "ecb: engine failed: %s\n", px_errmsg(ctx));
            return 1;
        }
        engine_secs += secs;
        streamed += n;
        bcubed(label, gold, n, &p, &r);
        f1 = 2 * p * r / (p + r);
        size_t stories = 0;
        for (size_t i = 0; i < n; i++) {
            int first = 1;
            for (size_t j = 0; j < i && first; j++) first = label[j] != label[i];
            stories += first;
        }
        if (s == 0) {
            printf("file order: B3 P %.3f R %.3f F1 %.3f (%zu stories, gold 66)\n", p, r, f1, stories);
        } else {
            mean_f1 += f1 / shuffles;
            mean_p += p / shuffles;
            mean_r += r / shuffles;
            if (f1 < worst_f1) worst_f1 = f1;
        }
    }
    if (shuffles > 0)
        printf("shuffles (%d): B3 P %.3f R %.3f F1 mean %.3f worst %.3f\n", shuffles, mean_p, mean_r,
               mean_f1, worst_f1);
    printf("speed: engine %.0f articles/s, analysis %.0f articles/s (%zu articles)\n",
           streamed / engine_secs, n / analysis, n);
    for (size_t i = 0; i < n; i++) {
        free(items[i].event);
        px_textdoc_free(items[i].doc);
    }
    free(items);
    free(label);
    free(order);
    free(gold);
    px_analyzer_free(an);
    px_ctx_free(ctx);
    return 0;
}
