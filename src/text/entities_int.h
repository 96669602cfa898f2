/*
 * entities_int.h - what the files of the entity finder share: a name
 * candidate, the finder's state and token helpers.  entities.c finds the
 * candidates and resolves them (passes A and C), entity_kinds.c says what
 * each candidate is (pass B).
 */
#ifndef PX_TEXT_ENTITIES_INT_H
#define PX_TEXT_ENTITIES_INT_H

#include <stdlib.h>
#include <string.h>

#include "text_int.h"

#define MAX_KEY 200
#define MAX_ROLE_TOKENS 40
#define PRONOUN_REACH 4      /* sentences back a he/she may reach */

typedef struct cand {
    uint32_t t0, t1;          /* name tokens [t0, t1) */
    uint32_t bs, be;          /* name bytes */
    uint32_t role_s, role_e;  /* role bytes, 0/0 when none */
    uint32_t ap0, ap1;        /* apposition tokens */
    uint32_t nick_s, nick_e;  /* ' "Buddy"' inside the name, left out of it */
    const char *country;      /* canonical country for places */
    uint8_t kind, conf;
    bool initial, titled, appos, pronoun, verb_person;
    bool in_appos;            /* inside another name's apposition */
    bool place_appos;         /* "X, a city of ...": described as a place */
    bool org_appos;           /* "X, the payments company,": an organisation */
    bool noun_cued;           /* "the broadcaster X Y": an outlet by the noun alone */
} cand;

typedef struct ent_state {
    tx_work *w;
    const px_textdoc *doc;
    const char *t;
    cand *c;
    size_t nc, ccap;
    tx_map keys;              /* name key -> entity index */
    tx_map nonstart;          /* keys seen away from a sentence start */
    tx_map surname_any;       /* surname -> candidate of a full name */
    tx_map surname_recent;    /* surname -> entity, as the text goes */
    tx_map lower;             /* words the text writes in lower case */
    bool lower_built;         /* built on first need: it rarely is */
    uint8_t *conf;            /* per entity */
    size_t ent_cap, men_cap, conf_cap;
    px_arena scratch;         /* map keys */
} ent_state;

static inline uint32_t lx(const ent_state *s, size_t i) { return s->w->lex[i]; }
static inline const px_token *tk(const ent_state *s, size_t i)
{
    return &s->doc->tokens[i];
}

static inline bool all_caps(const ent_state *s, size_t i)
{
    const px_token *k = tk(s, i);
    size_t n = k->end - k->start, letters = 0;
    for (size_t j = 0; j < n; j++) {
        char c = s->t[k->start + j];
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') letters++;
    }
    return letters >= 2;
}

/* "NATO", "NATO's": a name in capitals, past its possessive, of 2 to 6
 * letters (longer runs of capitals are shouting: "MURDERERS"). */
static inline bool ent_acronym(const ent_state *s, const cand *c)
{
    size_t letters = 0;
    for (uint32_t b = c->bs; b < c->be; b++) {
        char ch = s->t[b];
        if (ch >= 'a' && ch <= 'z') return false;
        if (ch >= 'A' && ch <= 'Z') letters++;
    }
    return letters >= 2 && letters <= 6;
}

static inline bool has_norm(const ent_state *s, size_t i, const char *w)
{
    /* the rules ask about a list of words per token: most differ at once */
    const char *n = tk(s, i)->norm;
    return n[0] == w[0] && strcmp(n, w) == 0;
}

/* The canonical country tokens [t0, t1) name (cut bytes off the last), or
 * NULL (entities.c). */
const char *ent_country_of(const ent_state *s, size_t t0, size_t t1, uint32_t cut);
/* Words of the name [t0, t1), a hyphenated part counting once. */
size_t ent_name_parts(const ent_state *s, size_t t0, size_t t1);
/* The case-folded key of tokens [t0, t1), cut bytes off the last (a
 * possessive); 0 when too long.  Is the gap after token a a hyphen? */
size_t ent_make_key(const ent_state *s, size_t t0, size_t t1, uint32_t cut, char *buf);
bool ent_hyphen_gap(const ent_state *s, size_t a);
/* Are tokens a and a + 1 apart by spaces only ("Dr. Ana" counts)? */
bool ent_joined(const ent_state *s, size_t a);
/* Candidates to entities and mentions (entity_resolve.c). */
px_status ent_resolve(ent_state *s);
/* Pass B for one candidate of the sentence [sbeg, send) (entity_kinds.c). */
void ent_classify(ent_state *s, cand *c, size_t sbeg, size_t send);

#endif
