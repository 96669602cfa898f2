/* engine.c - the incremental story engine (see story.h for the method). */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "story/story.h"
#include "util/map.h"

/* Stories scored in full (members too) per article: the ones whose
 * centroids come closest.  Bounds the work per article however many
 * stories share a common word with it. */
#define FULL_SCORE_STORIES 6

/* Stories whose centroid is compared at all: the ones sharing the most
 * probe weight with the article.  Counting shared probe terms is a few
 * adds per posting entry; a cosine walks two whole vectors. */
#define CENTROID_STORIES 12

/* Candidate stories are those sharing one of the article's PROBE_TERMS
 * heaviest features.  A story that shares none of them cannot reach the
 * threshold in practice, and skipping the posting lists of the light
 * (common) terms keeps the work per article flat as stories accumulate. */
#define PROBE_TERMS 12

/* Entries read per probe term: the newest ones (postings grow at the end).
 * A term in more stories than this does not single one out, and reading
 * all of them made the work per article grow with the window. */
#define POSTING_SCAN 512

/* Salts keep pair and entity features apart from stems in one hash space
 * (and in the store's one table of document frequencies). */
#define PAIR_SALT 0x8f1bbcdcca62c1d6ULL
#define ENTITY_SALT 0x5be0cd19137e2179ULL
#define ENTITY_WORD_SALT 0x1f83d9abfb41bd6bULL

/* The top two bits of a feature say what it is: 0 a word or word pair,
 * 1 a number, 2 or 3 a name (whole entities, entity pairs and the words of
 * entity names).  Sorted by term, a vector holds its words, then its
 * numbers, then its names, and each part is normalised on its own: names
 * and numbers then make up a fixed share of the score however many words
 * an article has.  Two reports of different events of one kind (two
 * arrests, two earthquakes) share most of their words and differ mainly in
 * who, where, when and how many. */
#define PART_SHIFT 62
#define NUM_BIT (1ULL << 62)
#define NAME_BIT (1ULL << 63)
#define N_PARTS 3
#define DOC_NAMES 32            /* name and number features kept per article */
#define STORY_NAMES 64          /* ... per story centroid */

static int part_of(uint64_t term)
{
    int p = (int)(term >> PART_SHIFT);
    return p > 2 ? 2 : p;
}

static uint64_t word_key(uint64_t h)
{
    h &= ~(NAME_BIT | NUM_BIT);
    return h ? h : 1;
}

void px_story_params_default(px_story_params *p)
{
    /* Tuned on the ECB+ dev set (bench/stories/run.sh); each ingredient
     * was kept only if it helped there.  Measured and left off (0): word
     * pairs and entity pairs (both cost B-cubed F1 at every setting tried). */
    p->join = 0.28;
    p->join_per_week = 0.05;
    p->join_max_extra = 0.30;
    p->title_boost = 2.0;
    p->lead_boost = 2.0;          /* first sentence x3, fifth about x1.7 */
    p->lead_sentences = 4.0;
    p->name_boost = 1.5;
    p->entity_weight = 1.0;
    p->pair_weight = 0.0;
    p->number_weight = 1.0;
    p->prior_docs = 20.0;
    p->centroid_share = 0.85;
    p->top_members = 2;
    p->name_share = 0.1;
    p->number_share = 0.3;
    p->entity_pair_weight = 0.0;
    p->name_word_weight = 0.5;
    /* by six weeks apart the time model asks for a near copy anyway */
    p->window_days = 30.0;
    p->merge = 0.5;
}

px_status px_story_params_parse(px_story_params *p, const char *spec)
{
    static const struct { const char *name; size_t off; } names[] = {
        {"join", offsetof(px_story_params, join)},
        {"join_per_week", offsetof(px_story_params, join_per_week)},
        {"join_max_extra", offsetof(px_story_params, join_max_extra)},
        {"title_boost", offsetof(px_story_params, title_boost)},
        {"lead_boost", offsetof(px_story_params, lead_boost)},
        {"lead_sentences", offsetof(px_story_params, lead_sentences)},
        {"name_boost", offsetof(px_story_params, name_boost)},
        {"entity_weight", offsetof(px_story_params, entity_weight)},
        {"pair_weight", offsetof(px_story_params, pair_weight)},
        {"number_weight", offsetof(px_story_params, number_weight)},
        {"prior_docs", offsetof(px_story_params, prior_docs)},
        {"centroid_share", offsetof(px_story_params, centroid_share)},
        {"name_share", offsetof(px_story_params, name_share)},
        {"number_share", offsetof(px_story_params, number_share)},
        {"entity_pair_weight", offsetof(px_story_params, entity_pair_weight)},
        {"name_word_weight", offsetof(px_story_params, name_word_weight)},
        {"window_days", offsetof(px_story_params, window_days)},
        {"merge", offsetof(px_story_params, merge)},
    };
    const char *s = spec;
    while (s && *s) {
        const char *eq = strchr(s, '=');
        if (!eq) return PX_INVALID;
        size_t len = (size_t)(eq - s);
        char *end;
        double val = strtod(eq + 1, &end);
        if (end == eq + 1 || (*end && *end != ',')) return PX_INVALID;
        int found = 0;
        if (len == 11 && !strncmp(s, "top_members", len)) {
            if (val < 1 || val > PX_STORY_MEMBERS) return PX_INVALID;
            p->top_members = (uint32_t)val;
            found = 1;
        }
        for (size_t i = 0; !found && i < sizeof names / sizeof names[0]; i++)
            if (strlen(names[i].name) == len && !strncmp(s, names[i].name, len)) {
                *(double *)((char *)p + names[i].off) = val;
                found = 1;
            }
        if (!found) return PX_INVALID;
        s = *end ? end + 1 : end;
    }
    return PX_OK;
}

typedef struct posting {
    uint32_t *stories;      /* indices into engine->stories */
    uint32_t n, cap;
} posting;

typedef struct candidate {
    uint32_t story;         /* index into engine->stories */
    uint32_t last_probe;    /* probe term that last reached it, + 1 */
    double reach;           /* summed weight of the probe terms it shares */
    double centroid_sim;
    int64_t id;             /* the story's, for ties */
} candidate;

/* Per story, what a query reads for every posting entry, in one small
 * array: the story states are big and scattered. */
typedef struct mark {
    uint32_t stamp;         /* the last query that reached it */
    uint32_t slot;          /* its place in cand[] for that query */
    int64_t id;             /* the story's id */
    int shell;              /* merged away: skipped until the sweep */
} mark;

/* Features being counted for one document.  The engine keeps one, cleared
 * per document, while its map has at most COUNTER_KEEP slots. */
#define COUNTER_KEEP 4096

typedef struct counter {
    px_map pos;             /* feature -> index + 1 */
    px_term_weight *t;
    size_t n, cap;
} counter;

struct px_story_engine {
    px_ctx *ctx;
    px_story_params p;
    px_map df;              /* feature -> documents seen with it */
    uint64_t ndocs;
    px_story_state *stories;
    size_t n_stories, cap_stories;
    px_map by_id;           /* story id -> index + 1 */
    px_map index;           /* feature -> posting index + 1 */
    posting *postings;
    size_t n_postings, cap_postings;
    mark *marks;            /* per story */
    uint32_t stamp;
    candidate *cand;        /* scratch for one query, cap_stories long */
    int32_t clock;          /* see px_story_clock; INT32_MIN: no date yet */
    int32_t swept;          /* clock at the last eviction */
    double disorder;        /* days, see tick() */
    uint32_t sweeps;        /* evictions so far */
    counter counts;         /* scratch of term_counts, kept between documents */
};

px_status px_story_engine_new(px_ctx *ctx, const px_story_params *params,
                              px_story_engine **out)
{
    px_story_engine *e = calloc(1, sizeof *e);
    if (!e) return px_fail(ctx, PX_NOMEM, "story engine: out of memory");
    e->ctx = ctx;
    e->clock = e->swept = INT32_MIN;
    if (params) e->p = *params;
    else px_story_params_default(&e->p);
    *out = e;
    return PX_OK;
}

static void free_state(px_story_state *s)
{
    px_vec_free(&s->centroid);
    px_vec_free(&s->sum);
    for (uint32_t j = 0; j < s->n_vecs; j++) px_vec_free(&s->members[j]);
    s->n_vecs = 0;
}

void px_story_engine_free(px_story_engine *e)
{
    if (!e) return;
    for (size_t i = 0; i < e->n_stories; i++) free_state(&e->stories[i]);
    for (size_t i = 0; i < e->n_postings; i++) free(e->postings[i].stories);
    free(e->postings);
    free(e->stories);
    free(e->marks);
    free(e->cand);
    px_map_free(&e->df);
    px_map_free(&e->by_id);
    px_map_free(&e->index);
    px_map_free(&e->counts.pos);
    free(e->counts.t);
    free(e);
}

/* A document frequency in the df map: the count in the low 32 bits, the
 * sweep that last counted the term in the high ones (see forget_rare). */
static uint64_t df_value(const px_story_engine *e, uint32_t count)
{
    return (uint64_t)e->sweeps << 32 | count;
}

px_status px_story_set_df(px_story_engine *e, uint64_t term, uint32_t df)
{
    uint64_t *v = px_map_upsert(&e->df, term ? term : 1);
    if (!v) return PX_NOMEM;
    *v = df_value(e, df);
    return PX_OK;
}

uint32_t px_story_df(const px_story_engine *e, uint64_t term)
{
    const uint64_t *v = px_map_get(&e->df, term ? term : 1);
    return v ? (uint32_t)*v : 0;
}

void px_story_set_ndocs(px_story_engine *e, uint64_t n) { e->ndocs = n; }
uint64_t px_story_ndocs(const px_story_engine *e) { return e->ndocs; }

double px_story_idf(const px_story_engine *e, uint64_t term)
{
    double n = (double)e->ndocs, df = px_story_df(e, word_key(term));
    return log((n + 1.0) / (df + 0.5)) + 1.0;
}

/* IDF for clustering.  prior_docs pseudo-documents that lack the term are
 * added to the real ones: with few documents every term looks about
 * equally rare (a term in all of 5 articles is not known to be common), and
 * as real documents outnumber the prior the learned frequencies take over.
 * The +1 keeps a term in every document worth something while the
 * collection is small. */
static double cluster_idf(const px_story_engine *e, uint64_t term)
{
    double n = (double)e->ndocs + e->p.prior_docs, df = px_story_df(e, term);
    return log((n + 1.0) / (df + 0.5)) + 1.0;
}

/* A token counts for stories when it is a content word of some length. */
static int is_story_term(const px_token *t)
{
    return (t->flags & PX_TOK_WORD) && !(t->flags & PX_TOK_STOP) &&
           !(t->flags & PX_TOK_NUM) && t->end - t->start >= 2;
}

static int is_story_number(const px_token *t)
{
    return (t->flags & PX_TOK_NUM) && t->end - t->start >= 2;
}

static int count(counter *c, uint64_t term, double w)
{
    if (w <= 0) return 1;
    if (!term) term = 1;
    uint64_t *slot = px_map_upsert(&c->pos, term);
    if (!slot) return 0;
    if (*slot == 0) {
        if (c->n == c->cap) {
            size_t cap = c->cap ? 2 * c->cap : 128;
            px_term_weight *nt = realloc(c->t, cap * sizeof *nt);
            if (!nt) return 0;
            c->t = nt;
            c->cap = cap;
        }
        c->t[c->n].term = term;
        c->t[c->n].weight = 0;
        *slot = ++c->n;
    }
    c->t[*slot - 1].weight += (float)w;
    return 1;
}

/* How much a sentence's words count by position: the lede states the event,
 * later sentences add background that other events share. */
static double position_weight(const px_story_params *p, uint32_t sentence)
{
    if (p->lead_boost <= 0 || p->lead_sentences <= 0) return 1.0;
    return 1.0 + p->lead_boost * exp(-(double)sentence / p->lead_sentences);
}

static uint64_t pair_hash(uint64_t a, uint64_t b)
{
    uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ ((b << 23) | (b >> 41)) ^ PAIR_SALT;
    h ^= h >> 31;
    return h * 0xBF58476D1CE4E5B9ULL;
}

/* Sentence holding byte offset off (sentences are in text order). */
static uint32_t sentence_at(const px_textdoc *doc, uint32_t off)
{
    size_t lo = 0, hi = doc->n_sentences;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->sentences[mid].end <= off) lo = mid + 1;
        else hi = mid;
    }
    return (uint32_t)lo;
}

/* Case-folded hash of an entity's fullest name, with a salt. */
static uint64_t name_hash(const char *name, uint64_t salt, char *low, size_t cap, size_t *len)
{
    size_t n = 0;
    for (const char *s = name; *s && n < cap; s++)
        low[n++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
    *len = n;
    return px_hash64(low, n) ^ salt;
}

#define SENTENCE_ENTITIES 8     /* entities per sentence paired up */

/* Whole-name features: "new york" says more than "new" and "york", and a
 * person's full name more than a surname shared with others.  Outlets are
 * left out: who reports an event is not what it is.  Entities named in one
 * sentence are also paired ("who did what where": the person with the
 * place), so two stories about the same person somewhere else, or other
 * people in the same place, share single names but not the pairs. */
static int count_entities(counter *c, const px_story_params *p, const px_textdoc *doc, double scale)
{
    if (p->entity_weight <= 0) return 1;
    uint64_t sent_ent[SENTENCE_ENTITIES];
    size_t n_sent = 0;
    uint32_t cur = UINT32_MAX;
    double cur_w = 0;
    for (size_t i = 0; i <= doc->n_mentions; i++) {
        const px_mention *m = i < doc->n_mentions ? &doc->mentions[i] : NULL;
        const px_entity *ent = m && m->entity < doc->n_entities ? &doc->entities[m->entity] : NULL;
        if (m && (!ent || ent->kind == PX_ENT_MEDIA || !ent->name)) continue;
        uint32_t sentence = m ? sentence_at(doc, m->start) : UINT32_MAX;
        if (sentence != cur) {
            /* the previous sentence is complete: pair its entities */
            for (size_t a = 0; a < n_sent; a++)
                for (size_t b = a + 1; b < n_sent; b++) {
                    uint64_t x = sent_ent[a] < sent_ent[b] ? sent_ent[a] : sent_ent[b];
                    uint64_t y = sent_ent[a] < sent_ent[b] ? sent_ent[b] : sent_ent[a];
                    if (!count(c, pair_hash(x, y) | NAME_BIT, cur_w * p->entity_pair_weight)) return 0;
                }
            n_sent = 0;
            cur = sentence;
            cur_w = scale > 0 ? scale : position_weight(p, sentence);
        }
        if (!m) break;
        char low[128];
        size_t n;
        uint64_t h = name_hash(ent->name, ENTITY_SALT, low, sizeof low, &n);
        double w = p->entity_weight * cur_w;
        if (!count(c, h | NAME_BIT, w)) return 0;
        int dup = 0;
        for (size_t a = 0; a < n_sent; a++) dup |= sent_ent[a] == h;
        if (!dup && n_sent < SENTENCE_ENTITIES) sent_ent[n_sent++] = h;
        /* the words of the name too: "Betty Ford Center" and "Betty Ford
         * Clinic", "Lohan" and "Lindsay Lohan" are partly the same name */
        for (size_t a = 0; a < n;) {
            while (a < n && low[a] == ' ') a++;
            size_t b = a;
            while (b < n && low[b] != ' ') b++;
            if (b - a >= 2 && !count(c, (px_hash64(low + a, b - a) ^ ENTITY_WORD_SALT) | NAME_BIT,
                                     w * p->name_word_weight))
                return 0;
            a = b;
        }
    }
    return 1;
}

/* Weighted feature counts of one text.  scale > 0 weighs every token the
 * same (a title); 0 weighs by position. */
static int count_text(counter *c, const px_story_params *p, const px_textdoc *doc, double scale)
{
    const px_token *prev = NULL;
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const px_token *tok = &doc->tokens[i];
        double w = scale > 0 ? scale : position_weight(p, tok->sentence);
        if (is_story_number(tok)) {
            /* numbers (years, tolls, scores) identify an event like names do */
            if (!count(c, word_key(tok->stem_hash) | NUM_BIT, w * p->number_weight)) return 0;
            prev = NULL;
            continue;
        }
        if (!is_story_term(tok)) {
            prev = NULL;    /* pairs are of adjacent content words only */
            continue;
        }
        double name = (tok->flags & PX_TOK_CAP) && !(tok->flags & PX_TOK_SENT_START) ? p->name_boost : 1.0;
        if (!count(c, word_key(tok->stem_hash), w * name)) return 0;
        if (prev && prev->sentence == tok->sentence &&
            !count(c, word_key(pair_hash(prev->stem_hash, tok->stem_hash)), w * p->pair_weight))
            return 0;
        prev = tok;
    }
    return count_entities(c, p, doc, scale);
}

/* Keep the kw heaviest words, and the kn heaviest numbers and names of v
 * (sorted by term), each part normalised on its own when asked. */
static void split_prune(px_vec *v, uint32_t kw, uint32_t kn, int normalise)
{
    px_vec_prune(v, UINT32_MAX, 0);
    uint32_t at = 0, kept = 0;
    for (int part = 0; part < N_PARTS; part++) {
        uint32_t end = at;
        while (end < v->n && part_of(v->terms[end].term) == part) end++;
        px_vec sub = {v->terms + at, end - at};
        px_vec_prune(&sub, part ? kn : kw, normalise);
        memmove(v->terms + kept, sub.terms, sub.n * sizeof *sub.terms);
        kept += sub.n;
        at = end;
    }
    v->n = kept;
}

/* Which parts v has: its terms are sorted, so each part is one run and a
 * binary search for the first term of each part finds them. */
static void parts_of(const px_vec *v, int has[N_PARTS])
{
    uint32_t start[N_PARTS + 1];
    for (int p = 0; p < N_PARTS; p++) {
        uint64_t first = (uint64_t)p << PART_SHIFT;
        uint32_t lo = 0, hi = v->n;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (v->terms[mid].term < first) lo = mid + 1;
            else hi = mid;
        }
        start[p] = lo;
    }
    start[N_PARTS] = v->n;
    for (int p = 0; p < N_PARTS; p++) has[p] = start[p + 1] > start[p];
}

/* Dot products of the parts of a and b; present[p] says whether both have
 * part p.  The merge walk is the engine's inner loop: it only compares. */
static void split_dot(const px_vec *a, const px_vec *b, double dot[N_PARTS], int present[N_PARTS])
{
    int in_a[N_PARTS], in_b[N_PARTS];
    for (int p = 0; p < N_PARTS; p++) dot[p] = 0;
    const px_term_weight *x = a->terms, *xe = a->terms + a->n;
    const px_term_weight *y = b->terms, *ye = b->terms + b->n;
    /* steps without branches on the order: which side is behind is a coin
     * toss the branch predictor loses about half the time */
    while (x < xe && y < ye) {
        uint64_t s = x->term, t = y->term;
        if (s == t) dot[part_of(s)] += (double)x->weight * y->weight;
        x += s <= t;
        y += t <= s;
    }
    parts_of(a, in_a);
    parts_of(b, in_b);
    for (int p = 0; p < N_PARTS; p++) present[p] = in_a[p] && in_b[p];
}

/* Distinct features of a doc and its title, weights = boosted counts. */
static px_status term_counts(px_story_engine *e, const px_story_doc *d, px_vec *out)
{
    /* the engine's counter, emptied: no map growing from nothing per document */
    counter *c = &e->counts;
    if (c->pos.cap > COUNTER_KEEP) {   /* one huge document: do not clear its room forever */
        px_map_free(&c->pos);
        free(c->t);
        c->t = NULL;
        c->cap = 0;
    }
    if (c->pos.len) memset(c->pos.slots, 0, c->pos.cap * sizeof *c->pos.slots);
    c->pos.len = 0;
    c->n = 0;
    int ok = 1;
    if (d->doc) ok = count_text(c, &e->p, d->doc, 0);
    if (ok && d->title) ok = count_text(c, &e->p, d->title, e->p.title_boost);
    px_vec v = {malloc((c->n ? c->n : 1) * sizeof *v.terms), (uint32_t)c->n};
    if (!ok || !v.terms) {
        free(v.terms);
        return PX_NOMEM;
    }
    if (c->n) memcpy(v.terms, c->t, c->n * sizeof *v.terms);
    px_vec_prune(&v, UINT32_MAX, 0);   /* sorted by term */
    *out = v;
    return PX_OK;
}

px_status px_story_observe(px_story_engine *e, const px_story_doc *d, px_vec *terms)
{
    px_vec counts;
    if (term_counts(e, d, &counts) != PX_OK)
        return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    for (uint32_t i = 0; i < counts.n; i++) {
        uint64_t *df = px_map_upsert(&e->df, counts.terms[i].term);
        if (!df) { px_vec_free(&counts); return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory"); }
        *df = df_value(e, (uint32_t)*df + 1);
    }
    e->ndocs++;
    if (terms) *terms = counts;
    else px_vec_free(&counts);
    return PX_OK;
}

void px_story_weigh(const px_story_engine *e, px_vec *v)
{
    for (uint32_t i = 0; i < v->n; i++)
        v->terms[i].weight = (float)(log(1.0 + v->terms[i].weight) * cluster_idf(e, v->terms[i].term));
    split_prune(v, PX_VEC_DOC_TERMS, DOC_NAMES, 1);
}

px_status px_story_vectorize(px_story_engine *e, const px_story_doc *d, px_vec *out)
{
    if (term_counts(e, d, out) != PX_OK)
        return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    px_story_weigh(e, out);
    return PX_OK;
}

static double join_threshold(const px_story_params *p, const px_story_state *s, int32_t day)
{
    if (day == INT32_MIN || s->first_day == INT32_MIN) return p->join;
    int32_t gap = day < s->first_day ? s->first_day - day
                : day > s->last_day ? day - s->last_day : 0;
    double extra = p->join_per_week * gap / 7.0;
    return p->join + (extra < p->join_max_extra ? extra : p->join_max_extra);
}

/* Similarity of two vectors: a weighted mean of the cosines of their
 * parts, over the parts both have (an article that gives no numbers is
 * judged on its words and names alone, not penalised). */
static double blend(const px_story_params *p, const double dot[N_PARTS], const int present[N_PARTS])
{
    double share[N_PARTS] = {1.0, p->number_share, p->name_share}, sum = 0, wsum = 0;
    share[0] = 1.0 - p->number_share - p->name_share;
    if (share[0] < 0) share[0] = 0;
    for (int i = 0; i < N_PARTS; i++)
        if (present[i] || i == 0) {
            sum += share[i] * dot[i];
            wsum += share[i];
        }
    return wsum > 0 ? sum / wsum : 0;
}

static double similarity(const px_story_params *p, const px_vec *a, const px_vec *b)
{
    double dot[N_PARTS];
    int present[N_PARTS];
    split_dot(a, b, dot, present);
    return blend(p, dot, present);
}

/* One vector compared with many: hashed once, with the parts it has. */
typedef struct query {
    px_vec_table table;
    int has[N_PARTS];
} query;

static px_status query_of(query *q, const px_vec *v)
{
    parts_of(v, q->has);
    return px_vec_table_build(&q->table, v);
}

/* similarity(), bit for bit, of the query's vector and b. */
static double similarity_q(const px_story_params *p, const query *q, const px_vec *b)
{
    double dot[N_PARTS];
    int present[N_PARTS];
    px_vec_table_dot(&q->table, b, PART_SHIFT, N_PARTS, dot, present);
    for (int i = 0; i < N_PARTS; i++) present[i] = present[i] && q->has[i];
    return blend(p, dot, present);
}

/* The article's score against a story: its cosine with the centroid
 * blended with the mean of its best cosines with the kept members.  The
 * members let a report that matches part of a story (one outlet's angle)
 * find it although it is far from the average. */
static double story_score(const px_story_params *p, const px_story_state *s, const query *v,
                          double centroid_sim)
{
    if (s->n_vecs == 0 || p->centroid_share >= 1.0) return centroid_sim;
    double best[PX_STORY_MEMBERS];
    uint32_t k = p->top_members < s->n_vecs ? p->top_members : s->n_vecs, nb = 0;
    for (uint32_t j = 0; j < s->n_vecs; j++) {
        double sim = similarity_q(p, v, &s->members[j]);
        uint32_t at = nb < k ? nb++ : k;
        while (at > 0 && best[at - 1] < sim) {
            if (at < k) best[at] = best[at - 1];
            at--;
        }
        if (at < k) best[at] = sim;
    }
    double mean = 0;
    for (uint32_t j = 0; j < nb; j++) mean += best[j];
    mean /= nb ? nb : 1;
    return p->centroid_share * centroid_sim + (1.0 - p->centroid_share) * mean;
}

static int cand_better(const candidate *a, const candidate *b)
{
    if (a->centroid_sim != b->centroid_sim) return a->centroid_sim > b->centroid_sim;
    return a->id < b->id;
}

/* Score v against every story sharing a feature with it: the centroid
 * first, then the full score for the closest FULL_SCORE_STORIES.  Calls
 * back with each fully scored story that may score floor or more. */
typedef void (*scored_fn)(px_story_engine *e, const px_story_state *s, double score, void *user);

static px_status score_stories(px_story_engine *e, const px_vec *v, double floor, scored_fn fn,
                               void *user)
{
    if (++e->stamp == 0) {  /* wrapped: clear the stamps */
        for (size_t i = 0; i < e->n_stories; i++) e->marks[i].stamp = 0;
        e->stamp = 1;
    }
    /* the heaviest terms, heaviest first (ties: lower term) */
    uint32_t probe[PROBE_TERMS], np = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        uint32_t at = np < PROBE_TERMS ? np++ : PROBE_TERMS;
        while (at > 0 && v->terms[probe[at - 1]].weight < v->terms[i].weight) {
            if (at < PROBE_TERMS) probe[at] = probe[at - 1];
            at--;
        }
        if (at < PROBE_TERMS) probe[at] = i;
    }
    /* every story sharing a probe term, with the probe weight it shares */
    size_t nr = 0;
    for (uint32_t q = 0; q < np; q++) {
        const uint64_t *pi = px_map_get(&e->index, v->terms[probe[q]].term);
        if (!pi) continue;
        const posting *p = &e->postings[*pi - 1];
        for (uint32_t j = p->n > POSTING_SCAN ? p->n - POSTING_SCAN : 0; j < p->n; j++) {
            uint32_t si = p->stories[j];
            mark *m = &e->marks[si];
            if (m->stamp != e->stamp) {
                m->stamp = e->stamp;
                m->slot = (uint32_t)nr;
                e->cand[nr++] = (candidate){si, 0, 0, 0, m->id};
            }
            candidate *c = &e->cand[m->slot];
            if (c->last_probe == q + 1) continue;   /* listed twice */
            c->last_probe = q + 1;
            c->reach += v->terms[probe[q]].weight;
        }
    }
    /* the CENTROID_STORIES reaching furthest, then the closest of those */
    candidate near[CENTROID_STORIES], best[FULL_SCORE_STORIES];
    size_t nn = 0, nb = 0;
    for (size_t i = 0; i < nr; i++) {
        candidate c = e->cand[i];
        if (nn == CENTROID_STORIES && c.reach < near[nn - 1].reach) continue;
        if (e->marks[c.story].shell) continue;   /* a shell until the sweep */
        size_t at = nn < CENTROID_STORIES ? nn++ : CENTROID_STORIES;
        while (at > 0 && (c.reach > near[at - 1].reach ||
                          (c.reach == near[at - 1].reach && c.id < near[at - 1].id))) {
            if (at < CENTROID_STORIES) near[at] = near[at - 1];
            at--;
        }
        if (at < CENTROID_STORIES) near[at] = c;
    }
    if (nn == 0) return PX_OK;
    query q;
    if (query_of(&q, v) != PX_OK) return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    for (size_t i = 0; i < nn; i++) {
        candidate c = near[i];
        c.centroid_sim = similarity_q(&e->p, &q, &e->stories[c.story].centroid);
        size_t at = nb < FULL_SCORE_STORIES ? nb++ : FULL_SCORE_STORIES;
        while (at > 0 && cand_better(&c, &best[at - 1])) {
            if (at < FULL_SCORE_STORIES) best[at] = best[at - 1];
            at--;
        }
        if (at < FULL_SCORE_STORIES) best[at] = c;
    }
    for (size_t i = 0; i < nb; i++) {
        const px_story_state *s = &e->stories[best[i].story];
        /* members can at most lift the score to this: skip the cosines */
        double cs = e->p.centroid_share < 1.0 ? e->p.centroid_share : 1.0;
        if (cs * best[i].centroid_sim + (1.0 - cs) < floor) continue;
        fn(e, s, story_score(&e->p, s, &q, best[i].centroid_sim), user);
    }
    px_vec_table_free(&q.table);
    return PX_OK;
}

typedef struct assign_acc {
    int32_t day;
    double best, second, best_seen;
    int64_t best_id, second_id;
} assign_acc;

static void on_assign(px_story_engine *e, const px_story_state *s, double score, void *user)
{
    assign_acc *a = user;
    if (score > a->best_seen) a->best_seen = score;
    if (score < join_threshold(&e->p, s, a->day)) return;
    if (score > a->best || (score == a->best && s->id < a->best_id)) {
        a->second = a->best;
        a->second_id = a->best_id;
        a->best = score;
        a->best_id = s->id;
    } else if (score > a->second || (score == a->second && s->id < a->second_id)) {
        a->second = score;
        a->second_id = s->id;
    }
}

px_status px_story_assign(px_story_engine *e, const px_vec *v, int32_t day,
                          int64_t *story_id, double *best_seen, int64_t *bridged)
{
    assign_acc a = {day, -1, -1, 0, 0, 0};
    *story_id = 0;
    *best_seen = 0;
    if (bridged) *bridged = 0;
    px_status rc = score_stories(e, v, e->p.join, on_assign, &a);
    if (rc != PX_OK) return rc;
    *story_id = a.best_id;
    *best_seen = a.best_seen;
    if (bridged) *bridged = a.second_id && px_story_mergeable(e, a.best_id, a.second_id) ? a.second_id : 0;
    return PX_OK;
}

int px_story_mergeable(const px_story_engine *e, int64_t a, int64_t b)
{
    const px_story_state *x = px_story_get(e, a), *y = px_story_get(e, b);
    return e->p.merge > 0 && x && y && x != y &&
           similarity(&e->p, &x->centroid, &y->centroid) >= e->p.merge;
}

typedef struct cand_acc {
    uint32_t k, *n;
    int64_t *ids;
    double *sims;
} cand_acc;

static void on_candidate(px_story_engine *e, const px_story_state *s, double sim, void *user)
{
    (void)e;
    cand_acc *c = user;
    if (sim <= 0) return;
    uint32_t k = c->k, at = *c->n < k ? (*c->n)++ : k;
    while (at > 0 && (c->sims[at - 1] < sim || (c->sims[at - 1] == sim && c->ids[at - 1] > s->id))) {
        if (at < k) { c->sims[at] = c->sims[at - 1]; c->ids[at] = c->ids[at - 1]; }
        at--;
    }
    if (at < k) { c->sims[at] = sim; c->ids[at] = s->id; }
}

px_status px_story_candidates(px_story_engine *e, const px_vec *v, uint32_t k,
                              int64_t *ids, double *sims, uint32_t *n)
{
    *n = 0;
    cand_acc c = {k, n, ids, sims};
    return k ? score_stories(e, v, 0, on_candidate, &c) : PX_OK;
}

static px_status index_term(px_story_engine *e, uint64_t term, uint32_t story)
{
    uint64_t *pi = px_map_upsert(&e->index, term);
    if (!pi) return PX_NOMEM;
    if (*pi == 0) {
        if (e->n_postings == e->cap_postings) {
            size_t cap = e->cap_postings ? 2 * e->cap_postings : 256;
            posting *np = realloc(e->postings, cap * sizeof *np);
            if (!np) return PX_NOMEM;
            e->postings = np;
            e->cap_postings = cap;
        }
        memset(&e->postings[e->n_postings], 0, sizeof(posting));
        *pi = ++e->n_postings;
    }
    posting *p = &e->postings[*pi - 1];
    if (p->n && p->stories[p->n - 1] == story) return PX_OK;
    if (p->n == p->cap) {
        uint32_t cap = p->cap ? 2 * p->cap : 4;
        uint32_t *ns = realloc(p->stories, cap * sizeof *ns);
        if (!ns) return PX_NOMEM;
        p->stories = ns;
        p->cap = cap;
    }
    p->stories[p->n++] = story;
    return PX_OK;
}

static px_status slot_for(px_story_engine *e, int64_t id, uint32_t *index)
{
    uint64_t *pi = px_map_upsert(&e->by_id, (uint64_t)id);
    if (!pi) return PX_NOMEM;
    if (*pi == 0) {
        if (e->n_stories == e->cap_stories) {
            size_t cap = e->cap_stories ? 2 * e->cap_stories : 64;
            px_story_state *ns = realloc(e->stories, cap * sizeof *ns);
            if (!ns) return PX_NOMEM;
            e->stories = ns;
            mark *marks = realloc(e->marks, cap * sizeof *marks);
            if (!marks) return PX_NOMEM;
            e->marks = marks;
            candidate *cand = realloc(e->cand, cap * sizeof *cand);
            if (!cand) return PX_NOMEM;
            e->cand = cand;
            e->cap_stories = cap;
        }
        px_story_state *s = &e->stories[e->n_stories];
        memset(s, 0, sizeof *s);
        s->id = id;
        s->first_day = s->last_day = INT32_MIN;
        s->active_day = e->clock;
        e->marks[e->n_stories] = (mark){0, 0, id, 0};
        *pi = ++e->n_stories;
    }
    *index = (uint32_t)(*pi - 1);
    return PX_OK;
}

/* Replace the centroid with the heaviest terms of the running sum and index
 * the terms it gained (the old centroid's are indexed already; both are
 * sorted by term, so a merge walk finds the new ones). */
static px_status recentre(px_story_engine *e, uint32_t si)
{
    px_story_state *s = &e->stories[si];
    px_vec c;
    if (px_vec_copy(&s->sum, &c) != PX_OK) return PX_NOMEM;
    split_prune(&c, PX_VEC_STORY_TERMS, STORY_NAMES, 1);
    px_vec_fit(&c);
    const px_vec *old = &s->centroid;
    for (uint32_t i = 0, j = 0; i < c.n; i++) {
        while (j < old->n && old->terms[j].term < c.terms[i].term) j++;
        if (j < old->n && old->terms[j].term == c.terms[i].term) continue;
        if (index_term(e, c.terms[i].term, si) != PX_OK) { px_vec_free(&c); return PX_NOMEM; }
    }
    px_vec_free(&s->centroid);
    s->centroid = c;
    return PX_OK;
}

/* Keep v among the member vectors: while there is room, always; then in
 * place of the member least like the centroid, when v is more like it.
 * Central members describe the event; an outlier kept forever would pull
 * in articles about something else. */
static px_status keep_member(const px_story_params *p, px_story_state *s, const px_vec *v)
{
    uint32_t at = s->n_vecs;
    if (at == PX_STORY_MEMBERS) {
        query centroid;   /* five vectors against it */
        if (query_of(&centroid, &s->centroid) != PX_OK) return PX_NOMEM;
        double worst = similarity_q(p, &centroid, v);
        at = PX_STORY_MEMBERS;
        for (uint32_t j = 0; j < s->n_vecs; j++) {
            double c = similarity_q(p, &centroid, &s->members[j]);
            if (c < worst) { worst = c; at = j; }
        }
        px_vec_table_free(&centroid.table);
        if (at == PX_STORY_MEMBERS) return PX_OK;
    }
    px_vec copy;
    if (px_vec_copy(v, &copy) != PX_OK) return PX_NOMEM;
    if (at < s->n_vecs) px_vec_free(&s->members[at]);
    else s->n_vecs++;
    s->members[at] = copy;
    return PX_OK;
}

/* Advance the clock by a dated article.  The first date starts it, and
 * the stories filed before any date count as active then. */
static void tick(px_story_engine *e, int32_t day)
{
    if (day == INT32_MIN) return;
    if (e->clock == INT32_MIN) {
        e->clock = e->swept = day;
        for (size_t i = 0; i < e->n_stories; i++)
            if (e->stories[i].active_day == INT32_MIN) e->stories[i].active_day = day;
    } else if (day > e->clock) {
        e->clock++;
    }
    /* disorder: a running estimate of the 99th percentile of how many days
     * from the clock articles are dated (a stochastic quantile step per
     * article).  A live feed keeps it near 0; an archive read out of
     * order, or a feed catching up after a pause, raises it, and stories
     * are kept that much longer. */
    if (fabs((double)e->clock - day) > e->disorder) e->disorder += 0.99;
    else if (e->disorder > 0) e->disorder -= 0.01;
}

/* Evicting walks every posting, so it runs every few days of the clock,
 * not per article: stories stay up to an eighth of the window longer. */
static int32_t sweep_every(const px_story_params *p)
{
    int32_t d = (int32_t)(p->window_days / 8);
    return d > 1 ? d : 1;
}

static int idle(const px_story_engine *e, const px_story_state *s)
{
    if (s->merged_into) return 1;   /* an empty shell until the sweep */
    return e->p.window_days > 0 && e->clock != INT32_MIN && s->active_day != INT32_MIN &&
           (double)e->clock - s->active_day > e->p.window_days + e->disorder;
}

/* The k-th slot to copy when rebuilding a map of cap slots (a power of
 * two): an odd multiplier visits every slot once, in an order unrelated
 * to the hash.  Copying in slot order would insert keys sorted by their
 * low hash bits, and linear probing in the growing copy would pile them
 * into one long run (quadratic time). */
static size_t scrambled(size_t k, size_t cap)
{
    return (size_t)((k * 0x9E3779B97F4A7C15ULL) & (cap - 1));
}

/* Terms seen in fewer than RARE_DF documents and not since the window
 * began are forgotten: new names keep coming, and counting each forever
 * would make memory grow with the stream.  Such a term counts as unseen
 * if it comes back, a slightly higher IDF for a term that rare. */
#define RARE_DF 3

static px_status forget_rare(px_story_engine *e)
{
    uint32_t window_sweeps = (uint32_t)(e->p.window_days / sweep_every(&e->p)) + 1;
    if (e->sweeps <= window_sweeps) return PX_OK;
    uint32_t oldest = e->sweeps - window_sweeps;
    /* rebuild only when half would go: the copy costs memory while both
     * exist, so the map stays within twice what it must hold */
    size_t gone = 0;
    for (size_t i = 0; i < e->df.cap; i++)
        gone += e->df.slots[i].key && (uint32_t)e->df.slots[i].val < RARE_DF &&
                (uint32_t)(e->df.slots[i].val >> 32) < oldest;
    if (gone < e->df.len / 2) return PX_OK;
    px_map kept = PX_MAP_INIT;
    for (size_t k = 0; k < e->df.cap; k++) {
        size_t i = scrambled(k, e->df.cap);
        uint64_t v = e->df.slots[i].val;
        if (!e->df.slots[i].key || ((uint32_t)v < RARE_DF && (uint32_t)(v >> 32) < oldest)) continue;
        uint64_t *slot = px_map_upsert(&kept, e->df.slots[i].key);
        if (!slot) {
            px_map_free(&kept);
            return PX_NOMEM;
        }
        *slot = v;
    }
    px_map_free(&e->df);
    e->df = kept;
    return PX_OK;
}

/* Postings left empty by evictions go, with their index entries: the
 * index then holds the terms of the stories in memory only. */
static px_status drop_empty_postings(px_story_engine *e)
{
    size_t empty = 0;
    for (size_t i = 0; i < e->n_postings; i++) empty += e->postings[i].n == 0;
    if (empty < e->n_postings / 2) return PX_OK;   /* as in forget_rare */
    px_map index = PX_MAP_INIT;
    posting *kept = malloc((e->n_postings ? e->n_postings : 1) * sizeof *kept);
    if (!kept) return PX_NOMEM;
    size_t n = 0;
    for (size_t k = 0; k < e->index.cap; k++) {
        size_t i = scrambled(k, e->index.cap);
        if (!e->index.slots[i].key) continue;
        const posting *p = &e->postings[e->index.slots[i].val - 1];
        if (p->n == 0) continue;              /* its array went when it emptied */
        uint64_t *slot = px_map_upsert(&index, e->index.slots[i].key);
        if (!slot) {
            px_map_free(&index);
            free(kept);
            return PX_NOMEM;
        }
        kept[n] = *p;
        *slot = ++n;
    }
    free(e->postings);
    e->cap_postings = e->n_postings ? e->n_postings : 1;
    e->postings = kept;
    e->n_postings = n;
    px_map_free(&e->index);
    e->index = index;
    return PX_OK;
}

/* Drop the stories idle for longer than the window: free them, close the
 * gaps in the story array (keeping its order, so ties still break the
 * same way), and renumber the postings and the id map. */
static px_status evict(px_story_engine *e)
{
    mark *to = e->marks;           /* slot: old index -> new, UINT32_MAX: gone */
    size_t kept = 0;
    for (size_t i = 0; i < e->n_stories; i++) {
        if (idle(e, &e->stories[i])) {
            free_state(&e->stories[i]);
            to[i].slot = UINT32_MAX;
        } else {
            to[i].slot = (uint32_t)kept;
            e->stories[kept++] = e->stories[i];
        }
    }
    e->swept = e->clock;
    e->sweeps++;
    if (kept == e->n_stories) return forget_rare(e);
    e->n_stories = kept;
    for (size_t i = 0; i < e->n_postings; i++) {
        posting *p = &e->postings[i];
        uint32_t n = 0;
        for (uint32_t j = 0; j < p->n; j++)
            if (to[p->stories[j]].slot != UINT32_MAX) p->stories[n++] = to[p->stories[j]].slot;
        p->n = n;
        if (n == 0) {   /* the term may never come back: give the room back */
            free(p->stories);
            p->stories = NULL;
            p->cap = 0;
        }
    }
    px_map_free(&e->by_id);
    for (size_t i = 0; i < kept; i++) {
        uint64_t *pi = px_map_upsert(&e->by_id, (uint64_t)e->stories[i].id);
        if (!pi) return PX_NOMEM;
        *pi = i + 1;
    }
    for (size_t i = 0; i < kept; i++)
        e->marks[i] = (mark){0, 0, e->stories[i].id, e->stories[i].merged_into != 0};
    e->stamp = 0;
    if (drop_empty_postings(e) != PX_OK) return PX_NOMEM;
    return forget_rare(e);
}

int32_t px_story_clock(const px_story_engine *e) { return e->clock; }
size_t px_story_count(const px_story_engine *e) { return e->n_stories; }

px_status px_story_join(px_story_engine *e, int64_t id, const px_vec *v, int32_t day)
{
    uint32_t si;
    if (slot_for(e, id, &si) != PX_OK) goto nomem;
    px_story_state *s = &e->stories[si];
    px_vec sum;
    if (px_vec_add(&s->sum, v, &sum) != PX_OK) goto nomem;
    /* the running sum keeps a bounded tail so a long story stays cheap
     * (twice the centroid: four times scored the same on ECB+ and held
     * twice the memory) */
    split_prune(&sum, 2 * PX_VEC_STORY_TERMS, 2 * STORY_NAMES, 0);
    px_vec_fit(&sum);
    px_vec_free(&s->sum);
    s->sum = sum;
    s->n_members++;
    if (day != INT32_MIN) {
        if (s->first_day == INT32_MIN || day < s->first_day) s->first_day = day;
        if (s->last_day == INT32_MIN || day > s->last_day) s->last_day = day;
    }
    if (recentre(e, si) != PX_OK) goto nomem;
    if (keep_member(&e->p, &e->stories[si], v) != PX_OK) goto nomem;
    tick(e, day);
    e->stories[si].active_day = e->clock;
    if (e->p.window_days > 0 && e->clock != INT32_MIN &&
        e->clock - e->swept >= sweep_every(&e->p) && evict(e) != PX_OK)
        goto nomem;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}

const px_story_state *px_story_get(const px_story_engine *e, int64_t id)
{
    const uint64_t *pi = px_map_get(&e->by_id, (uint64_t)id);
    return pi && !e->stories[*pi - 1].merged_into ? &e->stories[*pi - 1] : NULL;
}

/* Members of a merged story: the PX_STORY_MEMBERS of both closest to the
 * new centroid.  Takes the vectors of pool (n of them). */
static void pick_members(const px_story_params *p, px_story_state *s, px_vec *pool, uint32_t n)
{
    double sim[2 * PX_STORY_MEMBERS];
    for (uint32_t j = 0; j < n; j++) sim[j] = similarity(p, &pool[j], &s->centroid);
    s->n_vecs = 0;
    for (uint32_t k = 0; k < n; k++) {
        uint32_t best = n;
        for (uint32_t j = 0; j < n; j++)
            if (pool[j].terms && (best == n || sim[j] > sim[best])) best = j;
        if (s->n_vecs < PX_STORY_MEMBERS) s->members[s->n_vecs++] = pool[best];
        else px_vec_free(&pool[best]);
        pool[best].terms = NULL;
    }
}

px_status px_story_merge(px_story_engine *e, int64_t into, int64_t from)
{
    const uint64_t *pa = px_map_get(&e->by_id, (uint64_t)into), *pb = px_map_get(&e->by_id, (uint64_t)from);
    if (!pa || !pb || pa == pb || e->stories[*pa - 1].merged_into || e->stories[*pb - 1].merged_into)
        return px_fail(e->ctx, PX_INVALID, "story engine: cannot merge story %lld into %lld",
                       (long long)from, (long long)into);
    uint32_t ai = (uint32_t)(*pa - 1);
    px_story_state *a = &e->stories[ai], *b = &e->stories[*pb - 1];
    px_vec sum;
    if (px_vec_add(&a->sum, &b->sum, &sum) != PX_OK) goto nomem;
    split_prune(&sum, 2 * PX_VEC_STORY_TERMS, 2 * STORY_NAMES, 0);
    px_vec_fit(&sum);
    px_vec_free(&a->sum);
    a->sum = sum;
    a->n_members += b->n_members;
    if (b->first_day != INT32_MIN && (a->first_day == INT32_MIN || b->first_day < a->first_day))
        a->first_day = b->first_day;
    if (b->last_day != INT32_MIN && (a->last_day == INT32_MIN || b->last_day > a->last_day))
        a->last_day = b->last_day;
    if (b->active_day > a->active_day) a->active_day = b->active_day;
    if (recentre(e, ai) != PX_OK) goto nomem;
    a = &e->stories[ai];
    px_vec pool[2 * PX_STORY_MEMBERS];
    uint32_t n = 0;
    for (uint32_t j = 0; j < a->n_vecs; j++) pool[n++] = a->members[j];
    for (uint32_t j = 0; j < b->n_vecs; j++) pool[n++] = b->members[j];
    b->n_vecs = 0;
    pick_members(&e->p, a, pool, n);
    free_state(b);
    b->merged_into = into;
    e->marks[b - e->stories].shell = 1;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}

px_status px_story_restore(px_story_engine *e, const px_story_state *src)
{
    if (src->active_day != INT32_MIN && (e->clock == INT32_MIN || src->active_day > e->clock))
        e->clock = e->swept = src->active_day;
    if (idle(e, src)) return PX_OK;
    uint32_t si;
    if (slot_for(e, src->id, &si) != PX_OK) goto nomem;
    px_story_state *s = &e->stories[si];
    free_state(s);
    if (px_vec_copy(&src->sum, &s->sum) != PX_OK) goto nomem;
    s->n_members = src->n_members;
    s->first_day = src->first_day;
    s->last_day = src->last_day;
    s->active_day = src->active_day != INT32_MIN ? src->active_day : e->clock;
    uint32_t nv = src->n_vecs < PX_STORY_MEMBERS ? src->n_vecs : PX_STORY_MEMBERS;
    for (uint32_t j = 0; j < nv; j++) {
        if (px_vec_copy(&src->members[j], &s->members[j]) != PX_OK) goto nomem;
        s->n_vecs = j + 1;
    }
    if (recentre(e, si) != PX_OK) goto nomem;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}
