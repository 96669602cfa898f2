/*
 * cards.c - teaser cards: the grids and rows of other articles that
 * pages set around (and inside) the article.
 *
 * A card is one of a run of like blocks (same tag, same class) that is
 * short and carries a good share of its text in links: a headline link
 * with a line or two of excerpt.  Article paragraphs repeat too, but are
 * <p>s, longer, or nearly free of links; so only container tags count,
 * and a card must be both short and linked.  The excerpts read as prose,
 * which is why the scorer alone would take a grid of them for a body.
 */
#include <string.h>

#include "extract.h"

#define CARD_MAX_CHARS 500     /* longer blocks are sections of text */
#define CARD_LINK_SHARE 5      /* at least 1/5 of the text in links */
#define CARD_RUN 2             /* like blocks among the 2 siblings each side */

/* Same tag and the same non-empty class. */
static bool S_same_kind(const xmlNode *a, const xmlNode *b)
{
    if (!a || !b || strcmp(px_dom_name(a), px_dom_name(b)) != 0) return false;
    const char *ca = px_dom_attr(a, "class"), *cb = px_dom_attr(b, "class");
    return ca && cb && *ca && strcmp(ca, cb) == 0;
}

static const xmlNode *S_element_sibling(const xmlNode *n, bool forward)
{
    do n = forward ? n->next : n->prev; while (n && n->type != XML_ELEMENT_NODE);
    return n;
}

bool px_card_is(const xmlNode *n, int max_depth, int *budget)
{
    const char *name = px_dom_name(n);
    if (strcmp(name, "div") != 0 && strcmp(name, "article") != 0 &&
        strcmp(name, "section") != 0 && strcmp(name, "figure") != 0)
        return false;
    int like = 0;
    const xmlNode *s = n;
    for (int i = 0; i < 2 && (s = S_element_sibling(s, false)); i++) like += S_same_kind(n, s);
    s = n;
    for (int i = 0; i < 2 && (s = S_element_sibling(s, true)); i++) like += S_same_kind(n, s);
    if (like < CARD_RUN || *budget <= 0) return false;
    (*budget)--;   /* each measure walks the subtree: bounded per page */
    size_t text = 0, links = 0;
    px_dom_text_stats(n, max_depth, &text, &links, NULL, NULL);
    return text > 0 && text < CARD_MAX_CHARS && links * CARD_LINK_SHARE >= text;
}
