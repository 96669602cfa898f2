/*
 * dom.c - helpers over the libxml2 tree: an iterative walk, text gathering
 * and the class/id vocabulary that marks page furniture.
 *
 * Pages are hostile: 100k nested <div>s must not overflow the stack, so
 * nothing here recurses; px_walk follows parent/next pointers and keeps a
 * depth count to honour PX_LIMIT_DOM_DEPTH.
 *
 * Class and id values are split into lowercase words at any character
 * that is not a letter or digit ("article-body__text" -> article, body,
 * text) and compared word by word, so "ad" matches "ad-slot" but not
 * "header" or "download".
 */
#include <string.h>
#include <strings.h>

#include "extract.h"

xmlNode *px_walk_start(px_walk *w, xmlNode *root, int max_depth)
{
    w->root = root;
    w->max_depth = max_depth;
    w->depth = 1;
    w->node = (root && max_depth > 0) ? root->children : NULL;
    return w->node;
}

xmlNode *px_walk_next(px_walk *w, bool skip_children)
{
    xmlNode *n = w->node;
    if (!n) return NULL;
    if (!skip_children && n->children && n->type == XML_ELEMENT_NODE &&
        w->depth < w->max_depth) {
        w->depth++;
        return w->node = n->children;
    }
    for (;;) {
        if (w->on_exit) w->on_exit(w->user, n);
        if (n->next) return w->node = n->next;
        n = n->parent;
        w->depth--;
        if (!n || n == w->root) return w->node = NULL;
    }
}

const char *px_dom_name(const xmlNode *node)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->name) return "";
    return (const char *)node->name;   /* the HTML parser lowercases names */
}

void px_dom_attrs(const xmlNode *node, const char *const *names, const char **values,
                  size_t n)
{
    for (size_t i = 0; i < n; i++) values[i] = NULL;
    if (!node || node->type != XML_ELEMENT_NODE) return;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (!a->name) continue;
        for (size_t i = 0; i < n; i++) {
            /* equal first letters (any case) before the full compare */
            if (values[i] || (a->name[0] | 0x20) != (names[i][0] | 0x20) ||
                strcasecmp((const char *)a->name, names[i]) != 0)
                continue;
            const xmlNode *t = a->children;
            values[i] = (t && t->type == XML_TEXT_NODE && t->content)
                            ? (const char *)t->content : "";
        }
    }
}

const char *px_dom_attr(const xmlNode *node, const char *name)
{
    const char *value;
    px_dom_attrs(node, &name, &value, 1);
    return value;
}

bool px_dom_is_block(const xmlNode *node)
{
    /* Grouped by first letter so that a name costs two or three string
     * compares, not fifty: this runs for every element several times. */
    static const char *const by_letter[26][12] = {
        ['a' - 'a'] = {"address", "article", "aside"},
        ['b' - 'a'] = {"blockquote", "body", "br"},
        ['c' - 'a'] = {"center", "caption"},
        ['d' - 'a'] = {"dd", "details", "dialog", "dir", "div", "dl", "dt"},
        ['f' - 'a'] = {"fieldset", "figcaption", "figure", "footer", "form"},
        ['h' - 'a'] = {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html"},
        ['l' - 'a'] = {"li"},
        ['m' - 'a'] = {"main", "menu"},
        ['n' - 'a'] = {"nav"},
        ['o' - 'a'] = {"ol"},
        ['p' - 'a'] = {"p", "pre"},
        ['s' - 'a'] = {"section", "summary"},
        ['t' - 'a'] = {"table", "tbody", "td", "tfoot", "th", "thead", "tr"},
        ['u' - 'a'] = {"ul"},
    };
    const char *name = px_dom_name(node);
    if (name[0] < 'a' || name[0] > 'z') return false;
    const char *const *cand = by_letter[name[0] - 'a'];
    for (size_t i = 0; i < 12 && cand[i]; i++)
        if (strcmp(name, cand[i]) == 0) return true;
    return false;
}

static bool S_space_at(const unsigned char *s)
{
    return *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' ||
           (s[0] == 0xC2 && s[1] == 0xA0);
}

/* Append text collapsing white space (U+00A0 included), a word at a time;
 * *pending asks for one space before the next word. */
static void S_append_collapsed(px_buf *b, const char *text, bool *pending)
{
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        if (S_space_at(s)) {
            *pending = true;
            s += *s == 0xC2 ? 2 : 1;
            continue;
        }
        const unsigned char *e = s + 1;
        while (*e && !S_space_at(e)) e++;
        if (*pending && b->len && b->data[b->len - 1] != ' ') px_buf_putc(b, ' ');
        *pending = false;
        px_buf_append(b, (const char *)s, (size_t)(e - s));
        s = e;
    }
}

/* Never text: code, and ruby annotations (the reading of the base text,
 * which would repeat every word in another script). */
static bool S_skipped_tag(const xmlNode *n)
{
    const char *name = px_dom_name(n);
    switch (name[0]) {   /* this runs for every element of every text walk */
    case 's': return strcmp(name, "script") == 0 || strcmp(name, "style") == 0;
    case 'n': return strcmp(name, "noscript") == 0;
    case 't': return strcmp(name, "template") == 0;
    case 'r': return strcmp(name, "rt") == 0 || strcmp(name, "rp") == 0;
    default: return false;
    }
}

void px_dom_text(const xmlNode *node, int max_depth, size_t cap, px_buf *b)
{
    if (!node) return;
    bool pending = b->len > 0;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content) S_append_collapsed(b, (const char *)node->content, &pending);
        return;
    }
    px_walk w = {0};
    for (xmlNode *n = px_walk_start(&w, (xmlNode *)node, max_depth); n && b->len <= cap;) {
        bool skip = false;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) S_append_collapsed(b, (const char *)n->content, &pending);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (S_skipped_tag(n)) skip = true;
            else if (px_dom_is_block(n)) pending = true;
        }
        n = px_walk_next(&w, skip);
    }
}

/* Count characters, not bytes, so non-Latin scripts score fairly.  Runs
 * of printable ASCII, most of any text, are counted in a tight loop. */
static size_t S_chars(const char *s, size_t *commas)
{
    size_t n = 0, k = 0;   /* characters, commas */
    bool space = true;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p > ' ' && *p < 0x80) {
            const unsigned char *q = p;
            for (; *q > ' ' && *q < 0x80; q++) k += *q == ',';
            n += (size_t)(q - p);
            space = false;
            p = q - 1;
            continue;
        }
        if ((*p & 0xC0) == 0x80) continue;
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v') {
            if (!space) n++;
            space = true;
            continue;
        }
        space = false;
        n++;
        /* CJK comma and ideographic full stop count as punctuation too. */
        if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) k++;
        if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) k++;
    }
    *commas += k;
    return n;
}

void px_dom_text_stats(const xmlNode *node, int max_depth, size_t *text,
                       size_t *link_text, int *n_paragraphs, int *n_commas)
{
    size_t total = 0, links = 0, commas = 0;
    int paras = 0;
    px_walk w = {0};
    int link_depth = 0;   /* depth of the <a> we are inside, 0 when none */
    for (xmlNode *n = px_walk_start(&w, (xmlNode *)node, max_depth); n;) {
        bool skip = false;
        if (link_depth && w.depth <= link_depth) link_depth = 0;
        if (n->type == XML_TEXT_NODE && n->content) {
            size_t c = S_chars((const char *)n->content, &commas);
            total += c;
            if (link_depth) links += c;
        } else if (n->type == XML_ELEMENT_NODE) {
            if (S_skipped_tag(n)) skip = true;
            else if (px_dom_is(n, "a") && !link_depth) link_depth = w.depth;
            else if (px_dom_is(n, "p")) paras++;
        }
        n = px_walk_next(&w, skip);
    }
    if (text) *text = total;
    if (link_text) *link_text = links;
    if (n_paragraphs) *n_paragraphs = paras;
    if (n_commas) *n_commas = (int)commas;
}

/* Exit hook of px_dom_text_stats_tree: an element's counts are final when
 * it is left; they go up to its parent as px_dom_text_stats would count
 * them from there (all text below an <a> is link text, a <p> is a
 * paragraph, skipped tags count nothing). */
static void S_stats_exit(void *user, xmlNode *n)
{
    (void)user;
    if (n->type != XML_ELEMENT_NODE || !n->parent) return;
    const px_text_stats *in = n->_private;
    px_text_stats *up = n->parent->_private;
    if (!in || !up) return;
    up->text += in->text;
    up->links += px_dom_is(n, "a") ? in->text : in->links;
    up->commas += in->commas;
    up->paras += in->paras + px_dom_is(n, "p");
    up->cut |= in->cut;
}

px_text_stats *px_dom_text_stats_tree(xmlNode *root, int max_depth, px_arena *arena)
{
    px_text_stats *top = px_arena_alloc(arena, sizeof *top);
    if (!top) return NULL;
    root->_private = top;
    px_walk w = {.on_exit = S_stats_exit};
    for (xmlNode *n = px_walk_start(&w, root, max_depth); n;) {
        bool skip = false;
        if (n->type == XML_TEXT_NODE && n->content) {
            px_text_stats *up = n->parent->_private;
            up->text += S_chars((const char *)n->content, &up->commas);
        } else if (n->type == XML_ELEMENT_NODE) {
            skip = S_skipped_tag(n);
            px_text_stats *st = skip ? NULL : px_arena_alloc(arena, sizeof *st);
            if (!skip && !st) {
                px_dom_clear_private(root, max_depth);
                return NULL;
            }
            if (st) st->cut = n->children && w.depth >= max_depth;
            n->_private = st;
        }
        n = px_walk_next(&w, skip);
    }
    return top;
}

void px_dom_clear_private(xmlNode *root, int max_depth)
{
    px_walk w = {0};
    root->_private = NULL;
    for (xmlNode *n = px_walk_start(&w, root, max_depth); n; n = px_walk_next(&w, false))
        n->_private = NULL;
}

/* ---- class / id vocabulary ---- */

/* Words that mark furniture.  A trailing '*' matches as a prefix.
 * Not "hidden": responsive classes ("hidden-xs") hide content on small
 * screens only; a class token that is just "hidden" is checked apart. */
static const char *const boiler_words[] = {
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer",
    "sidebar", "cookie*", "consent", "gdpr", "banner", "share*", "sharing",
    "social*", "related", "recommend*", "newsletter*", "subscribe*",
    "subscription", "comment*", "disqus", "advert*", "ad", "ads", "adslot",
    "adsense", "adunit", "advertising", "promo*", "breadcrumb*", "breadcrumbs",
    "widget*", "popup", "modal", "tags", "tagcloud", "taglist", "sponsor*",
    "outbrain", "taboola", "masthead", "skip", "skiplink", "paywall",
    "toolbar", "pagination", "pager", "print", "offscreen",
    "trending", "mostread", "popular", "login", "signup",
    "overlay", "dialog", "topbar", "bottombar", "follow", "rating",
    "jump", "sitemap", "author*", "bio",
};

/* Words that say a container holds the story. */
static const char *const content_words[] = {
    "article*", "story*", "content", "body", "post*", "entry*", "main",
    "text", "blog*", "news", "artikel*", "articulo", "contenu", "tresc",
    "prose", "richtext", "page",
};

/* Words that weakly say "not body text".  Words that name a part of
 * the body as often as furniture ("list", "info", "meta", "label",
 * "links", "time...") are left out: they cost more text than they save. */
static const char *const weak_words[] = {
    "caption", "credit*", "byline", "date*", "timestamp", "photo", "image",
    "img", "media", "video", "gallery", "slideshow", "thumb*", "icon*",
    "logo", "header", "head", "title", "headline", "source", "more",
    "extra", "aside", "legend", "copyright",
};

static bool S_word_in(const char *w, size_t n, const char *const *list,
                      size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const char *pat = list[i];
        /* the first letter rules out nearly every word: this runs for
         * every class word of every element */
        if (pat[0] != w[0]) continue;
        size_t m = strlen(pat);
        if (pat[m - 1] == '*') {
            if (n >= m - 1 && memcmp(w, pat, m - 1) == 0) return true;
        } else if (n == m && memcmp(w, pat, n) == 0) {
            return true;
        }
    }
    return false;
}

/* isalnum() in the C locale (the library sets no other), inline: this
 * runs for every byte of every class and id. */
static bool S_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Does any word of attribute value v appear in list? */
static bool S_attr_has(const char *v, const char *const *list, size_t count)
{
    if (!v) return false;
    char word[48];
    while (*v) {
        while (*v && !S_alnum((unsigned char)*v)) v++;
        size_t n = 0;
        while (S_alnum((unsigned char)*v)) {
            if (n < sizeof word) word[n] = (char)(*v >= 'A' && *v <= 'Z' ? *v + 0x20 : *v);
            n++;
            v++;
        }
        if (n && n <= sizeof word && S_word_in(word, n, list, count)) return true;
    }
    return false;
}

#define LIST(a) a, sizeof a / sizeof a[0]

/* A class token that is exactly "hidden" (not "hidden-xs"). */
static bool S_class_hidden(const char *cls)
{
    for (const char *p = cls; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        size_t n = strcspn(p, " \t\n");
        if (n == 6 && strncasecmp(p, "hidden", 6) == 0) return true;
        p += n;
    }
    return false;
}

bool px_dom_is_boilerplate_name(const xmlNode *node)
{
    static const char *const names[] = {"class", "id", "role"};
    const char *v[3];
    px_dom_attrs(node, names, v, 3);
    const char *cls = v[0], *id = v[1], *role = v[2];
    if (role && (strcasecmp(role, "navigation") == 0 ||
                 strcasecmp(role, "banner") == 0 ||
                 strcasecmp(role, "contentinfo") == 0 ||
                 strcasecmp(role, "complementary") == 0 ||
                 strcasecmp(role, "menu") == 0 ||
                 strcasecmp(role, "dialog") == 0 ||
                 strcasecmp(role, "alertdialog") == 0 ||
                 strcasecmp(role, "search") == 0))
        return true;
    return S_class_hidden(cls) || S_attr_has(cls, LIST(boiler_words)) ||
           S_attr_has(id, LIST(boiler_words));
}

int px_dom_name_hint(const xmlNode *node)
{
    static const char *const names[] = {"class", "id", "itemprop"};
    const char *v[3];
    px_dom_attrs(node, names, v, 3);
    const char *cls = v[0], *id = v[1], *prop = v[2];
    if (prop && (strcasecmp(prop, "articleBody") == 0 || strcasecmp(prop, "text") == 0))
        return 2;
    int hint = 0;
    if (S_attr_has(cls, LIST(content_words)) || S_attr_has(id, LIST(content_words)))
        hint++;
    if (S_attr_has(cls, LIST(weak_words)) || S_attr_has(id, LIST(weak_words)))
        hint--;
    return hint;
}
