/*
 * dates.c - dates mentioned in a text, resolved to the calendar.
 *
 * Absolute forms: "2024-06-19", "June 19, 2024", "19 June 2024", "the 19th
 * of June", "June 2024", "in 2023".  Relative forms are read against the
 * publication date: "yesterday", "today", "last night", "Tuesday" (with
 * "night", "morning" ...), "last/next Tuesday", "on the 17th", "last/this/
 * next week|month|year", "three days ago", and months or days without a
 * year ("in June", "June 19").  News reports the past, so a bare weekday
 * is the latest such day on or before publication, unless the clause
 * before it speaks of the future ("will", "would", "due", "until"); a day
 * or month without a year is in the publication year unless that puts it
 * well after publication (then the year before; the mirror for the
 * future).  A month without a year takes the year of an explicit year in
 * the same sentence ("in June and October last year").  Impossible dates
 * ("February 30") are dropped.
 *
 * Other languages add what their table in date_words.c lists: "17. Juni
 * 2024", "le 17 juin", "17 de junio de 2024", "17 czerwca", "juin 2024",
 * "17. Jan. 2024", relative days and weekdays ("gestern", "lundi dernier"),
 * and the day-first "17.06.2024" ("17.06." with the publication's year).
 * Month names beside a day number are read in every table, so a wrongly
 * guessed language still finds them; the rest only in the document's.
 * The relative forms are in dates_rel.c; this file walks the tokens and
 * reads the calendar and numeric ones.
 */
#include <stdlib.h>
#include <string.h>

#include "dates_int.h"

#define TENSE_WINDOW 10          /* tokens before a date searched for "will" */
#define LATE_DAYS 31             /* a yearless day this far past publication is last year's */

static const char *const month_names[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};
static const char *const month_abbr[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
/* words before a month or year that make it a date ("in June", "since 2021") */
static const char *const date_preps[] = {
    "in", "since", "by", "until", "till", "from", "during", "before", "after",
    "early", "late", "mid", "through", "between", "around", "last", "next", "this",
    "of", "on", "summer", "spring", "autumn", "fall", "winter"};
static const char *const future_cues[] = {
    "will", "would", "'ll", "shall", "due", "expected", "scheduled", "set", "plans",
    "planned", "until", "till", "upcoming", "coming", "next", "tomorrow"};
/* verbs whose date is when something was said, not when it happened */
static const char *const report_verbs[] = {
    "said", "says", "told", "reported", "announced", "confirmed", "added", "stated",
    "wrote", "posted", "tweeted", "warned"};
static const char *const report_fillers[] = {"on", "early", "late", "last", "this", "in"};
/* lower-case words a date can start with ("the 17th", "last week") */
static const char *const starters[] = {
    "the", "last", "next", "this", "past", "yesterday", "today", "tonight", "tomorrow"};

/* Only blanks, one comma or an abbreviation dot between tokens i and i+1. */
bool tx_date_near(const dctx *c, size_t i)
{
    const px_token *a = &c->doc->tokens[i], *b = a + 1;
    if (b->start - a->end > 3) return false;
    for (uint32_t k = a->end; k < b->start; k++)
        if (!strchr(" ,.", c->doc->text[k])) return false;
    return true;
}

/* May token i be a word of the language table: one that starts a date
 * (TOK_LANG_START) or any of its words (TOK_LANG_ANY)? */
uint8_t tx_date_lang_word(const dctx *c, size_t i)
{
    uint8_t *t = &c->tok[i];
    if (!(*t & TOK_LANG_KNOWN)) {
        const char *w = norm(c, i);
        *t |= TOK_LANG_KNOWN;
        if (c->lang && tx_gate_has(c->gate.start, w)) *t |= TOK_LANG_START;
        if (c->lang && tx_gate_has(c->gate.any, w)) *t |= TOK_LANG_ANY;
    }
    return *t;
}

/* A month name of the document language's table at token i, in any case. */
static int lang_month(const dctx *c, size_t i)
{
    const tx_word_val *v;
    return (tx_date_lang_word(c, i) & TOK_LANG_START) && (v = tx_word_find(c->lang->months, norm(c, i))) ? v->val : 0;
}

/* A month name at token i: the document language's, or English ones
 * capitalised. */
int tx_date_month_of(const dctx *c, size_t i)
{
    const char *w = norm(c, i);
    int lm = lang_month(c, i);
    if (lm) return lm;
    if (!cap(c, i)) return 0;
    for (int m = 0; m < 12; m++)
        if (tx_word_eq(w, month_names[m]) || tx_word_eq(w, month_abbr[m])) return m + 1;
    return tx_word_eq(w, "sept") ? 9 : 0;
}

/* A month beside a day number: also the language's abbreviations and
 * any language's full names ("17 czerwca"). */
static int month_by_day(const dctx *c, size_t i)
{
    const tx_word_val *v;
    int m = tx_date_month_of(c, i);
    if (!m && (tx_date_lang_word(c, i) & TOK_LANG_ANY) && (v = tx_word_find(c->lang->abbr, norm(c, i))))
        m = v->val;
    return m ? m : tx_month_any(norm(c, i), false);
}

/* 1..31 for "19", "19th", "1st"; *ordinal tells a suffix was there. */
int tx_date_day_number(const dctx *c, size_t i, bool *ordinal)
{
    const px_token *t = &c->doc->tokens[i];
    const char *s = c->doc->text + t->start;
    size_t n = t->end - t->start, k = 0;
    int v = 0;
    while (k < n && k < 2 && s[k] >= '0' && s[k] <= '9') v = v * 10 + (s[k++] - '0');
    if (k == 0 || v < 1 || v > 31) return 0;
    *ordinal = false;
    if (k == n) return v;
    if (v == 1 && n - k == 2 && !strncmp(s + k, "er", 2)) return v;   /* "1er juin" */
    if (n - k == 2 && (!strncmp(s + k, "st", 2) || !strncmp(s + k, "nd", 2) ||
                       !strncmp(s + k, "rd", 2) || !strncmp(s + k, "th", 2))) {
        *ordinal = true;
        return v;
    }
    return 0;
}

static int year_number(const dctx *c, size_t i)
{
    const px_token *t = &c->doc->tokens[i];
    const char *s = c->doc->text + t->start;
    if (t->end - t->start != 4) return 0;
    int v = 0;
    for (int k = 0; k < 4; k++) {
        if (s[k] < '0' || s[k] > '9') return 0;
        v = v * 10 + (s[k] - '0');
    }
    return v >= 1800 && v <= 2199 ? v : 0;
}

/* Token i joins a day to its month or a month to its year: "17 de junio
 * de 2024", "junio del 2024". */
static bool joiner(const dctx *c, size_t i)
{
    return is(c, i, "de") || is(c, i, "del");
}

/* The year right after token k ("Juni 2024", "junio de 2024"): its token, or 0. */
static size_t year_after(const dctx *c, size_t k, size_t e, int *y)
{
    if (k + 1 < e && tx_date_near(c, k) && (*y = year_number(c, k + 1))) return k + 1;
    if (k + 2 < e && joiner(c, k + 1) && (*y = year_number(c, k + 2))) return k + 2;
    return 0;
}

/* What tense() asks of token k, worked out on first need and kept: it
 * asks up to TENSE_WINDOW tokens before each token a date may start at. */
static uint8_t marks(dctx *c, size_t k)
{
    const px_textdoc *d = c->doc;
    if (c->tok[k] & TOK_KNOWN) return c->tok[k];
    uint8_t m = TOK_KNOWN;
    if (in(future_cues, COUNT(future_cues), norm(c, k)) ||
        ((tx_date_lang_word(c, k) & TOK_LANG_ANY) && tx_word_in(c->lang->future, norm(c, k))))
        m |= TOK_FUTURE;
    if (k + 1 < d->n_tokens)
        for (uint32_t x = d->tokens[k].end; x < d->tokens[k + 1].start; x++)
            if (strchr(",;:", d->text[x])) { m |= TOK_BREAK_AFTER; break; }
    return c->tok[k] |= m;
}

/* +1 when the clause before token i speaks of the future: a cue within
 * TENSE_WINDOW tokens and no comma, semicolon or colon between ("the fire,
 * which would spread, began on Monday" is past). */
static int tense(dctx *c, size_t b, size_t i)
{
    size_t lo = i > b + TENSE_WINDOW ? i - TENSE_WINDOW : b;
    for (size_t k = i; k > lo; k--) {
        uint8_t m = marks(c, k - 1);
        if (m & TOK_BREAK_AFTER) return -1;
        if (m & TOK_FUTURE) return 1;
    }
    return -1;
}

bool tx_date_valid_day(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1] + (m == 2 && (leap || y == 0));
}

px_timex *tx_date_emit(dctx *c, size_t first, size_t last, px_date_precision prec, bool relative)
{
    if (c->n == c->cap) {
        size_t nc = c->cap ? 2 * c->cap : 16;
        px_timex *nv = realloc(c->v, nc * sizeof *nv);
        bool *ng = realloc(c->year_guessed, nc * sizeof *ng);
        if (ng) c->year_guessed = ng;
        if (nv) c->v = nv;
        if (!nv || !ng) return NULL;
        c->cap = nc;
    }
    c->year_guessed[c->n] = false;
    px_timex *t = &c->v[c->n++];
    const px_token *a = &c->doc->tokens[first], *z = &c->doc->tokens[last];
    *t = (px_timex){a->start, z->end, a->sentence, 0, 0, 0, prec, relative, !relative || c->have_pub, false};
    return t;
}

void tx_date_set_days(px_timex *t, int64_t days)
{
    px_civil_from_days(days, &t->year, &t->month, &t->day);
}

/* Year for a yearless month (day 0) or day, by tense. */
static int guess_year(const dctx *c, int m, int d, int dir)
{
    if (!c->have_pub) return 0;
    int y = c->py;
    if (d) {
        int64_t at = px_days_from_civil(y, m, tx_date_valid_day(y, m, d) ? d : 28);
        if (dir > 0 && at < c->pub - 7) y++;
        else if (dir < 0 && at > c->pub + LATE_DAYS) y--;
    } else {
        if (dir > 0 && m < c->pm) y++;
        else if (dir < 0 && m > c->pm + 1) y--;
    }
    return y;
}

/* A calendar date at token i: "June 19[th][,] [2024]", "19[th] June [2024]",
 * "19th of June", "June 2024".  Returns the last token used, or SIZE_MAX. */
size_t tx_date_calendar(dctx *c, size_t i, size_t e, size_t first, int dir, bool *ok)
{
    bool ord;
    int m = 0, d = 0, y = 0;
    size_t last = SIZE_MAX;
    *ok = false;
    if ((m = tx_date_month_of(c, i))) {
        size_t yl;
        /* the day after the month is English order: "im Juni 17 Tote" is not a day */
        if (!lang_month(c, i) && i + 1 < e && tx_date_near(c, i) && (d = tx_date_day_number(c, i + 1, &ord))) {
            last = i + 1;
            if (i + 2 < e && tx_date_near(c, i + 1) && (y = year_number(c, i + 2))) last = i + 2;
        } else if ((yl = year_after(c, i, e, &y))) {
            last = yl;
        } else if ((i > 0 && i > c->doc->sentences[c->doc->tokens[i].sentence].tok_begin &&
                    (in(date_preps, COUNT(date_preps), norm(c, i - 1)) ||
                     ((tx_date_lang_word(c, i - 1) & TOK_LANG_ANY) &&
                      tx_word_in(c->lang->preps, norm(c, i - 1))) ||
                     ((is(c, i - 1, "and") || is(c, i - 1, "or")) && m != 5)))) {
            last = i;
        } else {
            return SIZE_MAX;
        }
    } else if ((d = tx_date_day_number(c, i, &ord))) {
        size_t k = i + 1, yl;
        if (ord && k + 1 < e && is(c, k, "of")) k++;
        else if (!(k < e && tx_date_near(c, i))) return SIZE_MAX;
        else if (k + 1 < e && joiner(c, k) && tx_date_near(c, k)) k++;
        if (k >= e || !(m = month_by_day(c, k))) return SIZE_MAX;
        last = k;
        if ((yl = year_after(c, k, e, &y))) last = yl;
    } else {
        return SIZE_MAX;
    }
    if (m == 5 && !d && !y && first == i && is(c, i, "may")) {
        /* "May" alone is most often the verb */
        if (!(i > 0 && (is(c, i - 1, "in") || is(c, i - 1, "since") || is(c, i - 1, "until"))))
            return SIZE_MAX;
    }
    bool guessed = !y;
    if (!y) y = guess_year(c, m, d, dir);
    if (d && !tx_date_valid_day(y, m, d)) return last;       /* "February 30": used, not kept */
    px_timex *t = tx_date_emit(c, first, last, d ? PX_PREC_DAY : PX_PREC_MONTH, false);
    if (!t) return SIZE_MAX - 1;
    t->year = y;
    t->month = m;
    t->day = d;
    t->relative = guessed && c->have_pub;
    c->year_guessed[c->n - 1] = guessed;
    *ok = true;
    return last;
}

/* An ISO date "2024-06-19" starting at token i. */
static size_t iso(dctx *c, size_t i, size_t e, bool *ok)
{
    *ok = false;
    const px_token *t = &c->doc->tokens[i];
    if (t->end - t->start != 4 || t->start + 10 > c->doc->len) return SIZE_MAX;
    int64_t days;
    const char *s = c->doc->text + t->start;
    if (!(s[4] == '-' && s[7] == '-')) return SIZE_MAX;
    size_t last = i;
    while (last + 1 < e && c->doc->tokens[last + 1].end <= t->start + 10) last++;
    if (!px_pub_day(s, &days) || (t->start + 10 < c->doc->len && s[10] >= '0' && s[10] <= '9'))
        return last;
    px_timex *x = tx_date_emit(c, i, last, PX_PREC_DAY, false);
    if (!x) return SIZE_MAX - 1;
    tx_date_set_days(x, days);
    *ok = true;
    return last;
}

/* Digits of s from *k, at most max of them, as a number; -1 if none. */
static int digits(const char *s, size_t n, size_t *k, size_t max)
{
    int v = 0;
    size_t k0 = *k;
    while (*k < n && *k - k0 < max && s[*k] >= '0' && s[*k] <= '9') v = v * 10 + (s[(*k)++] - '0');
    return *k > k0 ? v : -1;
}

/* A day-first numeric date "17.06.2024", or "17." "06." with the year of
 * publication where the language writes decimals with a comma. */
static size_t dotted(dctx *c, size_t i, int dir, bool *ok)
{
    const px_token *t = &c->doc->tokens[i];
    const char *s = c->doc->text + t->start;
    size_t n = t->end - t->start, k = 0;
    int d, m, y = 0;
    *ok = false;
    if ((d = digits(s, n, &k, 2)) < 0 || k >= n || s[k++] != '.' || (m = digits(s, n, &k, 2)) < 0)
        return SIZE_MAX;
    if (k < n) {
        if (s[k++] != '.' || (y = digits(s, n, &k, 4)) < 1800 || y > 2199 || k != n) return SIZE_MAX;
    } else if (!(c->lang && c->lang->dotted_dm && c->have_pub && t->end < c->doc->len &&
                 c->doc->text[t->end] == '.' && m >= 1 && m <= 12)) {
        return SIZE_MAX;                               /* "17.06" alone: a decimal */
    }
    bool guessed = !y;
    if (guessed) y = guess_year(c, m, d, dir);
    if (!tx_date_valid_day(y, m, d)) return i;                 /* "31.02.2024": used, not kept */
    px_timex *x = tx_date_emit(c, i, i, PX_PREC_DAY, false);
    if (!x) return SIZE_MAX - 1;
    x->year = y;
    x->month = m;
    x->day = d;
    x->relative = guessed;
    c->year_guessed[c->n - 1] = guessed;
    *ok = true;
    return i;
}










/* A year used as an adjective: "the 2024 election", "last month's 2021
 * figures" stay out; a singular noun after it is what tells. */
static bool year_before_noun(const dctx *c, size_t i, size_t e)
{
    if (i + 1 >= e) return false;
    const px_token *t = &c->doc->tokens[i + 1];
    const char *w = norm(c, i + 1);
    size_t n = strlen(w);
    return (t->flags & PX_TOK_WORD) && !(t->flags & (PX_TOK_STOP | PX_TOK_CAP)) && n > 2 &&
           w[n - 1] != 's' && tx_is_space_only(c->doc->text, c->doc->tokens[i].end, t->start);
}

/* May the year at token i follow a preposition of the language: not
 * before a sign or, where nouns are capitalised, a noun ("bis 2000 €",
 * "ab 2000 Euro" count). */
static bool lang_year(const dctx *c, size_t i, size_t e)
{
    const px_token *t = c->doc->tokens;
    size_t k = t[i].end;
    if (k < c->doc->len && c->doc->text[k] == ' ') k++;
    if (k < c->doc->len && strchr("%$", c->doc->text[k])) return false;
    const char *s = c->doc->text + k;
    if ((k + 3 <= c->doc->len && !memcmp(s, "\xe2\x82\xac", 3)) || (k + 2 <= c->doc->len && !memcmp(s, "\xc2\xa3", 2)))
        return false;                                  /* euro, pound */
    return !(c->lang->caps && i + 1 < e && cap(c, i + 1));
}

/* A year after a preposition ("in 2023", "since 2021", "seit 2021") or
 * before a noun ("the 2024 election"). */
static size_t bare_year(dctx *c, size_t i, size_t b, size_t e)
{
    int y = year_number(c, i);
    if (!y || i == b) return SIZE_MAX;
    if (!in(date_preps, COUNT(date_preps), norm(c, i - 1)) && !(is(c, i - 1, "the") && year_before_noun(c, i, e)) &&
        !((tx_date_lang_word(c, i - 1) & TOK_LANG_ANY) && tx_word_in(c->lang->years, norm(c, i - 1)) && lang_year(c, i, e)))
        return SIZE_MAX;
    if (i + 1 < c->doc->n_tokens && c->doc->text[c->doc->tokens[i].end] == '-') return SIZE_MAX;
    px_timex *t = tx_date_emit(c, i, i, PX_PREC_YEAR, false);
    if (!t) return SIZE_MAX - 1;
    t->year = y;
    return i;
}

/* Is the date that starts at token i the time of a statement ("the
 * police said early on Tuesday")? */
static bool reporting(const dctx *c, size_t i, size_t b)
{
    const tx_date_lang *L = c->lang;
    size_t k = i;
    while (k > b && k + 3 > i && (in(report_fillers, COUNT(report_fillers), norm(c, k - 1)) ||
                                  ((tx_date_lang_word(c, k - 1) & TOK_LANG_ANY) &&
                                   tx_word_in(L->fillers, norm(c, k - 1)))))
        k--;
    if (k <= b) return false;
    return in(report_verbs, COUNT(report_verbs), norm(c, k - 1)) ||
           ((tx_date_lang_word(c, k - 1) & TOK_LANG_ANY) && tx_word_in(L->report, norm(c, k - 1)));
}

/* Could a date other than an ISO one start at token i?  Every form starts
 * with a digit, a capital (a month, a weekday), one of starters[], or a
 * number before "ago"; this passes over the other tokens, nearly all. */
static bool may_start(const dctx *c, size_t i, size_t e)
{
    char ch = c->doc->text[c->doc->tokens[i].start];
    if ((ch >= '0' && ch <= '9') || cap(c, i)) return true;
    if (i + 2 < e && is(c, i + 2, "ago")) return true;
    if (tx_date_lang_word(c, i) & TOK_LANG_START) return true;
    return in(starters, COUNT(starters), norm(c, i));
}

/* Months without a year take an explicit year from their sentence. */
static void share_years(dctx *c, size_t from)
{
    for (size_t k = from; k < c->n; k++) {
        if (!c->year_guessed[k]) continue;
        for (size_t j = from; j < c->n; j++) {
            if (j == k || c->year_guessed[j] || !c->v[j].resolved) continue;
            if (!c->v[j].year || (c->v[j].relative && c->v[j].precision != PX_PREC_YEAR)) continue;
            if (c->v[k].day && !tx_date_valid_day(c->v[j].year, c->v[k].month, c->v[k].day)) continue;
            c->v[k].year = c->v[j].year;
            c->v[k].relative = c->v[j].relative;
            break;
        }
    }
}

px_status px_find_dates(px_ctx *ctx, const px_textdoc *doc, const char *pub_date,
                        px_arena *arena, px_timex **out, size_t *n)
{
    dctx c = {.doc = doc, .arena = arena, .lang = tx_date_lang_of(doc->lang)};
    if (c.lang) tx_date_gate_build(c.lang, &c.gate);
    *out = NULL;
    *n = 0;
    if (pub_date && px_pub_day(pub_date, &c.pub)) {
        px_civil_from_days(c.pub, &c.py, &c.pm, &c.pd);
        c.have_pub = c.py >= 1000;           /* room for "999 years ago" */
        c.pw = (int)(((c.pub % 7) + 7 + 3) % 7);
    }
    if (!(c.tok = calloc(doc->n_tokens ? doc->n_tokens : 1, 1))) goto nomem;
    for (size_t s = 0; s < doc->n_sentences; s++) {
        size_t b = doc->sentences[s].tok_begin, e = doc->sentences[s].tok_end, from = c.n;
        for (size_t i = b; i < e; i++) {
            bool ok;
            size_t last = iso(&c, i, e, &ok);
            if (last == SIZE_MAX && !may_start(&c, i, e)) continue;
            int dir = tense(&c, b, i);
            if (last == SIZE_MAX) last = dotted(&c, i, dir, &ok);
            if (last == SIZE_MAX && c.lang) last = tx_date_relative_lang(&c, i, b, e, dir);
            if (last == SIZE_MAX) last = tx_date_relative(&c, i, b, e, dir);
            if (last == SIZE_MAX) last = tx_date_calendar(&c, i, e, i, dir, &ok);
            if (last == SIZE_MAX) last = tx_date_ordinal_day(&c, i, e, dir);
            if (last == SIZE_MAX) last = bare_year(&c, i, b, e);
            if (last == SIZE_MAX - 1) goto nomem;
            if (last == SIZE_MAX) continue;
            if (c.n && c.v[c.n - 1].start == doc->tokens[i].start) c.v[c.n - 1].reporting = reporting(&c, i, b);
            else if (c.n && i > b && c.v[c.n - 1].start == doc->tokens[i - 1].start)   /* "letzten Montag" */
                c.v[c.n - 1].reporting = reporting(&c, i - 1, b);
            i = last;
        }
        share_years(&c, from);
    }
    if (c.n) {
        *out = px_arena_alloc(arena, c.n * sizeof **out);
        if (!*out) goto nomem;
        memcpy(*out, c.v, c.n * sizeof **out);
        *n = c.n;
    }
    free(c.v);
    free(c.year_guessed);
    free(c.tok);
    return PX_OK;
nomem:
    free(c.v);
    free(c.year_guessed);
    free(c.tok);
    return px_fail(ctx, PX_NOMEM, "dates: out of memory");
}
