/*
 * date_words.h - the words of dates in languages other than English, one
 * table per language (date_words.c), read by dates.c and segment.c.
 * English keeps its own lists in dates.c.  Words are case-folded as token
 * norms are (NFKC_CF); lists end with a NULL word, and a NULL list is empty.
 */
#ifndef PX_DATE_WORDS_H
#define PX_DATE_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    DW_LOWER = 1,                 /* the word only when not capitalised mid-sentence */
    DW_ONE = 2                    /* a unit of "ago" that counts one alone ("rok temu") */
};

typedef struct tx_word_val {
    const char *word;
    signed char val;
    unsigned char flags;          /* DW_* */
} tx_word_val;

typedef struct tx_date_lang {
    const char *code;             /* "de" */
    bool caps;                    /* weekdays are capitalised; else a capital mid-sentence is a name */
    bool dotted_dm;               /* "17.06." is a day (the decimal mark is a comma) */
    const tx_word_val *months;    /* full names and inflections -> 1..12 */
    const tx_word_val *abbr;      /* -> 1..12, only beside a day number */
    const tx_word_val *weekdays;  /* -> 0 (Monday) .. 6 */
    const tx_word_val *days;      /* yesterday, today, tomorrow -> -1, 0, 1 */
    const tx_word_val *mods;      /* beside a weekday or unit: last -1, this 0, next +1 */
    const tx_word_val *units;     /* week, month, year -> 1, 2, 3 (px_date_precision) */
    const char *const *preps;     /* before a month alone ("im Juni", "und Juni") */
    const char *const *years;     /* before a year alone ("seit 2021") */
    const char *const *future;    /* the clause speaks of the future */
    const char *const *day_parts; /* after a relative day ("heute Morgen") */
    const char *const *nouns;     /* before a day word that make it a noun ("la mañana") */
    const tx_word_val *numbers;   /* counts of "ago" in words: "drei" -> 3 */
    const tx_word_val *ago_units; /* in "ago": day 0, week 1, month 2, year 3 */
    const char *const *ago_before;/* the words before the count ("vor", "il y a"), in order */
    const char *ago_after;        /* the word after the unit ("fa", "temu"), or NULL */
    const char *const *report;    /* verbs of saying: the date is the statement's */
    const char *const *fillers;   /* between such a verb and its date ("sagte am") */
} tx_date_lang;

/* The table of a language tag ("de", "pt-BR"), or NULL (English, unknown). */
const tx_date_lang *tx_date_lang_of(const char *tag);
/* The entry of w in list, or NULL. */
const tx_word_val *tx_word_find(const tx_word_val *list, const char *w);
/* The entry w starts with when the rest of w is one of tails: German
 * "sonntagabend" is "sonntag" + "abend".  NULL if none. */
const tx_word_val *tx_word_compound(const tx_word_val *list, const char *w, const char *const *tails);
/* Is w one of list? */
bool tx_word_in(const char *const *list, const char *w);
/* Month 1..12 of a full name in any language's table, or 0; with abbr
 * also of an abbreviation.  Meant beside a day number. */
int tx_month_any(const char *w, bool abbr);
/* Words a table may hold, by a 12-bit hash of their first four bytes
 * ("die" is not "dienstag"): one bit each, so nearly every other word is
 * ruled out without a scan of the lists, and the sets stay in L1 cache. */
typedef struct tx_date_gate {
    uint64_t start[64];           /* months, weekdays, days, units: a date may start */
    uint64_t any[64];             /* these and every other list of the table */
} tx_date_gate;

void tx_date_gate_build(const tx_date_lang *lang, tx_date_gate *g);

static inline unsigned tx_gate_key(const char *w)
{
    uint32_t v = 0;
    for (int k = 0; k < 4 && w[k]; k++) v |= (uint32_t)(unsigned char)w[k] << (8 * k);
    return (unsigned)((v * 2654435761u) >> 20);
}

static inline bool tx_gate_has(const uint64_t *set, const char *w)
{
    unsigned k = tx_gate_key(w);
    return set[k >> 6] >> (k & 63) & 1;
}

/* Mark the document language's months and weekdays LX_TIME in w->lex,
 * so they are never names ("Juni"). */
struct tx_work;
void tx_date_lex(struct tx_work *w);

#endif
