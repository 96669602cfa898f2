/*
 * spkrank.c - the last word on each quote's speaker: the rules' pick and
 * the other candidates (spkcand.c) are scored with the analyzer's trained
 * weights and the best one speaks; on a tie the rules' pick stays.  Every
 * quote's candidates are taken from the rules' speakers before any is
 * changed, so one change does not feed the next.
 */
#include <stdlib.h>

#include "spkscore.h"

typedef struct qpos {
    uint32_t start;
    size_t idx;
} qpos;

typedef struct choice {
    int32_t ent;
    const char *name, *role;
    bool changed;
} choice;

static int by_start(const void *x, const void *y)
{
    const qpos *p = x, *q = y;
    if (p->start != q->start) return p->start < q->start ? -1 : 1;
    return p->idx < q->idx ? -1 : p->idx > q->idx;
}

bool tx_spk_is_rule(const tx_spk_cand *c)
{
    return c->f[SF_RULE] > 0 || c->f[SF_NONE_RULE] > 0;
}

size_t tx_spk_best(const float *wt, const tx_spk_cand *c, size_t n)
{
    size_t best = 0;
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (tx_spk_is_rule(&c[i])) best = i;
    float top = tx_spk_score(wt, &c[best]);
    for (size_t i = 0; i < n; i++) {
        float s = tx_spk_score(wt, &c[i]);
        if (s > top) { top = s; best = i; }
    }
    return best;
}

px_status tx_speaker_rerank(tx_work *w)
{
    const px_analyzer *an = w->an;
    px_textdoc *d = &w->d->pub;
    size_t n = d->n_quotes;
    if ((!an->spk_weights && !an->spk_trace) || n == 0) return PX_OK;
    actx a = {w, d, d->text};
    qpos *ord = malloc(n * sizeof *ord);
    choice *ch = calloc(n, sizeof *ch);
    tx_spk_cand *c = malloc(TX_SPK_MAX * sizeof *c);
    if (!ord || !ch || !c) {
        free(ord);
        free(ch);
        free(c);
        return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    }
    for (size_t i = 0; i < n; i++) ord[i] = (qpos){d->quotes[i].start, i};
    qsort(ord, n, sizeof *ord, by_start);
    for (size_t k = 0; k < n; k++) {
        const px_quote *q = &d->quotes[ord[k].idx];
        size_t nc = tx_spk_candidates(&a, q, k ? &d->quotes[ord[k - 1].idx] : NULL,
                                      k + 1 < n ? &d->quotes[ord[k + 1].idx] : NULL, c,
                                      TX_SPK_MAX);
        if (an->spk_trace) an->spk_trace(an->spk_trace_user, d, ord[k].idx, c, nc);
        if (!an->spk_weights || !nc) continue;
        const tx_spk_cand *b = &c[tx_spk_best(an->spk_weights, c, nc)];
        ch[ord[k].idx] = (choice){b->ent, b->name, b->role, !tx_spk_is_rule(b)};
    }
    for (size_t i = 0; i < n; i++) {
        if (!ch[i].changed) continue;
        d->quotes[i].speaker = ch[i].ent;
        d->quotes[i].speaker_name = ch[i].name;
        d->quotes[i].speaker_role = ch[i].name ? ch[i].role : NULL;
    }
    free(ord);
    free(ch);
    free(c);
    return PX_OK;
}
