/*
 * summary.c - an extractive summary across sources.
 *
 * A sentence scores by how central it is to the story (the share of
 * articles using each of its words, idf-weighted so that the story's
 * ubiquitous names do not dominate), by how many independent sources
 * carry its fact (a wire story's republications count once),
 * and a little by coming early in its article.  Lines are then picked
 * greedily with redundancy removed (maximal marginal relevance): no two
 * from one fact, none too close in words to one already picked, and no
 * more from one article than its share (lines / articles, at least two)
 * while others have candidates: a story of two reports gets both.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/cmp_internal.h"

#define MIN_SUMMARY_WORDS 8
#define MAX_SUMMARY_WORDS 60
#define REDUNDANT_OVERLAP 0.5

typedef struct cand {
    px_cmp_ref ref;
    double score;
    uint32_t fact;                 /* fact + 1, or 0 */
} cand;

static int by_score(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->score != b->score) return a->score < b->score ? 1 : -1;
    if (a->ref.article != b->ref.article) return a->ref.article < b->ref.article ? -1 : 1;
    return a->ref.sentence < b->ref.sentence ? -1 : a->ref.sentence > b->ref.sentence;
}

/* Independent sources using each stem: a wire story's republications
 * use its words once between them.  Values: source mark << 32 | count. */
static px_status source_df(const px_comparison *c, px_map *df)
{
    for (uint32_t r = 0; r < c->n_articles; r++) {
        if (c->source_of[r] != r) continue;          /* r names a source */
        const uint64_t mark = (uint64_t)(r + 1) << 32;
        for (uint32_t a = r; a < c->n_articles; a++) {
            if (c->source_of[a] != r) continue;
            const px_textdoc *doc = c->articles[a].doc;
            for (size_t t = 0; t < doc->n_tokens; t++) {
                uint64_t *v = px_map_upsert(df, doc->tokens[t].stem_hash ? doc->tokens[t].stem_hash : 1);
                if (!v) return PX_NOMEM;
                if ((*v & ~(uint64_t)UINT32_MAX) == mark) continue;
                *v = mark | ((*v & UINT32_MAX) + 1);
            }
        }
    }
    return PX_OK;
}

static double df_share(const px_comparison *c, const px_map *df, uint64_t h)
{
    const uint64_t *v = px_map_get(df, h ? h : 1);
    return v && c->n_sources ? (double)(*v & UINT32_MAX) / c->n_sources : 0;
}

/* Share of the content stems of a found in b. */
static double overlap(const px_textdoc *da, const px_sentence *a, const px_textdoc *db, const px_sentence *b)
{
    uint32_t n = 0, hit = 0;
    for (uint32_t i = a->tok_begin; i < a->tok_end; i++) {
        const px_token *t = &da->tokens[i];
        if (!(t->flags & PX_TOK_WORD) || (t->flags & PX_TOK_STOP)) continue;
        n++;
        for (uint32_t j = b->tok_begin; j < b->tok_end; j++)
            if (db->tokens[j].stem_hash == t->stem_hash) { hit++; break; }
    }
    return n ? (double)hit / n : 0;
}

px_status px_cmp_summary(px_comparison *c, const uint32_t *fact_of, const uint32_t *first_sentence,
                         uint32_t lines)
{
    uint32_t total = first_sentence[c->n_articles];
    px_map df = PX_MAP_INIT;
    cand *cands = malloc((total + 1) * sizeof *cands);
    if (!cands || source_df(c, &df) != PX_OK) {
        free(cands);
        px_map_free(&df);
        return PX_NOMEM;
    }
    uint32_t n = 0;
    for (uint32_t a = 0; a < c->n_articles; a++) {
        const px_textdoc *doc = c->articles[a].doc;
        for (uint32_t s = 0; s < doc->n_sentences; s++) {
            uint32_t words = px_cmp_content_words(doc, s);
            if (words < MIN_SUMMARY_WORDS / 2) continue;
            const px_sentence *sent = &doc->sentences[s];
            uint32_t all_words = 0, quoted = 0;
            double central = 0;
            for (uint32_t t = sent->tok_begin; t < sent->tok_end; t++) {
                const px_token *tok = &doc->tokens[t];
                if (!(tok->flags & (PX_TOK_WORD | PX_TOK_NUM))) continue;
                all_words++;
                if (tok->flags & PX_TOK_QUOTED) quoted++;
                if (tok->flags & PX_TOK_STOP) continue;
                double share = df_share(c, &df, tok->stem_hash);
                /* words most of the story shares but not all of it carry the event */
                central += share * (1.0 - 0.5 * share);
            }
            if (all_words < MIN_SUMMARY_WORDS || all_words > MAX_SUMMARY_WORDS) continue;
            /* a summary states what happened; quotes are shown elsewhere */
            if (quoted * 2 > all_words) continue;
            uint32_t f = fact_of[first_sentence[a] + s];
            double reach = f && c->n_sources ? (double)c->facts[f - 1].n_sources / c->n_sources : 0;
            double position = 1.0 / (1.0 + sent->paragraph);
            cands[n].ref = (px_cmp_ref){a, s};
            cands[n].fact = f;
            cands[n].score = central / sqrt((double)words) + 0.6 * reach + 0.25 * position;
            n++;
        }
    }
    px_map_free(&df);
    qsort(cands, n, sizeof *cands, by_score);
    c->summary = px_arena_alloc(&c->arena, (lines + 1) * sizeof *c->summary);
    uint32_t *per_article = calloc(c->n_articles + 1, sizeof *per_article);
    if (!c->summary || !per_article) { free(cands); free(per_article); return PX_NOMEM; }
    uint32_t cap_per_article = c->n_articles > 1 ? (lines + c->n_articles - 1) / c->n_articles : lines;
    if (cap_per_article < 2) cap_per_article = 2;
    for (int pass = 0; pass < 2 && c->n_summary < lines; pass++) {
        for (uint32_t i = 0; i < n && c->n_summary < lines; i++) {
            cand *k = &cands[i];
            if (k->score < 0) continue;                    /* taken */
            if (pass == 0 && per_article[k->ref.article] >= cap_per_article) continue;
            const px_textdoc *dk = c->articles[k->ref.article].doc;
            const px_sentence *sk = &dk->sentences[k->ref.sentence];
            int redundant = 0;
            for (uint32_t j = 0; j < c->n_summary && !redundant; j++) {
                px_cmp_ref r = c->summary[j];
                uint32_t fr = fact_of[first_sentence[r.article] + r.sentence];
                if (k->fact && k->fact == fr) redundant = 1;
                const px_textdoc *dr = c->articles[r.article].doc;
                if (overlap(dk, sk, dr, &dr->sentences[r.sentence]) > REDUNDANT_OVERLAP) redundant = 1;
            }
            if (redundant) continue;
            c->summary[c->n_summary++] = k->ref;
            per_article[k->ref.article]++;
            k->score = -1;
        }
    }
    free(cands);
    free(per_article);
    return PX_OK;
}
