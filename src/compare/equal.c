/*
 * equal.c - do two comparisons of the same articles say the same thing?
 * The faster ways of comparing a story are checked against the reference
 * with this (tests/unit/test_compare.c, bench/compare/story.c).
 */
#include <string.h>

#include "compare/compare.h"

static int refs_equal(const px_cmp_ref *a, const px_cmp_ref *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (a[i].article != b[i].article || a[i].sentence != b[i].sentence) return 0;
    return 1;
}

static int strings_equal(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

int px_comparison_equal(const px_comparison *x, const px_comparison *y)
{
    if (x->n_articles != y->n_articles || x->n_facts != y->n_facts || x->n_quotes != y->n_quotes ||
        x->n_entities != y->n_entities || x->n_summary != y->n_summary)
        return 0;
    for (uint32_t i = 0; i < x->n_facts; i++) {
        const px_cmp_fact *a = &x->facts[i], *b = &y->facts[i];
        if (a->n_members != b->n_members || a->n_articles != b->n_articles || a->rep != b->rep ||
            a->numbers_differ != b->numbers_differ || !refs_equal(a->members, b->members, a->n_members))
            return 0;
    }
    for (uint32_t a = 0; a < x->n_articles; a++)
        if (x->n_unique[a] != y->n_unique[a] || !refs_equal(x->unique[a], y->unique[a], x->n_unique[a]))
            return 0;
    for (uint32_t i = 0; i < x->n_quotes; i++) {
        const px_cmp_quote_group *a = &x->quotes[i], *b = &y->quotes[i];
        if (a->n_uses != b->n_uses || a->n_articles != b->n_articles || a->rep != b->rep ||
            !strings_equal(a->speaker, b->speaker) || !strings_equal(a->role, b->role))
            return 0;
        for (uint32_t u = 0; u < a->n_uses; u++)
            if (a->uses[u].article != b->uses[u].article || a->uses[u].quote != b->uses[u].quote) return 0;
    }
    for (uint32_t i = 0; i < x->n_entities; i++) {
        const px_cmp_entity *a = &x->entities[i], *b = &y->entities[i];
        if (!strings_equal(a->name, b->name) || a->kind != b->kind || a->total != b->total ||
            (x->n_articles && memcmp(a->per_article, b->per_article, x->n_articles * sizeof *a->per_article) != 0))
            return 0;
    }
    return refs_equal(x->summary, y->summary, x->n_summary);
}
