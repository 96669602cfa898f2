/*
 * text_int.h - private plumbing shared by the files of the text stage.
 *
 * The stage runs as a fixed sequence over one document:
 *   segment (sentences, tokens) -> normalize (norm, stem, stop flags)
 *   -> entities (spans, kinds, roles, coreference) -> quotes (direct)
 *   -> pronouns (he/she, genders) -> attrib (speakers of direct quotes)
 *   -> indirect (indirect speech) -> rerank (spkrank.c: a trained scorer
 *   has the last word on each speaker) -> via (the outlet credited for a quote);
 * speaker.c finds the subject of a speech verb for the last two (with
 * rolephrase.c for noun phrases), referent.c whom a he/she or "the
 * governor" stands for, and turns.c who answers a question.
 * Each step reads what the earlier ones left in a tx_work and the public
 * px_textdoc.  Per-token side arrays (lexicon flags, mention index) live in
 * the work struct and die with it; what callers see lives in the doc arena.
 */
#ifndef PX_TEXT_INT_H
#define PX_TEXT_INT_H

#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>

#include "text.h"

/* ---- a small open-addressing string map (keys are copied or const) ---- */
typedef struct tx_slot {
    const char *key;      /* NULL: empty */
    uint32_t klen;
    uint32_t val;
    uint64_t hash;
} tx_slot;

typedef struct tx_map {
    tx_slot *slots;
    size_t cap, n;        /* cap is a power of two or 0 */
    uint64_t *filter;     /* NULL, or a bit per top-16-bit hash held (tx_map_filter) */
} tx_map;

/* Insert or OR val into an existing key; key is copied into arena (arena
 * NULL: key is kept as is, and must outlive the map).
 * Returns false on allocation failure. */
bool tx_map_put(tx_map *m, px_arena *arena, const char *key, size_t n,
                uint32_t val, bool or_val);
/* The same when the caller has px_hash64(key, n) already. */
bool tx_map_put_hashed(tx_map *m, px_arena *arena, const char *key, size_t n, uint64_t h,
                       uint32_t val, bool or_val);
/* Value slot of key, or NULL. */
const tx_slot *tx_map_get(const tx_map *m, const char *key, size_t n);
/* The same when the caller has px_hash64(key, n) already. */
const tx_slot *tx_map_get_hashed(const tx_map *m, const char *key, size_t n, uint64_t h);
void tx_map_free(tx_map *m);
/* Give m a filter of the hashes it holds, kept up to date by later puts: a
 * lookup of a key it lacks (most words, in the lexicon, country and city
 * maps) is then mostly answered without reading a slot, which in a map of
 * thousands is a cache miss.  False when out of memory (m works without). */
bool tx_map_filter(tx_map *m);
/* Empty m; its slots stay for the next user unless there are more than
 * keep of them, or eight times what its entries needed (m has no filter). */
void tx_map_clear(tx_map *m, size_t keep);

/* ---- lexicon: word classes of case-folded words ---- */
enum {
    LX_STOP_EN = 1u << 0,
    LX_STOP_DE = 1u << 1,
    LX_STOP_FR = 1u << 2,
    LX_STOP_ES = 1u << 3,
    LX_TITLE = 1u << 4,      /* president, professor, dr, spokesperson */
    LX_TITLE_MOD = 1u << 5,  /* foreign, vice, deputy, associate */
    LX_ORG_CUE = 1u << 6,    /* ministry, university, agency */
    LX_MEDIA_CUE = 1u << 7,  /* times, news, post, journal */
    LX_PLACE_CUE = 1u << 8,  /* peninsula, province, asia */
    LX_EVENT_CUE = 1u << 9,  /* war, summit, treaty */
    LX_SPEECH = 1u << 10,    /* said, told, noted, ... (finite) */
    LX_SPEECH_PART = 1u << 11, /* saying, adding: no subject of their own */
    LX_REPORT = 1u << 12,    /* reported, cited, quoted: media subjects */
    LX_TIME = 1u << 13,      /* months and weekdays: never names alone */
    LX_PRON = 1u << 14,      /* he, she */
    LX_ROLE = 1u << 15,      /* researcher, analyst, expert, official */
    LX_CONNECT = 1u << 16,   /* of, for, de, von: inside names */
    LX_DOC = 1u << 17,       /* document, statement, report: speak too */
    LX_MEDIA_NOUN = 1u << 18, /* newspaper, broadcaster, outlet */
    LX_LOC_PREP = 1u << 19,  /* in, near, across: places follow */
    LX_ADVERB = 1u << 20,    /* also, further, then: skip before verbs */
    LX_HYPH_ADJ = 1u << 21,  /* led, based, backed: "US-led" */
    LX_SAY_BARE = 1u << 22,  /* verbs taking a clause without "that" */
    LX_STOP_IT = 1u << 23,
    LX_STOP_PT = 1u << 24,
    LX_STOP_PL = 1u << 25,
    LX_STOP_NL = 1u << 26,
    LX_GESTURE = 1u << 27,   /* grins, nods: before a quote, who speaks */
    LX_OPENER = 1u << 28,    /* given, despite, amid: open a sentence, never a name */
    LX_REGION_ADJ = 1u << 29, /* western, asian: adjectives of regions */
    LX_COMPASS = 1u << 30    /* east, north-east: before a region */
};

#define LX_STOP_ANY (LX_STOP_EN | LX_STOP_DE | LX_STOP_FR | LX_STOP_ES | \
                     LX_STOP_IT | LX_STOP_PT | LX_STOP_PL | LX_STOP_NL)

bool tx_lexicon_build(tx_map *m, px_arena *arena);
bool tx_stopwords_into(tx_map *m, px_arena *arena);
bool tx_stopwords_sorted(void);
uint32_t tx_stop_flag(const char *lang);
/* The i-th language with a stop list and its flag; NULL past the last. */
const char *tx_stop_lang(size_t i, uint32_t *flag);

/* ---- countries: names, aliases and demonyms -> canonical name ---- */
typedef struct tx_countries {
    tx_map map;             /* case-folded name/alias/demonym -> index */
    const char **names;     /* canonical names */
    size_t n, cap;
} tx_countries;

bool tx_countries_load(tx_countries *c, px_arena *arena);
/* The list of an iso-codes standard ("3166-1") and the document holding
 * it (json_decref it); *list is NULL when the file or the list is
 * missing. */
struct json_t;
struct json_t *tx_iso_codes_load(const char *standard, struct json_t **list);
/* Canonical country of a case-folded word sequence, or NULL. */
const char *tx_country_lookup(const tx_countries *c, const char *key, size_t n);

/* ---- cities: case-folded names from ICU's time zone ids (cities.c) ---- */
bool tx_cities_load(tx_map *m, px_arena *arena);
bool tx_city(const px_analyzer *an, const char *key, size_t n);
/* The same when the caller has px_hash64(key, n) already. */
bool tx_city_hashed(const px_analyzer *an, const char *key, size_t n, uint64_t h);

/* ---- stems already computed, per stemmer (stems.c) ---- */
#define TX_STEM_TEXT 34          /* word, NUL, stem, NUL: longer is not kept */

/* One slot of the cache, 64 bytes: the word and its stem are inline, so a
 * lookup reads one cache line. */
typedef struct tx_stem_entry {
    uint64_t word_hash;      /* px_hash64 of the word */
    uint64_t hash;           /* px_hash64 of the stem */
    const char *stem;        /* NULL: the stem is the word itself */
    uint32_t len;            /* the stem's */
    uint8_t wlen;            /* the word's */
    uint8_t used;
    char text[TX_STEM_TEXT];
} tx_stem_entry;

typedef struct tx_stem_cache {
    tx_stem_entry *slots;    /* open addressing by word_hash */
    size_t cap, n;           /* cap is a power of two or 0 */
} tx_stem_cache;

/* The entry of word (h: px_hash64(word, n)), or NULL. */
const tx_stem_entry *tx_stem_cache_get(const tx_stem_cache *c, const char *word, size_t n,
                                       uint64_t h);
/* Remember word's stem (stem == NULL: the word itself); false when out of
 * memory, which only costs the entry. */
bool tx_stem_cache_put(tx_stem_cache *c, const char *word, size_t n, const char *stem,
                       size_t stem_len, uint64_t hash);
/* Start loading the slot a lookup of hash h reads first. */
void tx_stem_cache_prefetch(const tx_stem_cache *c, uint64_t h);
void tx_stem_cache_free(tx_stem_cache *c);

/* ---- the entity finder's maps and buffers, kept between documents ----
 * (entities.c): growing five maps from nothing for every document was a
 * good part of finding its entities. */
struct cand;
typedef struct tx_ent_keep {
    tx_map keys, nonstart, surname_any, surname_recent, lower;
    px_arena scratch;        /* the maps' keys */
    struct cand *c;          /* candidates */
    size_t ccap;
} tx_ent_keep;

void tx_ent_keep_free(tx_ent_keep *k);

/* ---- the analyzer ---- */
struct tx_spk_cand;
typedef struct tx_stemmer {
    char lang[8];
    struct sb_stemmer *st;   /* NULL: the language has no stemmer */
    tx_stem_cache cache;
} tx_stemmer;

/* Documents an analyzer keeps for reuse: a text and its title. */
#define TX_SPARE_DOCS 2

struct px_analyzer {
    UBreakIterator *sbrk, *wbrk;
    const UNormalizer2 *nfkc_cf;
    px_arena arena;          /* lexicon and country strings */
    tx_map lex;
    tx_countries countries;
    tx_map cities;           /* case-folded city name -> 1 */
    tx_stemmer stemmers[8];
    size_t n_stemmers;
    struct tx_memo *memo;    /* scratch of tx_normalize, kept between documents */
    tx_ent_keep ent;         /* scratch of tx_entities, the same */
    void *side;              /* the per-token side arrays of tx_work, the same */
    size_t side_cap;
    /* documents given back (px_textdoc_recycle) with their token and
     * sentence arrays and their arena's first block, for the next ones */
    struct tx_doc *spare[TX_SPARE_DOCS];
    size_t n_spare;
    /* the speaker scorer's weights (spkscore.h; NULL: the rules alone),
     * and for its trainer a hook shown every quote's candidates */
    const float *spk_weights;
    void (*spk_trace)(void *user, const px_textdoc *d, size_t quote,
                      const struct tx_spk_cand *c, size_t n);
    void *spk_trace_user;
};

/* A document with the arrays it owns beyond its arena. */
typedef struct tx_doc {
    px_textdoc pub;
    char *text_owned;
    px_token *tokens;
    px_sentence *sentences;
    size_t tok_cap, sent_cap;
} tx_doc;

/* Per-document scratch state shared by the steps. */
typedef struct tx_work {
    px_analyzer *an;
    px_ctx *ctx;
    tx_doc *d;
    uint32_t *lex;           /* lexicon flags per token */
    int32_t *tok_mention;    /* mention covering the token, or -1 */
    int32_t *appos_owner;    /* mention whose apposition holds the token */
    uint8_t *titlecase;      /* per sentence: a headline-like sentence */
    uint64_t *norm_hash;     /* per token: px_hash64 of its norm */
    struct tx_memo *memo;    /* the words of this document looked up so far
                                (the analyzer's) */
    uint8_t *gender;         /* per entity: 1 he, 2 she, 0 unknown (pronouns.c) */
    int32_t *antecedent;     /* per token: the mention a he/she outside quotes
                                stands for, or -1 */
    uint32_t *told;          /* per sentence: how many sentences up to it are
                                not wholly inside a quote (pronouns.c) */
    uint8_t guillemet_open;  /* second byte of the opening double guillemet:
                                0xAB for «...», 0xBB for »...« (tx_guillemets) */
    /* accepted direct quotes, internal view */
    struct tx_quote *q;
    size_t nq, qcap;
} tx_work;

/* Internal view of a direct quote while it is attributed. */
typedef struct tx_quote {
    uint32_t open, close_end;    /* first mark .. after the last mark */
    uint32_t first_close_end;    /* after the first part's closing mark */
    uint32_t start, end;         /* quoted words, first part to last */
    const char *text;
    uint32_t second_open;        /* split quote: the second part's mark */
    bool joined;                 /* split quote: parts joined */
    bool single;                 /* in single quote marks */
    bool block_initial;          /* opens its line */
    bool comma_end;              /* the (first part's) words end in ',' */
    uint32_t words;
} tx_quote;

/* steps */
px_status tx_segment(tx_work *w);
px_status tx_normalize(tx_work *w);
void tx_guess_lang(tx_work *w);
px_status tx_stem(tx_work *w);
px_status tx_entities(tx_work *w);
px_status tx_quotes(tx_work *w);
px_status tx_pronouns(tx_work *w);
px_status tx_attribute(tx_work *w);
px_status tx_indirect(tx_work *w);
px_status tx_speaker_rerank(tx_work *w);
/* The gender a first name usually has: 1 a man's, 2 a woman's, 0 either
 * or unknown (given_names.c); and whether its lists are sorted (tests). */
int tx_given_name_gender(const char *norm);
bool tx_given_names_sorted(void);
/* Which way the text's guillemets face: German and Nordic copy quotes
 * »so«, French and Swiss «so»; the first one in the text opens (quotes.c). */
uint8_t tx_guillemets(const char *t, size_t n);
/* Does t[i] hold the opening double guillemet of the text's style? */
static inline bool tx_guillemet_opens(const tx_work *w, const char *t, size_t i, size_t n)
{
    return i + 1 < n && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == w->guillemet_open;
}
void tx_quote_via(tx_work *w);

/* ICU's word tokens of plain ASCII text, without ICU (words_ascii.c):
 * is [t, t+n) text the shortcut covers, and the next word or number from
 * *at on ([*s, *e), *num), false at the end. */
bool tx_ascii_plain(const char *t, size_t n);
bool tx_ascii_next_word(const char *t, size_t n, size_t *at, size_t *s, size_t *e, bool *num);
/* ICU's next sentence boundary after at in plain text (sentences_ascii.c):
 * n at the end. */
size_t tx_ascii_sentence_end(const char *t, size_t n, size_t at);

/* helpers */
/* Equal words; the first two letters, compared inline, rule out nearly
 * every pair without a call (word lists are checked per token). */
/* Bytes of the dash at t[i] (i < n): 1 for '-', 3 for an en or em dash
 * in UTF-8, 0 for none. */
static inline size_t tx_dash_at(const char *t, size_t i, size_t n)
{
    const unsigned char *u = (const unsigned char *)t;
    if (t[i] == '-') return 1;
    return u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0x93 || u[i + 2] == 0x94)
               ? 3 : 0;
}

/* A small word titles keep in lower case ("Salt in the Wound", "More
 * Than a Protest Vote")? */
static inline bool tx_title_minor(const char *norm)
{
    static const char *const small[] = {"a", "an", "the", "of", "and", "or", "in", "on",
                                        "for", "to", "at", "by", "with", "as", "than"};
    for (size_t k = 0; k < sizeof small / sizeof *small; k++)
        if (strcmp(norm, small[k]) == 0) return true;
    return false;
}

/* A possessive ("Lind's", "city's"; the norm writes ' for ’)? */
static inline bool tx_possessive(const char *norm)
{
    size_t l = strlen(norm);
    return l > 2 && norm[l - 2] == '\'' && norm[l - 1] == 's';
}

static inline bool tx_word_eq(const char *a, const char *b)
{
    return a[0] == b[0] && (!a[0] || (a[1] == b[1] && strcmp(a + 1, b + 1) == 0));
}
/* "R-Kan", "D-Nev": a party and a state after a lawmaker's name, at
 * byte i of text t (n bytes); its length, or 0. */
static inline size_t tx_party_tag(const char *t, size_t i, size_t n)
{
    if (i + 4 > n || t[i] < 'A' || t[i] > 'Z' || t[i + 1] != '-' || t[i + 2] < 'A' ||
        t[i + 2] > 'Z')
        return 0;
    size_t e = i + 3;
    while (e < n && e < i + 7 && t[e] >= 'a' && t[e] <= 'z') e++;
    bool letter_after = e < n && ((t[e] >= 'a' && t[e] <= 'z') || (t[e] >= 'A' && t[e] <= 'Z'));
    return e > i + 3 && !letter_after ? e - i : 0;
}
/* A word of min letters or more in -ly, the shape of an adverb
 * ("usually", "flatly"); callers pick min by what else may end so
 * ("family", "early"). */
static inline bool tx_ly_word(const char *norm, size_t min)
{
    size_t n = strlen(norm);
    return n >= min && n >= 2 && strcmp(norm + n - 2, "ly") == 0;
}
/* A finite auxiliary ("is", "has", "would" ...): a clause has begun
 * where one stands. */
static inline bool tx_auxiliary_word(const char *norm)
{
    static const char *const aux[] = {"is", "was", "are", "were", "will",
        "would", "could", "can", "has", "had", "have", "should", "may",
        "might", "must", "did", "does", "do", "been"};
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++)
        if (strcmp(norm, aux[k]) == 0) return true;
    return false;
}
/* A word shaped like an occupation: an -ist or -yst ("pharmacist",
 * "analyst"). */
static inline bool tx_occupation(const char *norm)
{
    size_t n = strlen(norm);
    return n > 5 && (strcmp(norm + n - 3, "ist") == 0 || strcmp(norm + n - 3, "yst") == 0);
}
/* A past tense by its shape ("defended"), not a noun in -eed ("seed",
 * "need"). */
static inline bool tx_past_form(const char *norm)
{
    size_t l = strlen(norm);
    return l > 4 && norm[l - 2] == 'e' && norm[l - 1] == 'd' && norm[l - 3] != 'e';
}
/* A word shaped like a job or an agent: an -ist or -yst, or an -er, -or
 * or -ian of six letters or more ("driver", "pensioner", "librarian"). */
static inline bool tx_agent_noun(const char *norm)
{
    size_t n = strlen(norm);
    return tx_occupation(norm) ||
           (n >= 6 && (strcmp(norm + n - 2, "er") == 0 || strcmp(norm + n - 2, "or") == 0 ||
                       strcmp(norm + n - 3, "ian") == 0));
}
/* A plural noun for an organisation's people ("members of the X",
 * "staff at Y"): what they say, the organisation says. */
static inline bool tx_members_word(const char *norm)
{
    static const char *const w[] = {"members", "staff", "employees", "workers",
                                    "volunteers", "supporters"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (strcmp(norm, w[k]) == 0) return true;
    return false;
}
/* Value of a number word ("twelve", "forty-two", "dozen"), or 0. */
double px_number_word(const char *norm);
bool tx_is_space_only(const char *s, size_t a, size_t b);
uint32_t tx_lex_word(const px_analyzer *an, const char *norm);
/* Add an entity mention; used by entities.c and kept here for attrib.c. */
px_status tx_doc_grow(px_arena *a, void **arr, size_t *cap, size_t need,
                      size_t elem);

#endif
