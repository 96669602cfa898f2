/*
 * via.c - the outlet an article credits for a quote it did not hear.
 *
 *   "CLAUSE, Mayor Ivo Sand said in an article ..., according to the Herald."
 *   "'...,' Holt told the River Gazette."   "..., the Herald reported."
 *   "The Herald quoted Holt, a farmer, saying: '...'"
 *
 * The speaker stays the person; the outlet named beside the attribution
 * becomes the quote's via, so the story's attribution chains can show
 * article -> outlet -> speaker instead of losing one of the two.  Only a
 * media entity is taken (a named person "told reporters" is no source),
 * and only outside the quoted words.
 */
#include "text_int.h"

#define VIA_WORDS 4      /* words between the cue and the outlet's name */

static bool norm_is(const px_textdoc *d, size_t i, const char *w)
{
    return i < d->n_tokens && tx_word_eq(d->tokens[i].norm, w);
}

/* The entity of mention m when it is an outlet: a media entity that is
 * not a named person's surname ("the judge told Pellam"); else -1. */
static int32_t outlet_of(const px_textdoc *d, int32_t m)
{
    if (m < 0) return -1;
    uint32_t ent = d->mentions[m].entity;
    const px_entity *e = &d->entities[ent];
    return e->kind == PX_ENT_MEDIA && e->name && !px_person_surname(d, e->name) ? (int32_t)ent : -1;
}

/* The outlet of the first mention starting within VIA_WORDS tokens from
 * i, outside the quoted tokens [q0, q1), or -1. */
static int32_t outlet_from(const tx_work *w, size_t i, size_t e, size_t q0, size_t q1)
{
    for (size_t k = i; k < e && k < i + VIA_WORDS; k++) {
        if (k >= q0 && k < q1) return -1;
        if (w->tok_mention[k] >= 0) return outlet_of(&w->d->pub, w->tok_mention[k]);
    }
    return -1;
}

static int32_t via_of(const tx_work *w, const px_quote *q)
{
    const px_textdoc *d = &w->d->pub;
    if (q->sentence >= d->n_sentences) return -1;
    size_t q0 = tx_tok_lower_bound(d, q->start), q1 = tx_tok_lower_bound(d, q->end);
    size_t b = d->sentences[q->sentence].tok_begin;
    /* up to the end of the sentence holding the quote's last word (the
     * token after the span may open the next sentence) */
    size_t last = q1 > q0 ? q1 - 1 : q0;
    size_t e = last < d->n_tokens ? d->sentences[d->tokens[last].sentence].tok_end
                                  : d->sentences[d->n_sentences - 1].tok_end;
    for (size_t i = b; i < e; i++) {
        if (i >= q0 && i < q1) { i = q1 - 1; continue; }
        int32_t ent = -1;
        if (norm_is(d, i, "according") && norm_is(d, i + 1, "to"))
            ent = outlet_from(w, i + 2, e, q0, q1);
        else if (norm_is(d, i, "told"))
            ent = outlet_from(w, i + 1, e, q0, q1);
        else if (norm_is(d, i, "reported") || norm_is(d, i, "reports") ||
                 norm_is(d, i, "quoted") || norm_is(d, i, "quotes") || norm_is(d, i, "cited"))
            ent = i > b ? outlet_of(d, w->tok_mention[i - 1]) : -1;   /* "the Herald reported" */
        if (ent >= 0 && ent != q->speaker) return ent;
    }
    return -1;
}

void tx_quote_via(tx_work *w)
{
    px_textdoc *d = &w->d->pub;
    for (size_t i = 0; i < d->n_quotes; i++) {
        px_quote *q = &d->quotes[i];
        if (q->speaker < 0 || d->entities[q->speaker].kind == PX_ENT_MEDIA) continue;
        q->via = via_of(w, q);
    }
}
