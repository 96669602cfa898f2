/*
 * scale.c - sketches + LSH banding for a million generated documents on
 * one core: documents per second, peak RSS, and the recall of the LSH
 * candidates against exact Jaccard (of the 5-gram shingle sets the
 * sketch samples) on a sample of planted near-duplicate pairs.
 *
 *   scale [--quick] [-n DOCS]
 *
 * Documents are word-id sequences (log-uniform over a 50,000-word
 * vocabulary, the 100 commonest ids marked function words), built
 * straight into px_textdoc tokens: the bench measures the reuse stage,
 * not text analysis.  One document in ten is a copy of an earlier one
 * with 0-60% of its tokens replaced, so pair Jaccards spread over 0..1.
 * The LSH is the store's: 16 bands of 4 minhash rows (src/store/add.c).
 * Baseline in the same run: one pass that only hashes the tokens
 * (rx_text_hash), so the docs/s ratio says what sketching costs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "reuse/reuse_internal.h"

#define VOCAB 50000
#define BANDS 16
#define ROWS (PX_MINHASH_K / BANDS)
#define CHAIN_MAX 64

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t rnd(uint64_t *s)
{
    *s += 0x9E3779B97F4A7C15ULL;
    return rx_mix(*s);
}

static uint32_t word(uint64_t *s)
{
    /* log-uniform id: frequency ~ 1/rank */
    double u = (double)(rnd(s) >> 11) / 9007199254740992.0;
    uint32_t id = (uint32_t)__builtin_exp(u * __builtin_log((double)VOCAB));
    return id ? id - 1 : 0;
}

/* Which earlier document doc i copies (or -1), and how much it edits. */
static long source_of(long i, double *edit)
{
    uint64_t s = (uint64_t)i * 7919 + 1;
    uint64_t r = rnd(&s);
    if (i < 1000 || r % 10) return -1;
    *edit = (double)(rnd(&s) % 61) / 100;
    return i - 1 - (long)(rnd(&s) % 1000);
}

static uint32_t gen_ids(long i, uint32_t *ids)
{
    double edit = 0;
    long src = source_of(i, &edit);
    if (src >= 0) {
        uint32_t n = gen_ids(src, ids);
        uint64_t s = (uint64_t)i * 104729 + 5;
        for (uint32_t k = 0; k < n; k++)
            if ((double)(rnd(&s) % 10000) / 10000 < edit) ids[k] = word(&s);
        return n;
    }
    uint64_t s = (uint64_t)i * 104729 + 3;
    uint32_t n = 200 + (uint32_t)(rnd(&s) % 200);
    for (uint32_t k = 0; k < n; k++) ids[k] = word(&s);
    return n;
}

static void fill_doc(px_textdoc *d, px_token *tok, const uint32_t *ids, uint32_t n)
{
    memset(d, 0, sizeof *d);
    for (uint32_t k = 0; k < n; k++) {
        memset(&tok[k], 0, sizeof tok[k]);
        tok[k].flags = PX_TOK_WORD | (ids[k] < 100 ? PX_TOK_STOP : 0);
        tok[k].stem = "xx";   /* content words need a 2+ letter stem */
        tok[k].stem_hash = rx_mix(ids[k] + 1);
    }
    d->tokens = tok;
    d->n_tokens = n;
}

static int cmp64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static size_t shingles(const uint32_t *ids, uint32_t n, uint64_t *out)
{
    size_t m = 0;
    for (uint32_t k = 4; k < n; k++) {
        uint64_t h = 0;
        for (uint32_t j = k - 4; j <= k; j++) h = rx_chain(h, rx_mix(ids[j] + 1));
        out[m++] = h;
    }
    qsort(out, m, sizeof *out, cmp64);
    size_t u = 0;
    for (size_t k = 0; k < m; k++) if (!u || out[k] != out[u - 1]) out[u++] = out[k];
    return u;
}

static double exact_jaccard(long a, long b)
{
    static uint32_t ia[1024], ib[1024];
    static uint64_t sa[1024], sb[1024];
    size_t na = shingles(ia, gen_ids(a, ia), sa), nb = shingles(ib, gen_ids(b, ib), sb);
    size_t same = 0;
    for (size_t i = 0, j = 0; i < na && j < nb;) {
        if (sa[i] < sb[j]) i++;
        else if (sa[i] > sb[j]) j++;
        else { same++; i++; j++; }
    }
    return na + nb - same ? (double)same / (na + nb - same) : 0;
}

int main(int argc, char **argv)
{
    long n = 1000000;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--quick")) n = 100000;
        else if (!strcmp(argv[i], "-n") && i + 1 < argc) n = atol(argv[++i]);
    }
    uint32_t *ids = malloc(1024 * sizeof *ids);
    px_token *tok = malloc(1024 * sizeof *tok);
    px_textdoc doc;

    /* baseline: token hashing only, on the first 10% */
    long nb = n / 10;
    double t_gen = 0, t0, t_base = 0;
    uint64_t sink = 0;
    for (long i = 0; i < nb; i++) {
        uint32_t m = gen_ids(i, ids);
        fill_doc(&doc, tok, ids, m);
        t0 = now();
        sink ^= rx_text_hash(&doc);
        t_base += now() - t0;
    }

    /* LSH index: per (doc, band) a 32-bit band hash and a chain link;
     * buckets hold the newest (doc, band) for a hash */
    size_t nbuckets = 1;
    while (nbuckets < (size_t)n * 4) nbuckets <<= 1;
    uint32_t *bhash = malloc((size_t)n * BANDS * sizeof *bhash);
    uint32_t *next = malloc((size_t)n * BANDS * sizeof *next);
    uint32_t *bucket = malloc(nbuckets * sizeof *bucket);
    unsigned char *found = calloc((size_t)n, 1);   /* planted source found */
    if (!bhash || !next || !bucket || !found) { fprintf(stderr, "scale: out of memory\n"); return 2; }
    memset(bucket, 0xff, nbuckets * sizeof *bucket);
    double t_sk = 0;
    uint64_t cands = 0;
    for (long i = 0; i < n; i++) {
        double t1 = now();
        uint32_t m = gen_ids(i, ids);
        fill_doc(&doc, tok, ids, m);
        t_gen += now() - t1;
        t0 = now();
        px_sketch sk;
        if (px_sketch_compute(&doc, &sk) != PX_OK) { fprintf(stderr, "scale: sketch failed\n"); return 2; }
        double edit;
        long src = source_of(i, &edit);
        for (int b = 0; b < BANDS; b++) {
            uint64_t h = px_hash64(&sk.minhash[b * ROWS], ROWS * sizeof(uint32_t));
            uint32_t h32 = (uint32_t)h;
            size_t slot = (size_t)rx_mix(h ^ (uint64_t)b << 60) & (nbuckets - 1);
            int walk = 0;
            for (uint32_t e = bucket[slot]; e != UINT32_MAX && walk < CHAIN_MAX; e = next[e], walk++) {
                if (bhash[e] != h32 || (int)(e % BANDS) != b) continue;
                cands++;
                if ((long)(e / BANDS) == src) found[i] = 1;
            }
            size_t me = (size_t)i * BANDS + (size_t)b;
            bhash[me] = h32;
            next[me] = bucket[slot];
            bucket[slot] = (uint32_t)me;
        }
        px_sketch_free(&sk);
        t_sk += now() - t0;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("documents %ld (avg ~300 tokens), LSH %d bands x %d rows\n", n, BANDS, ROWS);
    printf("sketch+LSH: %.0f docs/s/core (%.2f s; generation %.2f s not counted)\n",
           n / t_sk, t_sk, t_gen);
    printf("baseline token-hash pass: %.0f docs/s; sketch+LSH costs %.1fx the baseline\n",
           nb / t_base, (t_sk / n) / (t_base / nb));
    printf("candidate pairs from LSH: %llu (%.2f per doc)\n", (unsigned long long)cands, (double)cands / n);
    printf("peak RSS %.0f MB\n", ru.ru_maxrss / 1024.0);

    /* recall against exact Jaccard on planted pairs */
    long hit5 = 0, all5 = 0, hit8 = 0, all8 = 0, sampled = 0;
    for (long i = 0; i < n && sampled < 20000; i++) {
        double edit;
        long src = source_of(i, &edit);
        if (src < 0) continue;
        sampled++;
        double j = exact_jaccard(src, i);
        if (j >= 0.5) { all5++; hit5 += found[i]; }
        if (j >= 0.8) { all8++; hit8 += found[i]; }
    }
    printf("LSH recall vs exact Jaccard (%ld sampled pairs): J>=0.5 %.4f (%ld pairs), J>=0.8 %.4f (%ld pairs)\n",
           sampled, all5 ? (double)hit5 / all5 : 0, all5, all8 ? (double)hit8 / all8 : 0, all8);
    free(ids); free(tok); free(bhash); free(next); free(bucket); free(found);
    return sink == 42;   /* keeps the baseline from being optimised away */
}
