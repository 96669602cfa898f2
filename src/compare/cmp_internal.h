/* cmp_internal.h - what the compare stage's files share. */
#ifndef PX_CMP_INTERNAL_H
#define PX_CMP_INTERNAL_H

#include "compare/compare.h"
#include "util/map.h"

typedef struct px_cmp_idf {
    px_map df;                     /* stem -> articles of the story using it */
    uint32_t n_articles;
} px_cmp_idf;

/* Sentences as TF-IDF vectors, idf over the story's sentences (factvec.c);
 * sentences numbered through the story, article by article. */
typedef struct px_fact_vec {
    size_t first;                  /* into term and weight */
    uint32_t n;
    double norm;
    double quoted_norm;            /* of the words inside quotes */
    uint64_t speaker;              /* hash of a quote's speaker in it, or 0 */
} px_fact_vec;

typedef struct px_fact_vecs {
    px_fact_vec *vecs;
    uint64_t *term;                /* each sentence's stems, sorted */
    double *weight;
    uint8_t *kind;                 /* 1 number, 2 name, 3 word; | 4 quoted */
    uint32_t n;
} px_fact_vecs;

px_status px_fact_vecs_new(const px_cmp_article *arts, uint32_t n, px_fact_vecs *out);
void px_fact_vecs_free(px_fact_vecs *f);
/* Cosine of sentences x and y; two quoting one speaker are compared by
 * their quoted words alone.  near_figures: figures of x and y that count
 * one thing with nearly one value ("28,000 homes", "about 30,000 homes"),
 * each weighed as a shared figure. */
double px_fact_cosine(const px_fact_vecs *f, uint32_t x, uint32_t y, uint32_t near_figures);
/* The term a token stands for in the vectors: its stem, or for a figure
 * its digits ("4%" and "4 per cent" give one term). */
uint64_t px_fact_term(const px_token *t);

/* Content words (non-stop words and numbers) in a sentence. */
uint32_t px_cmp_content_words(const px_textdoc *doc, uint32_t sentence);

px_status px_cmp_quotes(px_comparison *c, const px_cmp_idf *idf);
px_status px_cmp_entities(px_comparison *c);
px_status px_cmp_summary(px_comparison *c, const uint32_t *fact_of, const uint32_t *first_sentence,
                         uint32_t lines);

/* dates, quantities and the sections built from them (timeline.c,
 * numbers.c, chains.c) */
px_status px_cmp_find_dates(px_ctx *ctx, px_comparison *c);
px_status px_cmp_timeline(px_comparison *c);
px_status px_cmp_disagreements(px_comparison *c, px_cmp_idf *idf, const uint32_t *fact_of,
                               const uint32_t *first_sentence);
px_status px_cmp_chains(px_comparison *c);
/* The figures of sentence s of article a: [*lo, *hi) of its quantities,
 * at most 64 (numbers.c). */
void px_cmp_sentence_quantities(const px_comparison *c, uint32_t a, uint32_t s, size_t *lo,
                                size_t *hi);
/* Story idf of a stem, for px_sentence_similarity. */
double px_cmp_story_idf(void *user, uint64_t term);

#endif
