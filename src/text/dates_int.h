/*
 * dates_int.h - what dates.c (the driver, calendar and numeric dates) and
 * dates_rel.c (dates relative to publication) share: the state of one
 * document's search and the token helpers.
 */
#ifndef PX_DATES_INT_H
#define PX_DATES_INT_H

#include <string.h>

#include "date_words.h"
#include "text_int.h"

typedef struct dctx {
    const px_textdoc *doc;
    bool have_pub;
    int64_t pub;                 /* days since 1970 */
    int py, pm, pd, pw;          /* publication year, month, day, weekday (0 = Monday) */
    px_timex *v;
    size_t n, cap;
    px_arena *arena;
    bool *year_guessed;          /* per found date: year came from publication */
    uint8_t *tok;                /* per token: TOK_* bits, worked out on first need */
    const tx_date_lang *lang;    /* the document's table, NULL for English */
    tx_date_gate gate;           /* which words the table may hold */
} dctx;

enum {
    TOK_FUTURE = 1, TOK_BREAK_AFTER = 2, TOK_KNOWN = 4,          /* marks() */
    TOK_LANG_KNOWN = 8, TOK_LANG_START = 16, TOK_LANG_ANY = 32   /* tx_date_lang_word() */
};

#define COUNT(a) (sizeof (a) / sizeof *(a))

static inline bool in(const char *const *list, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++) if (tx_word_eq(list[i], w)) return true;
    return false;
}

static inline const char *norm(const dctx *c, size_t i) { return c->doc->tokens[i].norm ? c->doc->tokens[i].norm : ""; }
static inline bool is(const dctx *c, size_t i, const char *w) { return tx_word_eq(norm(c, i), w); }
static inline bool cap(const dctx *c, size_t i) { return c->doc->tokens[i].flags & PX_TOK_CAP; }


/* dates.c */
bool tx_date_near(const dctx *c, size_t i);
uint8_t tx_date_lang_word(const dctx *c, size_t i);
int tx_date_month_of(const dctx *c, size_t i);
int tx_date_day_number(const dctx *c, size_t i, bool *ordinal);
bool tx_date_valid_day(int y, int m, int d);
px_timex *tx_date_emit(dctx *c, size_t first, size_t last, px_date_precision prec, bool relative);
void tx_date_set_days(px_timex *t, int64_t days);
size_t tx_date_calendar(dctx *c, size_t i, size_t e, size_t first, int dir, bool *ok);

/* dates_rel.c: each returns the last token used, SIZE_MAX for no date
 * there, SIZE_MAX - 1 when out of memory */
size_t tx_date_relative(dctx *c, size_t i, size_t b, size_t e, int dir);
size_t tx_date_relative_lang(dctx *c, size_t i, size_t b, size_t e, int dir);
size_t tx_date_ordinal_day(dctx *c, size_t i, size_t e, int dir);

#endif
