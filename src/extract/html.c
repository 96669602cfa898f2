/*
 * html.c - an HTML page (already UTF-8) -> article.
 *
 * Steps: parse with libxml2's forgiving HTML parser; read the metadata
 * (before anything is removed, since JSON-LD lives in <script>); prune
 * what is never article text (scripts, forms, navigation, and elements
 * whose class/id/role name page furniture, unless they hold most of the
 * page's paragraphs: some sites wrap everything in <form> or give <body>
 * a "has-sidebar" class); score the rest to find the body container;
 * turn it into paragraphs.  JSON-LD articleBody replaces the result when
 * it is clearly longer, since it is the publisher's own clean copy.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

#define HOLDS_CHECKS_MAX 256   /* bound on subtree measurements when pruning */
#define CARD_CHECKS_MAX 256    /* the same for teaser cards */

typedef struct pruner {
    xmlNode *body;
    bool measured;         /* body_text and body_paras are set */
    size_t body_text;      /* characters in the whole body */
    int body_paras;
    int checks;            /* subtree measurements made so far */
    int card_checks;       /* measurements of teaser cards left */
    int max_depth;
    bool tried;            /* the counts below were attempted */
    bool counted;          /* every element's counts hang on _private */
    px_arena arena;        /* which holds them */
} pruner;

static bool S_always_drop(const char *name)
{
    static const char *const tags[] = {
        "script", "style", "noscript", "template", "svg", "iframe", "object",
        "embed", "canvas", "button", "select", "textarea", "input", "link",
        "meta", "map", "dialog", "frameset", "frame",
    };
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (tags[i][0] == name[0] && strcmp(name, tags[i]) == 0) return true;
    return false;
}

static bool S_furniture_tag(const char *name)
{
    return strcmp(name, "nav") == 0 || strcmp(name, "header") == 0 ||
           strcmp(name, "footer") == 0 || strcmp(name, "aside") == 0 ||
           strcmp(name, "form") == 0 || strcmp(name, "menu") == 0;
}

static bool S_hidden(const xmlNode *n)
{
    static const char *const names[] = {"hidden", "aria-hidden", "style"};
    const char *v[3];
    px_dom_attrs(n, names, v, 3);
    if (v[0]) return true;
    const char *aria = v[1];
    if (aria && strcasecmp(aria, "true") == 0 && !px_dom_is(n, "p")) return true;
    const char *style = v[2];
    if (style) {
        char low[256];
        size_t k = 0;
        for (size_t i = 0; style[i] && k + 1 < sizeof low; i++)
            if (style[i] != ' ') low[k++] = (char)(style[i] | 0x20);
        low[k] = '\0';
        if (strstr(low, "display:none") || strstr(low, "visibility:hidden")) return true;
    }
    return false;
}

/* The body's totals, when a check first needs them and again after the
 * page changed.  The first time, every element's counts are hung on
 * _private in the same walk: drops and unwraps happen at or behind the
 * walk's position, so the subtrees of later candidates are untouched
 * until the walk reaches them and their counts hold (what an unwrapped
 * <noscript> let in was never counted and is measured directly). */
static void S_measure(pruner *p)
{
    if (p->measured) return;
    p->measured = true;
    if (!p->tried) {
        p->tried = true;
        const px_text_stats *all = px_dom_text_stats_tree(p->body, p->max_depth, &p->arena);
        if (all) {
            p->counted = true;
            p->body_text = all->text;
            p->body_paras = all->paras;
            return;
        }
    }
    px_dom_text_stats(p->body, p->max_depth, &p->body_text, NULL, &p->body_paras, NULL);
}

/* Does n hold the article, so that a furniture name must be ignored? */
static bool S_holds_article(pruner *p, const xmlNode *n)
{
    if (p->checks++ > HOLDS_CHECKS_MAX) return false;
    S_measure(p);   /* only pages with furniture need the totals */
    size_t text = 0, links = 0;
    int paras = 0;
    const px_text_stats *st = p->counted ? n->_private : NULL;
    if (st && !st->cut) {
        text = st->text;
        links = st->links;
        paras = st->paras;
    } else {
        px_dom_text_stats(n, p->max_depth, &text, &links, &paras, NULL);
    }
    /* Most of the page's text, with few links: paragraphs as <p>, or as
     * <br>-separated text (blog engines), then with fewer links still. */
    if (text * 2 > p->body_text && (paras >= 3 ? links * 3 < text : links * 5 < text))
        return true;
    /* "entry share", "post-content has-comments": a content word beside
     * the furniture word; trust it when there is prose below. */
    if (px_dom_name_hint(n) > 0 && paras >= 2 && links * 3 < text) return true;
    if (p->body_paras > 0 && paras * 2 > p->body_paras && paras >= 4) return true;
    /* A <header> inside the article holds its lead (a standfirst of a
     * sentence or two) beside the headline; a page header holds links. */
    if (px_dom_is(n, "header") && text >= 100 && links * 5 < text) return true;
    return false;
}

/* A <noscript> left open ("<noscript><div>" with no "</noscript>")
 * swallows the rest of the page in libxml2's tree, as browsers that run
 * scripts never do; one holding more text than the page outside it is
 * such a case, and is opened up instead of dropped. */
static bool S_noscript_swallowed(pruner *p, const xmlNode *n)
{
    if (!px_dom_is(n, "noscript") || !n->children || p->checks++ > HOLDS_CHECKS_MAX)
        return false;
    S_measure(p);
    size_t text = 0;
    px_dom_text_stats(n, p->max_depth, &text, NULL, NULL, NULL);
    return text > p->body_text;
}

/* Move n's children to where n is, then free n; returns the first. */
static xmlNode *S_unwrap(xmlNode *n)
{
    xmlNode *first = n->children;
    while (n->children) {
        xmlNode *c = n->children;
        xmlUnlinkNode(c);
        xmlAddPrevSibling(n, c);
    }
    xmlUnlinkNode(n);
    xmlFreeNode(n);
    return first;
}

/* Elements taken out for their furniture tag or name, kept so that the
 * fallback can put them back.  Each leaves an empty stand-in element
 * where it was: teaser cards go before the walk reaches their siblings,
 * so a sibling recorded as a place to return to could be freed by the
 * walk later (a comment, a script); the stand-in is never freed before
 * the document. */
#define STAND_IN "parallax-removed"

typedef struct removed {
    xmlNode *node, *stand_in;
} removed;

typedef struct removals {
    removed *v;
    size_t n, cap;
} removals;

static bool S_is_stand_in(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, STAND_IN) == 0;
}

static void S_drop(removals *r, xmlNode *n, bool keep)
{
    if (keep && r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 64;
        removed *nv = realloc(r->v, cap * sizeof *nv);
        if (nv) { r->v = nv; r->cap = cap; }
    }
    xmlNode *stand_in = keep && r->n < r->cap ? xmlNewDocNode(n->doc, NULL, BAD_CAST STAND_IN, NULL)
                                              : NULL;
    if (stand_in) {
        xmlReplaceNode(n, stand_in);
        r->v[r->n++] = (removed){n, stand_in};
        return;
    }
    xmlUnlinkNode(n);   /* out of memory for the record: gone for good */
    xmlFreeNode(n);
}

/* Put the removed elements back where their stand-ins are. */
static void S_restore(removals *r)
{
    while (r->n) {
        removed *m = &r->v[--r->n];
        xmlReplaceNode(m->stand_in, m->node);
        xmlFreeNode(m->stand_in);
    }
}

static void S_removals_free(removals *r)
{
    for (size_t i = 0; i < r->n; i++) xmlFreeNode(r->v[i].node);
    free(r->v);
    r->v = NULL;
    r->n = r->cap = 0;
}

/* Teaser cards among parent's children go, a run at once: judged one by
 * one as the walk removes them, the last of a run would have lost the
 * like siblings that make it a card. */
static void S_drop_cards(pruner *p, xmlNode *parent, removals *r)
{
    xmlNode *cards[64];
    size_t n;
    do {
        n = 0;
        for (xmlNode *c = parent->children; c && n < 64; c = c->next)
            if (c->type == XML_ELEMENT_NODE && px_card_is(c, p->max_depth, &p->card_checks))
                cards[n++] = c;
        for (size_t i = 0; i < n; i++) S_drop(r, cards[i], true);
    } while (n == 64);
}

/* Drop what is never article text (scripts, forms, hidden elements: freed)
 * and page furniture by tag or class/id (recorded in r for the fallback). */
static void S_prune(xmlNode *body, int max_depth, removals *r)
{
    pruner p = {.body = body, .max_depth = max_depth, .card_checks = CARD_CHECKS_MAX,
                .arena = PX_ARENA_INIT};
    S_drop_cards(&p, body, r);
    px_walk w = {0};
    for (xmlNode *n = px_walk_start(&w, body, max_depth); n;) {
        if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
            xmlNode *next = px_walk_next(&w, true);
            S_drop(r, n, false);
            n = next;
            continue;
        }
        if (n->type != XML_ELEMENT_NODE || S_is_stand_in(n)) {
            n = px_walk_next(&w, false);
            continue;
        }
        if (S_noscript_swallowed(&p, n)) {
            n = w.node = S_unwrap(n);   /* the walk goes on at the first child */
            p.measured = false;         /* the page text just grew */
            continue;
        }
        const char *name = px_dom_name(n);
        bool hard = S_always_drop(name) || S_hidden(n), soft = false;
        if (!hard && (S_furniture_tag(name) || px_dom_is_boilerplate_name(n)) &&
            px_dom_name_hint(n) < 2 && !px_dom_is(n, "article") && !px_dom_is(n, "main"))
            soft = !S_holds_article(&p, n);
        if (hard || soft) {
            xmlNode *next = px_walk_next(&w, true);
            S_drop(r, n, soft);
            n = next;
        } else {
            S_drop_cards(&p, n, r);
            n = px_walk_next(&w, false);
        }
    }
    if (p.counted) {
        px_dom_clear_private(body, max_depth);
        for (size_t i = 0; i < r->n; i++) px_dom_clear_private(r->v[i].node, max_depth);
    }
    px_arena_free(&p.arena);
}

static xmlNode *S_find_body(xmlDoc *doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root) return NULL;
    for (xmlNode *c = root->children; c; c = c->next)
        if (px_dom_is(c, "body")) return c;
    return root;
}

/* Characters (not bytes) of a UTF-8 string. */
static size_t S_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* Below this many characters a result is suspect and the fallback runs. */
#define FALLBACK_CHARS 250
#define MAX_PICKS 64
#define MAX_LEAD 4000   /* bytes: a standfirst is a paragraph or two */

/* Score body, collect the chosen containers; a tiny pick on a page with
 * more text falls back to the whole body.  The lead the containers left
 * out goes to lead (empty when none). */
static void S_main_text(xmlNode *body, int max_depth, const px_article *article,
                        px_buf *text, px_buf *lead)
{
    xmlNode *picks[MAX_PICKS];
    size_t n = px_score_pick(body, max_depth, picks, MAX_PICKS);
    if (n == 0) {
        px_blocks_collect(&body, 1, max_depth, article->title, text);
        return;
    }
    px_blocks_collect(picks, n, max_depth, article->title, text);
    if (text->len < 200) {
        px_buf all = PX_BUF_INIT;
        px_blocks_collect(&body, 1, max_depth, article->title, &all);
        if (all.len > 2 * text->len + 200) {
            px_buf_free(text);
            *text = all;
            return;
        }
        px_buf_free(&all);
    }
    /* A lead set as a heading (a subtitle) is taken whole: the paragraph
     * rules drop a heading that ends the text. */
    xmlNode *lead_node = px_lead_find(body, max_depth, article->description, picks[0],
                                     text->data);
    px_buf_reset(lead);
    if (!lead_node) return;
    const char *name = px_dom_name(lead_node);
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
        px_dom_text(lead_node, max_depth, MAX_LEAD, lead);
        if (lead->len > MAX_LEAD || (article->title && lead->data &&
                                     strcmp(lead->data, article->title) == 0))
            px_buf_reset(lead);
    } else {
        px_blocks_collect(&lead_node, 1, max_depth, article->title, lead);
    }
}

/* Put the lead in front of text unless text already holds it. */
static void S_prepend_lead(px_buf *text, const px_buf *lead)
{
    if (!lead->len || (text->data && strstr(text->data, lead->data))) return;
    px_buf both = PX_BUF_INIT;
    px_buf_append(&both, lead->data, lead->len);
    if (text->len) {
        px_buf_puts(&both, "\n\n");
        px_buf_append(&both, text->data, text->len);
    }
    px_buf_free(text);
    *text = both;
}

px_status px_extract_html(px_ctx *ctx, const px_extract_input *input,
                          const char *utf8, size_t len, px_article *article)
{
    const char *name = input->name ? input->name : "page";
    if (len > (size_t)INT32_MAX)
        return px_fail(ctx, PX_LIMIT, "%s: page of %zu bytes is too large to parse", name, len);
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    htmlDocPtr doc = htmlReadMemory(utf8, (int)len, input->url, "UTF-8", opts);
    if (!doc) return px_fail(ctx, PX_CORRUPT, "%s: offset 0: not parseable as HTML", name);
    int max_depth = (int)px_limit(ctx, PX_LIMIT_DOM_DEPTH, -1);

    char *ld_body = NULL;
    px_status st = px_meta_collect(doc, input, max_depth, article, &ld_body);
    if (st != PX_OK) {
        xmlFreeDoc(doc);
        return px_fail(ctx, st, "%s: reading metadata: %s", name, px_status_str(st));
    }

    px_buf text = PX_BUF_INIT, lead = PX_BUF_INIT;
    xmlNode *body = S_find_body(doc);
    if (body) {
        removals rm = {0};
        S_prune(body, max_depth, &rm);
        S_main_text(body, max_depth, article, &text, &lead);
        /* Too little text: the pruning by names may have taken the body
         * (a "widget" or "comments" wrapper around everything).  Put the
         * furniture back and run again, as trafilatura falls back to a
         * baseline; keep the second result only when it is clearly more. */
        size_t got = text.data ? S_chars(text.data) : 0;
        if (got < FALLBACK_CHARS && rm.n) {
            S_restore(&rm);
            px_buf alt = PX_BUF_INIT, alt_lead = PX_BUF_INIT;
            S_main_text(body, max_depth, article, &alt, &alt_lead);
            size_t more = alt.data ? S_chars(alt.data) : 0;
            if (more > got + got / 2 + 50) {
                px_buf_free(&text);
                px_buf_free(&lead);
                text = alt;
                lead = alt_lead;
            } else {
                px_buf_free(&alt);
                px_buf_free(&alt_lead);
            }
        }
        S_removals_free(&rm);
    }
    xmlFreeDoc(doc);

    if (ld_body && !strchr(ld_body, '<')) {
        size_t ld_chars = S_chars(ld_body);
        size_t got = text.data ? S_chars(text.data) : 0;
        if (ld_chars > got + got / 4 + 50) {
            px_buf_reset(&text);
            px_buf_puts(&text, ld_body);
        }
    }
    free(ld_body);
    S_prepend_lead(&text, &lead);
    px_buf_free(&lead);
    if (text.failed) {
        px_buf_free(&text);
        return px_fail(ctx, PX_NOMEM, "%s: collecting text: out of memory", name);
    }
    /* Nothing kept: leave the article empty, px_extract reports it. */
    st = text.len ? px_article_set_text_limited(article, text.data, text.len,
                                  px_limit(ctx, PX_LIMIT_TEXT_BYTES, -1)) : PX_OK;
    px_buf_free(&text);
    if (st != PX_OK) return px_fail(ctx, st, "%s: storing text: %s", name, px_status_str(st));
    return PX_OK;
}
