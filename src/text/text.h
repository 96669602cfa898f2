/*
 * text.h - text analysis stage: sentences, tokens, stems, named entities
 * and quotes of one article's text.
 *
 * An analyzer holds the expensive ICU break iterators and Snowball stemmers
 * and is reused across documents (one per thread).  Each analysed document
 * owns an arena; everything it points to dies with px_textdoc_free().
 * Offsets are byte offsets into doc->text, which is a copy of the input.
 */
#ifndef PX_TEXT_H
#define PX_TEXT_H

#include <stdbool.h>
#include <stdint.h>

#include "util.h"

enum {
    PX_TOK_WORD = 1 << 0,    /* letters (may contain digits, apostrophes, hyphens) */
    PX_TOK_NUM = 1 << 1,     /* a number: 12, 3.5, 1,200, 8% (norm keeps digits) */
    PX_TOK_STOP = 1 << 2,    /* function word of the document's language */
    PX_TOK_CAP = 1 << 3,     /* starts with an upper-case letter */
    PX_TOK_SENT_START = 1 << 4, /* first word token of its sentence */
    PX_TOK_QUOTED = 1 << 5   /* inside a direct quote */
};

typedef struct px_token {
    uint32_t start, end;     /* bytes in doc->text */
    uint32_t sentence;       /* index into doc->sentences */
    uint16_t flags;
    const char *norm;        /* NFKC case-folded form */
    const char *stem;        /* Snowball stem of norm; norm for numbers */
    uint64_t stem_hash;      /* px_hash64(stem) */
} px_token;

typedef struct px_sentence {
    uint32_t start, end;     /* bytes, trimmed of surrounding space */
    uint32_t tok_begin, tok_end;  /* tokens [tok_begin, tok_end) */
    uint32_t paragraph;      /* paragraphs are separated by blank lines */
} px_sentence;

typedef enum px_entity_kind {
    PX_ENT_PERSON = 0,
    PX_ENT_ORG,
    PX_ENT_PLACE,            /* countries, cities, regions */
    PX_ENT_MEDIA,            /* news outlets and agencies ("the Daily Star reported") */
    PX_ENT_OTHER
} px_entity_kind;

typedef struct px_entity {
    const char *name;        /* fullest form in the document */
    px_entity_kind kind;
    const char *role;        /* "a researcher at X", "spokesperson", or NULL */
    uint32_t count;          /* mentions, coreferent ones included */
} px_entity;

typedef struct px_mention {
    uint32_t start, end;
    uint32_t entity;         /* index into doc->entities */
} px_mention;

typedef enum px_quote_kind {
    PX_QUOTE_DIRECT = 0,     /* words inside quote marks */
    PX_QUOTE_INDIRECT        /* "X said that ...", "according to X, ..." */
} px_quote_kind;

typedef struct px_quote {
    uint32_t start, end;     /* span of the quoted words (first part to last) */
    const char *text;        /* the quoted words; parts of a split quote
                                joined with a space, quote marks removed */
    int32_t speaker;         /* index into doc->entities, or -1 */
    const char *speaker_name;/* fullest name, or the role when only a role is
                                given ("a spokesperson"), or NULL */
    const char *speaker_role;
    px_quote_kind kind;
    uint32_t sentence;       /* sentence holding the start */
    int32_t via;             /* the outlet the article credits for it
                                ("..., X said, according to the Herald"): index
                                into doc->entities, or -1 */
} px_quote;

typedef struct px_textdoc {
    px_arena arena;
    const char *text;
    size_t len;
    const char *lang;        /* "en", ... as given or guessed */
    px_token *tokens;
    size_t n_tokens;
    px_sentence *sentences;
    size_t n_sentences;
    px_entity *entities;
    size_t n_entities;
    px_mention *mentions;
    size_t n_mentions;
    px_quote *quotes;
    size_t n_quotes;
} px_textdoc;

typedef struct px_analyzer px_analyzer;

px_status px_analyzer_new(px_ctx *ctx, px_analyzer **out);
void px_analyzer_free(px_analyzer *an);

/* Analyse text (UTF-8; paragraphs separated by "\n\n").  lang may be NULL
 * (then guessed; English rules are the fallback). */
px_status px_analyze(px_analyzer *an, px_ctx *ctx, const char *text,
                     size_t len, const char *lang, px_textdoc **out);

/* What px_analyze_parts finds beyond sentences, tokens and stems.  A
 * caller that needs less skips the rest: the story engine reads entities
 * but no quotes.  What is found is the same as with px_analyze. */
enum {
    PX_PARTS_ENTITIES = 1 << 0,  /* entities and mentions */
    PX_PARTS_QUOTES = 1 << 1,    /* quotes and speakers; implies entities */
    PX_PARTS_ALL = PX_PARTS_ENTITIES | PX_PARTS_QUOTES
};
px_status px_analyze_parts(px_analyzer *an, px_ctx *ctx, const char *text,
                           size_t len, const char *lang, unsigned parts,
                           px_textdoc **out);
void px_textdoc_free(px_textdoc *doc);
/* Free doc as px_textdoc_free does, but give its blocks (token and
 * sentence arrays, the arena's first chunk) to the analyzer that made it,
 * for its next documents: a caller that analyses and drops a document per
 * article (parallax cluster) saves their allocation and first touch.  The
 * analyzer keeps two; the last given is taken first. */
void px_textdoc_recycle(px_analyzer *an, px_textdoc *doc);

/* Index of the first token starting at or after byte off (binary search). */
size_t tx_tok_lower_bound(const px_textdoc *doc, uint32_t off);

/* Is name the last word(s) of a person the text names ("Pellam" after
 * "Geoffrey Pellam"), ignoring case?  Then it is that person, not an
 * outlet, whatever kind a lone mention of it got. */
bool px_person_surname(const px_textdoc *doc, const char *name);

/* The name of the outlet a quote came through (its via), or NULL. */
static inline const char *px_quote_via(const px_textdoc *doc, const px_quote *q)
{
    return q->via >= 0 && (size_t)q->via < doc->n_entities ? doc->entities[q->via].name : NULL;
}

/* The canonical country an entity name denotes ("US" -> "United States"),
 * or NULL. */
const char *px_country_of(const px_analyzer *an, const char *name);

/* Is the case-folded word a function word in lang ("en" fallback)? */
bool px_is_stopword(const char *lang, const char *norm);

/* ---- dates and quantities (dates.c, numbers.c) ----
 * Found on demand, not by px_analyze: relative dates need the publication
 * date, and most callers need neither.  Results live in the caller's arena. */
typedef enum px_date_precision {
    PX_PREC_DAY = 0,
    PX_PREC_WEEK,            /* the ISO week holding year-month-day (a Monday) */
    PX_PREC_MONTH,
    PX_PREC_YEAR
} px_date_precision;

typedef struct px_timex {
    uint32_t start, end;     /* the expression, bytes in doc->text */
    uint32_t sentence;
    int32_t year, month, day;/* 0 where unknown or coarser than precision */
    px_date_precision precision;
    bool relative;           /* read against the publication date */
    bool resolved;           /* false: needs a publication date none was given */
    bool reporting;          /* when something was said ("said on Tuesday") */
} px_timex;

typedef struct px_quantity {
    uint32_t start, end;     /* modifier, number and unit, bytes in doc->text */
    uint32_t sentence;
    double value;            /* scale words applied: "$4.5 billion" is 4.5e9 */
    const char *unit;        /* "%", "km", "$", or the counted noun ("troops") */
    const char *unit_key;    /* what matches across articles: the base unit
                                ("m" for "km"), else the stem of the noun */
    double factor;           /* value * factor is in unit_key's unit */
    int8_t bound;            /* +1 at least ("more than"), -1 at most ("up to",
                                "nearly"), 0 otherwise */
    bool approx;             /* "about", "around", "some", "nearly" */
} px_quantity;

/* Dates in doc; pub_date is the ISO 8601 publication date or NULL. */
px_status px_find_dates(px_ctx *ctx, const px_textdoc *doc, const char *pub_date,
                        px_arena *arena, px_timex **out, size_t *n);
/* Quantities with a unit in doc; numbers inside dates[] are skipped. */
px_status px_find_quantities(px_ctx *ctx, const px_textdoc *doc, const px_timex *dates,
                             size_t n_dates, px_arena *arena, px_quantity **out, size_t *n);
/* ISO 8601 form by precision: "2025-03-10", "2025-W11", "2025-03", "2025",
 * "--06-19" (day without a year); "" when unresolved. */
void px_timex_iso(const px_timex *t, char out[16]);
const char *px_date_precision_name(px_date_precision p);   /* "day", "week", ... */
/* Read "YYYY-MM-DD..." into *days (days since 1970-01-01); false if invalid. */
bool px_pub_day(const char *iso, int64_t *days);
int64_t px_days_from_civil(int y, int m, int d);
void px_civil_from_days(int64_t days, int *y, int *m, int *d);

#endif
