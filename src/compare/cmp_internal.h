/* cmp_internal.h - what the compare stage's files share. */
#ifndef PX_CMP_INTERNAL_H
#define PX_CMP_INTERNAL_H

#include "compare/compare.h"
#include "util/map.h"

typedef struct px_cmp_idf {
    px_map df;                     /* stem -> articles of the story using it */
    uint32_t n_articles;
} px_cmp_idf;

/* Content words (non-stop words and numbers) in a sentence. */
uint32_t px_cmp_content_words(const px_textdoc *doc, uint32_t sentence);

px_status px_cmp_quotes(px_comparison *c, const px_cmp_idf *idf);
px_status px_cmp_entities(px_comparison *c);
px_status px_cmp_summary(px_comparison *c, const px_cmp_idf *idf, const uint32_t *fact_of,
                         const uint32_t *first_sentence, uint32_t lines);

/* dates, quantities and the sections built from them (timeline.c,
 * numbers.c, chains.c) */
px_status px_cmp_find_dates(px_ctx *ctx, px_comparison *c);
px_status px_cmp_timeline(px_comparison *c);
px_status px_cmp_disagreements(px_comparison *c, px_cmp_idf *idf, const uint32_t *fact_of,
                               const uint32_t *first_sentence);
px_status px_cmp_chains(px_comparison *c);
/* Story idf of a stem, for px_sentence_similarity. */
double px_cmp_story_idf(void *user, uint64_t term);

#endif
