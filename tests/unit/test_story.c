/* test_story.c - the story engine on hand-built documents (no text stage:
 * tokens are made here so the engine is tested alone). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "story/engine_int.h"   /* the query tag, to wrap it */
#include "story/story.h"

/* A document from space-separated words; a leading capital marks a name. */
static px_textdoc *make_doc(const char *words)
{
    px_textdoc *d = calloc(1, sizeof *d);
    size_t n = 1;
    for (const char *p = words; *p; p++) n += *p == ' ';
    d->tokens = calloc(n, sizeof *d->tokens);
    const char *p = words;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        px_token *t = &d->tokens[d->n_tokens++];
        char low[64] = {0};
        for (size_t i = 0; i < len && i < 63; i++) low[i] = (char)tolower((unsigned char)p[i]);
        t->flags = PX_TOK_WORD | (isupper((unsigned char)p[0]) ? PX_TOK_CAP : 0);
        t->stem_hash = px_hash64(low, strlen(low));
        t->start = (uint32_t)(p - words);
        t->end = t->start + (uint32_t)len;
        p += len;
        while (*p == ' ') p++;
    }
    return d;
}

static void free_doc(px_textdoc *d)
{
    free(d->tokens);
    free(d);
}

/* Run one document through observe/vectorize/assign/join; returns its story. */
static int64_t file_doc(px_story_engine *e, const char *words, int32_t day, int64_t *next_id)
{
    px_textdoc *d = make_doc(words);
    px_story_doc sd = {d, NULL, day};
    px_vec v;
    int64_t story;
    double sim;
    assert_int_equal(px_story_observe(e, &sd, NULL), PX_OK);
    assert_int_equal(px_story_vectorize(e, &sd, &v), PX_OK);
    assert_int_equal(px_story_assign(e, &v, day, &story, &sim, NULL), PX_OK);
    if (story == 0) story = (*next_id)++;
    assert_int_equal(px_story_join(e, story, 0, &v, day), PX_OK);
    px_vec_free(&v);
    free_doc(d);
    return story;
}

static const char *quake[] = {
    "earthquake Valmora town collapsed houses rescue teams magnitude quake injured hospital",
    "quake Valmora rescue teams searched collapsed houses magnitude tremor hospital injured",
    "Valmora earthquake aftershock rescue collapsed houses injured hospital governor",
};
static const char *budget[] = {
    "parliament budget vote finance minister Orlen taxes deficit spending bill",
    "finance minister Orlen budget deficit parliament vote spending taxes opposition",
};

/* px_story_observe_weigh gives the vector px_story_observe then
 * px_story_weigh give, bit for bit, and counts the document the same. */
static void test_observe_weigh_is_observe_then_weigh(void **state)
{
    (void)state;
    static const char *const docs[] = {
        "earthquake Valmora town collapsed houses rescue teams magnitude quake injured hospital",
        "quake Valmora rescue teams searched collapsed houses magnitude tremor hospital injured",
        "budget council vote Ostrel taxes schools roads council budget vote",
        "Valmora earthquake aftershock rescue collapsed houses injured hospital governor",
    };
    px_story_engine *a = NULL, *b = NULL;
    assert_int_equal(px_story_engine_new(NULL, NULL, &a), PX_OK);
    assert_int_equal(px_story_engine_new(NULL, NULL, &b), PX_OK);
    for (int round = 0; round < 3; round++)
        for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
            px_textdoc *d = make_doc(docs[i]);
            px_story_doc sd = {d, NULL, 100 + (int32_t)i};
            px_vec x, y;
            assert_int_equal(px_story_observe(a, &sd, &x), PX_OK);
            px_story_weigh(a, &x);
            assert_int_equal(px_story_observe_weigh(b, &sd, &y), PX_OK);
            assert_int_equal(x.n, y.n);
            assert_true(x.n > 0);
            assert_memory_equal(x.terms, y.terms, x.n * sizeof *x.terms);
            assert_int_equal(px_story_ndocs(a), px_story_ndocs(b));
            for (uint32_t k = 0; k < x.n; k++)
                assert_int_equal(px_story_df(a, px_tw_term(&x.terms[k])),
                                 px_story_df(b, px_tw_term(&x.terms[k])));
            px_vec_free(&x);
            px_vec_free(&y);
            free_doc(d);
        }
    px_story_engine_free(a);
    px_story_engine_free(b);
}

static void test_two_topics_two_stories(void **state)
{
    (void)state;
    px_story_engine *e;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    int64_t next = 1;
    int64_t a = file_doc(e, quake[0], 20000, &next);
    int64_t b = file_doc(e, budget[0], 20000, &next);
    assert_int_not_equal(a, b);
    assert_int_equal(file_doc(e, quake[1], 20001, &next), a);
    assert_int_equal(file_doc(e, budget[1], 20001, &next), b);
    assert_int_equal(file_doc(e, quake[2], 20002, &next), a);
    assert_int_equal(px_story_get(e, a)->n_members, 3);
    assert_int_equal(px_story_get(e, a)->first_day, 20000);
    assert_int_equal(px_story_get(e, a)->last_day, 20002);
    assert_int_equal(px_story_ndocs(e), 5);
    px_story_engine_free(e);
}

static void test_months_apart_needs_more(void **state)
{
    (void)state;
    /* the same kind of event in the same town half a year later, told with
     * partly different words, is another story; on the same day it joins */
    const char *later = "earthquake Valmora magnitude collapsed houses rescue museum damaged bridge closed";
    for (int apart = 0; apart < 2; apart++) {
        px_story_engine *e;
        assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
        int64_t next = 1;
        int64_t a = file_doc(e, quake[0], 20000, &next);
        file_doc(e, quake[1], 20000, &next);
        file_doc(e, budget[0], 20000, &next);
        int64_t c = file_doc(e, later, apart ? 20000 + 180 : 20000, &next);
        if (apart) assert_int_not_equal(c, a);
        else assert_int_equal(c, a);
        px_story_engine_free(e);
    }
}

static void test_undated_has_no_time_penalty(void **state)
{
    (void)state;
    px_story_engine *e;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    int64_t next = 1;
    int64_t a = file_doc(e, quake[0], INT32_MIN, &next);
    assert_int_equal(file_doc(e, quake[1], 25000, &next), a);
    px_story_engine_free(e);
}

static void test_restore_gives_same_answers(void **state)
{
    (void)state;
    px_story_engine *e, *r;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    assert_int_equal(px_story_engine_new(NULL, NULL, &r), PX_OK);
    int64_t next = 1;
    file_doc(e, quake[0], 20000, &next);
    file_doc(e, budget[0], 20000, &next);
    file_doc(e, quake[1], 20000, &next);
    /* copy the state through the blob codec, as the store does */
    for (int64_t id = 1; id < next; id++) {
        const px_story_state *s = px_story_get(e, id);
        unsigned char *blob;
        size_t len;
        assert_int_equal(px_vec_encode(&s->sum, &blob, &len), PX_OK);
        px_story_state copy = *s;
        assert_int_equal(px_vec_decode(blob, len, &copy.sum), PX_OK);
        unsigned char *mblob;
        size_t mlen;
        assert_int_equal(px_vecs_encode(s->members, s->n_vecs, &mblob, &mlen), PX_OK);
        assert_int_equal(px_vecs_decode(mblob, mlen, copy.members, PX_STORY_MEMBERS, &copy.n_vecs), PX_OK);
        assert_int_equal(copy.n_vecs, s->n_vecs);
        assert_int_equal(px_story_restore(r, &copy), PX_OK);
        px_vec_free(&copy.sum);
        for (uint32_t j = 0; j < copy.n_vecs; j++) px_vec_free(&copy.members[j]);
        free(blob);
        free(mblob);
    }
    px_textdoc *d = make_doc(quake[0]);
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        uint64_t h = d->tokens[i].stem_hash;
        assert_int_equal(px_story_set_df(r, h, px_story_df(e, h)), PX_OK);
    }
    free_doc(d);
    px_textdoc *d2 = make_doc(budget[0]);
    for (uint32_t i = 0; i < d2->n_tokens; i++) {
        uint64_t h = d2->tokens[i].stem_hash;
        assert_int_equal(px_story_set_df(r, h, px_story_df(e, h)), PX_OK);
    }
    free_doc(d2);
    px_story_set_ndocs(r, px_story_ndocs(e));
    int64_t n1 = next, n2 = next;
    assert_int_equal(file_doc(e, quake[2], 20001, &n1), file_doc(r, quake[2], 20001, &n2));
    assert_int_equal(file_doc(e, budget[1], 20001, &n1), file_doc(r, budget[1], 20001, &n2));
    px_story_engine_free(e);
    px_story_engine_free(r);
}

static uint64_t next_rand(uint64_t *st)
{
    *st ^= *st << 13;
    *st ^= *st >> 7;
    *st ^= *st << 17;
    return *st;
}

/* A random sorted vector of distinct terms: few distinct values so two
 * vectors share many, every top-two-bit class, term 0 now and then. */
static void random_vec(uint64_t *st, px_vec *v, uint32_t max)
{
    uint32_t n = (uint32_t)(next_rand(st) % (max + 1)), k = 0;
    v->terms = malloc((n ? n : 1) * sizeof *v->terms);
    uint64_t term = next_rand(st) % 4 == 0 ? 0 : next_rand(st) % 64;
    for (uint32_t i = 0; i < n; i++) {
        px_tw_set(&v->terms[k++], term, (float)(next_rand(st) % 1000) / 997.0f);
        term += 1 + next_rand(st) % 3;
        if (next_rand(st) % 50 == 0)   /* the next class, or the one after (a part missing) */
            term += (1ULL << 62) * (1 + next_rand(st) % 2) - term % (1ULL << 62);
        if (term < px_tw_term(&v->terms[k - 1])) break;                         /* wrapped */
    }
    v->n = k;
}

/* The hashed dot products equal a merge walk's, bit for bit, part by part. */
static void test_vec_table_matches_merge_walk(void **state)
{
    (void)state;
    uint64_t st = 42;
    for (int round = 0; round < 400; round++) {
        px_vec a, b;
        random_vec(&st, &a, round % 2 ? 40 : 700);     /* 700: past the inline slots */
        random_vec(&st, &b, 400);
        double want[3] = {0, 0, 0}, got[3];
        int want_has[3] = {0, 0, 0}, got_has[3];
        for (uint32_t i = 0, j = 0; i < a.n && j < b.n;) {
            uint64_t x = px_tw_term(&a.terms[i]), y = px_tw_term(&b.terms[j]);
            if (x < y) i++;
            else if (x > y) j++;
            else {
                int p = (int)(x >> 62);
                want[p > 2 ? 2 : p] += (double)a.terms[i++].weight * b.terms[j++].weight;
            }
        }
        for (uint32_t j = 0; j < b.n; j++) {
            uint64_t part = px_tw_term(&b.terms[j]) >> 62;
            want_has[part > 2 ? 2 : part] = 1;
        }
        px_vec_table t;
        assert_int_equal(px_vec_table_build(&t, &a), PX_OK);
        px_vec_table_dot(&t, &b, 62, 3, got, got_has);
        px_vec_table_free(&t);
        for (int p = 0; p < 3; p++) {
            assert_memory_equal(&got[p], &want[p], sizeof got[p]);
            assert_int_equal(got_has[p], want_has[p]);
        }
        px_vec_free(&a);
        px_vec_free(&b);
    }
}

/* Heaviest first, ties to the lower term: the order pruning keeps by. */
static int heavier_first(const void *x, const void *y)
{
    const px_term_weight *a = x, *b = y;
    if (a->weight != b->weight) return a->weight > b->weight ? -1 : 1;
    return px_tw_term(a) < px_tw_term(b) ? -1 : px_tw_term(a) > px_tw_term(b);
}

/* Pruning keeps the k heaviest terms, ties to the lower terms, whatever
 * the weights' magnitudes and signs (the selection reads their bits). */
static void test_prune_keeps_heaviest(void **state)
{
    (void)state;
    uint64_t st = 11;
    for (int round = 0; round < 3000; round++) {
        px_vec a, want;
        random_vec(&st, &a, round % 3 ? 80 : 900);
        int spread = (int)(next_rand(&st) % 60);      /* 0: one magnitude */
        for (uint32_t i = 0; i < a.n; i++) {
            uint64_t r = next_rand(&st);
            float w = (float)(r % 1024) / 1024.0f;
            if (spread) w = ldexpf(w, (int)(r >> 20) % (2 * spread + 1) - spread);
            if (r >> 40 & 1 && round % 5 == 0) w = -w;
            if ((r >> 41) % 16 == 0) w = 0;
            if (r >> 45 & 1 && i) w = a.terms[(r >> 50) % i].weight;   /* ties */
            a.terms[i].weight = w;
        }
        assert_int_equal(px_vec_copy(&a, &want), PX_OK);
        uint32_t k = (uint32_t)(next_rand(&st) % (a.n + 2));
        qsort(want.terms, want.n, sizeof *want.terms, heavier_first);
        if (want.n > k) want.n = k;
        px_vec_prune(&a, k, 0);
        px_vec_prune(&want, want.n, 0);              /* sorted by term, all kept */
        assert_int_equal(a.n, want.n);
        for (uint32_t i = 0; i < a.n; i++) {
            assert_true(px_tw_term(&a.terms[i]) == px_tw_term(&want.terms[i]));
            assert_memory_equal(&a.terms[i].weight, &want.terms[i].weight, sizeof(float));
        }
        px_vec_free(&a);
        px_vec_free(&want);
    }
}

/* Pruning keeps the same terms, bit for bit, whatever order they come in:
 * a document's counts are pruned unsorted, ties going to the lower terms. */
static void test_prune_any_order(void **state)
{
    (void)state;
    uint64_t st = 7;
    for (int round = 0; round < 300; round++) {
        px_vec a, b;
        random_vec(&st, &a, round % 2 ? 60 : 1500);  /* 1500: past the stack scratch */
        for (uint32_t i = 0; i < a.n; i++)            /* few weights: many ties */
            a.terms[i].weight = (float)(next_rand(&st) % 7) / 7.0f;
        assert_int_equal(px_vec_copy(&a, &b), PX_OK);
        for (uint32_t i = b.n; i > 1; i--) {          /* shuffle */
            uint32_t j = (uint32_t)(next_rand(&st) % i);
            px_term_weight x = b.terms[i - 1];
            b.terms[i - 1] = b.terms[j];
            b.terms[j] = x;
        }
        uint32_t k = (uint32_t)(next_rand(&st) % (a.n + 2));
        px_vec_prune(&a, k, round % 3 != 0);
        px_vec_prune(&b, k, round % 3 != 0);
        assert_int_equal(a.n, b.n);
        for (uint32_t i = 0; i < a.n; i++) {
            assert_true(px_tw_term(&a.terms[i]) == px_tw_term(&b.terms[i]));
            assert_memory_equal(&a.terms[i].weight, &b.terms[i].weight, sizeof(float));
        }
        px_vec_free(&a);
        px_vec_free(&b);
    }
}

static void test_vec_codec_rejects_corrupt(void **state)
{
    (void)state;
    px_term_weight t[3];
    px_tw_set(&t[0], 1, 0.5f);
    px_tw_set(&t[1], 2, 0.5f);
    px_tw_set(&t[2], 3, 0.70710678f);
    px_vec v = {t, 3}, out;
    unsigned char *blob;
    size_t len;
    assert_int_equal(px_vec_encode(&v, &blob, &len), PX_OK);
    assert_int_equal(len, 36);
    assert_int_equal(px_vec_decode(blob, len, &out), PX_OK);
    assert_true(fabs(px_vec_cosine(&v, &out) - 1.0) < 1e-5);
    px_vec_free(&out);
    assert_int_equal(px_vec_decode(blob, len - 1, &out), PX_CORRUPT);   /* torn */
    blob[0] = 9;                                                        /* unsorted */
    assert_int_equal(px_vec_decode(blob, len, &out), PX_CORRUPT);
    blob[0] = 1;
    memset(blob + 8, 0xFF, 4);                                          /* NaN */
    assert_int_equal(px_vec_decode(blob, len, &out), PX_CORRUPT);
    free(blob);
}

static void test_vecs_codec(void **state)
{
    (void)state;
    px_term_weight t1[2], t2[1];
    px_tw_set(&t1[0], 1, 0.6f);
    px_tw_set(&t1[1], 2, 0.8f);
    px_tw_set(&t2[0], 7, 1.0f);
    px_vec vs[2] = {{t1, 2}, {t2, 1}}, out[PX_STORY_MEMBERS];
    uint32_t n;
    unsigned char *blob;
    size_t len;
    assert_int_equal(px_vecs_encode(vs, 2, &blob, &len), PX_OK);
    assert_int_equal(len, 4 + 4 + 24 + 4 + 12);
    assert_int_equal(px_vecs_decode(blob, len, out, PX_STORY_MEMBERS, &n), PX_OK);
    assert_int_equal(n, 2);
    assert_true(fabs(px_vec_cosine(&vs[0], &out[0]) - 1.0) < 1e-6);
    assert_true(fabs(px_vec_cosine(&vs[1], &out[1]) - 1.0) < 1e-6);
    for (uint32_t j = 0; j < n; j++) px_vec_free(&out[j]);
    /* only max vectors are filled, the rest is skipped */
    assert_int_equal(px_vecs_decode(blob, len, out, 1, &n), PX_OK);
    assert_int_equal(n, 1);
    px_vec_free(&out[0]);
    /* an empty blob is a story saved before members were kept */
    assert_int_equal(px_vecs_decode(blob, 0, out, PX_STORY_MEMBERS, &n), PX_OK);
    assert_int_equal(n, 0);
    assert_int_equal(px_vecs_decode(blob, len - 1, out, PX_STORY_MEMBERS, &n), PX_CORRUPT);  /* torn */
    assert_int_equal(n, 0);
    blob[0] = 3;                                                 /* claims a third vector */
    assert_int_equal(px_vecs_decode(blob, len, out, PX_STORY_MEMBERS, &n), PX_CORRUPT);
    blob[0] = 2;
    blob[4] = 0xFF;                                              /* first vector too long */
    assert_int_equal(px_vecs_decode(blob, len, out, PX_STORY_MEMBERS, &n), PX_CORRUPT);
    assert_int_equal(n, 0);
    free(blob);
}

#define N_MIXED 7

/* File three events' reports, in turn, into a new engine, each one's story
 * into labels.  The query tags wrap on document wrap_at's query (none past
 * the end). */
static void file_mixed(int64_t labels[N_MIXED], size_t wrap_at)
{
    const char *mixed[N_MIXED] = {quake[0], budget[0], quake[1], budget[1], quake[2],
                                  "football club signs striker transfer fee season contract",
                                  "striker transfer football club fee contract signs"};
    px_story_engine *e;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    int64_t next = 1;
    for (size_t i = 0; i < N_MIXED; i++) {
        if (i == wrap_at) e->query = UINT32_MAX;
        labels[i] = file_doc(e, mixed[i], 20000, &next);
    }
    if (wrap_at < N_MIXED) assert_true(e->query <= N_MIXED);
    px_story_engine_free(e);
}

/* Same documents in the same order, twice: the same stories. */
static void test_same_order_same_stories(void **state)
{
    (void)state;
    int64_t labels[2][N_MIXED];
    for (int run = 0; run < 2; run++) file_mixed(labels[run], N_MIXED);
    for (size_t i = 0; i < N_MIXED; i++) assert_int_equal(labels[0][i], labels[1][i]);
    /* and the stories are the right ones */
    assert_int_equal(labels[0][0], labels[0][2]);
    assert_int_equal(labels[0][0], labels[0][4]);
    assert_int_equal(labels[0][1], labels[0][3]);
    assert_int_equal(labels[0][5], labels[0][6]);
    assert_int_not_equal(labels[0][0], labels[0][1]);
    assert_int_not_equal(labels[0][0], labels[0][5]);
}

/* The query tags that tell which stories a query reached wrap after 2^32
 * queries: across the wrap, the same stories as without it.  Document 2's
 * query wraps, and the quake story, which no query has reached yet, must
 * not pass for reached. */
static void test_query_tag_wraps(void **state)
{
    (void)state;
    int64_t plain[N_MIXED], wrapped[N_MIXED];
    file_mixed(plain, N_MIXED);
    file_mixed(wrapped, 2);
    for (size_t i = 0; i < N_MIXED; i++) assert_int_equal(plain[i], wrapped[i]);
}

/* Members are capped; a long story keeps PX_STORY_MEMBERS vectors. */
static void test_members_capped(void **state)
{
    (void)state;
    px_story_engine *e;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    int64_t next = 1, a = 0;
    for (int i = 0; i < 3 * PX_STORY_MEMBERS; i++) {
        int64_t s = file_doc(e, quake[i % 3], 20000, &next);
        if (i == 0) a = s;
        assert_int_equal(s, a);
    }
    const px_story_state *st = px_story_get(e, a);
    assert_int_equal(st->n_members, 3 * PX_STORY_MEMBERS);
    assert_int_equal(st->n_vecs, PX_STORY_MEMBERS);
    assert_true(st->centroid.n <= PX_VEC_STORY_TERMS);
    px_story_engine_free(e);
}

/* A word-only vector from (term, weight) pairs, sorted and normalised. */
static px_vec word_vec(const uint64_t *terms, const float *weights, uint32_t n)
{
    px_vec v = {malloc(n * sizeof *v.terms), n};
    for (uint32_t i = 0; i < n; i++) px_tw_set(&v.terms[i], terms[i], weights[i]);
    px_vec_prune(&v, n, 1);
    return v;
}

/* An article of one of a dozen topics: words of its topic and common
 * ones, unique, with random weights. */
static px_vec topic_vec(uint32_t *seed)
{
    uint64_t terms[20];
    float weights[20];
    uint32_t n = 0, topic = (*seed = *seed * 1103515245u + 12345u) >> 16 & 31;
    while (n < 20) {
        uint32_t r = (*seed = *seed * 1103515245u + 12345u) >> 8;
        uint64_t t = n < 14 ? 1 + topic * 8 + r % 30 : 1000 + r % 200;
        int dup = 0;
        for (uint32_t i = 0; i < n; i++) dup |= terms[i] == t;
        if (dup) continue;
        terms[n] = t;
        weights[n++] = 0.2f + (float)(r % 1000) / 1000.0f;
    }
    return word_vec(terms, weights, n);
}

/* Assigning without asking for the score skips the members of stories
 * that cannot matter: the same stories and bridges as with it. */
static void test_assign_without_score(void **state)
{
    (void)state;
    px_story_engine *e[2];
    for (int k = 0; k < 2; k++) assert_int_equal(px_story_engine_new(NULL, NULL, &e[k]), PX_OK);
    int64_t next = 1;
    uint32_t seed = 7;
    for (int i = 0; i < 600; i++) {
        px_vec v = topic_vec(&seed);
        int32_t day = 20000 + i / 20 + (int32_t)(seed >> 20 & 15);
        int64_t story[2], bridged[2];
        double sim;
        for (int k = 0; k < 2; k++)
            assert_int_equal(px_story_assign(e[k], &v, day, &story[k], k ? NULL : &sim, &bridged[k]),
                             PX_OK);
        assert_int_equal(story[0], story[1]);
        assert_int_equal(bridged[0], bridged[1]);
        int64_t id = story[0] ? story[0] : next++;
        for (int k = 0; k < 2; k++) {
            assert_int_equal(px_story_join(e[k], id, i + 1, &v, day), PX_OK);
            if (bridged[k])
                assert_int_equal(px_story_merge(e[k], id < bridged[k] ? id : bridged[k],
                                                id < bridged[k] ? bridged[k] : id), PX_OK);
        }
        px_vec_free(&v);
    }
    assert_true(next > 16);    /* many stories: most articles have rivals */
    for (int k = 0; k < 2; k++) px_story_engine_free(e[k]);
}

/* Two close stories kept apart (filed by hand here); an article that
 * belongs in both bridges them, and merging leaves one story with both
 * histories that later articles of either find. */
static void test_bridge_merges(void **state)
{
    (void)state;
    px_story_engine *e;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    uint64_t t1[] = {10, 20}, t2[] = {10, 30}, t3[] = {10}, t4[] = {40, 50};
    float w[] = {0.8f, 0.6f}, one[] = {1.0f};
    px_vec a = word_vec(t1, w, 2), b = word_vec(t2, w, 2), bridge = word_vec(t3, one, 1);
    px_vec other = word_vec(t4, w, 2);
    assert_int_equal(px_story_join(e, 1, 0, &a, 20000), PX_OK);
    assert_int_equal(px_story_join(e, 2, 0, &b, 20003), PX_OK);
    assert_int_equal(px_story_join(e, 3, 0, &other, 20001), PX_OK);
    int64_t story, bridged;
    double sim;
    assert_int_equal(px_story_assign(e, &bridge, 20001, &story, &sim, &bridged), PX_OK);
    assert_int_equal(story, 1);          /* a tie: the lower id */
    assert_int_equal(bridged, 2);
    /* an article of one story only bridges nothing */
    assert_int_equal(px_story_assign(e, &other, 20001, &story, &sim, &bridged), PX_OK);
    assert_int_equal(story, 3);
    assert_int_equal(bridged, 0);
    assert_int_equal(px_story_merge(e, 1, 2), PX_OK);
    assert_null(px_story_get(e, 2));
    const px_story_state *s = px_story_get(e, 1);
    assert_non_null(s);
    assert_int_equal(s->n_members, 2);
    assert_int_equal(s->first_day, 20000);
    assert_int_equal(s->last_day, 20003);
    assert_int_equal(s->n_vecs, 2);
    assert_int_equal(px_story_assign(e, &b, 20004, &story, &sim, &bridged), PX_OK);
    assert_int_equal(story, 1);
    assert_int_equal(bridged, 0);
    assert_int_equal(px_story_merge(e, 1, 2), PX_INVALID);   /* gone already */
    assert_int_equal(px_story_merge(e, 1, 1), PX_INVALID);
    px_vec_free(&a);
    px_vec_free(&b);
    px_vec_free(&bridge);
    px_vec_free(&other);
    px_story_engine_free(e);
}

/* Hand-made articles of two fires told alike (shared words 10, 11) with
 * their own names: a (7 reports: 20, 21 and one of its own) and b (6: 30,
 * 31 and one of its own).  Filed into one story by hand, as an engine
 * whose join threshold let them together would. */
static px_vec fire_vec(int which, uint32_t i)
{
    uint64_t t[] = {10, 11, which ? 30 : 20, which ? 31 : 21, (which ? 300 : 200) + i};
    float w[] = {0.3f, 0.3f, 0.6f, 0.6f, 0.4f};
    return word_vec(t, w, 5);
}

/* File reports alternately a, b, a, ... (n_a of a, n_b of b), key k for
 * the k-th, and return the moved keys of the split that follows. */
static uint32_t file_fires(px_story_engine *e, uint32_t n_a, uint32_t n_b, int64_t *moved)
{
    uint32_t ia = 0, ib = 0;
    for (int64_t key = 1; ia < n_a || ib < n_b; key++) {
        int which = ia >= n_a || (ib < n_b && key % 2 == 0);
        px_vec v = fire_vec(which, which ? ib++ : ia++);
        assert_int_equal(px_story_join(e, 1, key, &v, 20000 + (int32_t)key), PX_OK);
        px_vec_free(&v);
    }
    uint32_t n = 0;
    if (px_story_should_split(e, 1)) assert_int_equal(px_story_split(e, 1, 2, moved, &n), PX_OK);
    return n;
}

/* A young story holding two events splits: the smaller side (b, the even
 * keys) leaves with its days, later articles find the story of their own
 * event, and the same order gives the same split. */
static void test_story_splits(void **state)
{
    (void)state;
    px_story_engine *e, *again;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    int64_t moved[PX_STORY_SAMPLE], moved2[PX_STORY_SAMPLE];
    uint32_t n = file_fires(e, 7, 6, moved);
    assert_int_equal(n, 6);
    for (uint32_t i = 0; i < n; i++) assert_int_equal(moved[i] % 2, 0);
    const px_story_state *a = px_story_get(e, 1), *b = px_story_get(e, 2);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(a->n_members, 7);
    assert_int_equal(b->n_members, 6);
    assert_int_equal(b->first_day, 20002);
    assert_int_equal(b->last_day, 20012);
    assert_int_equal(b->n_sample, 6);       /* still young: it may split again */
    assert_false(px_story_should_split(e, 1));
    assert_false(px_story_should_split(e, 2));
    int64_t story, bridged;
    double sim;
    px_vec later_b = fire_vec(1, 99), later_a = fire_vec(0, 99);
    assert_int_equal(px_story_assign(e, &later_b, 20014, &story, &sim, &bridged), PX_OK);
    assert_int_equal(story, 2);
    assert_int_equal(px_story_assign(e, &later_a, 20014, &story, &sim, &bridged), PX_OK);
    assert_int_equal(story, 1);
    /* the same order, the same split */
    assert_int_equal(px_story_engine_new(NULL, NULL, &again), PX_OK);
    assert_int_equal(file_fires(again, 7, 6, moved2), n);
    assert_memory_equal(moved, moved2, n * sizeof *moved);
    const px_story_state *b2 = px_story_get(again, 2);
    assert_int_equal(b2->centroid.n, b->centroid.n);
    assert_memory_equal(b2->centroid.terms, b->centroid.terms, b->centroid.n * sizeof *b->centroid.terms);
    /* splitting into an id in use, or a story that should not split */
    assert_int_equal(px_story_split(e, 1, 2, moved, &n), PX_INVALID);
    assert_int_equal(px_story_split(e, 1, 3, moved, &n), PX_OK);
    assert_int_equal(n, 0);
    assert_null(px_story_get(e, 3));
    /* merged back (by hand: no article would bridge them), the story is
     * whole and young again and splits again; 2 is a shell, not reusable */
    assert_int_equal(px_story_merge(e, 1, 2), PX_OK);
    assert_int_equal(px_story_get(e, 1)->n_sample, 13);
    assert_int_equal(px_story_split(e, 1, 2, moved, &n), PX_INVALID);
    assert_int_equal(px_story_split(e, 1, 3, moved, &n), PX_OK);
    assert_int_equal(n, 6);
    px_vec_free(&later_a);
    px_vec_free(&later_b);
    px_story_engine_free(again);
    px_story_engine_free(e);
}

/* What must not split: one event however it is filed, two events with a
 * side below split_min, and a story past the sample (settled: its sample
 * is gone). */
static void test_story_no_split(void **state)
{
    (void)state;
    px_story_engine *e;
    int64_t moved[PX_STORY_SAMPLE];
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    assert_int_equal(file_fires(e, 12, 0, moved), 0);
    px_story_engine_free(e);
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    assert_int_equal(file_fires(e, 8, 4, moved), 0);
    px_story_engine_free(e);
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    assert_int_equal(file_fires(e, 13, 4, moved), 0);   /* 17 members */
    assert_int_equal(px_story_get(e, 1)->n_sample, 0);
    px_vec v = fire_vec(1, 50);                          /* b would now have 5 */
    assert_int_equal(px_story_join(e, 1, 18, &v, 20018), PX_OK);
    assert_false(px_story_should_split(e, 1));
    px_vec_free(&v);
    px_story_engine_free(e);
    px_story_params p;
    px_story_params_default(&p);
    p.split = 0;                                         /* off */
    assert_int_equal(px_story_engine_new(NULL, &p, &e), PX_OK);
    assert_int_equal(file_fires(e, 7, 6, moved), 0);
    assert_int_equal(px_story_get(e, 1)->n_sample, 0);
    px_story_engine_free(e);
}

/* A restored young story keeps its sample (keys and days too) and splits
 * as the original would. */
static void test_sample_restored(void **state)
{
    (void)state;
    px_story_engine *e, *copy;
    assert_int_equal(px_story_engine_new(NULL, NULL, &e), PX_OK);
    int64_t moved[PX_STORY_SAMPLE];
    assert_int_equal(file_fires(e, 7, 4, moved), 0);     /* b one short */
    const px_story_state *s = px_story_get(e, 1);
    assert_int_equal(s->n_sample, 11);
    /* through the blobs the store keeps */
    unsigned char *vb, *kb;
    size_t vlen, klen;
    px_vec vecs[PX_STORY_SAMPLE];
    for (uint32_t i = 0; i < s->n_sample; i++) vecs[i] = s->sample[i].vec;
    assert_int_equal(px_vecs_encode(vecs, s->n_sample, &vb, &vlen), PX_OK);
    assert_int_equal(px_sample_keys_encode(s->sample, s->n_sample, &kb, &klen), PX_OK);
    px_story_member m[PX_STORY_SAMPLE];
    uint32_t nv, nk;
    assert_int_equal(px_vecs_decode(vb, vlen, vecs, PX_STORY_SAMPLE, &nv), PX_OK);
    assert_int_equal(px_sample_keys_decode(kb, klen, m, PX_STORY_SAMPLE, &nk), PX_OK);
    assert_int_equal(px_sample_keys_decode(kb, klen - 1, m, PX_STORY_SAMPLE, &nk), PX_CORRUPT);
    assert_int_equal(px_sample_keys_decode(kb, klen, m, PX_STORY_SAMPLE, &nk), PX_OK);
    assert_int_equal(nv, 11);
    assert_int_equal(nk, 11);
    for (uint32_t i = 0; i < nv; i++) m[i].vec = vecs[i];
    px_story_state st = *s;
    st.sample = m;
    st.n_sample = nv;
    st.active_day = INT32_MIN;
    assert_int_equal(px_story_engine_new(NULL, NULL, &copy), PX_OK);
    assert_int_equal(px_story_restore(copy, &st), PX_OK);
    assert_int_equal(px_story_get(copy, 1)->n_sample, 11);
    assert_int_equal(px_story_get(copy, 1)->sample[10].key, 11);
    assert_int_equal(px_story_get(copy, 1)->sample[10].day, 20011);
    px_vec b = fire_vec(1, 77);
    assert_int_equal(px_story_join(e, 1, 12, &b, 20012), PX_OK);
    assert_int_equal(px_story_join(copy, 1, 12, &b, 20012), PX_OK);
    int64_t m1[PX_STORY_SAMPLE], m2[PX_STORY_SAMPLE];
    uint32_t n1, n2;
    assert_int_equal(px_story_split(e, 1, 2, m1, &n1), PX_OK);
    assert_int_equal(px_story_split(copy, 1, 2, m2, &n2), PX_OK);
    assert_int_equal(n1, 5);
    assert_int_equal(n2, 5);
    assert_memory_equal(m1, m2, n1 * sizeof *m1);
    for (uint32_t i = 0; i < nv; i++) px_vec_free(&vecs[i]);
    free(vb);
    free(kb);
    px_vec_free(&b);
    px_story_engine_free(copy);
    px_story_engine_free(e);
}

/* Stories idle longer than the window leave memory; active ones stay and
 * are still found; the clock moves a day per article at most; rare terms
 * not seen for the window are forgotten. */
static void test_window_evicts_idle(void **state)
{
    (void)state;
    px_story_params p;
    px_story_params_default(&p);
    p.window_days = 10;
    px_story_engine *e;
    assert_int_equal(px_story_engine_new(NULL, &p, &e), PX_OK);
    uint64_t t1[] = {10, 20}, t2[] = {30, 40};
    float w[] = {0.8f, 0.6f};
    px_vec a = word_vec(t1, w, 2), b = word_vec(t2, w, 2);
    assert_int_equal(px_story_set_df(e, 777, 1), PX_OK);   /* a rare term */
    assert_int_equal(px_story_set_df(e, 888, 5), PX_OK);   /* a common one */
    assert_int_equal(px_story_join(e, 1, 0, &a, 20000), PX_OK);
    assert_int_equal(px_story_join(e, 2, 0, &b, 20000), PX_OK);
    assert_int_equal(px_story_clock(e), 20000);
    /* a misdated article moves the clock by one day only */
    assert_int_equal(px_story_join(e, 2, 0, &b, 29999), PX_OK);
    assert_int_equal(px_story_clock(e), 20001);
    for (int32_t d = 20002; d <= 20030; d++) assert_int_equal(px_story_join(e, 2, 0, &b, d), PX_OK);
    assert_int_equal(px_story_clock(e), 20030);
    assert_null(px_story_get(e, 1));
    assert_non_null(px_story_get(e, 2));
    assert_int_equal(px_story_count(e), 1);
    /* rare terms unseen for the window are forgotten, common ones kept */
    assert_int_equal(px_story_df(e, 777), 0);
    assert_int_equal(px_story_df(e, 888), 5);
    int64_t story, bridged;
    double sim;
    assert_int_equal(px_story_assign(e, &a, 20030, &story, &sim, &bridged), PX_OK);
    assert_int_equal(story, 0);           /* story 1 cannot be joined any more */
    assert_int_equal(px_story_assign(e, &b, 20030, &story, &sim, &bridged), PX_OK);
    assert_int_equal(story, 2);
    px_vec_free(&a);
    px_vec_free(&b);
    px_story_engine_free(e);
}

static void test_params_parse(void **state)
{
    (void)state;
    px_story_params p;
    px_story_params_default(&p);
    assert_int_equal(px_story_params_parse(&p, "join=0.5,top_members=3"), PX_OK);
    assert_true(fabs(p.join - 0.5) < 1e-12);
    assert_int_equal(p.top_members, 3);
    assert_int_equal(px_story_params_parse(&p, "nosuch=1"), PX_INVALID);
    assert_int_equal(px_story_params_parse(&p, "join=x"), PX_INVALID);
    assert_int_equal(px_story_params_parse(&p, "top_members=99"), PX_INVALID);
}

static void test_iso_day(void **state)
{
    (void)state;
    assert_int_equal(px_iso_day("1970-01-01"), 0);
    assert_int_equal(px_iso_day("2024-06-18T23:48:00+08:00"), 19892);
    assert_int_equal(px_iso_day("2024-02-29") + 1, px_iso_day("2024-03-01"));
    assert_int_equal(px_iso_day("2024-13-01"), INT32_MIN);
    assert_int_equal(px_iso_day("June 2024"), INT32_MIN);
    assert_int_equal(px_iso_day(NULL), INT32_MIN);
    assert_int_equal(px_iso_day("2024-06"), INT32_MIN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_observe_weigh_is_observe_then_weigh),
        cmocka_unit_test(test_two_topics_two_stories),
        cmocka_unit_test(test_months_apart_needs_more),
        cmocka_unit_test(test_undated_has_no_time_penalty),
        cmocka_unit_test(test_restore_gives_same_answers),
        cmocka_unit_test(test_vec_codec_rejects_corrupt),
        cmocka_unit_test(test_iso_day),
        cmocka_unit_test(test_vecs_codec),
        cmocka_unit_test(test_vec_table_matches_merge_walk),
        cmocka_unit_test(test_prune_any_order),
        cmocka_unit_test(test_prune_keeps_heaviest),
        cmocka_unit_test(test_same_order_same_stories),
        cmocka_unit_test(test_query_tag_wraps),
        cmocka_unit_test(test_members_capped),
        cmocka_unit_test(test_params_parse),
        cmocka_unit_test(test_bridge_merges),
        cmocka_unit_test(test_assign_without_score),
        cmocka_unit_test(test_window_evicts_idle),
        cmocka_unit_test(test_story_splits),
        cmocka_unit_test(test_story_no_split),
        cmocka_unit_test(test_sample_restored),
    };
    return cmocka_run_group_tests_name("story", tests, NULL, NULL);
}
