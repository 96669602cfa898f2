/*
 * edits.c - recall and precision of the reuse stage on derived copies
 * with controlled edits, against decoys.
 *
 *   edits [--quick] EXTRACT_DEV_DIR WORDNET_DIR
 *
 * Sources: the English pages of the extraction dev set, extracted with
 * px_extract and analysed with px_analyze (>= 8 sentences).  Each source
 * gets derived copies, one per edit level: truncation to the first half,
 * deletion of a third of the paragraphs, paragraph reordering, 10/20/30/40%
 * of content words swapped for a WordNet synonym (first synset of the
 * word that has a one-word synonym; WordNet's data.* files parsed here),
 * and inserted boilerplate paragraphs.  Decoys: for each source, the 3
 * other sources sharing most content vocabulary (closest topic the set
 * offers).  A pair is linked when the sketches make it a candidate
 * (px_sketch_candidate) and px_reuse_compare says anything but NONE.
 * Recall: derived copies linked to their source.  Precision: links to the
 * source over all links (source + decoys).  Baseline in the same run:
 * the sketch's 5-gram Jaccard estimate alone at >= 0.5.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "reuse/reuse_internal.h"
#include "util/map.h"

#define MAX_SRC 400
#define N_DECOYS 3

/* ---- WordNet: word -> first synset with another one-word member ---- */
typedef struct wordnet {
    px_map first;        /* word hash -> synset index + 1 */
    char **words;        /* all member words */
    uint32_t *start;     /* synset -> first word; start[n] = total */
    uint32_t n, cap, nw, wcap;
} wordnet;

static void wn_load(wordnet *wn, const char *dir)
{
    static const char *const files[] = {"data.noun", "data.verb", "data.adj", "data.adv"};
    memset(wn, 0, sizeof *wn);
    wn->cap = 1 << 18;
    wn->wcap = 1 << 19;
    wn->start = malloc((wn->cap + 1) * sizeof *wn->start);
    wn->words = malloc(wn->wcap * sizeof *wn->words);
    char path[4096], *line = NULL;
    size_t lcap = 0;
    for (int f = 0; f < 4; f++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[f]);
        FILE *fp = fopen(path, "r");
        if (!fp) continue;
        while (getline(&line, &lcap, fp) > 0) {
            if (line[0] == ' ') continue;    /* licence header */
            char *save, *tok = strtok_r(line, " ", &save);
            for (int k = 0; k < 3 && tok; k++) tok = strtok_r(NULL, " ", &save);
            if (!tok) continue;
            unsigned cnt = (unsigned)strtoul(tok, NULL, 16);
            uint32_t s0 = wn->nw;
            for (unsigned k = 0; k < cnt; k++) {
                char *w = strtok_r(NULL, " ", &save);
                char *lex = strtok_r(NULL, " ", &save);
                if (!w || !lex) break;
                char *paren = strchr(w, '(');
                if (paren) *paren = 0;       /* adjective markers: "big(a)" */
                if (strchr(w, '_') || strchr(w, '-') || !islower((unsigned char)w[0])) continue;
                if (wn->nw == wn->wcap) wn->words = realloc(wn->words, (wn->wcap *= 2) * sizeof *wn->words);
                wn->words[wn->nw++] = strdup(w);
            }
            if (wn->nw - s0 < 2) {          /* nothing to swap with */
                while (wn->nw > s0) free(wn->words[--wn->nw]);
                continue;
            }
            if (wn->n == wn->cap) wn->start = realloc(wn->start, ((wn->cap *= 2) + 1) * sizeof *wn->start);
            wn->start[wn->n] = s0;
            for (uint32_t k = s0; k < wn->nw; k++)
                px_map_put(&wn->first, px_hash64(wn->words[k], strlen(wn->words[k])), wn->n + 1);
            wn->n++;
        }
        fclose(fp);
    }
    free(line);
    wn->start[wn->n] = wn->nw;
}

/* A synonym of lower-case w other than w, or NULL. */
static const char *wn_synonym(const wordnet *wn, const char *w, uint64_t r)
{
    const uint64_t *v = px_map_get(&wn->first, px_hash64(w, strlen(w)));
    if (!v) return NULL;
    uint32_t s = *v - 1, b = wn->start[s], e = wn->start[s + 1];
    for (uint32_t k = 0; k < e - b; k++) {
        const char *c = wn->words[b + (r + k) % (e - b)];
        if (strcmp(c, w) != 0) return c;
    }
    return NULL;
}

/* ---- sources ---- */
typedef struct source {
    char *name, *text;
    px_textdoc *doc;
    px_sketch sk;
    int decoy[N_DECOYS];
} source;

static char *gunzip_file(const char *path, size_t *len)
{
    gzFile g = gzopen(path, "rb");
    if (!g) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int r;
    while ((r = gzread(g, buf + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)r;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    gzclose(g);
    *len = n;
    return buf;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static uint64_t rng(uint64_t *s)
{
    *s += 0x9E3779B97F4A7C15ULL;
    return rx_mix(*s);
}

/* ---- edits on the text: paragraphs are separated by "\n\n" ---- */
typedef struct paras { char **p; size_t n; } paras;

static paras split_paras(const char *t)
{
    paras ps = {malloc(4096 * sizeof(char *)), 0};
    const char *s = t;
    while (*s && ps.n < 4096) {
        const char *e = strstr(s, "\n\n");
        size_t len = e ? (size_t)(e - s) : strlen(s);
        if (len) ps.p[ps.n++] = strndup(s, len);
        if (!e) break;
        s = e + 2;
    }
    return ps;
}

static char *join(char **p, size_t n)
{
    size_t len = 1;
    for (size_t i = 0; i < n; i++) len += strlen(p[i]) + 2;
    char *out = malloc(len), *o = out;
    for (size_t i = 0; i < n; i++) o += sprintf(o, "%s%s", i ? "\n\n" : "", p[i]);
    *o = 0;
    return out;
}

static const char *const boilerplate[] = {
    "Sign up for our daily newsletter and never miss the stories that matter to you. Follow us on social media for the latest updates.",
    "Advertisement. Continue reading below. Our journalism depends on readers like you: subscribe today and get unlimited access.",
    "Copyright notice: this content is provided for informational purposes only. All rights reserved. Terms of use and privacy policy apply.",
};

enum { E_TRUNC, E_DEL, E_REORDER, E_SYN10, E_SYN20, E_SYN30, E_SYN40, E_BOILER, E_N };
static const char *const level_name[E_N] = {
    "truncate-50%", "delete-1/3-paras", "reorder-paras", "synonyms-10%",
    "synonyms-20%", "synonyms-30%", "synonyms-40%", "boilerplate"};

static char *swap_words(const char *t, double share, const wordnet *wn, uint64_t seed)
{
    size_t n = strlen(t);
    char *out = malloc(n * 3 + 64), *o = out;
    uint64_t s = seed;
    const char *p = t;
    while (*p) {
        if (!isalpha((unsigned char)*p)) { *o++ = *p++; continue; }
        const char *b = p;
        while (isalpha((unsigned char)*p)) p++;
        size_t len = (size_t)(p - b);
        char w[64];
        const char *syn = NULL;
        if (len < sizeof w && !((unsigned char)*p & 0x80)) {
            for (size_t k = 0; k < len; k++) w[k] = (char)tolower((unsigned char)b[k]);
            w[len] = 0;
            /* content words only; the draw is per content word, so the
             * share is of all content words (some have no synonym) */
            if (len > 2 && !px_is_stopword("en", w)) {
                uint64_t r = rng(&s);
                if ((double)(r % 10000) / 10000 < share) syn = wn_synonym(wn, w, r >> 32);
            }
        }
        if (syn) {
            size_t sl = strlen(syn);
            memcpy(o, syn, sl);
            if (isupper((unsigned char)b[0])) o[0] = (char)toupper((unsigned char)o[0]);
            o += sl;
        } else {
            memcpy(o, b, len);
            o += len;
        }
    }
    *o = 0;
    return out;
}

static char *derive(const char *t, int level, const wordnet *wn, uint64_t seed)
{
    paras ps = split_paras(t);
    char *out = NULL;
    uint64_t s = seed;
    switch (level) {
    case E_TRUNC: out = join(ps.p, (ps.n + 1) / 2); break;
    case E_DEL: {
        char **keep = malloc((ps.n + 1) * sizeof *keep);
        size_t k = 0;
        for (size_t i = 0; i < ps.n; i++) if (i % 3 != 1) keep[k++] = ps.p[i];
        out = join(keep, k);
        free(keep);
        break;
    }
    case E_REORDER: {
        char **v = malloc((ps.n + 1) * sizeof *v);
        memcpy(v, ps.p, ps.n * sizeof *v);
        for (size_t i = ps.n; i > 1; i--) {
            size_t j = rng(&s) % i;
            char *x = v[i - 1]; v[i - 1] = v[j]; v[j] = x;
        }
        out = join(v, ps.n);
        free(v);
        break;
    }
    case E_BOILER: {
        char **v = malloc((ps.n + 3) * sizeof *v);
        size_t k = 0;
        v[k++] = (char *)boilerplate[0];
        for (size_t i = 0; i < ps.n; i++) {
            v[k++] = ps.p[i];
            if (i == ps.n / 2) v[k++] = (char *)boilerplate[1];
        }
        v[k++] = (char *)boilerplate[2];
        out = join(v, k);
        free(v);
        break;
    }
    default: {
        double share = (level - E_SYN10 + 1) * 0.10;
        out = swap_words(t, share, wn, seed);
        break;
    }
    }
    for (size_t i = 0; i < ps.n; i++) free(ps.p[i]);
    free(ps.p);
    return out;
}

static int linked(const source *a, const px_textdoc *d, const px_sketch *dsk, int *gate)
{
    *gate = px_sketch_candidate(&a->sk, dsk);
    if (!*gate) return 0;
    px_reuse_result r;
    if (px_reuse_compare(a->doc, d, NULL, &r) != PX_OK) return 0;
    int k = r.kind != PX_REUSE_NONE;
    px_reuse_result_free(&r);
    return k;
}

int main(int argc, char **argv)
{
    int quick = 0, ai = 1;
    if (ai < argc && !strcmp(argv[ai], "--quick")) { quick = 1; ai++; }
    if (argc - ai != 2) { fprintf(stderr, "usage: edits [--quick] EXTRACT_DEV WORDNET\n"); return 2; }
    const char *dev = argv[ai], *wndir = argv[ai + 1];
    wordnet wn;
    wn_load(&wn, wndir);
    if (!wn.n) { fprintf(stderr, "edits: no WordNet synsets in %s\n", wndir); return 77; }

    char dir[4096];
    snprintf(dir, sizeof dir, "%s/html", dev);
    DIR *dp = opendir(dir);
    if (!dp) { perror(dir); return 77; }
    char **names = NULL;
    size_t nn = 0, ncap = 0;
    struct dirent *de;
    while ((de = readdir(dp))) {
        if (de->d_name[0] == '.') continue;
        if (nn == ncap) names = realloc(names, (ncap = ncap ? 2 * ncap : 1024) * sizeof *names);
        names[nn++] = strdup(de->d_name);
    }
    closedir(dp);
    qsort(names, nn, sizeof *names, cmp_str);

    px_ctx *ctx = px_ctx_new();
    px_analyzer *an;
    if (px_analyzer_new(ctx, &an) != PX_OK) { fprintf(stderr, "%s\n", px_errmsg(ctx)); return 2; }
    size_t max_src = quick ? 40 : MAX_SRC;
    source *src = calloc(max_src, sizeof *src);
    size_t ns = 0;
    for (size_t i = 0; i < nn && ns < max_src; i++) {
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len;
        char *page = gunzip_file(path, &len);
        if (!page) continue;
        px_extract_input in = {names[i], page, len, PX_FORMAT_HTML, NULL, NULL};
        px_article *art = NULL;
        if (px_extract(ctx, &in, &art) == PX_OK && art->text && strlen(art->text) > 1500) {
            px_textdoc *d = NULL;
            if (px_analyze(an, ctx, art->text, strlen(art->text), art->language, &d) == PX_OK &&
                d->lang && !strcmp(d->lang, "en") && d->n_sentences >= 8) {
                src[ns].name = names[i];
                src[ns].text = strdup(art->text);
                src[ns].doc = d;
                px_sketch_compute(d, &src[ns].sk);
                ns++;
            } else {
                px_textdoc_free(d);
            }
        }
        px_article_free(art);
        free(page);
    }
    if (ns < N_DECOYS + 2) { fprintf(stderr, "edits: only %zu English sources\n", ns); return 77; }

    /* decoys: most shared content vocabulary (MinHash estimate) */
    size_t excluded = 0;
    for (size_t i = 0; i < ns; i++) {
        double best[N_DECOYS] = {-1, -1, -1};
        for (int k = 0; k < N_DECOYS; k++) src[i].decoy[k] = -1;
        for (size_t j = 0; j < ns; j++) {
            if (j == i) continue;
            double v = px_sketch_content_jaccard(&src[i].sk, &src[j].sk);
            int gate;
            /* the dev set holds a few pages of one article (same text on
             * two sites): those are reuse, not decoys */
            if (v > 0.1 && linked(&src[j], src[i].doc, &src[i].sk, &gate)) { excluded++; continue; }
            for (int k = 0; k < N_DECOYS; k++)
                if (v > best[k]) {
                    for (int m = N_DECOYS - 1; m > k; m--) { best[m] = best[m - 1]; src[i].decoy[m] = src[i].decoy[m - 1]; }
                    best[k] = v;
                    src[i].decoy[k] = (int)j;
                    break;
                }
        }
    }

    printf("sources %zu English extraction-dev articles, %d decoys each (most shared vocabulary;"
           " %zu source pairs that reuse each other excluded)\n", ns, N_DECOYS, excluded);
    printf("%-18s %8s %9s %8s %9s | %s\n", "edit", "recall", "precision", "gate-rec", "fp-links",
           "baseline 5-gram J>=0.5: recall precision");
    for (int level = 0; level < E_N; level++) {
        size_t tp = 0, fp = 0, gate_tp = 0, btp = 0, bfp = 0;
        for (size_t i = 0; i < ns; i++) {
            char *t = derive(src[i].text, level, &wn, 1000003u * i + (uint64_t)level);
            px_textdoc *d = NULL;
            if (px_analyze(an, ctx, t, strlen(t), "en", &d) != PX_OK) { free(t); continue; }
            px_sketch dsk;
            px_sketch_compute(d, &dsk);
            int gate;
            tp += linked(&src[i], d, &dsk, &gate);
            gate_tp += gate;
            btp += px_sketch_jaccard(&src[i].sk, &dsk) >= 0.5;
            for (int k = 0; k < N_DECOYS; k++) {
                if (src[i].decoy[k] < 0) continue;
                fp += linked(&src[src[i].decoy[k]], d, &dsk, &gate);
                bfp += px_sketch_jaccard(&src[src[i].decoy[k]].sk, &dsk) >= 0.5;
            }
            px_sketch_free(&dsk);
            px_textdoc_free(d);
            free(t);
        }
        printf("%-18s %8.4f %9.4f %8.4f %9zu | %.4f %.4f\n", level_name[level], (double)tp / ns,
               tp + fp ? (double)tp / (tp + fp) : 1.0, (double)gate_tp / ns, fp,
               (double)btp / ns, btp + bfp ? (double)btp / (btp + bfp) : 1.0);
        fflush(stdout);
    }
    return 0;
}
