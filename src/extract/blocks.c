/*
 * blocks.c - the chosen container -> clean paragraphs.
 *
 * The container is walked in document order; every block element (p,
 * h2-h6, li, blockquote, pre, td, div, ...) starts and ends a paragraph,
 * and so does a double <br>, so text laid out as <div>a<br><br>b</div>
 * splits too.  Each finished paragraph is judged alone: link-heavy short
 * blocks (teasers, tag lists), interface labels ("Advertisement", "Share
 * this"), photo credits, and byline or date lines are dropped.  A short
 * heading that announces related links or comments ends the article, and
 * headings left dangling at the end are removed.
 */
#include <string.h>
#include <strings.h>

#include "extract.h"

typedef struct collector {
    px_buf cur;          /* paragraph being built */
    size_t cur_link;     /* bytes of cur that came from inside <a> */
    int link_depth;      /* > 0 while inside an <a> */
    bool cur_heading;
    bool cur_item;       /* built from an <li> */
    bool last_was_br;
    bool pending_space;
    bool stopped;        /* a heading that ends the article was met */
    bool aside;          /* inside a box of other articles: dropping */
    const char *title;
    px_buf *out;
    size_t keep_len;     /* out length after the last non-heading paragraph */
    int n_kept;
    int max_depth;
} collector;

/* Bytes of prose that end a box of other articles (two sentences). */
#define ASIDE_RESUME 200

static bool S_is_heading(const xmlNode *n)
{
    const char *name = px_dom_name(n);
    return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2];
}

/* Elements whose text is never body text, dropped with their subtree. */
static bool S_skip_element(const xmlNode *n, int max_depth)
{
    const char *name = px_dom_name(n);
    static const char *const never[] = {
        "script", "style", "template", "svg", "figcaption",
        "button", "select", "textarea", "input", "iframe", "object", "embed",
        "canvas", "map", "audio", "video", "picture", "img", "label", "nav",
        "aside", "footer", "form", "menu", "dialog", "sup",
        /* ruby annotations (furigana) repeat the base text's reading */
        "rt", "rp",
    };
    for (size_t i = 0; i < sizeof never / sizeof never[0]; i++)
        if (never[i][0] == name[0] && strcmp(name, never[i]) == 0) {
            /* <sup> holds footnote marks; keep it inside sentences though. */
            if (strcmp(name, "sup") == 0) return false;
            return true;
        }
    /* Short blocks whose class says caption, credit or metadata. */
    if ((px_dom_is_block(n) && px_dom_name_hint(n) < 0) || strcmp(name, "figure") == 0) {
        size_t text = 0;
        int paras = 0;
        px_dom_text_stats(n, max_depth, &text, NULL, &paras, NULL);
        if (text < 250 && paras <= 1) return true;
    }
    return false;
}

static void S_flush(collector *c)
{
    if (c->cur.failed) { c->out->failed = true; px_buf_reset(&c->cur); return; }
    char *p = c->cur.data;
    size_t len = c->cur.len;
    bool heading = c->cur_heading, item = c->cur_item;
    size_t link = c->cur_link;
    c->cur_heading = c->cur_item = false;
    c->cur_link = 0;
    c->pending_space = false;
    if (!p || !len || c->stopped) { c->cur.len = 0; if (p) p[0] = '\0'; return; }
    while (len && p[len - 1] == ' ') len--;
    p[len] = '\0';
    char date[32];
    bool drop = false;
    px_end_kind end = c->n_kept > 0 && (heading || len < 60) ? px_line_end_kind(p, len)
                                                              : PX_END_NONE;
    /* A box of other articles ends at the next paragraph of prose: such
     * boxes are set into the text as often as after it. */
    if (c->aside && !heading && len >= ASIDE_RESUME && link * 3 < len) {
        px_line_info li;
        px_line_measure(p, len, &li);
        c->aside = !li.sentence_end;
    }
    if (len == 0) drop = true;
    else if (end != PX_END_NONE) {
        c->stopped = end == PX_END_FINAL;
        c->aside = end == PX_END_ASIDE;
        drop = true;
    } else if (c->aside) drop = true;
    else if (link * 2 > len && len < 400 && !heading) drop = true;
    else if (heading && link * 2 > len) drop = true;
    else if (px_line_is_junk(p, len)) drop = true;
    else if (len < 120 && (px_line_is_dateline(p, len, date) || px_line_is_byline(p, len)))
        drop = true;
    else if (c->title && c->n_kept == 0 && strcasecmp(p, c->title) == 0) drop = true;
    else if (item && link * 3 > len) drop = true;
    px_line_info li = {0};
    if (!drop && len < 120) px_line_measure(p, len, &li);
    /* "Contact:", "Tagged:": a label that introduces what follows says
     * nothing alone. */
    if (!drop && !heading && len < 120 && li.words <= 2 && p[len - 1] == ':') drop = true;
    if (!drop) {
        if (c->out->len) px_buf_puts(c->out, "\n\n");
        px_buf_append(c->out, p, len);
        /* Like a heading, a lone word at the end (a tag, a section
         * name, a signature cut from its box) is cut with the tail. */
        if (!heading && (len >= 120 || li.words > 1)) {
            c->keep_len = c->out->len;
            c->n_kept++;
        }
    }
    c->cur.len = 0;
    c->cur.data[0] = '\0';
}

static bool S_space_at(const unsigned char *s)
{
    return *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' ||
           (s[0] == 0xC2 && s[1] == 0xA0);
}

/* Length of an invisible format character at s (soft hyphen, zero-width
 * space, word joiner, zero-width no-break space), 0 for anything else:
 * they split words for the eye only and would break phrase matching. */
static size_t S_invisible_at(const unsigned char *s)
{
    if (s[0] == 0xC2) return s[1] == 0xAD ? 2 : 0;
    if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8B) return 3;
    if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0) return 3;
    if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) return 3;
    return 0;
}

/* Append the word [s, e) without its invisible characters. */
static void S_word(collector *c, const unsigned char *s, const unsigned char *e)
{
    size_t before = c->cur.len;
    const unsigned char *p = s;
    for (const unsigned char *q = s; q < e;) {
        size_t k = *q >= 0xC2 ? S_invisible_at(q) : 0;
        if (!k) { q++; continue; }
        px_buf_append(&c->cur, (const char *)p, (size_t)(q - p));
        q += k;
        p = q;
    }
    px_buf_append(&c->cur, (const char *)p, (size_t)(e - p));
    if (c->link_depth) c->cur_link += c->cur.len - before;
}

/* Append text collapsing white space (U+00A0 included); words go in as
 * whole runs, not byte by byte. */
static void S_text(collector *c, const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        if (S_space_at(s)) {
            c->pending_space = true;
            s += *s == 0xC2 ? 2 : 1;
            continue;
        }
        size_t k = S_invisible_at(s);
        if (k) { s += k; continue; }
        const unsigned char *e = s + 1;
        while (*e && !S_space_at(e)) e++;
        if (c->pending_space && c->cur.len) {
            px_buf_putc(&c->cur, ' ');
            if (c->link_depth) c->cur_link++;
        }
        c->pending_space = false;
        c->last_was_br = false;
        S_word(c, s, e);
        s = e;
    }
}

static void S_on_exit(void *user, xmlNode *n)
{
    collector *c = user;
    if (n->type != XML_ELEMENT_NODE) return;
    if (px_dom_is(n, "a") && c->link_depth) c->link_depth--;
    else if (px_dom_is_block(n) && !px_dom_is(n, "br")) S_flush(c);
}

void px_blocks_collect(xmlNode *const *containers, size_t n_containers,
                       int max_depth, const char *title, px_buf *out)
{
    collector c;
    memset(&c, 0, sizeof c);
    c.out = out;
    c.title = title;
    c.max_depth = max_depth;
    c.keep_len = out->len;
    for (size_t k = 0; k < n_containers && !c.stopped; k++) {
        xmlNode *container = containers[k];
        /* A merged sibling that is itself a heading or paragraph is
         * collected as one: the walk below starts at its children. */
        if (container->type == XML_TEXT_NODE) {
            if (container->content) S_text(&c, (const char *)container->content);
            continue;
        }
        if (container->type != XML_ELEMENT_NODE || S_skip_element(container, max_depth))
            continue;
        S_flush(&c);
        c.link_depth = 0;
        c.last_was_br = false;
        c.cur_heading = S_is_heading(container);
        c.cur_item = px_dom_is(container, "li");
        px_walk w = {.on_exit = S_on_exit, .user = &c};
        for (xmlNode *n = px_walk_start(&w, container, max_depth); n && !c.stopped;) {
            bool skip = false;
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                if (n->content) S_text(&c, (const char *)n->content);
            } else if (n->type == XML_ELEMENT_NODE) {
                if (S_skip_element(n, max_depth)) {
                    skip = true;
                    /* a reading inside a word leaves no gap */
                    if (!px_dom_is(n, "rt") && !px_dom_is(n, "rp")) c.pending_space = true;
                } else if (px_dom_is(n, "br")) {
                    if (c.last_was_br) S_flush(&c);
                    c.last_was_br = true;
                    c.pending_space = true;
                } else if (px_dom_is(n, "a")) {
                    c.link_depth++;
                } else if (px_dom_is_block(n)) {
                    S_flush(&c);
                    c.last_was_br = false;
                    if (S_is_heading(n)) c.cur_heading = true;
                    if (px_dom_is(n, "li")) c.cur_item = true;
                }
            }
            /* An <a> skipped (never) or a leaf <a> has its exit called by
             * the walk, which undoes the link_depth++ above. */
            n = px_walk_next(&w, skip);
        }
        S_flush(&c);
    }
    px_buf_free(&c.cur);
    /* Headings left at the end introduced something we cut. */
    if (!out->failed && out->len > c.keep_len) {
        out->len = c.keep_len;
        out->data[out->len] = '\0';
    }
}
