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

/* Up to max bytes of s on one line: newlines become spaces, and a cut
 * falls on a UTF-8 boundary (text.c). */
void px_put_excerpt(px_buf *b, const char *s, size_t len, size_t max);

/* Timeline, numbers that differ and attribution chains (story_extras.c). */
void px_json_timeline(const px_story_view *v, px_buf *b);
void px_json_disagreements(const px_story_view *v, px_buf *b);
void px_json_attributions(const px_story_view *v, px_buf *b);
void px_text_story_extras(const px_story_view *v, px_buf *b, int markdown);
void px_html_story_extras(const px_story_view *v, px_buf *b);


/* ---- story page and source labels (html.c, sources.c) ---- */

typedef struct px_source_label {
    const char *rater, *value;
} px_source_label;

typedef struct px_source_info {
    const char *domain, *name, *country, *ownership;
    const char **aliases;
    size_t n_aliases;
    px_source_label *labels;
    size_t n_labels;
} px_source_info;

struct px_sources {
    px_arena arena;                /* owns every string and array */
    px_source_info *v;
    size_t n;
    const char **raters;           /* distinct rater names, first seen first */
    size_t n_raters;
};

/* The source of an article (by URL host, else by site name), or NULL. */
const px_source_info *px_sources_match(const px_sources *s, const char *url, const char *site);
/* The key naming an article's source in /source/KEY: the matched domain,
 * else the URL host, else the site name; NULL when none is known.  *buf
 * receives a host copied out of the URL when needed. */
const char *px_source_key(const px_sources *s, const char *url, const char *site,
                          char *buf, size_t bufsize);
/* The value a rater gave a source, or NULL. */
const char *px_source_label_of(const px_source_info *src, const char *rater);

typedef struct px_page_opts {
    const px_sources *sources;     /* may be NULL */
    int served;                    /* 1: page of `parallax serve` (links to
                                      /article/ID, /static/ CSS and JS);
                                      0: one self-contained file */
} px_page_opts;

void px_render_story_page(const px_story_view *v, const px_page_opts *o, px_buf *b);
/* Shared by the report and the server's stylesheet. */
extern const char px_page_css[];
/* Small pieces the web pages share with the story page. */
void px_page_head(px_buf *b, const char *title, int served);
void px_page_nav(px_buf *b, int served);
/* Blindspots of a set of articles (srcs[i]: the matched source of article
 * i, or NULL): an ownership group or a rater's label that every labelled
 * outlet shares.  Appends one note per blindspot to b (may be NULL) and
 * returns how many. */
int px_blindspots_html(const px_sources *s, const px_source_info *const *srcs, size_t n, px_buf *b);

#endif
