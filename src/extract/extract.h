/*
 * extract.h - what the files of the extract stage share.
 *
 * The stage turns one page (HTML or an already-stripped text dump, any
 * charset) into a px_article.  Data moves one way:
 *
 *   charset.c   raw bytes -> UTF-8
 *   attrs.c     caps the attributes per element before parsing
 *   extract.c   px_extract(): limits, sniffing, dispatch, final checks
 *   html.c      parse with libxml2, metadata + main text -> article
 *   dom.c       iterative tree walking, text gathering, boilerplate names
 *   cards.c     teaser cards (runs of short, linked, like blocks)
 *   score.c     picks the container that holds the article body
 *   blocks.c    turns the chosen container into clean paragraphs
 *   lead.c      the standfirst outside the container, by the description
 *   meta.c      <meta>, <link>, <time>, <title>: metadata of an HTML page
 *   jsonld.c    schema.org JSON-LD blocks (with @graph)
 *   date.c      dates in any common spelling -> ISO 8601
 *   textdump.c  line-level boilerplate removal for text dumps
 *   lines.c     line features shared by textdump.c and blocks.c
 */
#ifndef PX_EXTRACT_H
#define PX_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "util.h"

/* ---- charset.c ---- */

/* Convert data to UTF-8.  Order: BOM, http_charset, <meta charset> or
 * http-equiv in the first 4 KB, uchardet, else windows-1252.  Invalid
 * sequences become U+FFFD; NULs and C0 controls are dropped.  *out is
 * malloc'd and NUL-terminated. */
px_status px_extract_to_utf8(px_ctx *ctx, const char *name, const char *data,
                             size_t len, const char *http_charset,
                             char **out, size_t *out_len);

/* ---- attrs.c ---- */

/* Blank with spaces, in place, the attributes of any start tag past the
 * first max_attrs (libxml2 is quadratic in them); returns how many tags
 * were cut. */
size_t px_extract_cap_attributes(char *s, size_t n, size_t max_attrs);

/* ---- extract.c ---- */


/* ---- html.c ---- */

/* Fill article from an HTML page already in UTF-8. */
px_status px_extract_html(px_ctx *ctx, const px_extract_input *input,
                          const char *utf8, size_t len, px_article *article);

/* ---- textdump.c ---- */

/* Fill article from a text dump in UTF-8. */
px_status px_extract_textdump(px_ctx *ctx, const px_extract_input *input,
                              const char *utf8, size_t len,
                              px_article *article);

/* ---- dom.c ---- */

/* Document-order walk over the subtree of root, without recursion so any
 * nesting is safe.  Elements deeper than max_depth (below root) are not
 * entered.  on_exit, when set, is called as each entered node is left. */
typedef struct px_walk {
    xmlNode *root;
    xmlNode *node;       /* current node, NULL when done */
    int depth;           /* of node below root: root's children are 1 */
    int max_depth;
    void (*on_exit)(void *user, xmlNode *node);
    void *user;
} px_walk;

/* Start at root's first child; returns it (or NULL). */
xmlNode *px_walk_start(px_walk *w, xmlNode *root, int max_depth);
/* Advance; skip_children leaves the subtree of the current node out. */
xmlNode *px_walk_next(px_walk *w, bool skip_children);
/* Lowercase element name, "" for non-elements. */
const char *px_dom_name(const xmlNode *node);
/* Is node the element name?  Inline, with the first letters compared
 * before strcmp: it runs several times for every element of a page. */
static inline bool px_dom_is(const xmlNode *node, const char *name)
{
    const char *own = node && node->type == XML_ELEMENT_NODE && node->name
                    ? (const char *)node->name : "";
    return own[0] == name[0] && strcmp(own, name) == 0;
}
/* Attribute value (libxml2-owned) or NULL. */
const char *px_dom_attr(const xmlNode *node, const char *name);
/* px_dom_attr of n names at once, in one pass over the attributes. */
void px_dom_attrs(const xmlNode *node, const char *const *names, const char **values,
                  size_t n);
/* Append the text below node to b, collapsing white space; elements
 * deeper than max_depth are skipped.  Block elements and <br> add a
 * space so words do not run together.  Stops once b holds more than cap
 * bytes (the caller wanted a short text: a date, a title). */
void px_dom_text(const xmlNode *node, int max_depth, size_t cap, px_buf *b);
/* Bytes of text below node, and bytes of it inside <a>. */
void px_dom_text_stats(const xmlNode *node, int max_depth, size_t *text,
                       size_t *link_text, int *n_paragraphs, int *n_commas);
/* What px_dom_text_stats counts, for one element. */
typedef struct px_text_stats {
    size_t text, links, commas;
    int paras;
    bool cut;            /* the depth limit (from the root) hid part of it */
} px_text_stats;
/* px_dom_text_stats of root and of every element below it in one
 * bottom-up walk: each element's _private gets its counts (from arena),
 * equal to px_dom_text_stats(element) unless cut; skipped tags get
 * NULL.  Returns root's counts, or NULL (and _private cleared) when out
 * of memory.  The caller clears _private (px_dom_clear_private). */
px_text_stats *px_dom_text_stats_tree(xmlNode *root, int max_depth, px_arena *arena);
/* Set _private to NULL on root and every node below it. */
void px_dom_clear_private(xmlNode *root, int max_depth);
/* Class, id and role of node say it is page furniture (nav, share bar,
 * cookie banner, ...). */
bool px_dom_is_boilerplate_name(const xmlNode *node);
/* Class or id say it holds content (article, story, post body, ...):
 * +1 for a hint, 0 for none, -1 for a negative hint (weaker than the
 * boilerplate names, e.g. "meta", "caption", "credit"). */
int px_dom_name_hint(const xmlNode *node);
/* Element that is a block (p, div, li, h1, ...), not inline. */
bool px_dom_is_block(const xmlNode *node);

/* ---- cards.c ---- */

/* n is a teaser card: one of a run of like blocks, short and linked.
 * Measuring costs a subtree walk, taken from *budget (none left: false). */
bool px_card_is(const xmlNode *n, int max_depth, int *budget);

/* ---- score.c ---- */

/* The element whose subtree holds the article body, with the siblings
 * that belong to it (lead paragraphs, split bodies), in document order,
 * into out (at most max_out); returns how many, 0 when none. */
size_t px_score_pick(xmlNode *body, int max_depth, xmlNode **out, size_t max_out);

/* ---- lead.c ---- */

/* The block before first_pick (in document order) that shows the page's
 * description: the lead paragraph the container left out; NULL if none,
 * or when text (what was collected, may be NULL) already opens like it. */
xmlNode *px_lead_find(xmlNode *body, int max_depth, const char *description,
                      const xmlNode *first_pick, const char *text);

/* ---- blocks.c ---- */

/* Append the paragraphs of the containers (in order) to out as
 * "para\n\npara...".  When title is given, a leading heading equal to it
 * is left out. */
void px_blocks_collect(xmlNode *const *containers, size_t n_containers,
                       int max_depth, const char *title, px_buf *out);

/* ---- meta.c ---- */

/* Metadata of an HTML page into article (title, byline, date, site, url,
 * language, description).  *jsonld_body gets a malloc'd articleBody from
 * JSON-LD when there is one, else NULL. */
px_status px_meta_collect(xmlDoc *doc, const px_extract_input *input,
                          int max_depth, px_article *article,
                          char **jsonld_body);
/* Strip a " | Site" / " - Site" suffix or prefix from a page title, in
 * place; site may be NULL. */
void px_meta_clean_title(char *title, const char *site);

/* ---- jsonld.c ---- */

typedef struct px_jsonld {
    char *headline;
    char *date;          /* datePublished, else dateCreated */
    char *author;
    char *publisher;
    char *description;
    char *url;
    char *language;
    char *body;          /* articleBody / text */
} px_jsonld;

/* Merge what one <script type="application/ld+json"> holds into ld: the
 * first article-like object wins (fields already set are kept). */
void px_jsonld_parse(const char *json, size_t len, px_jsonld *ld);
void px_jsonld_free(px_jsonld *ld);

/* ---- date.c ---- */

/* Normalise a date in s (ISO 8601, RFC 2822, "Jun 18, 2024 11:48 PM",
 * "18 June 2024", "18.06.2024", German/French/Spanish month names, ...)
 * into out ("2024-06-18" or "2024-06-18T23:48:00[+08:00]").  Returns
 * false when no plausible date is found. */
bool px_date_parse(const char *s, char out[32]);
/* Date written in a URL path: /2024/06/18/ or /20240618/ or /2024-06-18. */
bool px_date_from_url(const char *url, char out[32]);

/* ---- lines.c ---- */

/* Features of one line or block of text, for junk tests. */
typedef struct px_line_info {
    int words;            /* white-space separated words */
    int caps_words;       /* words starting with an upper-case letter */
    int letters;
    bool sentence_end;    /* ends in . ! ? : or a closing quote after them */
    bool has_email;
    bool has_url;
} px_line_info;

void px_line_measure(const char *s, size_t n, px_line_info *info);
/* A line that is page furniture whatever its context: "Advertisement",
 * "Share this", "Read more", "Comments0", "Photo: X", "(c) X", skip
 * links, subscribe and comment prompts. */
bool px_line_is_junk(const char *s, size_t n);
/* Headings that end an article: FINAL for comment/subscribe/author
 * headings, ASIDE for a box of other articles ("Related", "Read more"),
 * which may also sit inside the text. */
typedef enum px_end_kind { PX_END_NONE, PX_END_ASIDE, PX_END_FINAL } px_end_kind;
px_end_kind px_line_end_kind(const char *s, size_t n);
/* "Published: Jun 18, 2024 11:48 PM", "By Jane Roe", "Updated ..." lines;
 * the date (if any) goes to date_out (may be "" when none). */
bool px_line_is_dateline(const char *s, size_t n, char date_out[32]);
bool px_line_is_byline(const char *s, size_t n);

#endif
