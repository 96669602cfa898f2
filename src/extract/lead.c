/*
 * lead.c - the standfirst that sits outside the body container.
 *
 * News and magazine pages put the lead (standfirst, teaser, excerpt) in
 * the article header, above the column that holds the text, so the
 * scorer's container often leaves it out.  The page's own description
 * (og:description, <meta name=description>) is the publisher's summary
 * and is usually that lead, word for word or cut short.  So the lead is
 * the block whose text starts like the description, provided it comes
 * before the body in document order, is about as long as the
 * description, and is not a link (a teaser of this very article in a
 * list).  A description the page does not show adds nothing.
 */
#include <string.h>

#include "extract.h"

/* Bytes of the description's opening that must match, cut at a word end;
 * shorter descriptions are titles or labels, not leads. */
#define KEY_MAX 48
#define DESC_MIN 60

/* Collapse white space of s (at most cap bytes kept) into out. */
static size_t S_collapse(const char *s, char *out, size_t cap)
{
    size_t k = 0;
    bool space = false;
    for (const unsigned char *p = (const unsigned char *)s; *p && k + 1 < cap; p++) {
        bool sp = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
        if (p[0] == 0xC2 && p[1] == 0xA0) { sp = true; p++; }
        if (sp) { space = k > 0; continue; }
        if (space && k + 2 < cap) out[k++] = ' ';
        space = false;
        out[k++] = (char)*p;
    }
    out[k] = '\0';
    return k;
}

/* Does the text node's content, white space collapsed, contain key?
 * Most nodes lack even the key's first word and cost one strstr. */
static bool S_node_has(const char *content, const char *key, const char *word)
{
    char buf[4096];
    if (!strstr(content, word)) return false;
    if (strstr(content, key)) return true;
    /* The page may wrap or double its spaces; long nodes are body text,
     * compared on their opening only. */
    S_collapse(content, buf, sizeof buf);
    return strstr(buf, key) != NULL;
}

static bool S_in_link(const xmlNode *n, const xmlNode *block)
{
    for (; n && n != block; n = n->parent)
        if (px_dom_is(n, "a")) return true;
    return false;
}

static bool S_contains(const xmlNode *a, const xmlNode *d)
{
    for (; d; d = d->parent)
        if (d == a) return true;
    return false;
}

/* The description's opening words (at most KEY_MAX bytes) into key;
 * false when the description is too short to be a lead.  *chars gets
 * its length in characters. */
static bool S_key(const char *description, char key[KEY_MAX + 1], size_t *chars)
{
    char desc[KEY_MAX * 8];
    if (!description || S_collapse(description, desc, sizeof desc) < DESC_MIN) return false;
    size_t k = KEY_MAX;
    while (k > KEY_MAX / 2 && desc[k] != ' ') k--;
    memcpy(key, desc, k);
    key[k] = '\0';
    *chars = 0;
    for (const char *p = description; *p; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) (*chars)++;
    return true;
}

xmlNode *px_lead_find(xmlNode *body, int max_depth, const char *description,
                      const xmlNode *first_pick, const char *text)
{
    char key[KEY_MAX + 1];
    size_t desc_chars;
    if (!body || !first_pick || !S_key(description, key, &desc_chars)) return NULL;
    if (text && strstr(text, key)) return NULL;   /* the text has it already */
    char word[KEY_MAX + 1];
    size_t wl = strcspn(key, " ");
    memcpy(word, key, wl);
    word[wl] = '\0';

    px_walk w = {0};
    for (xmlNode *n = px_walk_start(&w, body, max_depth); n;) {
        if (n == first_pick) {
            return NULL;      /* the lead comes first */
        }
        if (n->type == XML_ELEMENT_NODE &&
            (px_dom_is(n, "script") || px_dom_is(n, "style"))) {
            n = px_walk_next(&w, true);
            continue;
        }
        if (n->type == XML_TEXT_NODE && n->content &&
            S_node_has((const char *)n->content, key, word)) {
            xmlNode *block = n->parent;
            while (block && block != body && !px_dom_is_block(block)) block = block->parent;
            if (block && block != body && !S_in_link(n, block) &&
                !S_contains(block, first_pick)) {
                size_t chars = 0, links = 0;
                px_dom_text_stats(block, max_depth, &chars, &links, NULL, NULL);
                if (chars <= 2 * desc_chars + 100 && links * 4 < chars) return block;
            }
        }
        n = px_walk_next(&w, false);
    }
    return NULL;
}
