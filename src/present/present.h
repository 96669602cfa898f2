/*
 * present.h - the present stage: turns a stored story into a comparison
 * and renders it as text, JSON, Markdown or HTML.
 */
#ifndef PX_PRESENT_H
#define PX_PRESENT_H

#include "compare/compare.h"
#include "store/store.h"

/* A story loaded from the store and compared; owns everything. */
typedef struct px_story_view {
    int64_t story_id;
    char *title;
    px_stored_article *stored;
    size_t n_stored;
    px_stored_reuse *reuse;
    size_t n_reuse;
    px_textdoc **docs;
    px_cmp_article *articles;
    px_cmp_link *links;
    uint32_t n_links;
    px_comparison *cmp;
} px_story_view;

px_status px_story_view_load(px_ctx *ctx, px_store *s, int64_t story_id, px_story_view **out);
void px_story_view_free(px_story_view *v);

/* Text of sentence r of the view, as a pointer and length into doc->text. */
const char *px_view_sentence(const px_story_view *v, px_cmp_ref r, size_t *len);
/* A short label for article i: its site, else its title, else its path. */
const char *px_view_label(const px_story_view *v, uint32_t i);

void px_render_json(const px_story_view *v, px_buf *b);
void px_render_text(const px_story_view *v, px_buf *b, int markdown);
void px_render_html(const px_story_view *v, px_buf *b);

const char *px_entity_kind_name(px_entity_kind k);

#endif
