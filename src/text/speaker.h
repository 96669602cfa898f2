/*
 * speaker.h - what attrib.c (direct quotes) and indirect.c (indirect
 * speech) share: a view of the document with short token helpers, and the
 * speaker finders of speaker.c.
 */
#ifndef PX_TEXT_SPEAKER_H
#define PX_TEXT_SPEAKER_H

#include <string.h>

#include "text_int.h"

typedef struct spk {
    int32_t ent;             /* entity index, or -1 for a role phrase */
    const char *name, *role;
    bool found;
} spk;

typedef struct actx {
    tx_work *w;
    px_textdoc *doc;
    const char *t;
} actx;

static inline uint32_t lx(const actx *a, size_t i) { return a->w->lex[i]; }
static inline const px_token *tk(const actx *a, size_t i)
{
    return &a->doc->tokens[i];
}
static inline bool is(const actx *a, size_t i, const char *w)
{
    return strcmp(tk(a, i)->norm, w) == 0;
}
static inline bool lower(const actx *a, size_t i)
{
    return !(tk(a, i)->flags & PX_TOK_CAP);
}
/* A finite speech verb in lower case, or "points out" ("points" alone is
 * more often a noun). */
static inline bool speech_verb(const actx *a, size_t i)
{
    if (is(a, i, "points") && i + 1 < a->doc->n_tokens && is(a, i + 1, "out"))
        return true;
    /* "the recall notice states", "it states": not "member states" */
    if (is(a, i, "states") && i > 0 && lower(a, i) && lower(a, i - 1) &&
        ((lx(a, i - 1) & LX_DOC) || is(a, i - 1, "it")))
        return true;
    if (!(lx(a, i) & LX_SPEECH) || !lower(a, i)) return false;
    /* "400 emails", "the claims", "her reports": an -s form after a
     * number or a determiner is a plural noun ("Ana Lind, 52, says" has
     * a comma between) */
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    if (i > 0 && l > 3 && n[l - 1] == 's' && n[l - 2] != 's' &&
        tk(a, i - 1)->end + 1 == tk(a, i)->start && a->t[tk(a, i - 1)->end] == ' ' &&
        ((tk(a, i - 1)->flags & PX_TOK_NUM) || is(a, i - 1, "the") || is(a, i - 1, "a") ||
         is(a, i - 1, "his") || is(a, i - 1, "her") || is(a, i - 1, "their") ||
         is(a, i - 1, "its") || is(a, i - 1, "our") || is(a, i - 1, "my")))
        return false;
    return true;
}
/* A speech verb or participle in lower case, "put it", or a gesture
 * ("the 19-year-old grins. '...'"); gestures report no clause. */
static inline bool verb(const actx *a, size_t i)
{
    if (is(a, i, "put") && i + 1 < a->doc->n_tokens && is(a, i + 1, "it"))
        return true;                     /* "as X put it, '...'" */
    return speech_verb(a, i) ||
           ((lx(a, i) & (LX_SPEECH_PART | LX_GESTURE)) && lower(a, i));
}

#define PRONOUN_SENTENCES 4 /* sentences back a he/she's name may be */
#define BRACKET_WORDS 8  /* words of "(Riverside Independents, Eelbrook)" */
#define MENTION_SCAN 512 /* mentions looked back at for a he/she or "the X" */
#define DEFINITE_WORDS 4   /* "the veteran left defender" at most */
/* words that head a speaker's noun phrase */
#define NP_NOUN (LX_ROLE | LX_DOC | LX_MEDIA_NOUN | LX_TITLE | LX_ORG_CUE)

bool tx_comma_before(const actx *a, size_t i);      /* between i-1 and i */
bool tx_in_quote(const actx *a, uint32_t off);      /* inside a direct quote */
/* The latest mention before off of an entity of the kind, outside quotes;
 * title and pronoun narrow it (see speaker.c); -1 when none. */
int32_t tx_latest_mention(const actx *a, uint32_t off, px_entity_kind kind,
                          const char *title, const char *pronoun,
                          uint32_t reach);
bool tx_from_entity(const actx *a, int32_t mention, spk *out);
/* Sentences from sentence from to sentence to, not counting those wholly
 * inside a quote: a long quote does not put its speaker's name out of a
 * he/she's reach (referent.c). */
uint32_t tx_sentences_between(const actx *a, uint32_t from, uint32_t to);
/* Is token t in a byline ("By Ana Lind, Crime Reporter")? (referent.c) */
bool tx_in_byline(const actx *a, size_t t);
bool tx_is_pronoun_at(const actx *a, uint32_t off);  /* he/she there */
/* Does the role name a person by a relation to someone the text calls
 * his, her or their ("her daughter", "His old head chef")? (pronouns.c) */
bool tx_relative_role(const char *role);
/* How many mentions start before byte off (binary search). */
size_t tx_mentions_before(const px_textdoc *d, uint32_t off);
/* The next word of the text at *p, case-folded into w (cut to cap - 1
 * bytes; blanks, commas and full stops part words), *p moved past it;
 * false at the end (referent.c). */
bool tx_next_word(const char **p, char *w, size_t cap);
/* Does text hold word (case-folded ASCII, whole word)? */
bool tx_words_have(const char *text, const char *word);
/* "the union": the latest organisation before off with the word in its
 * name ("Dockworkers' Union"), -1 when none (referent.c). */
int32_t tx_org_named(const actx *a, uint32_t off, const char *word);
/* he/she at off: the latest person named, a few sentences back at most;
 * -1 when none (referent.c). */
int32_t tx_antecedent(const actx *a, uint32_t off);
/* 1 for "he", 2 for "she", else 0 (pronouns.c). */
int tx_pronoun_gender(const char *pronoun);
/* Does the title before a mention of entity ent, its role, or what the
 * text says of the person give the other gender than the pronoun? */
bool tx_gender_clash(const actx *a, uint32_t ent, const char *title, const char *role,
                     const char *pronoun);
/* Labels (labels.c): bytes [x, y) hold only blanks, dashes and the
 * allowed characters; a naming word right before the quote; a title set
 * off after a work's noun or in brackets; a linking verb right before it
 * ("felt 'humiliated'"); a label right after "as", an object pronoun or a
 * short object of the summing verb v; only "and"/"or" between two quotes;
 * every content word capitalised. */
bool tx_gap_is(const actx *a, uint32_t x, uint32_t y, const char *allowed);
bool tx_named_before(const actx *a, const tx_quote *q, bool *always);
bool tx_title_words(const actx *a, const tx_quote *q);
bool tx_work_title(const actx *a, const tx_quote *q);
bool tx_copula_before(const actx *a, const tx_quote *q);
bool tx_labelled(const actx *a, const tx_quote *q, size_t v);
bool tx_coordinated(const actx *a, uint32_t from, uint32_t to);
/* One or two words changed to or from another such quote next to it
 * ('cut the rating to "sell" from "hold"'): labels, nobody's words. */
bool tx_change_labels(const actx *a, const tx_quote *q, const tx_quote *prev,
                      const tx_quote *next);
bool tx_title_case(const actx *a, const tx_quote *q);
/* Words chanted, or carried on a placard, banner or sign ("Placards
 * read '...'", "chanted '...'"): slogans, nobody's own words. */
bool tx_displayed(const actx *a, const tx_quote *q);
/* Words quoted as words ("'in principle' means 'in March'"): the quote is
 * what "means" says something of, nobody's words. */
bool tx_word_meant(const actx *a, const tx_quote *q);
/* Noun phrases (rolephrase.c): [b, e) as a speaker when it names a role
 * or a document, or stands for someone named ("the senator"); "26"
 * "year-old" at token i (the age's token text, else NULL); a noun for one
 * person; "the", "a", "one", "another" or a possessive opening a phrase;
 * a possessive determiner. */
bool tx_np(const actx *a, size_t b, size_t e, spk *out);
const char *tx_age_at(const actx *a, size_t i);
bool tx_person_noun(const actx *a, size_t i);
bool tx_np_opener(const actx *a, size_t i);
bool tx_quantifier(const actx *a, size_t i);   /* "several", "two" before a plural */
/* "Not all designers were pleased. One, who ..., said": "One" opening a
 * sentence at token p is one of the people the sentence before names in
 * the plural; the singular noun speaks. */
bool tx_one_of(const actx *a, size_t p, spk *out);
/* The same for a group named in the plural before token p in its own
 * sentence ("Contestants ... had been told, one of them said"). */
bool tx_group_before(const actx *a, size_t p, spk *out);
bool tx_poss_det(const actx *a, size_t i);
/* The speaker of speech verb v: before it (not before token lo), or right
 * after it (not at or after token hi). */
bool tx_subject_before(const actx *a, size_t v, size_t lo, spk *out, int depth);
bool tx_subject_after(const actx *a, size_t v, size_t hi, spk *out);
/* "quoted Y as saying" at verb v (before token hi): Y, and in *said the
 * token of "saying". */
bool tx_quoted_as(const actx *a, size_t v, size_t hi, spk *out, size_t *said);
/* Does a clause of its own follow speech verb v ("said he thought",
 * "said that")? */
bool tx_opens_clause(const actx *a, size_t v);
/* A verb that characterises what someone said ("called it", "described
 * as"), in lower case. */
bool tx_sums_up(const actx *a, size_t i);
/* Turn-taking (turns.c): the speaker of q, alone in its paragraph, when
 * it answers the question pq (prev's, with prev2 the quote before) or
 * asks the asker's next one. */
bool tx_turn(const actx *a, const tx_quote *q, const tx_quote *pq, const px_quote *prev,
             const px_quote *prev2, spk *out);
/* Q&A in prose: does the paragraph holding byte off follow one that is
 * only a short question without quote marks ("Why a bakery?"), the
 * writer's?  *para gets the paragraph's first byte (turns.c). */
bool tx_writer_asked(const actx *a, uint32_t off, uint32_t *para);
bool tx_other_named(const actx *a, uint32_t from, uint32_t to, int32_t ent);
/* The one person named in the paragraph before q's, which holds no
 * quote (it starts at or after byte lo): who speaks in a quote opening the
 * next paragraph with no attribution (turns.c). */
bool tx_paragraph_person(const actx *a, const tx_quote *q, uint32_t lo, spk *out);
/* A quote alone in its paragraph with no speaker takes the one of the
 * quote opening the next paragraph (turns.c); raw_of maps the document's
 * quotes to w->q. */
void tx_named_after(const actx *a, const size_t *raw_of);
/* Name the unnamed speakers that the next sentence names (speaker.c). */
void tx_named_later(const actx *a);
/* A speaker given as "the" or a possessive and a role ("The hospital's
 * head of care said") that one person is given in an apposition
 * elsewhere ("X, the head of care,"): that person (referent.c). */
void tx_role_named(const actx *a);
/* "... their daughter, Hanne, ... His sister, Hanne Brannagh-Voss, ...
 * 'She never understood,' Hanne said": a quote's speaker named by one
 * word that is the first or last name of exactly one other person in the
 * text is that person, named in full (referent.c). */
void tx_fullest_names(tx_work *w);
/* Append a quote to the document (direct quotes flag their tokens). */
px_status tx_emit_quote(actx *a, const tx_quote *q, const spk *s,
                        px_quote_kind kind, size_t *cap);

#endif
