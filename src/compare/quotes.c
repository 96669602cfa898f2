/*
 * quotes.c - the same remark carried by several outlets.
 *
 * Two quotes are one remark when most content words of the shorter one are
 * in the longer one (outlets cut quotes short, so containment, not
 * Jaccard) and their speakers do not contradict each other (same surname,
 * or one unknown).  With the same speaker, a paraphrase counts too: a
 * rewording outlet keeps the quote's word skeleton (skeleton_overlap).  Groups are ordered by how many
 * outlets carry them; the first use is the earliest article (articles come
 * in date order), the outlet that carried the remark first.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare/cmp_internal.h"

#define QUOTE_CONTAINMENT 0.55
#define QUOTE_CONTAINMENT_SAME_SPEAKER 0.35
#define MIN_QUOTE_WORDS 3
#define QUOTE_PARAPHRASE 0.60      /* word-skeleton overlap, same speaker */
#define SKELETON_MIN 6             /* words; shorter quotes need containment */
#define SKELETON_MAX 64

typedef struct qitem {
    uint32_t article, quote;
    uint64_t *stems;               /* sorted distinct content stems */
    double *weights;               /* their idf weights */
    uint32_t n;
    double weight;                 /* sum of the stems' idf weights */
    uint8_t *named;                /* 1: the stem is a word of a name */
    double said_weight;            /* weight of the stems that are not names */
    const char *surname;           /* last word of the speaker, or NULL */
    size_t surname_len;
    int direct;                    /* else indirect speech: joins, never leads */
    uint64_t *words;               /* every quoted word, for skeleton_overlap */
    uint32_t n_words;
} qitem;

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

static void surname_of(const char *name, const char **s, size_t *len)
{
    *s = NULL;
    *len = 0;
    if (!name) return;
    size_t n = strlen(name);
    while (n && isspace((unsigned char)name[n - 1])) n--;
    size_t b = n;
    while (b && name[b - 1] != ' ') b--;
    if (n > b) { *s = name + b; *len = n - b; }
}

static px_status stems_of(px_arena *a, const px_textdoc *doc, const px_quote *q, qitem *it)
{
    /* tokens inside the quote span, minus those of an attribution in the
     * middle of a split quote: only quoted tokens when flagged */
    size_t t0 = tx_tok_lower_bound(doc, q->start), t1 = t0;
    while (t1 < doc->n_tokens && doc->tokens[t1].start < q->end) t1++;
    uint32_t cap = (uint32_t)(t1 - t0);
    it->stems = px_arena_alloc(a, (cap + 1) * sizeof *it->stems);
    it->words = px_arena_alloc(a, (cap < SKELETON_MAX ? cap : SKELETON_MAX) * sizeof *it->words + 1);
    if (!it->stems || !it->words) return PX_NOMEM;
    it->n = it->n_words = 0;
    for (size_t t = t0; t < t1; t++) {
        const px_token *tok = &doc->tokens[t];
        if (tok->end > q->end) continue;
        if ((tok->flags & (PX_TOK_WORD | PX_TOK_NUM)) && it->n_words < SKELETON_MAX &&
            (q->kind != PX_QUOTE_DIRECT || (tok->flags & PX_TOK_QUOTED)))
            it->words[it->n_words++] = tok->stem_hash;
        if (!(tok->flags & (PX_TOK_WORD | PX_TOK_NUM)) || (tok->flags & PX_TOK_STOP)) continue;
        if (q->kind == PX_QUOTE_DIRECT && !(tok->flags & PX_TOK_QUOTED)) continue;
        it->stems[it->n++] = tok->stem_hash;
    }
    qsort(it->stems, it->n, sizeof *it->stems, cmp_u64);
    uint32_t w = 0;
    for (uint32_t i = 0; i < it->n; i++) if (!w || it->stems[w - 1] != it->stems[i]) it->stems[w++] = it->stems[i];
    it->n = w;
    it->named = px_arena_alloc(a, it->n + 1);
    if (!it->named) return PX_NOMEM;
    memset(it->named, 0, it->n + 1);
    /* words of the names mentioned inside the quote */
    for (size_t m = 0; m < doc->n_mentions; m++) {
        const px_mention *mn = &doc->mentions[m];
        if (mn->end <= q->start || mn->start >= q->end) continue;
        for (size_t t = tx_tok_lower_bound(doc, mn->start);
             t < doc->n_tokens && doc->tokens[t].start < mn->end; t++) {
            const uint64_t *hit = bsearch(&doc->tokens[t].stem_hash, it->stems, it->n,
                                          sizeof *it->stems, cmp_u64);
            if (hit) it->named[hit - it->stems] = 1;
        }
    }
    return PX_OK;
}

/* Story-local idf: words every outlet uses for the event (its names and
 * places) say little about whether two remarks are the same. */
static double stem_weight(const px_cmp_idf *idf, uint64_t h)
{
    const uint64_t *df = px_map_get(&idf->df, h ? h : 1);
    double d = df ? (double)*df : 1.0;
    return log((idf->n_articles + 1.0) / d) + 0.05;
}

/* Weighted share of the lighter quote's words found in the other; with
 * said_only, of the words that are not names. */
static double containment(const qitem *a, const qitem *b, bool said_only)
{
    uint32_t i = 0, j = 0;
    double shared = 0;
    while (i < a->n && j < b->n) {
        if (a->stems[i] < b->stems[j]) i++;
        else if (a->stems[i] > b->stems[j]) j++;
        else {
            if (!said_only || !a->named[i]) shared += a->weights[i];
            i++;
            j++;
        }
    }
    double wa = said_only ? a->said_weight : a->weight, wb = said_only ? b->said_weight : b->weight;
    double m = wa < wb ? wa : wb;
    return m > 0 ? shared / m : 0;
}

/* 1: same speaker, 0: unknown, -1: different speakers */
static int speakers_agree(const qitem *a, const qitem *b)
{
    if (!a->surname || !b->surname) return 0;
    return a->surname_len == b->surname_len && strncasecmp(a->surname, b->surname, a->surname_len) == 0 ? 1 : -1;
}

/* Longest common word subsequence over the longer quote.  A rewording
 * outlet swaps content words for synonyms ("Our teams did remarkable
 * work" for "Our crews did extraordinary work") but keeps the skeleton. */
static double skeleton_overlap(const qitem *a, const qitem *b)
{
    const uint64_t *x = a->words, *y = b->words;
    uint32_t nx = a->n_words, ny = b->n_words;
    uint16_t row[SKELETON_MAX + 1];
    if (nx < SKELETON_MIN || ny < SKELETON_MIN) return 0;
    memset(row, 0, sizeof row);
    for (uint32_t i = 0; i < nx; i++) {
        uint16_t diag = 0;
        for (uint32_t j = 0; j < ny; j++) {
            uint16_t up = row[j + 1];
            row[j + 1] = x[i] == y[j] ? (uint16_t)(diag + 1)
                                      : (up > row[j] ? up : row[j]);
            diag = up;
        }
    }
    return (double)row[ny] / (double)(nx > ny ? nx : ny);
}

/* Would quotes a and b (of different articles) join one group? */
static int one_remark(const qitem *a, const qitem *b)
{
    int agree = speakers_agree(a, b);
    /* indirect speech ("Reyk said crews had done ...") joins a quote of
     * the same speaker, never another report */
    int direct = a->direct + b->direct;
    if (agree < 0 || direct == 0 || (direct == 1 && agree == 0)) return 0;
    double need = agree > 0 && direct == 2 ? QUOTE_CONTAINMENT_SAME_SPEAKER : QUOTE_CONTAINMENT;
    /* without a speaker to agree on, the names a story's outlets all use
     * ("a 'Russia-China solidarity'") cannot make two remarks one: what
     * is said around them must match too */
    if (agree == 0 && containment(a, b, true) < need) return 0;
    return containment(a, b, false) >= need || (agree > 0 && skeleton_overlap(a, b) >= QUOTE_PARAPHRASE);
}

/* Items that one_remark cannot tell apart: same words, speaker, kind. */
static int same_item(const qitem *a, const qitem *b)
{
    return a->direct == b->direct && a->n == b->n && a->n_words == b->n_words &&
           a->surname_len == b->surname_len &&
           (!a->surname_len || strncasecmp(a->surname, b->surname, a->surname_len) == 0) &&
           (!a->surname == !b->surname) &&
           memcmp(a->stems, b->stems, a->n * sizeof *a->stems) == 0 &&
           memcmp(a->words, b->words, a->n_words * sizeof *a->words) == 0;
}

/* Class of each item, numbered from 0 in order of first member; *n_cls gets
 * how many.  Items of a class cannot be told apart by one_remark: a story
 * of wire copy carries each remark many times over, and the answer for a
 * pair of classes holds for all their members. */
static px_status classes_of(const qitem *items, uint32_t n, uint32_t *cls, uint32_t *n_cls)
{
    px_map first = PX_MAP_INIT;        /* hash -> first item + 1 */
    *n_cls = 0;
    for (uint32_t i = 0; i < n; i++) {
        const qitem *it = &items[i];
        uint64_t h = px_hash64(it->stems, it->n * sizeof *it->stems) ^
                     (px_hash64(it->words, it->n_words * sizeof *it->words) * 31) ^ (uint64_t)it->direct;
        for (size_t k = 0; k < it->surname_len; k++)
            h = h * 131 + (uint64_t)tolower((unsigned char)it->surname[k]);
        uint64_t *f = px_map_upsert(&first, h);
        if (!f) { px_map_free(&first); return PX_NOMEM; }
        if (*f && same_item(&items[*f - 1], it)) { cls[i] = cls[*f - 1]; continue; }
        if (!*f) *f = i + 1;           /* on a hash collision the first keeps the slot */
        cls[i] = (*n_cls)++;
    }
    px_map_free(&first);
    return PX_OK;
}

static uint32_t find(uint32_t *p, uint32_t x)
{
    while (p[x] != x) x = p[x] = p[p[x]];
    return x;
}

/* Join the items of classes a and b (a == b: of a) from different
 * articles; the lower root wins, so a group's root is its first item. */
static void join_classes(const qitem *items, const uint32_t *at, const uint32_t *mem, uint32_t a, uint32_t b,
                         uint32_t *parent)
{
    for (uint32_t x = at[a]; x < at[a + 1]; x++)
        for (uint32_t y = a == b ? x + 1 : at[b]; y < at[b + 1]; y++) {
            uint32_t i = mem[x], j = mem[y];
            if (items[i].article == items[j].article) continue;
            uint32_t ri = find(parent, i), rj = find(parent, j);
            if (ri != rj) parent[ri > rj ? ri : rj] = ri < rj ? ri : rj;
        }
}

/* Join items that are one remark: items of different articles whose
 * classes one_remark joins (it is symmetric).  Quotes per story are few
 * (hundreds), but a story of wire copy carries each remark many times
 * over: a pair of classes is judged once, and the items of classes that
 * are not one remark, nearly all pairs, are never looked at. */
static px_status join_remarks(const qitem *items, uint32_t n, const uint32_t *cls, uint32_t n_cls,
                              uint32_t *parent)
{
    /* members of class c: mem[at[c] .. at[c + 1]), in item order; one[c]:
     * the article all of them are in, or UINT32_MAX */
    uint32_t *at = calloc(n_cls + 2, sizeof *at), *mem = malloc((n + 1) * sizeof *mem);
    uint32_t *one = malloc((n_cls + 1) * sizeof *one);
    if (!at || !mem || !one) { free(at); free(mem); free(one); return PX_NOMEM; }
    for (uint32_t i = 0; i < n; i++) at[cls[i] + 2]++;
    for (uint32_t c = 0; c < n_cls; c++) at[c + 2] += at[c + 1];
    for (uint32_t i = n; i-- > 0;) one[cls[i]] = items[i].article;
    for (uint32_t i = 0; i < n; i++) {
        if (items[i].article != one[cls[i]]) one[cls[i]] = UINT32_MAX;
        mem[at[cls[i] + 1]++] = i;
    }
    for (uint32_t a = 0; a < n_cls; a++)
        for (uint32_t b = a; b < n_cls; b++) {
            /* all in one article: no pair to join */
            bool single = one[a] != UINT32_MAX && (a == b || one[a] == one[b]);
            if (!single && one_remark(&items[mem[at[a]]], &items[mem[at[b]]]))
                join_classes(items, at, mem, a, b, parent);
        }
    free(at);
    free(mem);
    free(one);
    return PX_OK;
}

static int group_order(const void *x, const void *y)
{
    const px_cmp_quote_group *a = x, *b = y;
    if (a->n_articles != b->n_articles) return a->n_articles < b->n_articles ? 1 : -1;
    if (a->uses[0].article != b->uses[0].article) return a->uses[0].article < b->uses[0].article ? -1 : 1;
    return a->uses[0].quote < b->uses[0].quote ? -1 : a->uses[0].quote > b->uses[0].quote;
}

px_status px_cmp_quotes(px_comparison *c, const px_cmp_idf *idf)
{
    uint32_t total = 0;
    for (uint32_t a = 0; a < c->n_articles; a++) total += (uint32_t)c->articles[a].doc->n_quotes;
    qitem *items = px_arena_alloc(&c->arena, (total + 1) * sizeof *items);
    uint32_t *parent = malloc((total + 1) * sizeof *parent);
    if (!items || !parent) { free(parent); return PX_NOMEM; }
    uint32_t n = 0;
    for (uint32_t a = 0; a < c->n_articles; a++) {
        const px_textdoc *doc = c->articles[a].doc;
        for (uint32_t q = 0; q < doc->n_quotes; q++) {
            const px_quote *quote = &doc->quotes[q];
            qitem *it = &items[n];
            it->direct = quote->kind == PX_QUOTE_DIRECT;
            it->article = a;
            it->quote = q;
            if (stems_of(&c->arena, doc, quote, it) != PX_OK) { free(parent); return PX_NOMEM; }
            if (it->n < MIN_QUOTE_WORDS) continue;
            it->weight = 0;
            it->weights = px_arena_alloc(&c->arena, it->n * sizeof *it->weights);
            if (!it->weights) { free(parent); return PX_NOMEM; }
            it->said_weight = 0;
            for (uint32_t k = 0; k < it->n; k++) {
                it->weight += it->weights[k] = stem_weight(idf, it->stems[k]);
                if (!it->named[k]) it->said_weight += it->weights[k];
            }
            surname_of(quote->speaker_name, &it->surname, &it->surname_len);
            parent[n] = n;
            n++;
        }
    }
    uint32_t *cls = malloc((n + 1) * sizeof *cls), n_cls;
    if (!cls || classes_of(items, n, cls, &n_cls) != PX_OK || join_remarks(items, n, cls, n_cls, parent) != PX_OK) {
        free(cls); free(parent);
        return PX_NOMEM;
    }
    free(cls);
    uint32_t *slot = calloc(n + 1, sizeof *slot);
    uint32_t *sizes = calloc(n + 1, sizeof *sizes);
    uint8_t *has_direct = calloc(n + 1, 1);
    if (!slot || !sizes || !has_direct) {
        free(parent); free(slot); free(sizes); free(has_direct);
        return PX_NOMEM;
    }
    for (uint32_t i = 0; i < n; i++) {
        sizes[find(parent, i)]++;
        if (items[i].direct) has_direct[find(parent, i)] = 1;
    }
    uint32_t ng = 0;
    for (uint32_t i = 0; i < n; i++) if (find(parent, i) == i && has_direct[i]) ng++;
    c->quotes = px_arena_alloc(&c->arena, (ng + 1) * sizeof *c->quotes);
    if (!c->quotes) { free(parent); free(slot); free(sizes); free(has_direct); return PX_NOMEM; }
    ng = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (find(parent, i) != i || !has_direct[i]) continue;
        c->quotes[ng].uses = px_arena_alloc(&c->arena, sizes[i] * sizeof *c->quotes[ng].uses);
        if (!c->quotes[ng].uses) { free(parent); free(slot); free(sizes); free(has_direct); return PX_NOMEM; }
        slot[i] = ++ng;
    }
    for (uint32_t i = 0; i < n; i++) {
        if (!slot[find(parent, i)]) continue;       /* indirect speech alone */
        px_cmp_quote_group *g = &c->quotes[slot[find(parent, i)] - 1];
        const px_quote *q = &c->articles[items[i].article].doc->quotes[items[i].quote];
        if (g->n_uses == 0 || g->uses[g->n_uses - 1].article != items[i].article) g->n_articles++;
        g->uses[g->n_uses++] = (px_cmp_quote_use){items[i].article, items[i].quote};
        /* the fullest speaker name over the group */
        if (q->speaker_name && (!g->speaker || strlen(q->speaker_name) > strlen(g->speaker)))
            g->speaker = q->speaker_name;
        if (q->speaker_role && !g->role) g->role = q->speaker_role;
    }
    free(has_direct);
    /* the wording shown: a quote, the longest (outlets cut quotes short)
     * among the articles that copy no one, so a reworded copy never speaks
     * for the original */
    uint8_t *derived = calloc(c->n_articles + 1, 1);
    if (!derived) { free(parent); free(slot); free(sizes); return PX_NOMEM; }
    for (uint32_t l = 0; l < c->n_links; l++) derived[c->links[l].derived] = 1;
    for (uint32_t i = 0; i < ng; i++) {
        px_cmp_quote_group *g = &c->quotes[i];
        size_t best = 0;
        int best_original = 0;
        for (uint32_t u = 0; u < g->n_uses; u++) {
            const px_quote *q = &c->articles[g->uses[u].article].doc->quotes[g->uses[u].quote];
            size_t len = q->text ? strlen(q->text) : 0;
            int original = !derived[g->uses[u].article] + 2 * (q->kind == PX_QUOTE_DIRECT);
            if (original > best_original || (original == best_original && len > best)) {
                best = len;
                best_original = original;
                g->rep = u;
            }
        }
    }
    free(derived);
    qsort(c->quotes, ng, sizeof *c->quotes, group_order);
    c->n_quotes = ng;
    free(parent);
    free(slot);
    free(sizes);
    return PX_OK;
}
