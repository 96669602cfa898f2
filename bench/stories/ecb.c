/*
 * ecb.c - the story engine on the ECB+ dev set (shared/data/stories-dev):
 * every article is analysed once with the real text stage (the parts the
 * engine reads, as px_clusterer does), then streamed through the engine
 * (no store, no SQLite) in file order and in seeded shuffles, and the
 * stories are scored against the gold events with B-cubed precision,
 * recall and F1.  Merges and splits are resolved for the final labels: a
 * merged story's articles take the id it went into, a split's moved
 * articles the new id.  Shuffles matter because a streaming
 * clusterer can depend on what it saw first.
 *
 *   ecb [-s shuffles] [-x] [-p] [-v|-d|-e] file.jsonl.gz
 *
 * -p says where the B-cubed points go: per topic, what its articles take
 * off precision (events merged) and recall (events split).
 *
 * -x runs each text through the extractor first (headline, dateline date,
 * URL line removed), as `parallax ingest` of a text file would.
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
    px_textdoc *title;     /* with -x: the title the extractor found */
    int32_t day;           /* with -x: the date it found, else unknown */
    int gold;              /* event as a small integer */
    int topic;             /* topic as a small integer */
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
 * (recall).  Labels and gold are small integers < n.  item_p and item_r,
 * when not NULL, get each item's own precision and recall. */
static void bcubed(const int64_t *label, const int *gold, size_t n, double *p, double *r,
                   double *item_p, double *item_r)
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
        if (item_p) item_p[i] = (double)both / cl;
        if (item_r) item_r[i] = (double)both / ev;
    }
    *p = sp / n;
    *r = sr / n;
}

/* -p: where the B-cubed points go, per topic.  loss_p[t] and loss_r[t]
 * gain what topic t's articles take off precision and recall (they sum to
 * 1 - P and 1 - R); a topic losing precision had its two events merged
 * (or took in another topic's articles), one losing recall had an event
 * split.  For the file order, each such topic's events are listed with the
 * stories they went to. */
#define MAX_TOPICS 1024

static void topic_losses(const item *items, const double *item_p, const double *item_r, size_t n,
                         double weight, double *loss_p, double *loss_r)
{
    for (size_t i = 0; i < n; i++) {
        int t = items[i].topic >= 0 && items[i].topic < MAX_TOPICS ? items[i].topic : 0;
        loss_p[t] += weight * (1 - item_p[i]) / n;
        loss_r[t] += weight * (1 - item_r[i]) / n;
    }
}

static void print_topic_stories(const item *items, const int64_t *label, size_t n, int topic)
{
    printf("   ");
    const char *bar = "";
    for (size_t i = 0; i < n; i++) {      /* each event of the topic, once */
        if (items[i].topic != topic) continue;
        size_t first = 0;
        while (items[first].gold != items[i].gold) first++;
        if (first != i) continue;
        printf("%s %s:", bar, items[i].event);
        bar = " |";
        const char *sep = "";
        for (size_t j = 0; j < n; j++) {  /* each story of the event, once */
            if (items[j].gold != items[i].gold) continue;
            size_t seen = 0, count = 0;
            while (items[seen].gold != items[i].gold || label[seen] != label[j]) seen++;
            if (seen != j) continue;
            for (size_t k = 0; k < n; k++) count += items[k].gold == items[i].gold && label[k] == label[j];
            printf("%s %zu in s%lld", sep, count, (long long)label[j]);
            sep = ",";
        }
    }
    printf("\n");
}

static void print_losses(const char *what, const double *loss_p, const double *loss_r,
                         const item *items, const int64_t *label, size_t n)
{
    printf("%s: B3 lost per topic (precision, recall), topics losing 0.002 or more:\n", what);
    for (int t = 0; t < MAX_TOPICS; t++) {
        if (loss_p[t] + loss_r[t] < 0.002) continue;
        printf("  topic %d: P -%.3f R -%.3f\n", t, loss_p[t], loss_r[t]);
        if (label) print_topic_stories(items, label, n, t);
    }
}

/* Stream the items in order[]; label[i] gets item i's story. */
static int run(px_ctx *ctx, const px_story_params *params, item *items, const size_t *order,
               size_t n, int64_t *label, double *secs, int verbose)
{
    px_story_engine *e;
    if (px_story_engine_new(ctx, params, &e) != PX_OK) return -1;
    int64_t next = 1;
    /* merged stories: id -> the story it went into (0: none); ids < 2n
     * (one new story per article at most, one per split of 10 or more) */
    int64_t *into = calloc(2 * n + 2, sizeof *into);
    if (!into) return -1;
    double t0 = now();
    for (size_t k = 0; k < n; k++) {
        size_t i = order[k];
        px_story_doc sd = {items[i].doc, items[i].title, items[i].day};
        px_vec v;
        int64_t story, bridged;
        double sim;
        if (px_story_observe(e, &sd, &v) != PX_OK) {
            px_story_engine_free(e);
            return -1;
        }
        px_story_weigh(e, &v);
        if (px_story_assign(e, &v, sd.day, &story, &sim, &bridged) != PX_OK) {
            px_vec_free(&v);
            px_story_engine_free(e);
            return -1;
        }
        if (verbose == 3) {
            /* diagnostics with an oracle history: every article joins its
             * gold event's story (id gold + 1); print its score with that
             * story (0 if it is the event's first) and the best other */
            int64_t ids[8];
            double sims[8], right = 0, wrong = 0;
            int64_t wrong_id = 0;
            uint32_t nc;
            px_story_candidates(e, &v, 8, ids, sims, &nc);
            for (uint32_t c = 0; c < nc; c++) {
                if (ids[c] == items[i].gold + 1) right = sims[c];
                else if (sims[c] > wrong) { wrong = sims[c]; wrong_id = ids[c]; }
            }
            printf("D %zu %.3f %.3f %zu %lld\n", k, right, wrong, i, (long long)wrong_id);
            story = items[i].gold + 1;
            bridged = 0;
        }
        if (story == 0) story = next++;
        if (verbose == 1) printf("  %s -> %lld (%.3f)\n", items[i].event, (long long)story, sim);
        if (px_story_join(e, story, (int64_t)i, &v, sd.day) != PX_OK) {
            px_vec_free(&v);
            px_story_engine_free(e);
            return -1;
        }
        px_vec_free(&v);
        label[i] = story;
        if (bridged) {   /* the article joins two stories: they become one */
            int64_t keep = story < bridged ? story : bridged, gone = story ^ bridged ^ keep;
            if (px_story_merge(e, keep, gone) != PX_OK) {
                px_story_engine_free(e);
                return -1;
            }
            into[gone] = keep;
            if (verbose == 1) printf("  merged %lld into %lld\n", (long long)gone, (long long)keep);
            story = keep;
        }
        if (px_story_should_split(e, story)) {   /* members that left get the new id */
            int64_t moved[PX_STORY_SAMPLE];
            uint32_t nm;
            if (px_story_split(e, story, next, moved, &nm) != PX_OK) {
                px_story_engine_free(e);
                return -1;
            }
            for (uint32_t m = 0; m < nm; m++) label[moved[m]] = next;
            if (verbose == 1) printf("  split %u of %lld off as %lld\n", nm, (long long)story, (long long)next);
            next += nm > 0;
        }
    }
    *secs = now() - t0;
    for (size_t i = 0; i < n; i++)
        while (into[label[i]]) label[i] = into[label[i]];
    free(into);
    px_story_engine_free(e);
    return 0;
}

int main(int argc, char **argv)
{
    int shuffles = 5, verbose = 0, extract = 0, per_topic = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-s") && i + 1 < argc) shuffles = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-v")) verbose = 1;
        else if (!strcmp(argv[i], "-x")) extract = 1;   /* as `parallax ingest` does */
        else if (!strcmp(argv[i], "-t")) extract = 2;   /* only the extractor's date */
        else if (!strcmp(argv[i], "-e")) verbose = 2;   /* entities of a few articles */
        else if (!strcmp(argv[i], "-d")) verbose = 3;   /* score diagnostics */
        else if (!strcmp(argv[i], "-p")) per_topic = 1; /* losses per topic */
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: ecb [-s shuffles] [-x] [-p] [-v|-d|-e] ecbplus-dev.jsonl.gz\n");
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
            /* topics are numbered: two events of one kind per topic */
            it->topic = atoi(json_string_value(json_object_get(o, "topic")) ? json_string_value(json_object_get(o, "topic")) : "0");
            it->title = NULL;
            it->day = INT32_MIN;
            /* -x: run the text through the extractor first, as ingesting a
             * text file does: it takes the URL line off and finds the
             * headline and the dateline's date */
            px_article *art = NULL;
            if (extract) {
                px_extract_input in = {it->event, text, strlen(text), PX_FORMAT_TEXT, NULL, NULL};
                if (px_extract(ctx, &in, &art) != PX_OK) art = NULL;
            }
            if (extract == 2 && art) {   /* -t: keep the raw text, take the date */
                it->day = px_iso_day(art->date);
                px_article_free(art);
                art = NULL;
            }
            if (art && art->title &&
                px_analyze_parts(an, ctx, art->title, strlen(art->title), "en", PX_PARTS_ENTITIES,
                                 &it->title) != PX_OK)
                return 1;
            if (art) it->day = px_iso_day(art->date);
            const char *body = art && art->text ? art->text : text;
            if (px_analyze_parts(an, ctx, body, strlen(body), "en", PX_PARTS_ENTITIES, &it->doc) != PX_OK) {
                fprintf(stderr, "ecb: analysis failed: %s\n", px_errmsg(ctx));
                return 1;
            }
            px_article_free(art);
            n++;
        }
        json_decref(o);
    }
    gzclose(f);
    double analysis = now() - t0;
    if (extract) {
        size_t dated = 0;
        for (size_t i = 0; i < n; i++) dated += items[i].day != INT32_MIN;
        printf("extracted: %zu of %zu articles dated\n", dated, n);
    }
    for (size_t i = 0; verbose == 2 && i < n && i < 12; i++) {
        printf("%s:", items[i].event);
        for (size_t k = 0; k < items[i].doc->n_entities; k++)
            printf(" [%s %d x%u]", items[i].doc->entities[k].name, (int)items[i].doc->entities[k].kind,
                   items[i].doc->entities[k].count);
        printf("\n");
    }
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
    double *item_p = malloc(n * sizeof *item_p), *item_r = malloc(n * sizeof *item_r);
    double *mean_lp = calloc(MAX_TOPICS, sizeof *mean_lp), *mean_lr = calloc(MAX_TOPICS, sizeof *mean_lr);
    if (!label || !order || !gold || !item_p || !item_r || !mean_lp || !mean_lr) return 1;
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
        if (run(ctx, &params, items, order, n, label, &secs, s == 0 ? verbose : 0) != 0) {
            fprintf(stderr, "ecb: engine failed: %s\n", px_errmsg(ctx));
            return 1;
        }
        engine_secs += secs;
        streamed += n;
        bcubed(label, gold, n, &p, &r, item_p, item_r);
        if (per_topic && s == 0) {
            double *lp = calloc(MAX_TOPICS, sizeof *lp), *lr = calloc(MAX_TOPICS, sizeof *lr);
            if (!lp || !lr) return 1;
            topic_losses(items, item_p, item_r, n, 1.0, lp, lr);
            print_losses("file order", lp, lr, items, label, n);
            free(lp);
            free(lr);
        } else if (per_topic) {
            topic_losses(items, item_p, item_r, n, 1.0 / shuffles, mean_lp, mean_lr);
        }
        f1 = 2 * p * r / (p + r);
        size_t stories = 0;
        for (size_t i = 0; i < n; i++) {
            int first = 1;
            for (size_t j = 0; j < i && first; j++) first = label[j] != label[i];
            stories += first;
        }
        if (s == 0) {
            int *topic = malloc(n * sizeof *topic);
            for (size_t i = 0; i < n; i++) topic[i] = items[i].topic;
            double tp, tr;
            bcubed(label, topic, n, &tp, &tr, NULL, NULL);
            free(topic);
            printf("file order: B3 P %.3f R %.3f F1 %.3f (%zu stories, gold 66; "
                   "P against topics %.3f)\n", p, r, f1, stories, tp);
        } else {
            mean_f1 += f1 / shuffles;
            mean_p += p / shuffles;
            mean_r += r / shuffles;
            if (f1 < worst_f1) worst_f1 = f1;
        }
    }
    if (per_topic && shuffles > 0) print_losses("shuffles, mean", mean_lp, mean_lr, items, NULL, n);
    if (shuffles > 0)
        printf("shuffles (%d): B3 P %.3f R %.3f F1 mean %.3f worst %.3f\n", shuffles, mean_p, mean_r,
               mean_f1, worst_f1);
    printf("speed: engine %.0f articles/s, analysis %.0f articles/s (%zu articles)\n",
           streamed / engine_secs, n / analysis, n);
    for (size_t i = 0; i < n; i++) {
        free(items[i].event);
        px_textdoc_free(items[i].doc);
        px_textdoc_free(items[i].title);
    }
    free(items);
    free(label);
    free(order);
    free(gold);
    free(item_p);
    free(item_r);
    free(mean_lp);
    free(mean_lr);
    px_analyzer_free(an);
    px_ctx_free(ctx);
    return 0;
}
