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
void px_textdoc_free(px_textdoc *doc);

/* Index of the first token starting at or after byte off (binary search). */
size_t tx_tok_lower_bound(const px_textdoc *doc, uint32_t off);

/* Is the case-folded word a function word in lang ("en" fallback)? */
bool px_is_stopword(const char *lang, const char *norm);

#endif
