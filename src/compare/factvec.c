/*
 * factvec.c - sentences as TF-IDF vectors over the story's sentences, for
 * aligning facts that independent outlets word differently.
 *
 * px_sentence_similarity is built for reuse: it damps overlap made of
 * names and numbers, because that is what independent reports of one
 * event share.  Two outlets stating one fact in their own words share
 * little more than that: the figure, the name, one or two rare words.
 * Weighted by how few of the story's sentences use them (not how few of
 * its articles: a detail every outlet reports once is still rare among
 * the sentences), those terms tell one fact from another.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/cmp_internal.h"
#include "util/util.h"

#define FV_QUOTED 4               /* kind bit: the word is inside a quote */
/* a figure two sentences share is better evidence of one fact than a word
 * (fact set, dev split: numbers x1.5 took pair precision .86 -> .91 and
 * recall .15 -> .18 at cosine .30) */
#define NUMBER_WEIGHT 1.5

static int content(const px_token *t)
{
    return (t->flags & (PX_TOK_WORD | PX_TOK_NUM)) && !(t->flags & PX_TOK_STOP);
}

/* "per cent" and "percent" say what the number beside them already says
 * once its "%" is dropped (px_fact_term): "87%" is "87 per cent". */
static int percent_word(const px_textdoc *doc, size_t t)
{
    const char *w = doc->tokens[t].norm;
    if (!w) return 0;
    if (strcmp(w, "percent") == 0) return 1;
    return strcmp(w, "cent") == 0 && t > 0 && doc->tokens[t - 1].norm &&
           strcmp(doc->tokens[t - 1].norm, "per") == 0;
}

uint64_t px_fact_term(const px_token *t)
{
    if ((t->flags & PX_TOK_NUM) && t->norm) {
        /* a figure is its digits: "£39.99" is "39.99", "4%" is "4" */
        const char *d = t->norm;
        while (*d && (*d < '0' || *d > '9')) d++;
        size_t n = strlen(d);
        if (n && d[n - 1] == '%') n--;
        if (n) return px_hash64(d, n) | 1;
    }
    return t->stem_hash ? t->stem_hash : 1;
}

/* What the vectors need of a document's quotes and mentions, per token and
 * per sentence, found in one pass over each (not per sentence: a text of
 * thousands of quotes would make that quadratic). */
typedef struct doc_marks {
    uint8_t *quoted;               /* per token: inside a quote */
    int32_t *entity;               /* per token: the entity its mention names, or -1 */
    int32_t *speaker;              /* per sentence: the speaker of its first quote, or -1 */
    int32_t *named;                /* per sentence: its first quote with a speaker's name, or -1 */
} doc_marks;

static void doc_marks_free(doc_marks *m)
{
    free(m->quoted);
    free(m->entity);
    free(m->speaker);
    free(m->named);
}

static px_status doc_marks_new(const px_textdoc *doc, doc_marks *m)
{
    m->quoted = calloc(doc->n_tokens + 1, 1);
    m->entity = malloc((doc->n_tokens + 1) * sizeof *m->entity);
    m->speaker = malloc((doc->n_sentences + 1) * sizeof *m->speaker);
    m->named = malloc((doc->n_sentences + 1) * sizeof *m->named);
    if (!m->quoted || !m->entity || !m->speaker || !m->named) { doc_marks_free(m); return PX_NOMEM; }
    for (size_t t = 0; t < doc->n_tokens; t++) m->entity[t] = -1;
    for (size_t s = 0; s < doc->n_sentences; s++) m->speaker[s] = m->named[s] = -1;
    for (size_t q = 0; q < doc->n_quotes; q++) {
        const px_quote *qt = &doc->quotes[q];
        for (size_t t = tx_tok_lower_bound(doc, qt->start); t < doc->n_tokens && doc->tokens[t].end <= qt->end; t++)
            m->quoted[t] = 1;
        for (size_t s = qt->sentence < doc->n_sentences ? qt->sentence : doc->n_sentences;
             s < doc->n_sentences && doc->sentences[s].start < qt->end; s++) {
            if (doc->sentences[s].end <= qt->start) continue;
            if (m->speaker[s] < 0) m->speaker[s] = qt->speaker;
            if (m->named[s] < 0 && qt->speaker_name) m->named[s] = (int32_t)q;
        }
    }
    for (size_t i = 0; i < doc->n_mentions; i++) {
        const px_mention *mn = &doc->mentions[i];
        for (size_t t = tx_tok_lower_bound(doc, mn->start); t < doc->n_tokens && doc->tokens[t].end <= mn->end; t++)
            m->entity[t] = (int32_t)mn->entity;
    }
    return PX_OK;
}

px_status px_fact_vecs_new(const px_cmp_article *arts, uint32_t n, px_fact_vecs *out)
{
    memset(out, 0, sizeof *out);
    uint32_t total = 0;
    size_t terms = 0;
    for (uint32_t a = 0; a < n; a++) {
        total += (uint32_t)arts[a].doc->n_sentences;
        for (size_t t = 0; t < arts[a].doc->n_tokens; t++) terms += (size_t)content(&arts[a].doc->tokens[t]);
    }
    out->vecs = calloc(total + 1, sizeof *out->vecs);
    out->term = malloc((terms + 1) * sizeof *out->term);
    out->weight = malloc((terms + 1) * sizeof *out->weight);
    out->kind = malloc((terms + 1) * sizeof *out->kind);
    if (!out->vecs || !out->term || !out->weight || !out->kind) { px_fact_vecs_free(out); return PX_NOMEM; }
    out->n = total;
    /* each sentence's distinct terms with their counts, sorted; a term
     * quoted anywhere in it is marked by a negative count until weighed */
    size_t at = 0;
    uint32_t g = 0;
    for (uint32_t a = 0; a < n; a++) {
        const px_textdoc *doc = arts[a].doc;
        doc_marks mk;
        if (doc_marks_new(doc, &mk) != PX_OK) { px_fact_vecs_free(out); return PX_NOMEM; }
        for (size_t s = 0; s < doc->n_sentences; s++, g++) {
            const px_sentence *se = &doc->sentences[s];
            px_fact_vec *v = &out->vecs[g];
            v->first = at;
            size_t k = 0;
            /* the speaker of a quote in it, and which words are quoted */
            if (mk.named[s] >= 0) {
                const char *name = doc->quotes[mk.named[s]].speaker_name;
                v->speaker = px_hash64(name, strlen(name)) | 1;
            }
            /* who is named as saying it is not what is said: the mentions
             * of a quote's speaker in its sentence are left out, or one
             * person's name would join what she said to what was said of
             * her (fact set, dev: precision .911 -> .933, recall .173 ->
             * .169) */
            int32_t spk = mk.speaker[s];
            for (size_t t = se->tok_begin; t < se->tok_end && t < doc->n_tokens; t++) {
                if (!content(&doc->tokens[t]) || percent_word(doc, t)) continue;
                if (spk >= 0 && mk.entity[t] == spk) continue;
                int in = v->speaker && mk.quoted[t];
                out->weight[at + k] = in ? -1 : 1;   /* the sign marks a quoted word until weighed */
                out->term[at + k++] = px_fact_term(&doc->tokens[t]);
            }
            /* insertion sort of (term, tf): sentences are short */
            for (size_t i = 1; i < k; i++) {
                uint64_t th = out->term[at + i];
                double tw = out->weight[at + i];
                size_t j = i;
                while (j > 0 && out->term[at + j - 1] > th) {
                    out->term[at + j] = out->term[at + j - 1];
                    out->weight[at + j] = out->weight[at + j - 1];
                    j--;
                }
                out->term[at + j] = th;
                out->weight[at + j] = tw;
            }
            size_t d = 0;
            for (size_t i = 0; i < k; i++) {
                double w = out->weight[at + i];
                if (d && out->term[at + d - 1] == out->term[at + i]) {
                    double *acc = &out->weight[at + d - 1];   /* quoted once: quoted */
                    *acc = (*acc < 0 || w < 0) ? -(fabs(*acc) + 1) : *acc + 1;
                    continue;
                }
                out->term[at + d] = out->term[at + i];
                out->weight[at + d++] = w;
            }
            v->n = (uint32_t)d;
            at += d;
        }
        doc_marks_free(&mk);
    }
    /* sentence frequencies, then tf-idf weights and norms */
    px_map df = PX_MAP_INIT;
    for (size_t i = 0; i < at; i++) {
        uint64_t *c = px_map_upsert(&df, out->term[i]);
        if (!c) { px_map_free(&df); px_fact_vecs_free(out); return PX_NOMEM; }
        (*c)++;
    }
    px_map kindm = PX_MAP_INIT;   /* stem -> 1 number, 2 name, 3 a word (once lower-case) */
    for (uint32_t a = 0; a < n; a++)
        for (size_t t = 0; t < arts[a].doc->n_tokens; t++) {
            const px_token *tk = &arts[a].doc->tokens[t];
            if (!content(tk)) continue;
            uint64_t *k = px_map_upsert(&kindm, px_fact_term(tk));
            if (!k) { px_map_free(&df); px_map_free(&kindm); px_fact_vecs_free(out); return PX_NOMEM; }
            uint64_t kind = (tk->flags & PX_TOK_NUM) ? 1 : ((tk->flags & PX_TOK_CAP) && !(tk->flags & PX_TOK_SENT_START)) ? 2 : 3;
            if (*k == 0 || kind == 3) *k = kind;
        }
    for (uint32_t i = 0; i < total; i++) {
        px_fact_vec *v = &out->vecs[i];
        double norm = 0, quoted = 0;
        for (size_t j = v->first; j < v->first + v->n; j++) {
            const uint64_t *c = px_map_get(&df, out->term[j]);
            const uint64_t *k = px_map_get(&kindm, out->term[j]);
            double m = k && *k == 1 ? NUMBER_WEIGHT : 1;
            out->kind[j] = (uint8_t)(k ? *k : 3) | (out->weight[j] < 0 ? FV_QUOTED : 0);
            out->weight[j] = fabs(out->weight[j]) * m * log((total + 1.0) / (double)(c ? *c : 1));
            norm += out->weight[j] * out->weight[j];
            if (out->kind[j] & FV_QUOTED) quoted += out->weight[j] * out->weight[j];
        }
        v->norm = sqrt(norm);
        v->quoted_norm = sqrt(quoted);
    }
    px_map_free(&df);
    px_map_free(&kindm);
    return PX_OK;
}

void px_fact_vecs_free(px_fact_vecs *f)
{
    free(f->vecs);
    free(f->term);
    free(f->weight);
    free(f->kind);
    memset(f, 0, sizeof *f);
}

/* Two remarks of one speaker share the speaker's name and title: for
 * them only the quoted words count.  Each of near_figures counts as a
 * figure the two share that only one other sentence of the story gives. */
double px_fact_cosine(const px_fact_vecs *f, uint32_t x, uint32_t y, uint32_t near_figures)
{
    if (x >= f->n || y >= f->n) return 0;
    const px_fact_vec *a = &f->vecs[x], *b = &f->vecs[y];
    int quotes_only = a->speaker && a->speaker == b->speaker;
    double na = quotes_only ? a->quoted_norm : a->norm, nb = quotes_only ? b->quoted_norm : b->norm;
    if (na <= 0 || nb <= 0) return 0;
    double dot = 0;
    size_t i = a->first, j = b->first, ie = a->first + a->n, je = b->first + b->n;
    while (i < ie && j < je) {
        if (f->term[i] < f->term[j]) i++;
        else if (f->term[i] > f->term[j]) j++;
        else {
            if (!quotes_only || (f->kind[i] & f->kind[j] & FV_QUOTED)) dot += f->weight[i] * f->weight[j];
            i++;
            j++;
        }
    }
    if (!quotes_only && near_figures) {
        double w = NUMBER_WEIGHT * log((f->n + 1.0) / 2.0);
        dot += near_figures * w * w;
    }
    return dot / (na * nb);
}
