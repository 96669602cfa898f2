/*
 * spkscore.h - the learned speaker scorer: for each quote, the people and
 * organisations that could have said it (the rules' pick among them),
 * general features of each (distance, direction, speech verb next to it,
 * kind of mention, ...), and a linear score over them trained offline
 * (tools/spktrain.c writes the weights, spkweights.c).  The candidate
 * scoring highest speaks; the rules' pick is one candidate and a feature.
 */
#ifndef PX_TEXT_SPKSCORE_H
#define PX_TEXT_SPKSCORE_H

#include "speaker.h"

#define TX_SPK_MAX 24          /* candidates per quote */

/* features of a candidate; every one is 0 or 1 unless said otherwise */
enum {
    SF_RULE,          /* the rules' pick */
    SF_RULE_ROLE,     /* ... which names no entity (a role phrase) */
    SF_RULE_INDIRECT, /* ... of an indirect quote */
    SF_NONE,          /* "nobody named" */
    SF_NONE_RULE,     /* ... which is what the rules said */
    SF_DIST,          /* log tokens from the nearest mention to the quote, /4 */
    SF_BEFORE,        /* that mention comes before the quote */
    SF_SAME_SENT,     /* in a sentence the quote covers */
    SF_PREV_SENT,
    SF_NEXT_SENT,
    SF_SAME_PARA,
    SF_PREV_PARA,
    SF_SUBJ_BEFORE,   /* right before a speech verb ("X said") */
    SF_SUBJ_AFTER,    /* a speech verb a few words before it ("said X") */
    SF_VERB_NEAR,     /* a speech verb within three words, same sentence */
    SF_FULL_NAME,     /* a person named with two words or more */
    SF_SURNAME,       /* a person named with one word */
    SF_PRONOUN,       /* reached through he/she */
    SF_ORG,
    SF_MEDIA,
    SF_FREQ,          /* log mentions of the entity in the text, /3 */
    SF_BETWEEN,       /* other people named between it and the quote, /3 (cut at 1) */
    SF_IN_QUOTE,      /* every mention of it near is inside a quote */
    SF_PREV_SPK,      /* the rules' speaker of the quote before */
    SF_NEXT_SPK,      /* ... of the quote after */
    SF_PREV_OPENS,    /* SF_PREV_SPK, the quote opening its paragraph */
    SF_PREV_ALONE,    /* SF_PREV_SPK, the paragraph holding only the quote */
    SF_SENT_FIRST,    /* the first name of its sentence */
    SF_GENDER_AGREE,  /* a he/she by a speech verb near the quote agrees */
    SF_GENDER_CLASH,  /* ... names the other gender */
    SF_SUBJ_INDIRECT, /* SF_SUBJ_BEFORE or _AFTER of an indirect quote */
    SF_RULE_VERB,     /* the rules' pick, by a speech verb */
    SF_RULE_FAR,      /* the rules' pick, named no nearer than two sentences off */
    SF_ROLE_MATCH,    /* an entity given the last word of the rules' role phrase */
    SF_ONLY_PERSON,   /* the one person near the quote */
    SF_NEAREST,       /* the entity named nearest the quote */
    SF_DESCRIBED,     /* a person described, not named: "the donor, who ..." */
    TX_SPK_NF
};

typedef struct tx_spk_cand {
    int32_t ent;                 /* entity, or -1 (a role phrase, or nobody) */
    const char *name, *role;     /* NULL name: nobody named */
    float f[TX_SPK_NF];
} tx_spk_cand;

/* The candidates for quote q (prev and next: the quotes around it in
 * reading order, or NULL), at most cap; how many. */
size_t tx_spk_candidates(const actx *a, const px_quote *q, const px_quote *prev,
                         const px_quote *next, tx_spk_cand *out, size_t cap);
static inline float tx_spk_score(const float *w, const tx_spk_cand *c)
{
    float s = 0;
    for (int k = 0; k < TX_SPK_NF; k++) s += w[k] * c->f[k];
    return s;
}
/* Is c the rules' pick (or the rules' "nobody")? */
bool tx_spk_is_rule(const tx_spk_cand *c);
/* The best scoring of n candidates under weights w; the rules' pick on a
 * tie (spkrank.c). */
size_t tx_spk_best(const float *w, const tx_spk_cand *c, size_t n);
/* The trained weights (spkweights.c, generated). */
extern const float tx_spk_weights[TX_SPK_NF];
/* Feature names, for the trainer and its generated file. */
extern const char *const tx_spk_feature_names[TX_SPK_NF];

#endif
