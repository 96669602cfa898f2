/*
 * spktrain.c - trains the text stage's speaker scorer (src/text/spkscore.h)
 * on the annotated quotes of the development splits, and measures it.
 *
 *   spktrain [--stats] [--cv] [--write FILE] [--l2 X] [--only SPLIT] [--show]
 *            [--save FILE] [--load FILE] [--train current|blind|both]
 *            [--no-fit SPLIT] FIXTURE_DIR
 *
 * Every article of dev, held, held2..held18 is analysed with the rules
 * alone; each predicted quote that matches a gold quote (quotes.c's rule)
 * gives one sample: its candidates' features, and which candidates name
 * the gold speaker.  A conditional logit over the candidates (softmax,
 * L2 penalty) is fitted by plain gradient descent from zero, so the
 * weights are the same on every run.
 *   --stats  where the rules' speaker errors come from, per split
 *   --cv     leave one split out: train on the others, score it
 *   --write  train on all the splits and write the weights as C (spkweights.c)
 *   --save   write the samples (of --only SPLIT, or all) to FILE;
 *   --load   add samples saved by an older version of the rules, "blind"
 *            ones: spkblind.sh saves each split's samples from the rules as
 *            they were when that split was scored unseen, which err as
 *            rules do on fresh text; --train picks the samples to fit.
 *   --show   print each quote the rules give a wrong speaker, with its
 *            candidates (* names the gold speaker)
 *   --no-fit the split's samples are scored but never fitted (repeatable):
 *            --cv then measures what a scorer that never saw it does, as
 *            the weights did before the split's samples were added
 * The newer held-out splits (held19 and after) are never read.
 *
 * Measured when the weights were written (sh bench/compare/spktrain.sh,
 * 10 min on this 2-core machine), dev..held18 and blind held5..held18
 * (held18 from the rules at 08b0534, held8 at 29b576d): leaving one split
 * out, the scorer takes today's rules from 4098 to 4129 of 4311 matched
 * quotes and the blind ones from 3053 to 3089 of 3592 (held18 +6, held17
 * +2, held16 +3); every change but four (one fixed, three broken, where
 * the rules named someone) is to a quote the rules gave nobody.  Fitted
 * on every split, --split all of the quotes bench is unchanged against
 * the weights before (4132 of 4311; 4120 of 4307 when they were first
 * refitted with held18, 26 rule commits earlier).
 * Earlier, dev..held17 and blind held5..held17
 * (held16 from the rules at 5e5b219, held17 at c3c8633): leaving one split
 * out, the scorer takes today's rules from 3811 to 3839 of 4009 matched
 * quotes and the blind ones from 2820 to 2851 of 3311 (held16 +3, held17
 * +3); every change but two (one fixed, one broken) is to a quote the
 * rules gave nobody.  Fitted on every split, --split all of the quotes
 * bench went from 3837 to 3839 of 4009 against the weights before.
 * Earlier, dev..held15 and blind held5..held15 (held14 from the rules at 6b63af1,
 * held15 at a0fb4fa): the right speaker is among the candidates for 3380
 * of 3422 matched quotes (the rules: 3297), on the blind samples for 2578
 * of 2764 (the rules: 2360).  Leaving one split out, the scorer takes
 * today's rules from 3297 to 3316 and the blind ones from 2360 to 2383
 * (held5..held13 as below, held14 +1, held15 +0); every change it makes
 * is to a quote the rules gave nobody (now 20 fixed, 1 broken; blind 23
 * fixed).  Fitted without held14 and held15 (--no-fit each) the figures
 * are the same, split by split: their samples change no choice the
 * older ones made.  On the same tree with dev..held13 and blind
 * held5..held13 only: 2757 -> 2775 of 2855 and 1876 -> 1898 of 2209.
 * When the weights were written on dev..held13 and blind held5..held13
 * (203bde4): the right speaker is among the candidates for 2815 of 2852
 * matched quotes (the rules: 2742), on the blind samples for 2052 of
 * 2209 (the rules: 1876).  Leaving one split
 * out, the scorer takes today's rules from 2742 to 2759 and the blind
 * ones from 1876 to 1898 (held5 +0, held6 +4, held7 +2, held8 +3, held9
 * +1, held10 +2, held11 +3, held12 +2, held13 +5); every change it makes
 * is to a quote the rules gave nobody.  Fitted without held9..held13
 * (--no-fit each): 2758 and 1897 (held7 +3, held12 +1, held13 +4): their
 * blind samples add next to nothing the older ones did not teach.  At
 * 3f1c4c2, on dev..held8 and blind held5..held8 only: 1408 -> 1410 of
 * 1438 and 713 -> 723 of 841 (held5 +0, held6 +4, held7 +3, held8 +3);
 * before described speakers were candidates, 1409 and 722.
 * Tried on dev..held13 and not kept (blind / now, against 1894 / 2720
 * before main's 96e30eb): l2 .001 (1892 / 2716), l2 .1 (1895 / 2716),
 * --train blind (1895 / 2716); features of a weak rules' pick (reached by
 * he/she, of the clashing gender, named only in quotes), of a role phrase
 * after "the" and of the people near it, a full name ending in the rules'
 * surname pick: 1894 / 2720 each (the commits that revert them say more).
 *
 * Wider candidates (issue 6).  The blind quotes whose right speaker is
 * no candidate (SPK_KEEP=1 spkblind.sh DIR, then DIR/spktrain-SPLIT --only
 * SPLIT --show, the lines with no '*') were 68; 49 of them today's rules
 * get right (titles glued to names, truncated organisation names, role
 * phrases with a clause before them: each since fixed in the rules), so a
 * candidate for them gains on the blind samples, not on fresh text.
 * Tried and not landed: an organisation's name widened over "and"/"of"/a
 * plural possessive (blind 722 -> 726, all 4 names today's entity rules
 * give whole; it fires on no quote of dev..held8 today), a three-word
 * name less its first word (722 -> 721), a role phrase from its inner
 * article on (1 fixed, 2 broken).  Of the 19 still wrong under today's
 * rules, 17 had no right candidate: unnamed described speakers ("the
 * donor, who ...", "one of her own backbenchers"; 6), bodies not
 * recognised or named only as "the company" (5), people named beyond the
 * window or by a first name (3), name forms ("salvage master"; 3).  The
 * first kind landed: a described person is a candidate (spkcand.c), the
 * figures above.
 */
#define QUOTES_NO_MAIN
#pragma GCC diagnostic push   /* its scoring and dump go unused here */
#pragma GCC diagnostic ignored "-Wunused-function"
#include "quotes.c"
#pragma GCC diagnostic pop

#include <math.h>

#include "text/spkscore.h"

/* The development splits: every one whose errors rules were written for.
 * held19 (and any later one) is fresh held-out text and never read. */
static const char *const train_splits[] = {"dev",   "held",  "held2",  "held3",  "held4",
                                           "held5", "held6", "held7",  "held8",  "held9",
                                           "held10", "held11", "held12", "held13", "held14",
                                           "held15", "held16", "held17", "held18"};
#define NSPLITS ((int)(sizeof train_splits / sizeof *train_splits))
#define ITERS 3000
#define RATE 2.0

typedef struct sample {
    int set;                       /* 0 the rules of now, 1 blind (--load) */
    int split;
    size_t nc;
    float f[TX_SPK_MAX][TX_SPK_NF];
    unsigned char ok[TX_SPK_MAX];  /* candidate names the gold speaker */
    unsigned char rule_ok;         /* the rules' speaker does */
    unsigned char rule_kind;       /* 0 nobody, 1 role phrase, 2 entity */
} sample;

typedef struct samples {
    sample *s;
    size_t n, cap;
} samples;

/* What the analyzer shows the trainer: the candidates of every quote. */
typedef struct trace {
    size_t n;
    size_t *nc;
    tx_spk_cand (*c)[TX_SPK_MAX];
} trace;

static void collect(void *user, const px_textdoc *d, size_t quote, const tx_spk_cand *c,
                    size_t n)
{
    trace *t = user;
    if (!t->nc) {
        t->n = d->n_quotes;
        t->nc = calloc(t->n + 1, sizeof *t->nc);
        t->c = calloc(t->n + 1, sizeof *t->c);
        if (!t->nc || !t->c) { t->n = 0; return; }
    }
    if (quote >= t->n || n > TX_SPK_MAX) return;
    t->nc[quote] = n;
    memcpy(t->c[quote], c, n * sizeof *c);
}

static int add_doc(px_analyzer *an, px_ctx *ctx, const char *dir, int split,
                   const char *doc, json_t *entries, int show, samples *out)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s/%s", dir, train_splits[split], doc);
    size_t len = 0;
    char *text = bench_slurp(path, &len);
    if (!text) return 0;                   /* in another split */
    trace t = {0};
    an->spk_trace = collect;
    an->spk_trace_user = &t;
    an->spk_weights = NULL;                /* the rules alone */
    px_textdoc *d = NULL;
    int rc = px_analyze(an, ctx, text, len, "en", &d) == PX_OK ? 1 : -1;
    size_t ng = json_array_size(entries);
    gold *g = calloc(ng + 1, sizeof *g);
    int *taken = d ? calloc(d->n_quotes + 1, sizeof *taken) : NULL;
    if (rc < 0 || !g || !taken || !read_gold(d, path, entries, g)) rc = -1;
    if (rc > 0) match_gold(d, g, ng, taken);
    for (size_t i = 0; i < ng && rc > 0; i++) {
        int p = g[i].matched;
        if (g[i].kind > K_INDIRECT || p < 0 || (size_t)p >= t.n) continue;
        if (out->n == out->cap) {
            size_t cap = out->cap ? out->cap * 2 : 256;
            sample *s = realloc(out->s, cap * sizeof *s);
            if (!s) { rc = -1; break; }
            out->s = s;
            out->cap = cap;
        }
        sample *s = &out->s[out->n++];
        memset(s, 0, sizeof *s);
        const px_quote *q = &d->quotes[p];
        s->split = split;
        s->nc = t.nc[p];
        for (size_t k = 0; k < s->nc; k++) {
            memcpy(s->f[k], t.c[p][k].f, sizeof s->f[k]);
            s->ok[k] = (unsigned char)speaker_ok(g[i].speaker, t.c[p][k].name);
        }
        s->rule_ok = (unsigned char)speaker_ok(g[i].speaker, q->speaker_name);
        s->rule_kind = !q->speaker_name ? 0 : q->speaker < 0 ? 1 : 2;
        if (show && !s->rule_ok) {
            printf("%s: want [%s] rules [%s] \"%.50s\"\n   ", doc, speaker_str(g[i].speaker),
                   q->speaker_name ? q->speaker_name : "-", q->text);
            for (size_t k = 0; k < s->nc; k++)
                printf(" %s%s", s->ok[k] ? "*" : "", t.c[p][k].name ? t.c[p][k].name : "-");
            printf("\n");
        }
    }
    an->spk_trace = NULL;
    free(t.nc);
    free(t.c);
    free(g);
    free(taken);
    px_textdoc_free(d);
    free(text);
    return rc;
}

static int save(const char *path, const samples *S)
{
    FILE *f = fopen(path, "w");
    if (!f) { fprintf(stderr, "spktrain: cannot write %s\n", path); return 2; }
    for (size_t i = 0; i < S->n; i++) {
        const sample *s = &S->s[i];
        fprintf(f, "%s %d %d %zu", train_splits[s->split], s->rule_ok, s->rule_kind, s->nc);
        for (size_t c = 0; c < s->nc; c++) {
            fprintf(f, " %d", s->ok[c]);
            for (int k = 0; k < TX_SPK_NF; k++) fprintf(f, " %.6g", s->f[c][k]);
        }
        fputc('\n', f);
    }
    return fclose(f) == 0 ? 0 : 2;
}

static int split_index(const char *name)
{
    for (int sp = 0; sp < NSPLITS; sp++)
        if (!strcmp(name, train_splits[sp])) return sp;
    return -1;
}

/* Samples saved by save(), as blind ones; 2 on a bad file. */
static int load(const char *path, samples *S)
{
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "spktrain: cannot open %s\n", path); return 2; }
    char name[16];
    int rule_ok, kind, status = 0;
    size_t nc, line = 0;
    while (!status && fscanf(f, "%15s %d %d %zu", name, &rule_ok, &kind, &nc) == 4) {
        line++;
        if (S->n == S->cap) {
            size_t cap = S->cap ? S->cap * 2 : 256;
            sample *p = realloc(S->s, cap * sizeof *p);
            if (!p) { status = 2; break; }
            S->s = p;
            S->cap = cap;
        }
        sample *s = &S->s[S->n];
        memset(s, 0, sizeof *s);
        *s = (sample){.set = 1, .split = split_index(name), .nc = nc,
                      .rule_ok = (unsigned char)rule_ok, .rule_kind = (unsigned char)kind};
        if (s->split < 0 || nc > TX_SPK_MAX) status = 2;
        for (size_t c = 0; c < nc && !status; c++) {
            int ok;
            if (fscanf(f, "%d", &ok) != 1) status = 2;
            s->ok[c] = (unsigned char)ok;
            for (int k = 0; k < TX_SPK_NF && !status; k++)
                if (fscanf(f, "%f", &s->f[c][k]) != 1) status = 2;
        }
        if (!status) S->n++;
    }
    if (status) fprintf(stderr, "spktrain: %s: bad sample %zu\n", path, line);
    fclose(f);
    return status;
}

static bool any_ok(const sample *s)
{
    for (size_t k = 0; k < s->nc; k++)
        if (s->ok[k]) return true;
    return false;
}

static double dot(const double *w, const float *f)
{
    double s = 0;
    for (int k = 0; k < TX_SPK_NF; k++) s += w[k] * f[k];
    return s;
}

/* Conditional logit on the samples of the sets in mask (bit 0 the rules
 * of now, bit 1 blind) and every split but `held` (-1: all) and those in
 * nofit (bit per split): maximise the log of the probability mass on the
 * right candidates. */
static void train(const samples *S, int held, unsigned mask, unsigned nofit, double l2,
                  double *w)
{
    memset(w, 0, TX_SPK_NF * sizeof *w);
#define USED(s)                                                                          \
    ((s)->split != held && !(nofit >> (s)->split & 1) && (mask >> (s)->set & 1) &&      \
     any_ok(s))
    size_t n = 0;
    for (size_t i = 0; i < S->n; i++) n += USED(&S->s[i]);
    if (!n) return;
    double grad[TX_SPK_NF], sc[TX_SPK_MAX];
    for (int it = 0; it < ITERS; it++) {
        for (int k = 0; k < TX_SPK_NF; k++) grad[k] = l2 * w[k];
        for (size_t i = 0; i < S->n; i++) {
            const sample *s = &S->s[i];
            if (!USED(s)) continue;
            double mx = -1e30, z = 0, zok = 0;
            for (size_t c = 0; c < s->nc; c++) {
                sc[c] = dot(w, s->f[c]);
                if (sc[c] > mx) mx = sc[c];
            }
            for (size_t c = 0; c < s->nc; c++) {
                sc[c] = exp(sc[c] - mx);
                z += sc[c];
                if (s->ok[c]) zok += sc[c];
            }
            for (size_t c = 0; c < s->nc; c++) {
                double g = sc[c] / z - (s->ok[c] ? sc[c] / zok : 0);
                for (int k = 0; k < TX_SPK_NF; k++) grad[k] += g * s->f[c][k] / (double)n;
            }
        }
        for (int k = 0; k < TX_SPK_NF; k++) w[k] -= RATE * grad[k];
    }
#undef USED
}

/* Right speakers among the samples of set `set` and split `split` (-1:
 * all) under weights w (NULL: the rules alone); *n gets how many. */
static size_t right(const samples *S, int set, int split, const double *w, size_t *n)
{
    float wf[TX_SPK_NF];
    for (int k = 0; w && k < TX_SPK_NF; k++) wf[k] = (float)w[k];
    size_t ok = 0;
    *n = 0;
    for (size_t i = 0; i < S->n; i++) {
        const sample *s = &S->s[i];
        if (s->set != set || (split >= 0 && s->split != split)) continue;
        (*n)++;
        if (!w) { ok += s->rule_ok; continue; }
        tx_spk_cand c[TX_SPK_MAX];
        for (size_t k = 0; k < s->nc; k++) memcpy(c[k].f, s->f[k], sizeof c[k].f);
        ok += s->nc ? s->ok[tx_spk_best(wf, c, s->nc)] : s->rule_ok;
    }
    return ok;
}

static void stats(const samples *S, int set)
{
    printf("%s: split, matched, rules right, right one among the candidates | rules wrong: "
           "nobody/role/entity (of them right one among candidates)\n",
           set ? "blind rules (--load)" : "rules of now");
    for (int sp = -1; sp < NSPLITS; sp++) {
        size_t n = 0, ok = 0, oracle = 0, wrong[3] = {0}, wrong_in[3] = {0}, cands = 0;
        for (size_t i = 0; i < S->n; i++) {
            const sample *s = &S->s[i];
            if (s->set != set || (sp >= 0 && s->split != sp)) continue;
            n++;
            ok += s->rule_ok;
            oracle += any_ok(s) || s->rule_ok;
            cands += s->nc;
            if (!s->rule_ok) {
                wrong[s->rule_kind]++;
                wrong_in[s->rule_kind] += any_ok(s);
            }
        }
        if (!n) continue;
        printf("%-6s %5zu  %.3f (%zu)  %.3f (%zu)  %.1f cands | %zu (%zu) / %zu (%zu) / %zu (%zu)\n",
               sp < 0 ? "all" : train_splits[sp], n, ratio(ok, n), ok, ratio(oracle, n), oracle,
               n ? (double)cands / (double)n : 0.0, wrong[0], wrong_in[0], wrong[1],
               wrong_in[1], wrong[2], wrong_in[2]);
    }
}

/* Of the samples of set `set` and split `split`, how many the weights
 * fix and break, by what the rules named (nobody, a role, an entity). */
static void changes(const samples *S, int set, int split, const double *w, size_t fixed[3],
                    size_t broken[3])
{
    float wf[TX_SPK_NF];
    for (int k = 0; k < TX_SPK_NF; k++) wf[k] = (float)w[k];
    for (size_t i = 0; i < S->n; i++) {
        const sample *s = &S->s[i];
        if (s->set != set || s->split != split || !s->nc) continue;
        tx_spk_cand c[TX_SPK_MAX];
        for (size_t k = 0; k < s->nc; k++) memcpy(c[k].f, s->f[k], sizeof c[k].f);
        int ok = s->ok[tx_spk_best(wf, c, s->nc)];
        fixed[s->rule_kind] += ok && !s->rule_ok;
        broken[s->rule_kind] += !ok && s->rule_ok;
    }
}

/* Leave one split out: for each split, fit on the others (sets in mask)
 * and score the split's samples of each set, against the rules alone. */
static void cv(const samples *S, unsigned mask, unsigned nofit, double l2)
{
    printf("leave one split out (fit on %s, l2 %g): split, then per set: rules alone, "
           "rules + scorer\n", mask == 1 ? "the rules of now" : mask == 2 ? "blind" : "both",
           l2);
    for (int set = 0; set < 2; set++) {
        double sum_r = 0, sum_s = 0;
        size_t all_n = 0, all_r = 0, all_s = 0, fixed[3] = {0}, broken[3] = {0};
        int splits = 0;
        for (int sp = 0; sp < NSPLITS; sp++) {
            size_t n;
            right(S, set, sp, NULL, &n);
            if (!n) continue;
            double w[TX_SPK_NF];
            train(S, sp, mask, nofit, l2, w);
            size_t r = right(S, set, sp, NULL, &n), k = right(S, set, sp, w, &n);
            changes(S, set, sp, w, fixed, broken);
            printf("  %s %-6s %4zu quotes  rules %.3f  scorer %.3f  (%+d)\n",
                   set ? "blind" : "now  ", train_splits[sp], n, ratio(r, n), ratio(k, n),
                   (int)k - (int)r);
            sum_r += ratio(r, n);
            sum_s += ratio(k, n);
            all_n += n;
            all_r += r;
            all_s += k;
            splits++;
        }
        if (splits)
            printf("  %s mean of %d splits: rules %.3f  scorer %.3f;  pooled: rules %.3f  "
                   "scorer %.3f  (%zu -> %zu of %zu)\n", set ? "blind" : "now  ", splits,
                   sum_r / splits, sum_s / splits, ratio(all_r, all_n), ratio(all_s, all_n),
                   all_r, all_s, all_n);
        if (splits)
            printf("  %s fixed / broken where the rules named nobody %zu/%zu, a role %zu/%zu, "
                   "an entity %zu/%zu\n", set ? "blind" : "now  ", fixed[0], broken[0],
                   fixed[1], broken[1], fixed[2], broken[2]);
    }
}

static int write_weights(const char *path, const double *w, double l2, const char *fit)
{
    FILE *f = fopen(path, "w");
    if (!f) { fprintf(stderr, "spktrain: cannot write %s\n", path); return 2; }
    fprintf(f, "/*\n * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:\n"
               " * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh\n"
               " * (conditional logit, l2 %g, %d steps, fitted on the samples (%s) of\n"
               " * dev, held, held2..held18; see bench/compare/spktrain.c).\n"
               " */\n#include \"spkscore.h\"\n\nconst float tx_spk_weights[TX_SPK_NF] = {\n",
            l2, ITERS, fit);
    for (int k = 0; k < TX_SPK_NF; k++) {
        fputs("    [SF_", f);
        for (const char *c = tx_spk_feature_names[k]; *c; c++)
            fputc(*c >= 'a' && *c <= 'z' ? *c - 32 : *c, f);
        fprintf(f, "] = %.6ff,\n", w[k]);
    }
    fprintf(f, "};\n");
    return fclose(f) == 0 ? 0 : 2;
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *out = NULL, *only = NULL, *save_to = NULL, *fit = "current";
    const char *loads[NSPLITS];
    int nloads = 0, want_stats = 0, want_cv = 0, show = 0;
    unsigned nofit = 0;
    double l2 = 0.01;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--stats")) want_stats = 1;
        else if (!strcmp(argv[i], "--cv")) want_cv = 1;
        else if (!strcmp(argv[i], "--show")) show = 1;   /* the rules' errors */
        else if (!strcmp(argv[i], "--write") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "--l2") && i + 1 < argc) l2 = atof(argv[++i]);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else if (!strcmp(argv[i], "--save") && i + 1 < argc) save_to = argv[++i];
        else if (!strcmp(argv[i], "--load") && i + 1 < argc && nloads < NSPLITS)
            loads[nloads++] = argv[++i];
        else if (!strcmp(argv[i], "--train") && i + 1 < argc) fit = argv[++i];
        else if (!strcmp(argv[i], "--no-fit") && i + 1 < argc && split_index(argv[i + 1]) >= 0)
            nofit |= 1u << split_index(argv[++i]);
        else dir = argv[i];
    }
    unsigned mask = !strcmp(fit, "blind") ? 2 : !strcmp(fit, "both") ? 3 : 1;
    if (!dir || (only && split_index(only) < 0)) {
        fprintf(stderr, "usage: spktrain [--stats] [--cv] [--write FILE] [--l2 X] [--only SPLIT] "
                        "[--show] [--save FILE] [--load FILE] [--train current|blind|both] "
                        "[--no-fit SPLIT] FIXTURE_DIR\n");
        return 2;
    }
    json_t *docs = json_object(), *order = json_array();
    px_ctx *ctx = px_ctx_new();
    px_analyzer *an = NULL;
    if (!load_gold(dir, docs, order) || !ctx || px_analyzer_new(ctx, &an) != PX_OK) return 2;
    samples S = {0};
    int status = 0;
    for (int sp = 0; sp < NSPLITS && !status; sp++) {
        if (only && strcmp(only, train_splits[sp])) continue;
        for (size_t i = 0; i < json_array_size(order) && !status; i++) {
            const char *doc = json_string_value(json_array_get(order, i));
            if (add_doc(an, ctx, dir, sp, doc, json_object_get(docs, doc), show, &S) < 0) status = 2;
        }
    }
    if (!status && save_to) status = save(save_to, &S);
    for (int i = 0; i < nloads && !status; i++) status = load(loads[i], &S);
    if (!status && want_stats) {
        stats(&S, 0);
        if (nloads) stats(&S, 1);
    }
    if (!status && want_cv) cv(&S, mask, nofit, l2);
    if (!status && out) {
        double w[TX_SPK_NF];
        train(&S, -1, mask, nofit, l2, w);
        for (int set = 0; set < 2; set++) {
            size_t n, r = right(&S, set, -1, NULL, &n), k = right(&S, set, -1, w, &n);
            if (n)
                printf("fitted on every split (%s): rules %.3f, rules + scorer %.3f (%zu quotes)\n",
                       set ? "blind" : "rules of now", ratio(r, n), ratio(k, n), n);
        }
        for (int k = 0; k < TX_SPK_NF; k++)
            printf("  %-14s %+.3f\n", tx_spk_feature_names[k], w[k]);
        status = write_weights(out, w, l2, fit);
    }
    free(S.s);
    px_analyzer_free(an);
    px_ctx_free(ctx);
    json_decref(docs);
    json_decref(order);
    return status;
}
