/*
 * score.c - find the element that holds the article body.
 *
 * The method is readability's: every paragraph-like block gives points to
 * its parent (in full), grandparent (half) and further ancestors (less),
 * points growing with its length and commas, because body text is long
 * and written in sentences while menus and teasers are short.  Each
 * ancestor starts from a prior for its tag and its class/id words, and
 * its total is damped by its link density, since lists of links are the
 * other thing that is long.  The best-scoring ancestor wins; when its
 * parent scores nearly as well (the body is split across sibling
 * wrappers) we climb to the parent.
 *
 * Text and link counts are gathered bottom-up in one pass with the
 * walker's exit hook, so the whole page costs O(nodes), whatever its
 * shape.
 */
#include <string.h>

#include "extract.h"

typedef struct node_info {
    size_t text;        /* characters below */
    size_t links;       /* characters below inside <a> */
    size_t commas;
    size_t prose;       /* characters below in paragraphs that read as text */
    double score;
    bool scored;        /* score holds a prior plus points */
} node_info;

typedef struct score_pass {
    px_arena arena;
    xmlNode *body;
    xmlNode *top;       /* best candidate so far */
    double best;
    bool failed;
} score_pass;

static node_info *S_info(const xmlNode *n)
{
    return n ? (node_info *)n->_private : NULL;
}

static size_t S_count(const char *s, size_t *commas)
{
    size_t n = 0;
    bool space = true;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80) continue;
        bool sp = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (sp) {
            if (!space) n++;
            space = true;
            continue;
        }
        space = false;
        n++;
        if (*p == ',') (*commas)++;
        if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) (*commas)++;
        if (p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x81 || p[2] == 0x82)) (*commas)++;
    }
    return n;
}

/* A div that holds text itself, not through block children, reads as a
 * paragraph (many sites write <div>text<br><br>text</div>). */
static bool S_is_text_div(const xmlNode *n)
{
    if (!px_dom_is(n, "div") && !px_dom_is(n, "section") && !px_dom_is(n, "td"))
        return false;
    bool text = false;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && px_dom_is_block(c) && !px_dom_is(c, "br"))
            return false;
        if (c->type == XML_TEXT_NODE && c->content) {
            for (const char *p = (const char *)c->content; *p; p++)
                if ((unsigned char)*p > ' ') { text = true; break; }
        }
    }
    return text;
}

static bool S_is_paragraph(const xmlNode *n)
{
    const char *name = px_dom_name(n);
    return strcmp(name, "p") == 0 || strcmp(name, "pre") == 0 ||
           strcmp(name, "blockquote") == 0 || S_is_text_div(n);
}

/* Tag and class prior, as readability does. */
static double S_prior(const xmlNode *n)
{
    const char *name = px_dom_name(n);
    double s = 0;
    if (strcmp(name, "div") == 0 || strcmp(name, "section") == 0) s = 5;
    else if (strcmp(name, "article") == 0 || strcmp(name, "main") == 0) s = 15;
    else if (strcmp(name, "pre") == 0 || strcmp(name, "td") == 0 ||
             strcmp(name, "blockquote") == 0) s = 3;
    else if (strcmp(name, "ol") == 0 || strcmp(name, "ul") == 0 ||
             strcmp(name, "dl") == 0 || strcmp(name, "li") == 0 ||
             strcmp(name, "form") == 0 || strcmp(name, "address") == 0) s = -3;
    else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6') s = -5;
    int hint = px_dom_name_hint(n);
    s += 25.0 * hint;
    return s;
}

static void S_add(xmlNode *n, double points)
{
    node_info *in = S_info(n);
    if (!in) return;
    if (!in->scored) {
        in->scored = true;
        in->score = S_prior(n);
    }
    in->score += points;
}

static double S_final(const xmlNode *n)
{
    const node_info *in = S_info(n);
    if (!in || !in->scored) return 0;
    double ld = in->text ? (double)in->links / (double)in->text : 0;
    return in->score * (1.0 - ld);
}

/* Prose held, less what else comes with it: other text (lists, tables,
 * headings, short lines: part body, part furniture) counts against it
 * a little, link text much more.  Used to widen the pick. */
#define MASS_OTHER 0.7
#define MASS_LINKS 3.0
#define MASS_GAIN 1.1    /* an ancestor must hold clearly more */

static double S_mass(const xmlNode *n)
{
    const node_info *in = S_info(n);
    double other = (double)in->text - (double)in->prose - (double)in->links;
    if (other < 0) other = 0;
    return (double)in->prose - MASS_OTHER * other - MASS_LINKS * (double)in->links;
}

/* Does a contain d? */
static bool S_contains(const xmlNode *a, const xmlNode *d)
{
    for (; d; d = d->parent)
        if (d == a) return true;
    return false;
}

/* A paragraph gives its points to its ancestors. */
static void S_give_points(score_pass *sp, xmlNode *p, const node_info *in)
{
    /* <p>line<br>line<br>line</p> is several paragraphs in one: the
     * length cap grows with the line breaks */
    size_t cap = 3;
    for (const xmlNode *c = p->children; c && cap < 300; c = c->next)
        if (c->type == XML_ELEMENT_NODE && px_dom_is(c, "br")) cap += 3;
    double points = 1.0 + (double)in->commas + (double)(in->text / 100 > cap ? cap : in->text / 100);
    xmlNode *a = p->parent;
    for (int level = 0; a && level < 5; level++, a = a->parent) {
        if (!S_info(a)) break;
        double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        S_add(a, points / div);
        if (a == sp->body) break;
    }
}

/* Counts are final when a node is left, since its children were left
 * before it: finish its link count; a paragraph gives points to its
 * ancestors; the node's own score is final too (its paragraphs were
 * left before it), so the best candidate is tracked here; then the
 * counts go up.  On a tie the node that comes first in the document
 * wins: an ancestor of the current best. */
static void S_on_exit(void *user, xmlNode *n)
{
    score_pass *sp = user;
    node_info *in = S_info(n);
    if (!in) return;
    if (px_dom_is(n, "a")) in->links = in->text;
    if (S_is_paragraph(n) && in->text >= 25 && in->links * 2 <= in->text) {
        if (in->text > in->prose) in->prose = in->text;
        S_give_points(sp, n, in);
    }
    double f = S_final(n);
    if (f > sp->best || (f == sp->best && sp->top && f > 0 && S_contains(n, sp->top))) {
        sp->best = f;
        sp->top = n;
    }
    node_info *up = S_info(n->parent);
    if (up) {
        up->text += in->text;
        up->links += in->links;
        up->commas += in->commas;
        up->prose += in->prose;
    }
}

/* Does sibling s of the chosen container belong to the article too?
 * readability's sibling step: a sibling that scored well itself, or a
 * paragraph that reads as prose (long with few links, or a shorter
 * sentence with none).  Lead paragraphs and split bodies ("article-lead"
 * + "article-body", text interrupted by an ad wrapper) sit there. */
static bool S_sibling_belongs(const xmlNode *s, double top_score)
{
    const node_info *in = S_info(s);
    if (!in || s->type != XML_ELEMENT_NODE || in->text == 0) return false;
    double ld = (double)in->links / (double)in->text;
    double threshold = top_score * 0.2 > 10 ? top_score * 0.2 : 10;
    if (in->scored && S_final(s) >= threshold && ld < 0.33) return true;
    if (in->text > 80 && ld < 0.25 && S_is_paragraph(s)) return true;
    /* A wrapper (a lead box, a header with a standfirst) counts when it
     * is mostly prose in sentences and its name does not say otherwise. */
    if (!S_is_paragraph(s)) {
        return in->text > 100 && ld < 0.1 && in->commas + 1 >= in->text / 200 &&
               px_dom_name_hint(s) >= 0 && !px_dom_is_boilerplate_name(s);
    }
    if (in->text >= 30 && in->links == 0) {
        /* a short paragraph counts when it ends a sentence */
        const xmlNode *last = s->last;
        while (last && last->type != XML_TEXT_NODE && last->last) last = last->last;
        if (last && last->type == XML_TEXT_NODE && last->content) {
            const char *t = (const char *)last->content;
            size_t k = strlen(t);
            while (k && (t[k - 1] == ' ' || t[k - 1] == '\n' || t[k - 1] == '\t' ||
                         t[k - 1] == '\r'))
                k--;
            if (k && (t[k - 1] == '.' || t[k - 1] == '!' || t[k - 1] == '?')) return true;
        }
    }
    return false;
}

size_t px_score_pick(xmlNode *body, int max_depth, xmlNode **out, size_t max_out)
{
    if (!body || max_out == 0) return 0;
    size_t n_out = 0;
    score_pass sp = {.arena = PX_ARENA_INIT, .body = body};
    px_walk w = {.on_exit = S_on_exit, .user = &sp};
    /* One pass: attach counters, gather text bottom-up, score. */
    body->_private = px_arena_alloc(&sp.arena, sizeof(node_info));
    for (xmlNode *n = px_walk_start(&w, body, max_depth); n && !sp.failed;) {
        if (n->type == XML_ELEMENT_NODE) {
            n->_private = px_arena_alloc(&sp.arena, sizeof(node_info));
            if (!n->_private) { sp.failed = true; break; }
        } else if (n->type == XML_TEXT_NODE && n->content) {
            node_info *up = S_info(n->parent);
            if (up) up->text += S_count((const char *)n->content, &up->commas);
        }
        n = px_walk_next(&w, false);
    }

    /* Best candidate, then climb while the parent is as good. */
    xmlNode *top = sp.failed ? NULL : sp.top;
    if (top) {
        double last = S_final(top);
        double threshold = last / 3;
        for (xmlNode *a = top->parent; a && a != body && S_info(a); a = a->parent) {
            if (!S_info(a)->scored) continue;
            double f = S_final(a);
            if (f < threshold) break;
            if (f > last) { top = a; break; }
            last = f;
        }
        /* Climb through wrappers that add next to nothing (the parent of
         * a lone child may hold a lead paragraph beside it, for the
         * sibling step) and, since bodies split into sibling blocks (text,
         * table, text box) leave the best one holding a part only, while
         * the parent holds clearly more prose and what it adds is prose
         * too, not links. */
        while (top->parent && top->parent != body && S_info(top->parent)) {
            const node_info *in = S_info(top), *up = S_info(top->parent);
            size_t add_text = up->text - in->text, add_links = up->links - in->links;
            size_t add_prose = up->prose - in->prose;
            bool wrapper = add_text <= 40;
            bool more_prose = up->prose >= in->prose + in->prose / 4 + 50 &&
                              add_links * 3 <= add_text && add_prose * 3 >= add_text;
            if (!wrapper && !more_prose) break;
            top = top->parent;
        }
        /* Points favour the block with the densest paragraphs; a body cut
         * into many parts (text fields, boxes, lists between them) gives
         * each part few.  Widen to the ancestor that holds the most prose
         * for the least else, when it holds clearly more. */
        double best_mass = S_mass(top);
        for (xmlNode *a = top->parent; a && a != body && S_info(a); a = a->parent) {
            double m = S_mass(a);
            if (m > best_mass * MASS_GAIN) { best_mass = m; top = a; }
        }
    }

    /* Siblings that belong too, in document order (the list is capped,
     * siblings past the cap are left out rather than reordered). */
    if (top && !sp.failed) {
        double ts = S_final(top);
        xmlNode *parent = top->parent;
        if (parent && parent != (xmlNode *)body->doc && top != body) {
            for (xmlNode *s = parent->children; s && n_out < max_out; s = s->next) {
                if (s == top || S_sibling_belongs(s, ts)) out[n_out++] = s;
            }
            bool has_top = false;
            for (size_t i = 0; i < n_out; i++) has_top |= out[i] == top;
            if (!has_top) { n_out = 0; out[n_out++] = top; }
        } else {
            out[n_out++] = top;
        }
    }

    /* Detach counters: the arena goes now. */
    px_dom_clear_private(body, max_depth);
    px_arena_free(&sp.arena);
    if (sp.failed) return 0;
    return n_out;
}
