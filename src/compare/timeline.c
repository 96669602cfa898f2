/*
 * timeline.c - the dates a story mentions, across its articles.
 *
 * Each entry shows the sentence of one mention, preferring what happened
 * that day over when someone spoke ("said on Tuesday").
 *
 * Every article's dates are found and resolved against its own
 * publication date ("Monday" in a Tuesday paper and "on Monday night" in a
 * Wednesday one are the same day), then grouped by the date they resolve
 * to.  Each entry keeps every mention: the article, the words, and so the
 * sentence.  Publications go on the same line, so the timeline reads
 * "what happened" against "who told it when".  A day and month without
 * a year in an undated article take the year nearest the story's dated
 * articles; other dates that no publication date places are left out.
 */
#include <stdlib.h>
#include <string.h>

#include "compare/cmp_internal.h"

static int by_day(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/* An undated article's "June 19" takes the year that puts it nearest the
 * median publication day of the story's dated articles: a story's
 * articles lie weeks apart (its time window), so the nearest year is the
 * right one.  Relative dates ("on Tuesday") stay unplaced, since an
 * undated article may be days later than the others. */
static void place_yearless(px_comparison *c)
{
    uint32_t n = c->n_articles, nd = 0;
    int64_t *days = malloc((n + 1) * sizeof *days);
    if (!days) return;                  /* out of memory: dates stay unplaced */
    for (uint32_t a = 0; a < n; a++)
        if (px_pub_day(c->articles[a].date, &days[nd])) nd++;
    if (nd == 0) { free(days); return; }
    qsort(days, nd, sizeof *days, by_day);
    int64_t anchor = days[nd / 2];
    free(days);
    int ay, am, ad;
    px_civil_from_days(anchor, &ay, &am, &ad);
    for (uint32_t a = 0; a < n; a++) {
        int64_t own;
        if (px_pub_day(c->articles[a].date, &own)) continue;
        for (size_t i = 0; i < c->n_dates[a]; i++) {
            px_timex *t = &c->dates[a][i];
            if (t->year || t->relative || t->month < 1 || t->month > 12) continue;
            int64_t best = INT64_MAX;
            for (int y = ay - 1; y <= ay + 1; y++) {
                int64_t d = px_days_from_civil(y, t->month, t->day ? t->day : 1);
                int cy, cm, cd;
                px_civil_from_days(d, &cy, &cm, &cd);
                if (cm != t->month) continue;           /* no 29 February that year */
                int64_t gap = d > anchor ? d - anchor : anchor - d;
                if (gap < best) { best = gap; t->year = y; }
            }
            t->resolved = t->year != 0;
        }
    }
}

px_status px_cmp_find_dates(px_ctx *ctx, px_comparison *c)
{
    uint32_t n = c->n_articles;
    c->dates = px_arena_alloc(&c->arena, (n + 1) * sizeof *c->dates);
    c->n_dates = px_arena_alloc(&c->arena, (n + 1) * sizeof *c->n_dates);
    c->quantities = px_arena_alloc(&c->arena, (n + 1) * sizeof *c->quantities);
    c->n_quantities = px_arena_alloc(&c->arena, (n + 1) * sizeof *c->n_quantities);
    if (!c->dates || !c->n_dates || !c->quantities || !c->n_quantities) return PX_NOMEM;
    for (uint32_t a = 0; a < n; a++) {
        const px_textdoc *doc = c->articles[a].doc;
        px_status rc = px_find_dates(ctx, doc, c->articles[a].date, &c->arena, &c->dates[a], &c->n_dates[a]);
        if (rc == PX_OK)
            rc = px_find_quantities(ctx, doc, c->dates[a], c->n_dates[a], &c->arena, &c->quantities[a],
                                    &c->n_quantities[a]);
        if (rc != PX_OK) return rc;
    }
    place_yearless(c);
    return PX_OK;
}

/* First day a resolved date covers. */
static int64_t first_day(const px_timex *t)
{
    return px_days_from_civil(t->year, t->month ? t->month : 1, t->day ? t->day : 1);
}

typedef struct found {
    px_cmp_mention m;
    char iso[16];
    int64_t day;
} found;

static int by_date(const void *x, const void *y)
{
    const found *a = x, *b = y;
    if (a->day != b->day) return a->day < b->day ? -1 : 1;
    if (a->m.date->precision != b->m.date->precision)
        return a->m.date->precision > b->m.date->precision ? -1 : 1;  /* coarser first */
    int c = strcmp(a->iso, b->iso);
    if (c) return c;
    if (a->m.article != b->m.article) return a->m.article < b->m.article ? -1 : 1;
    return a->m.date->start < b->m.date->start ? -1 : a->m.date->start > b->m.date->start;
}

static int event_order(const void *x, const void *y)
{
    const px_cmp_event *a = x, *b = y;
    if (a->day != b->day) return a->day < b->day ? -1 : 1;
    if (a->kind != b->kind) return a->kind == PX_EVENT_MENTIONED ? -1 : 1;
    if (a->precision != b->precision) return a->precision > b->precision ? -1 : 1;
    int c = strcmp(a->iso, b->iso);
    return c ? c : (a->article < b->article ? -1 : a->article > b->article);
}

static bool same_sentence(const px_cmp_mention *a, const px_cmp_mention *b)
{
    return a->article == b->article && a->date->sentence == b->date->sentence;
}

/* The mention shown for an event: one that says what happened that day
 * rather than when something was said, in a sentence the event before
 * does not already show. */
static uint32_t pick_rep(const px_cmp_event *e, const px_cmp_event *prev)
{
    uint32_t fallback = UINT32_MAX;
    for (uint32_t m = 0; m < e->n_mentions; m++) {
        if (e->mentions[m].date->reporting) continue;
        if (prev && same_sentence(&e->mentions[m], &prev->mentions[prev->rep])) {
            if (fallback == UINT32_MAX) fallback = m;
            continue;
        }
        return m;
    }
    return fallback == UINT32_MAX ? 0 : fallback;
}

px_status px_cmp_timeline(px_comparison *c)
{
    size_t total = 0;
    for (uint32_t a = 0; a < c->n_articles; a++) total += c->n_dates[a];
    found *f = malloc((total + 1) * sizeof *f);
    if (!f) return PX_NOMEM;
    size_t nf = 0;
    for (uint32_t a = 0; a < c->n_articles; a++)
        for (size_t i = 0; i < c->n_dates[a]; i++) {
            const px_timex *t = &c->dates[a][i];
            if (!t->resolved || !t->year) continue;
            f[nf].m = (px_cmp_mention){a, t};
            px_timex_iso(t, f[nf].iso);
            f[nf].day = first_day(t);
            nf++;
        }
    qsort(f, nf, sizeof *f, by_date);
    size_t groups = 0;
    for (size_t i = 0; i < nf; i++) groups += !i || strcmp(f[i].iso, f[i - 1].iso) != 0;
    c->timeline = px_arena_alloc(&c->arena, (groups + c->n_articles + 1) * sizeof *c->timeline);
    if (!c->timeline) { free(f); return PX_NOMEM; }
    uint32_t ne = 0;
    for (size_t i = 0; i < nf;) {
        size_t j = i;
        while (j < nf && strcmp(f[j].iso, f[i].iso) == 0) j++;
        px_cmp_event *e = &c->timeline[ne++];
        e->kind = PX_EVENT_MENTIONED;
        memcpy(e->iso, f[i].iso, sizeof f[i].iso);
        e->precision = f[i].m.date->precision;
        e->day = f[i].day;
        e->article = f[i].m.article;
        e->mentions = px_arena_alloc(&c->arena, (j - i) * sizeof *e->mentions);
        if (!e->mentions) { free(f); return PX_NOMEM; }
        uint32_t last = UINT32_MAX;
        for (size_t k = i; k < j; k++) {
            e->mentions[e->n_mentions++] = f[k].m;
            if (f[k].m.article != last) { e->n_articles++; last = f[k].m.article; }
        }
        e->rep = pick_rep(e, ne > 1 ? &c->timeline[ne - 2] : NULL);
        i = j;
    }
    free(f);
    for (uint32_t a = 0; a < c->n_articles; a++) {
        int64_t day;
        const char *d = c->articles[a].date;
        if (!px_pub_day(d, &day)) continue;
        px_cmp_event *e = &c->timeline[ne++];
        e->kind = PX_EVENT_PUBLISHED;
        size_t dl = strlen(d);
        memcpy(e->iso, d, dl < sizeof e->iso ? dl + 1 : sizeof e->iso - 1);
        e->precision = PX_PREC_DAY;
        e->day = day;
        e->article = a;
        e->n_articles = 1;
    }
    qsort(c->timeline, ne, sizeof *c->timeline, event_order);
    c->n_timeline = ne;
    return PX_OK;
}
