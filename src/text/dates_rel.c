/*
 * dates_rel.c - dates read against the publication date: "yesterday",
 * "last night", "Tuesday morning", "last/next Tuesday", "last week",
 * "three days ago", "on the 17th", and the relative days, weekdays and
 * periods of the document language's table ("gestern", "lundi dernier",
 * "el año pasado").  dates.c calls these where a date may start.
 */
#include <string.h>

#include "dates_int.h"

static const char *const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

static const char *const day_parts[] = {"night", "morning", "afternoon", "evening"};

static int weekday_of(const dctx *c, size_t i)
{
    if (!cap(c, i)) return -1;
    for (int k = 0; k < 7; k++) if (is(c, i, weekdays[k])) return k;
    return -1;
}

/* Day of the publication month for "on the 17th". */
static void day_of_month(const dctx *c, px_timex *t, int d, int dir)
{
    int y = c->py, m = c->pm;
    bool back = dir < 0 ? d > c->pd : false, fwd = dir > 0 && d < c->pd;
    for (int step = 0; step < 3; step++) {
        if (step || back || fwd) {
            if (dir < 0) { if (--m == 0) { m = 12; y--; } }
            else if (++m == 13) { m = 1; y++; }
        }
        if (tx_date_valid_day(y, m, d)) break;
        back = fwd = false;
    }
    t->year = y;
    t->month = m;
    t->day = d;
}

/* A relative date over tokens first..last: the day, or the week, month
 * or year shift periods from publication's.  Returns last. */
static size_t emit_relative(dctx *c, size_t first, size_t last, px_date_precision prec, int64_t day, int shift)
{
    px_timex *t = tx_date_emit(c, first, last, prec, true);
    if (!t) return SIZE_MAX - 1;
    if (!c->have_pub) return last;
    if (prec == PX_PREC_WEEK) day = c->pub - c->pw + 7 * shift;
    tx_date_set_days(t, day);
    if (prec == PX_PREC_MONTH) {
        int mi = (c->py * 12 + c->pm - 1) + shift;
        t->year = mi / 12;
        t->month = mi % 12 + 1;
        t->day = 0;
    } else if (prec == PX_PREC_YEAR) {
        t->year = c->py + shift;
        t->month = t->day = 0;
    }
    return last;
}

/* Days from publication to weekday wd: the latest on or before it (way
 * < 0) or the next on or after; way +-2 ("last", "next") skips today. */
static int weekday_delta(const dctx *c, int wd, int way)
{
    int delta = way < 0 ? -(((c->pw - wd) % 7 + 7) % 7) : ((wd - c->pw) % 7 + 7) % 7;
    if (delta == 0 && (way == -2 || way == 2)) delta = way < 0 ? -7 : 7;
    return delta;
}

/* "Monday, March 10": a calendar date after the weekday at token at. */
static size_t dated_weekday(dctx *c, size_t at, size_t e, size_t first, int dir)
{
    bool ok;
    if (!(at + 1 < e && tx_date_near(c, at))) return SIZE_MAX;
    size_t l = tx_date_calendar(c, at + 1, e, first, dir, &ok);
    return ok || l == SIZE_MAX - 1 ? l : SIZE_MAX;
}

static int number_before(const dctx *c, size_t i)
{
    if (is(c, i, "a") || is(c, i, "an")) return 1;
    const char *w = norm(c, i);
    if (c->doc->tokens[i].flags & PX_TOK_NUM) {
        int v = 0;
        for (size_t k = 0; w[k]; k++) {
            if (w[k] < '0' || w[k] > '9' || k >= 3) return 0;
            v = v * 10 + (w[k] - '0');
        }
        return v;
    }
    double v = px_number_word(w);
    return v >= 1 && v < 1000 ? (int)v : 0;
}

/* A relative expression at token i; returns the last token used or SIZE_MAX. */
size_t tx_date_relative(dctx *c, size_t i, size_t b, size_t e, int dir)
{
    const char *w = norm(c, i);
    int64_t day = c->pub;
    px_date_precision prec = PX_PREC_DAY;
    size_t last = i;
    int wd, shift = 0;
    const char *next = i + 1 < e ? norm(c, i + 1) : "";
    bool mod = tx_word_eq(w, "last") || tx_word_eq(w, "next") || tx_word_eq(w, "this") || tx_word_eq(w, "past");
    if (tx_word_eq(w, "yesterday")) day -= 1;
    else if (tx_word_eq(w, "tomorrow")) day += 1;
    else if (tx_word_eq(w, "tonight")) {}
    else if (tx_word_eq(w, "today")) { if (cap(c, i) && i > b) return SIZE_MAX; }
    else if (tx_word_eq(w, "last") && tx_word_eq(next, "night")) { day -= 1; last = i + 1; }
    else if (tx_word_eq(w, "this") && in(day_parts, COUNT(day_parts), next)) last = i + 1;
    else if (mod && (tx_word_eq(next, "week") || tx_word_eq(next, "month") || tx_word_eq(next, "year"))) {
        shift = w[0] == 'l' || w[0] == 'p' ? -1 : w[0] == 'n' ? 1 : 0;
        prec = next[0] == 'w' ? PX_PREC_WEEK : next[0] == 'm' ? PX_PREC_MONTH : PX_PREC_YEAR;
        last = i + 1;
    } else if ((wd = weekday_of(c, mod && i + 1 < e ? i + 1 : i)) >= 0) {
        size_t at = mod ? i + 1 : i;
        last = at;
        if (!mod && i > b && (is(c, i - 1, "the") || is(c, i - 1, "a")))
            return SIZE_MAX;                            /* "the Sunday Times", "a Monday" */
        size_t l = dated_weekday(c, at, e, i, dir);
        if (l != SIZE_MAX) return l;
        if (at + 1 < e && in(day_parts, COUNT(day_parts), norm(c, at + 1))) last = at + 1;
        day += weekday_delta(c, wd, w[0] == 'l' || w[0] == 'p' ? -2 : w[0] == 'n' ? 2 : dir);
    } else if (i + 2 < e && is(c, i + 2, "ago") && number_before(c, i)) {
        int k = number_before(c, i);
        last = i + 2;
        if (!strncmp(next, "day", 3)) day -= k;
        else if (!strncmp(next, "week", 4)) day -= 7 * k;
        else if (!strncmp(next, "month", 5)) { prec = PX_PREC_MONTH; shift = -k; }
        else if (!strncmp(next, "year", 4)) { prec = PX_PREC_YEAR; shift = -k; }
        else return SIZE_MAX;
    } else {
        return SIZE_MAX;
    }
    return emit_relative(c, i, last, prec, day, shift);
}

/* The count at token i in "ago": digits or the language's number word,
 * 0 if neither. */
static int lang_count(const dctx *c, size_t i)
{
    const tx_word_val *v;
    if (c->doc->tokens[i].flags & PX_TOK_NUM) return number_before(c, i);
    return (v = tx_word_find(c->lang->numbers, norm(c, i))) ? v->val : 0;
}

/* "vor drei Tagen", "il y a deux ans", "tre giorni fa", "rok temu" at
 * token i.  Only a singular unit with a word after it goes without a count. */
static size_t ago_lang(dctx *c, size_t i, size_t e)
{
    const tx_date_lang *L = c->lang;
    const tx_word_val *u;
    size_t k = i, n = 0;
    for (; L->ago_before && L->ago_before[n]; n++, k++)
        if (k >= e || !is(c, k, L->ago_before[n])) return SIZE_MAX;
    int count = k < e ? lang_count(c, k) : 0;
    size_t unit = count ? k + 1 : k, last = unit;
    if (unit >= e || !(u = tx_word_find(L->ago_units, norm(c, unit))) ||
        (!count && !(L->ago_after && (u->flags & DW_ONE))))
        return SIZE_MAX;
    if (L->ago_after && !(++last < e && is(c, last, L->ago_after))) return SIZE_MAX;
    if (!L->ago_after && !n) return SIZE_MAX;
    if (!count) count = 1;                             /* "rok temu" */
    if (u->val < 2) return emit_relative(c, i, last, PX_PREC_DAY, c->pub - (u->val ? 7 : 1) * (int64_t)count, 0);
    return emit_relative(c, i, last, u->val == 2 ? PX_PREC_MONTH : PX_PREC_YEAR, c->pub, -count);
}

/* The modifier beside token i, only a space between ("letzte Woche",
 * "lundi dernier"): sets *first or *last to it. */
static const tx_word_val *modifier(const dctx *c, size_t i, size_t b, size_t e, size_t *first, size_t *last)
{
    const tx_word_val *m;
    const px_token *t = c->doc->tokens;
    if (i > b && tx_is_space_only(c->doc->text, t[i - 1].end, t[i].start) &&
        (m = tx_word_find(c->lang->mods, norm(c, i - 1)))) {
        *first = i - 1;
        return m;
    }
    if (i + 1 < e && tx_is_space_only(c->doc->text, t[i].end, t[i + 1].start) &&
        (m = tx_word_find(c->lang->mods, norm(c, i + 1)))) {
        *last = i + 1;
        return m;
    }
    return NULL;
}

/* A relative day, weekday or period of the document's language at token
 * i: "gestern", "heute Morgen", "lundi dernier", "el próximo lunes",
 * "letzte Woche", "l'année dernière". */
size_t tx_date_relative_lang(dctx *c, size_t i, size_t b, size_t e, int dir)
{
    const tx_date_lang *L = c->lang;
    const tx_word_val *v, *mod;
    bool mid_cap = cap(c, i) && i > b;
    size_t first = i, last = i;
    int64_t day = c->pub;
    px_date_precision prec = PX_PREC_DAY;
    int shift = 0;
    bool num = c->doc->tokens[i].flags & PX_TOK_NUM;
    if (!num && !(tx_date_lang_word(c, i) & TOK_LANG_START)) return SIZE_MAX;
    if ((last = ago_lang(c, i, e)) != SIZE_MAX || num) return last;
    last = i;
    if ((v = tx_word_find(L->days, norm(c, i)))) {
        if ((v->flags & DW_LOWER) && mid_cap) return SIZE_MAX;           /* "am Morgen" */
        if (i > b && tx_word_in(L->nouns, norm(c, i - 1))) return SIZE_MAX; /* "la mañana" */
        day += v->val;
    } else if ((v = tx_word_find(L->weekdays, norm(c, i))) ||
               (v = tx_word_compound(L->weekdays, norm(c, i), L->day_parts))) {   /* "Sonntagabend" */
        if (!L->caps && mid_cap) return SIZE_MAX;      /* "Domingo": a name */
        if (!(mod = modifier(c, i, b, e, &first, &last)) && (last = dated_weekday(c, i, e, i, dir)) != SIZE_MAX)
            return last;
        if (!mod) last = i;
        day += weekday_delta(c, v->val, mod && mod->val ? 2 * mod->val : dir);
    } else if ((v = tx_word_find(L->units, norm(c, i))) && (mod = modifier(c, i, b, e, &first, &last))) {
        prec = (px_date_precision)v->val;
        shift = mod->val;
    } else {
        return SIZE_MAX;
    }
    if (last + 1 < e && tx_word_in(L->day_parts, norm(c, last + 1))) last++;
    return emit_relative(c, first, last, prec, day, shift);
}

/* "on the 17th": a day of the month with no month named. */
size_t tx_date_ordinal_day(dctx *c, size_t i, size_t e, int dir)
{
    bool ord = false;
    if (!(is(c, i, "the") && i > 0 && i + 1 < e)) return SIZE_MAX;
    const char *p = norm(c, i - 1);
    if (!tx_word_eq(p, "on") && !tx_word_eq(p, "since") && !tx_word_eq(p, "until") && !tx_word_eq(p, "by") &&
        !tx_word_eq(p, "from") && !tx_word_eq(p, "before") && !tx_word_eq(p, "after"))
        return SIZE_MAX;
    int d = tx_date_day_number(c, i + 1, &ord);
    if (!d || !ord) return SIZE_MAX;
    if (i + 3 < e && is(c, i + 2, "of") && tx_date_month_of(c, i + 3)) return SIZE_MAX;  /* "the 19th of June" */
    if (i + 2 < e && (c->doc->tokens[i + 2].flags & PX_TOK_WORD) &&
        !(c->doc->tokens[i + 2].flags & PX_TOK_STOP) &&
        tx_is_space_only(c->doc->text, c->doc->tokens[i + 1].end, c->doc->tokens[i + 2].start))
        return SIZE_MAX;                               /* "the 3rd floor" */
    px_timex *t = tx_date_emit(c, i + 1, i + 1, PX_PREC_DAY, true);
    if (!t) return SIZE_MAX - 1;
    if (c->have_pub) day_of_month(c, t, d, dir);
    return i + 1;
}
