/*
 * numbers.c - quantities with their units: "3,200 troops", "$4.5 billion",
 * "40 per cent", "12 km", "three firefighters", "more than 60 firefighters".
 *
 * A quantity is a number (digits, with thousands separators and decimals,
 * or a number word) with an optional scale ("million", "bn"), a unit after
 * it (a measure from the table below, a currency sign or word, or the noun
 * it counts) and an optional hedge before it ("about", "more than", "up
 * to").  Numbers with no unit (ages, list items), ordinals, clock times and
 * numbers inside dates are not quantities.  The unit key is what lets two
 * outlets' figures be compared: the canonical unit for measures, else the
 * stem of the counted noun's head.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

#define MAX_DIGITS 40

/* Measures: the word, the unit shown, the key compared and the factor to
 * the key's unit, so "one kilometre" and "800 metres" compare. */
typedef struct unit_def { const char *word, *unit, *key; double factor; } unit_def;

static const unit_def measures[] = {
    {"percent", "%", "%", 1}, {"pc", "%", "%", 1},
    {"km", "km", "m", 1e3}, {"kilometre", "km", "m", 1e3}, {"kilometres", "km", "m", 1e3},
    {"kilometer", "km", "m", 1e3}, {"kilometers", "km", "m", 1e3}, {"m", "m", "m", 1},
    {"metre", "m", "m", 1}, {"metres", "m", "m", 1}, {"meter", "m", "m", 1}, {"meters", "m", "m", 1},
    {"cm", "cm", "m", 1e-2}, {"mm", "mm", "m", 1e-3}, {"mile", "mi", "m", 1609.344},
    {"miles", "mi", "m", 1609.344}, {"kg", "kg", "kg", 1}, {"kilogram", "kg", "kg", 1},
    {"kilograms", "kg", "kg", 1}, {"kilo", "kg", "kg", 1}, {"kilos", "kg", "kg", 1},
    {"tonne", "t", "kg", 1e3}, {"tonnes", "t", "kg", 1e3}, {"ton", "t", "kg", 1e3},
    {"tons", "t", "kg", 1e3}, {"litre", "l", "l", 1}, {"litres", "l", "l", 1}, {"liter", "l", "l", 1},
    {"liters", "l", "l", 1}, {"hectare", "ha", "ha", 1}, {"hectares", "ha", "ha", 1},
    {"mph", "mph", "mph", 1}, {"hour", "h", "s", 3600}, {"hours", "h", "s", 3600},
    {"minute", "min", "s", 60}, {"minutes", "min", "s", 60}, {"second", "s", "s", 1},
    {"seconds", "s", "s", 1}, {"day", "days", "days", 1}, {"days", "days", "days", 1},
    {"week", "weeks", "days", 7}, {"weeks", "weeks", "days", 7}, {"month", "months", "months", 1},
    {"months", "months", "months", 1}, {"year", "years", "years", 1}, {"years", "years", "years", 1},
    {"dollar", "$", "$", 1}, {"dollars", "$", "$", 1}, {"euro", "€", "€", 1}, {"euros", "€", "€", 1},
    {"yen", "¥", "¥", 1}};

static const struct { const char *word; double value; } scales[] = {
    {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
    {"trillion", 1e12}, {"bn", 1e9}, {"mn", 1e6}};

/* verbs that follow a bare number as its subject ("the 3 said") */
static const char *const not_units[] = {
    "said", "says", "say", "told", "tells", "added", "asked", "won", "wins", "lost", "went",
    "given", "taken", "seen", "made", "done"};

static const char *const small_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen"};
static const char *const tens_words[] = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

#define COUNT(a) (sizeof (a) / sizeof *(a))

double px_number_word(const char *w)
{
    /* the first letter rules out nearly every word: this runs per token */
    switch (w[0]) {
    case 'd': case 'o': case 't': case 'f': case 's': case 'e': case 'n': break;
    default: return 0;
    }
    if (tx_word_eq(w, "dozen")) return 12;
    for (size_t i = 1; i < COUNT(small_words); i++)
        if (tx_word_eq(w, small_words[i])) return (double)i;
    for (size_t i = 0; i < COUNT(tens_words); i++) {
        if (tens_words[i][0] != w[0] || tens_words[i][1] != w[1]) continue;
        size_t n = strlen(tens_words[i]);
        if (strncmp(w, tens_words[i], n) != 0) continue;
        if (!w[n]) return 20.0 + 10.0 * (double)i;
        if (w[n] == '-')
            for (size_t k = 1; k < 10; k++)
                if (strcmp(w + n + 1, small_words[k]) == 0) return 20.0 + 10.0 * (double)i + (double)k;
    }
    return 0;
}

typedef struct qctx {
    const px_textdoc *doc;
    px_arena *arena;
    px_quantity *v;
    size_t n, cap;
} qctx;

static const char *norm(const qctx *c, size_t i) { return c->doc->tokens[i].norm ? c->doc->tokens[i].norm : ""; }
static bool is(const qctx *c, size_t i, const char *w) { return tx_word_eq(norm(c, i), w); }

static const unit_def *measure(const char *w)
{
    for (size_t i = 0; i < COUNT(measures); i++)
        if (tx_word_eq(w, measures[i].word)) return &measures[i];
    return NULL;
}

static void set_measure(px_quantity *q, const unit_def *m)
{
    q->unit = m->unit;
    q->unit_key = m->key;
    q->factor = m->factor;
}

static double scale_of(const char *w)
{
    for (size_t i = 0; i < COUNT(scales); i++)
        if (tx_word_eq(w, scales[i].word)) return scales[i].value;
    return 0;
}

/* Currency sign right before byte off ("$", "£", "€", "¥"), or NULL. */
static const char *currency_before(const char *t, uint32_t off, uint32_t floor)
{
    if (off > floor && t[off - 1] == '$') return "$";
    if (off >= floor + 2 && (unsigned char)t[off - 2] == 0xC2) {
        if ((unsigned char)t[off - 1] == 0xA3) return "£";
        if ((unsigned char)t[off - 1] == 0xA5) return "¥";
    }
    if (off >= floor + 3 && memcmp(t + off - 3, "\xE2\x82\xAC", 3) == 0) return "€";
    return NULL;
}

/* Digits at s[0..n): value and the suffix that follows ("bn", "km", "%"). */
static bool parse_digits(const char *s, size_t n, double *value, size_t *used)
{
    char buf[MAX_DIGITS + 1];
    size_t k = 0, i = 0;
    bool dot = false;
    while (i < n && k < MAX_DIGITS) {
        char ch = s[i];
        if (ch >= '0' && ch <= '9') buf[k++] = ch;
        else if (ch == ',' && k && !dot && i + 3 < n && isdigit((unsigned char)s[i + 1]) &&
                 isdigit((unsigned char)s[i + 2]) && isdigit((unsigned char)s[i + 3])) {}
        else if (ch == '.' && !dot && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') { dot = true; buf[k++] = ch; }
        else break;
        i++;
    }
    if (!k || k >= MAX_DIGITS) return false;
    buf[k] = '\0';
    *value = strtod(buf, NULL);
    *used = i;
    return true;
}

/* Is byte off inside one of the dates?  Dates in text order (as
 * px_find_dates gives them) are walked once with a cursor, *at, as off
 * grows; others are searched in full. */
static bool in_dates(const px_timex *d, size_t n, bool ordered, size_t *at, uint32_t off)
{
    if (!ordered) {
        for (size_t i = 0; i < n; i++) if (off >= d[i].start && off < d[i].end) return true;
        return false;
    }
    while (*at < n && d[*at].end <= off) (*at)++;
    return *at < n && off >= d[*at].start;
}

static bool in_text_order(const px_timex *d, size_t n)
{
    for (size_t i = 1; i < n; i++) if (d[i].start < d[i - 1].end) return false;
    return true;
}

/* Is token i lower-case letters that can name what is counted? */
static bool noun_like(const qctx *c, size_t i)
{
    const px_token *t = &c->doc->tokens[i];
    if (!(t->flags & PX_TOK_WORD) || (t->flags & (PX_TOK_STOP | PX_TOK_CAP))) return false;
    size_t n = strlen(norm(c, i));
    for (size_t k = 0; k < COUNT(not_units); k++) if (tx_word_eq(norm(c, i), not_units[k])) return false;
    return n >= 2 && !tx_ly_word(norm(c, i), 3);
}

static bool ends_with(const char *w, const char *suf)
{
    size_t n = strlen(w), k = strlen(suf);
    return n > k && strcmp(w + n - k, suf) == 0;
}

/* Hedges before token i: sets approx/bound, returns the first token used. */
static size_t hedge(const qctx *c, size_t i, size_t b, px_quantity *q)
{
    if (i > b + 1) {
        const char *p = norm(c, i - 2), *w = norm(c, i - 1);
        int bound = 0;
        if (tx_word_eq(w, "than") && (tx_word_eq(p, "more") || tx_word_eq(p, "greater"))) bound = 1;
        else if (tx_word_eq(w, "than") && (tx_word_eq(p, "fewer") || tx_word_eq(p, "less"))) bound = -1;
        else if (tx_word_eq(p, "at") && tx_word_eq(w, "least")) bound = 1;
        else if (tx_word_eq(p, "at") && tx_word_eq(w, "most")) bound = -1;
        else if (tx_word_eq(p, "up") && tx_word_eq(w, "to")) bound = -1;
        else if (tx_word_eq(p, "upwards") && tx_word_eq(w, "of")) bound = 1;
        if (bound) { q->bound = (int8_t)bound; return i - 2; }
    }
    if (i > b) {
        const char *w = norm(c, i - 1);
        if (tx_word_eq(w, "about") || tx_word_eq(w, "around") || tx_word_eq(w, "approximately") ||
            tx_word_eq(w, "roughly") || tx_word_eq(w, "some") || tx_word_eq(w, "circa") ||
            tx_word_eq(w, "estimated")) { q->approx = true; return i - 1; }
        if (tx_word_eq(w, "nearly") || tx_word_eq(w, "almost")) { q->approx = true; q->bound = -1; return i - 1; }
        if (tx_word_eq(w, "over") || tx_word_eq(w, "above")) { q->bound = 1; return i - 1; }
        if (tx_word_eq(w, "under") || tx_word_eq(w, "below")) { q->bound = -1; return i - 1; }
    }
    return i;
}

static px_status push(qctx *c, const px_quantity *q)
{
    if (c->n == c->cap) {
        size_t nc = c->cap ? 2 * c->cap : 16;
        px_quantity *nv = realloc(c->v, nc * sizeof *nv);
        if (!nv) return PX_NOMEM;
        c->v = nv;
        c->cap = nc;
    }
    c->v[c->n++] = *q;
    return PX_OK;
}

/* The unit after token k (inclusive) up to e; fills q, returns its last token
 * or SIZE_MAX when there is none.  word_number: the number was a word. */
static size_t unit_after(qctx *c, size_t k, size_t e, px_quantity *q, bool word_number)
{
    const px_textdoc *d = c->doc;
    if (k >= e) return SIZE_MAX;
    uint32_t gap = d->tokens[k].start - d->tokens[k - 1].end;
    if (gap > 1 || (gap == 1 && !strchr(" -", d->text[d->tokens[k - 1].end]))) return SIZE_MAX;
    if (is(c, k, "per") && k + 1 < e && is(c, k + 1, "cent")) {
        q->unit = q->unit_key = "%";
        return k + 1;
    }
    const unit_def *m = measure(norm(c, k));
    if (m) {
        set_measure(q, m);
        return k;
    }
    if (!noun_like(c, k) || (word_number && ends_with(norm(c, k), "ed"))) return SIZE_MAX;
    size_t last = k;
    /* a compound ("fire engines", "dock workers"): a singular modifier then
     * a plural noun; "people injured", "people remain" are not compounds */
    if (k + 1 < e && !ends_with(norm(c, k), "s") && noun_like(c, k + 1) &&
        tx_is_space_only(d->text, d->tokens[k].end, d->tokens[k + 1].start) &&
        ends_with(norm(c, k + 1), "s") && !ends_with(norm(c, k + 1), "ss"))
        last = k + 1;
    if (last > k && (m = measure(norm(c, last)))) {   /* "metric tons" */
        set_measure(q, m);
        return last;
    }
    size_t a = d->tokens[k].start, z = d->tokens[last].end;
    char *u = px_arena_strndup(c->arena, d->text + a, z - a);
    if (!u) return SIZE_MAX - 1;
    for (char *p = u; *p; p++) if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
    q->unit = u;
    q->unit_key = d->tokens[last].stem ? d->tokens[last].stem : norm(c, last);
    return last;
}

/* The quantity whose number is token i; returns its last token or SIZE_MAX. */
static size_t quantity_at(qctx *c, size_t i, size_t b, size_t e, px_quantity *q)
{
    const px_textdoc *d = c->doc;
    const px_token *t = &d->tokens[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start, used = 0;
    double v;
    const char *cur = currency_before(d->text, t->start, b < i ? d->tokens[i - 1].end : d->sentences[t->sentence].start);
    memset(q, 0, sizeof *q);
    q->factor = 1;
    bool word_number = false, cur_outside = cur != NULL;
    if (n && (s[0] == '$')) { cur = "$"; s++; n--; cur_outside = false; }
    else if (n >= 2 && (unsigned char)s[0] == 0xC2 && ((unsigned char)s[1] == 0xA3 || (unsigned char)s[1] == 0xA5)) {
        cur = (unsigned char)s[1] == 0xA3 ? "£" : "¥"; s += 2; n -= 2; cur_outside = false;
    } else if (n >= 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0) { cur = "€"; s += 3; n -= 3; cur_outside = false; }
    if (n && s[0] >= '0' && s[0] <= '9') {
        if (!parse_digits(s, n, &v, &used)) return SIZE_MAX;
    } else if ((v = px_number_word(norm(c, i))) > 0) {
        word_number = true;
        used = n;
        if (i > b && is(c, i - 1, "a") && !is(c, i, "dozen")) return SIZE_MAX;
        if (is(c, i, "one") && i + 1 < e && is(c, i + 1, "of")) return SIZE_MAX;
    } else {
        return SIZE_MAX;
    }
    /* scores and ranges ("13-10", "10-12") are not quantities */
    if (t->start >= 2 && d->text[t->start - 1] == '-' && isdigit((unsigned char)d->text[t->start - 2]))
        return SIZE_MAX;
    /* clock times and list numbers are not quantities */
    if (i > b && (is(c, i - 1, "no") || is(c, i - 1, "number"))) return SIZE_MAX;
    if (t->end < d->len && d->text[t->end] == ':') return SIZE_MAX;
    if (t->start > 0 && d->text[t->start - 1] == ':') return SIZE_MAX;
    const char *suffix = s + used;
    size_t sl = n - used;
    bool dot = sl > 1 && suffix[sl - 1] == '.';   /* "$3.3bn." keeps the full stop in the token */
    if (dot) sl--;
    size_t last = i;
    q->value = v;
    if (sl) {
        char suf[16];   /* "3thousand" fits */
        if (sl >= sizeof suf) return SIZE_MAX;
        for (size_t k = 0; k < sl; k++) suf[k] = (char)(suffix[k] >= 'A' && suffix[k] <= 'Z' ? suffix[k] + 32 : suffix[k]);
        suf[sl] = '\0';
        double sc = scale_of(suf);
        if (!strcmp(suf, "%")) q->unit = q->unit_key = "%";
        else if (cur && (!strcmp(suf, "m") || !strcmp(suf, "k"))) q->value *= suf[0] == 'm' ? 1e6 : 1e3;
        else if (sc) q->value *= sc;
        else if (measure(suf)) set_measure(q, measure(suf));
        else return SIZE_MAX;                     /* 17th, 11pm, 1990s */
    }
    if (i + 1 < e && (is(c, i + 1, "pm") || is(c, i + 1, "am") || is(c, i + 1, "p.m") ||
                      is(c, i + 1, "a.m") || is(c, i + 1, "p.m.") || is(c, i + 1, "a.m.")))
        return SIZE_MAX;
    double sc;
    if (!q->unit && last + 1 < e && (sc = scale_of(norm(c, last + 1)))) { q->value *= sc; last++; }
    if (!q->unit && last + 1 < e && (sc = scale_of(norm(c, last + 1)))) { q->value *= sc; last++; }
    if (!q->unit) {
        size_t u = unit_after(c, last + 1, e, q, word_number);
        if (u == SIZE_MAX - 1) return u;
        if (u != SIZE_MAX) last = u;
    }
    if (cur && (!q->unit || strcmp(q->unit, "%"))) { q->unit = q->unit_key = cur; q->factor = 1; }
    /* "the 2024 election": a year before a singular noun, not 2024 elections
     * (thousands are written "2,024") */
    if (!cur && !word_number && n == 4 && used == 4 && v >= 1800 && v <= 2100 && last > i &&
        !measure(q->unit) && !ends_with(q->unit, "s"))
        return SIZE_MAX;
    if (!q->unit) return SIZE_MAX;
    size_t first = hedge(c, i, b, q);
    q->start = d->tokens[first].start;
    if (cur_outside && first == i) q->start -= (uint32_t)strlen(cur);
    q->end = d->tokens[last].end - (dot && last == i ? 1u : 0u);
    q->sentence = t->sentence;
    return last;
}

px_status px_find_quantities(px_ctx *ctx, const px_textdoc *doc, const px_timex *dates,
                             size_t n_dates, px_arena *arena, px_quantity **out, size_t *n)
{
    qctx c = {.doc = doc, .arena = arena};
    *out = NULL;
    *n = 0;
    bool ordered = in_text_order(dates, n_dates);
    size_t at = 0;
    for (size_t s = 0; s < doc->n_sentences; s++) {
        size_t b = doc->sentences[s].tok_begin, e = doc->sentences[s].tok_end;
        for (size_t i = b; i < e; i++) {
            if (in_dates(dates, n_dates, ordered, &at, doc->tokens[i].start)) continue;
            px_quantity q;
            size_t last = quantity_at(&c, i, b, e, &q);
            if (last == SIZE_MAX - 1 || (last != SIZE_MAX && push(&c, &q) != PX_OK)) goto nomem;
            if (last != SIZE_MAX) i = last;
        }
    }
    if (c.n) {
        *out = px_arena_alloc(arena, c.n * sizeof **out);
        if (!*out) goto nomem;
        memcpy(*out, c.v, c.n * sizeof **out);
        *n = c.n;
    }
    free(c.v);
    return PX_OK;
nomem:
    free(c.v);
    return px_fail(ctx, PX_NOMEM, "quantities: out of memory");
}
