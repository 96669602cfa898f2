/*
 * paraphrase.c - the sentence-pair matcher on the MSRP training split
 * (shared/data/paraphrase-dev), against an unsupervised anchor computed in
 * the same run: TF-IDF cosine of lower-cased word counts, idf over all
 * sentences of the file.
 *
 *   paraphrase pairs MSRP            print id<TAB>s1<TAB>s2 lines (CLI input)
 *   paraphrase score MSRP PRED       accuracy/F1 of PRED (CLI output) and of
 *                                    the anchor (at 0.5 and at its best cut)
 *   paraphrase fit MSRP              fit the matcher's logistic weights on
 *                                    the library's features, print them
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reuse/reuse_internal.h"
#include "util/map.h"

typedef struct pair { int label; char *a, *b; } pair;

static pair *load(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(2); }
    size_t cap = 4096, len = 0;
    pair *v = malloc(cap * sizeof *v);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t r;
    int first = 1;
    while ((r = getline(&line, &lcap, f)) >= 0) {
        while (r > 0 && (line[r - 1] == '\n' || line[r - 1] == '\r')) line[--r] = 0;
        if (first) { first = 0; continue; }   /* header */
        char *col[5];
        int k = 0;
        char *p = line;
        for (; k < 5; k++) {
            col[k] = p;
            char *t = strchr(p, '\t');
            if (!t) { k++; break; }
            *t = 0;
            p = t + 1;
        }
        if (k < 5) continue;
        if (len == cap) v = realloc(v, (cap *= 2) * sizeof *v);
        v[len].label = atoi(col[0]);
        v[len].a = strdup(col[3]);
        v[len].b = strdup(col[4]);
        len++;
    }
    free(line);
    fclose(f);
    *n = len;
    return v;
}

/* ---- anchor: TF-IDF cosine ---- */
typedef struct wc { uint64_t h; int c; } wc;

static int words(const char *s, wc *out, int max)
{
    int n = 0;
    while (*s && n < max) {
        while (*s && !isalnum((unsigned char)*s) && !((unsigned char)*s & 0x80)) s++;
        const char *b = s;
        char w[256];
        int k = 0;
        while (*s && (isalnum((unsigned char)*s) || ((unsigned char)*s & 0x80))) {
            if (k < 255) w[k++] = (char)tolower((unsigned char)*s);
            s++;
        }
        if (s == b) break;
        uint64_t h = px_hash64(w, (size_t)k);
        int i;
        for (i = 0; i < n && out[i].h != h; i++) {}
        if (i < n) out[i].c++;
        else { out[n].h = h; out[n].c = 1; n++; }
    }
    return n;
}

static void metrics(const int *pred, const pair *v, size_t n, double *acc, double *f1)
{
    size_t tp = 0, fp = 0, fn = 0, ok = 0;
    for (size_t i = 0; i < n; i++) {
        ok += pred[i] == v[i].label;
        tp += pred[i] && v[i].label;
        fp += pred[i] && !v[i].label;
        fn += !pred[i] && v[i].label;
    }
    *acc = (double)ok / n;
    *f1 = tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0;
}

static void anchor(const pair *v, size_t n, double *acc05, double *f105)
{
    px_map df = {0};
    wc *wa = malloc(512 * sizeof *wa), *wb = malloc(512 * sizeof *wb);
    for (size_t i = 0; i < n; i++)
        for (int s = 0; s < 2; s++) {
            int k = words(s ? v[i].b : v[i].a, wa, 512);
            for (int j = 0; j < k; j++) (*px_map_put(&df, wa[j].h, 0))++;
        }
    double N = 2.0 * n;
    double *cos = malloc(n * sizeof *cos);
    for (size_t i = 0; i < n; i++) {
        int ka = words(v[i].a, wa, 512), kb = words(v[i].b, wb, 512);
        double na = 0, nb = 0, dot = 0;
        for (int j = 0; j < ka; j++) {
            double idf = log(N / *px_map_get(&df, wa[j].h)), x = wa[j].c * idf;
            na += x * x;
            for (int m = 0; m < kb; m++)
                if (wb[m].h == wa[j].h) dot += x * wb[m].c * idf;
        }
        for (int m = 0; m < kb; m++) {
            double x = wb[m].c * log(N / *px_map_get(&df, wb[m].h));
            nb += x * x;
        }
        cos[i] = na > 0 && nb > 0 ? dot / sqrt(na * nb) : 0;
    }
    int *pred = malloc(n * sizeof *pred);
    double acc, f1, best_acc = 0, best_f1 = 0, best_t = 0;
    for (size_t i = 0; i < n; i++) pred[i] = cos[i] >= 0.5;
    metrics(pred, v, n, &acc, &f1);
    printf("anchor tfidf-cosine@0.50: accuracy %.4f F1 %.4f\n", acc, f1);
    *acc05 = acc;
    *f105 = f1;
    for (double t = 0.05; t < 0.95; t += 0.01) {
        for (size_t i = 0; i < n; i++) pred[i] = cos[i] >= t;
        metrics(pred, v, n, &acc, &f1);
        if (acc > best_acc) { best_acc = acc; best_f1 = f1; best_t = t; }
    }
    printf("anchor tfidf-cosine@best(%.2f): accuracy %.4f F1 %.4f\n", best_t, best_acc, best_f1);
    free(pred); free(cos); free(wa); free(wb);
    px_map_free(&df);
}

static int score(const pair *v, size_t n, const char *predpath)
{
    FILE *f = fopen(predpath, "r");
    if (!f) { perror(predpath); return 2; }
    int *pred = calloc(n, sizeof *pred);
    char line[256];
    size_t got = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned long id;
        double sc;
        int same;
        if (sscanf(line, "%lu\t%lf\t%d", &id, &sc, &same) == 3 && id < n) { pred[id] = same; got++; }
    }
    fclose(f);
    if (got != n) fprintf(stderr, "paraphrase: %zu of %zu pairs scored\n", got, n);
    double acc, f1;
    metrics(pred, v, n, &acc, &f1);
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) pos += v[i].label;
    printf("pairs %zu (positives %.1f%%)\n", n, 100.0 * pos / n);
    printf("parallax reuse --sentences: accuracy %.4f F1 %.4f\n", acc, f1);
    double aacc, af1;
    anchor(v, n, &aacc, &af1);
    printf("ratio to anchor@0.50: accuracy %.3fx F1 %.3fx\n", acc / aacc, f1 / af1);
    free(pred);
    return 0;
}

static int fit(const pair *v, size_t n)
{
    px_ctx *ctx = px_ctx_new();
    px_sentence_scorer *sc;
    if (px_sentence_scorer_new(ctx, "en", &sc) != PX_OK) { fprintf(stderr, "%s\n", px_errmsg(ctx)); return 2; }
    for (size_t i = 0; i < n; i++) {
        px_sentence_scorer_observe(sc, v[i].a, strlen(v[i].a));
        px_sentence_scorer_observe(sc, v[i].b, strlen(v[i].b));
    }
    enum { F = RX_PAIR_NFEAT };
    double (*x)[F] = malloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++)
        if (rx_pair_features(sc, v[i].a, strlen(v[i].a), v[i].b, strlen(v[i].b), x[i]) != PX_OK)
            memset(x[i], 0, sizeof x[i]);
    /* Newton's method (IRLS) on the log loss with a small ridge */
    double w[F + 1] = {0};
    for (int it = 0; it < 30; it++) {
        double g[F + 1] = {0}, H[F + 1][F + 2];
        memset(H, 0, sizeof H);
        for (size_t i = 0; i < n; i++) {
            double xi[F + 1];
            memcpy(xi, x[i], sizeof x[i]);
            xi[F] = 1;
            double z = 0;
            for (int k = 0; k <= F; k++) z += w[k] * xi[k];
            double p = 1 / (1 + exp(-z)), e = p - v[i].label, q = p * (1 - p);
            for (int k = 0; k <= F; k++) {
                g[k] += e * xi[k];
                for (int m = 0; m <= F; m++) H[k][m] += q * xi[k] * xi[m];
            }
        }
        for (int k = 0; k <= F; k++) { g[k] += 1e-3 * w[k]; H[k][k] += 1e-3; H[k][F + 1] = g[k]; }
        /* solve H d = g by Gauss-Jordan with partial pivoting */
        for (int c = 0; c <= F; c++) {
            int piv = c;
            for (int r = c + 1; r <= F; r++) if (fabs(H[r][c]) > fabs(H[piv][c])) piv = r;
            for (int m = 0; m <= F + 1; m++) { double t = H[c][m]; H[c][m] = H[piv][m]; H[piv][m] = t; }
            for (int r = 0; r <= F; r++) {
                if (r == c || H[c][c] == 0) continue;
                double fct = H[r][c] / H[c][c];
                for (int m = c; m <= F + 1; m++) H[r][m] -= fct * H[c][m];
            }
        }
        for (int k = 0; k <= F; k++) if (H[k][k] != 0) w[k] -= H[k][F + 1] / H[k][k];
    }
    printf("weights:");
    for (int k = 0; k <= F; k++) printf(" %.4f,", w[k]);
    printf("\n");
    int *pred = malloc(n * sizeof *pred);
    double best = 0, bt = 0.5, bf = 0;
    for (double t = 0.3; t < 0.7; t += 0.01) {
        for (size_t i = 0; i < n; i++) {
            double z = w[F];
            for (int k = 0; k < F; k++) z += w[k] * x[i][k];
            pred[i] = 1 / (1 + exp(-z)) >= t;
        }
        double acc, f1;
        metrics(pred, v, n, &acc, &f1);
        if (acc > best) { best = acc; bt = t; bf = f1; }
        if (t > 0.39 && t < 0.56) printf("  threshold %.2f: accuracy %.4f F1 %.4f\n", t, acc, f1);
    }
    printf("best threshold %.2f: accuracy %.4f F1 %.4f\n", bt, best, bf);
    free(pred); free(x);
    px_sentence_scorer_free(sc);
    px_ctx_free(ctx);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) { fprintf(stderr, "usage: paraphrase pairs|score|fit MSRP [PRED]\n"); return 2; }
    size_t n;
    pair *v = load(argv[2], &n);
    int rc = 0;
    if (!strcmp(argv[1], "pairs")) {
        for (size_t i = 0; i < n; i++) printf("%zu\t%s\t%s\n", i, v[i].a, v[i].b);
    } else if (!strcmp(argv[1], "score") && argc > 3) {
        rc = score(v, n, argv[3]);
    } else if (!strcmp(argv[1], "fit")) {
        rc = fit(v, n);
    } else {
        rc = 2;
    }
    for (size_t i = 0; i < n; i++) { free(v[i].a); free(v[i].b); }
    free(v);
    return rc;
}
