/*
 * spkcand.c - who could have said a quote, and what the text says of each
 * candidate: the entities named (or reached through he/she) from three
 * sentences before the quote to the sentence after it, the rules' speakers
 * of the quotes around it, people described but not named ("the sender,
 * who ..."), the rules' own pick and "nobody".  Features are
 * general properties of the text (spkscore.h); none names a word of a
 * particular article.  Bounded: a window of sentences and TX_SPK_MAX
 * candidates per quote.
 */
#include <math.h>
#include <strings.h>

#include "spkscore.h"

#define SENTS_BACK 3     /* sentences before the quote searched for names */
#define WORDS_BACK 150   /* ... and at most these words before it */
#define WORDS_AFTER 60   /* words after it */
#define VERB_REACH 3     /* words between a name and its speech verb */

typedef struct qview {
    const px_quote *q;
    size_t t0, t1;            /* the quote's tokens [t0, t1) */
    uint32_t s0, s1;          /* its first and last sentences */
    uint32_t para;
    bool indirect;
    int pron_gender;          /* a he/she by a speech verb near it, or 0 */
} qview;

static uint32_t para_of(const actx *a, uint32_t s) { return a->doc->sentences[s].paragraph; }

static bool speech_at(const actx *a, size_t i)
{
    return i < a->doc->n_tokens && verb(a, i) && !(tk(a, i)->flags & PX_TOK_QUOTED);
}

/* A speech verb within VERB_REACH words after token e (adverbs between),
 * in e's sentence. */
static bool verb_after(const actx *a, size_t e)
{
    for (size_t j = e + 1; j < a->doc->n_tokens && j <= e + VERB_REACH; j++) {
        if (tk(a, j)->sentence != tk(a, e)->sentence) return false;
        if (speech_at(a, j)) return true;
        if (!(lx(a, j) & LX_ADVERB)) return false;
    }
    return false;
}

static bool verb_before(const actx *a, size_t b)
{
    for (size_t j = b; j > 0 && b - j < VERB_REACH; j--) {
        if (tk(a, j - 1)->sentence != tk(a, b)->sentence || tx_comma_before(a, j)) return false;
        if (speech_at(a, j - 1)) return true;
    }
    return false;
}

/* The gender of a he/she within VERB_REACH words of a speech verb in the
 * quote's sentences, outside the quote: '"...," she said'. */
static int pronoun_gender_near(const actx *a, const qview *v)
{
    const px_sentence *s0 = &a->doc->sentences[v->s0], *s1 = &a->doc->sentences[v->s1];
    size_t b = s0->tok_begin, e = s1->tok_end;
    if (v->t0 > b + WORDS_AFTER) b = v->t0 - WORDS_AFTER;     /* bounded either side */
    if (e > v->t1 + WORDS_AFTER) e = v->t1 + WORDS_AFTER;
    for (size_t i = b; i < e; i++) {
        if (i == v->t0) i = v->t1;                  /* past the quote */
        if (i >= e) break;
        if (!(lx(a, i) & LX_PRON) || (tk(a, i)->flags & PX_TOK_QUOTED)) continue;
        if (verb_after(a, i) || verb_before(a, i)) return tx_pronoun_gender(tk(a, i)->norm);
    }
    return 0;
}

/* "I"/"we" right before a speech verb just before or after the quote,
 * outside it: the writer's words ('"...?" I ask.'). */
static bool writer_speaks(const actx *a, const qview *v)
{
    size_t b = v->t0 > VERB_REACH + 1 ? v->t0 - VERB_REACH - 1 : 0;
    for (size_t i = b; i < a->doc->n_tokens && i < v->t1 + VERB_REACH; i++)
        if ((i < v->t0 || i >= v->t1) && (is(a, i, "i") || is(a, i, "we")) &&
            !(tk(a, i)->flags & PX_TOK_QUOTED) && verb_after(a, i))
            return true;
    return false;
}

/* The candidate for entity e (name, role), added when new; NULL when full. */
static tx_spk_cand *cand_for(tx_spk_cand *c, size_t *n, size_t cap, int32_t e,
                             const char *name, const char *role)
{
    for (size_t i = 0; i < *n; i++)
        if ((e >= 0 && c[i].ent == e) ||
            (e < 0 && name && c[i].name && strcasecmp(c[i].name, name) == 0))
            return &c[i];
    if (*n >= cap) return NULL;
    c[*n] = (tx_spk_cand){.ent = e, .name = name, .role = role};
    c[*n].f[SF_IN_QUOTE] = 1;           /* until a mention outside a quote */
    c[*n].f[SF_DIST] = -1;              /* no mention yet */
    return &c[(*n)++];
}

static tx_spk_cand *cand_entity(const actx *a, tx_spk_cand *c, size_t *n, size_t cap,
                                uint32_t e)
{
    const px_entity *en = &a->doc->entities[e];
    return cand_for(c, n, cap, (int32_t)e, en->name, en->role);
}

/* Distinct people named (not through he/she) in tokens [from, to), but ent. */
static float people_between(const actx *a, size_t from, size_t to, int32_t ent)
{
    int32_t seen[3];
    int n = 0;
    for (size_t i = from; i < to && n < 3; i++) {
        int32_t m = a->w->tok_mention[i];
        if (m < 0 || (lx(a, i) & LX_PRON)) continue;
        int32_t e = (int32_t)a->doc->mentions[m].entity;
        if (e == ent || a->doc->entities[e].kind != PX_ENT_PERSON) continue;
        bool dup = false;
        for (int k = 0; k < n; k++) dup |= seen[k] == e;
        if (!dup) seen[n++] = e;
    }
    return (float)n / 3.0f;
}

/* Features of the mention [b, e] of entity ent; kept on c when nearer to
 * the quote than the one kept (mentions outside quotes first). */
static void note_mention(const actx *a, const qview *v, tx_spk_cand *c, size_t b, size_t e,
                         bool pronoun)
{
    bool quoted = (tk(a, b)->flags & PX_TOK_QUOTED) || tx_in_quote(a, tk(a, b)->start);
    bool before = e < v->t0;
    size_t dist = before ? v->t0 - e : b >= v->t1 ? b - v->t1 + 1 : 1;
    float d = logf(1.0f + (float)dist) / 4.0f;
    bool better = c->f[SF_DIST] < 0 || (c->f[SF_IN_QUOTE] > 0 && !quoted) ||
                  (quoted == (c->f[SF_IN_QUOTE] > 0) && d < c->f[SF_DIST]);
    if (!better) return;
    bool person = c->ent >= 0 && a->doc->entities[c->ent].kind == PX_ENT_PERSON;
    uint32_t s = tk(a, b)->sentence, p = para_of(a, s);
    float *f = c->f;
    f[SF_IN_QUOTE] = quoted;
    f[SF_DIST] = d;
    f[SF_BEFORE] = before;
    f[SF_SAME_SENT] = s >= v->s0 && s <= v->s1;
    f[SF_PREV_SENT] = s + 1 == v->s0;
    f[SF_NEXT_SENT] = s == v->s1 + 1;
    f[SF_SAME_PARA] = p == v->para;
    f[SF_PREV_PARA] = p + 1 == v->para;
    f[SF_SUBJ_BEFORE] = !quoted && verb_after(a, e);
    f[SF_SUBJ_AFTER] = !quoted && verb_before(a, b);
    f[SF_VERB_NEAR] = f[SF_SUBJ_BEFORE] || f[SF_SUBJ_AFTER];
    f[SF_SUBJ_INDIRECT] = v->indirect && f[SF_VERB_NEAR];
    f[SF_PRONOUN] = pronoun;
    f[SF_FULL_NAME] = !pronoun && person && e > b;
    f[SF_SURNAME] = !pronoun && person && e == b;
    f[SF_SENT_FIRST] = !pronoun && b == a->doc->sentences[s].tok_begin;
    f[SF_BETWEEN] = before ? people_between(a, e + 1, v->t0, c->ent)
                           : people_between(a, v->t1, b, c->ent);
}

/* Entities named in the window around the quote. */
static void window_mentions(const actx *a, const qview *v, tx_spk_cand *c, size_t *n,
                            size_t cap)
{
    const px_textdoc *d = a->doc;
    uint32_t sb = v->s0 > SENTS_BACK ? v->s0 - SENTS_BACK : 0;
    uint32_t se = v->s1 + 1 < d->n_sentences ? v->s1 + 1 : v->s1;
    size_t b = d->sentences[sb].tok_begin, end = d->sentences[se].tok_end;
    if (v->t0 > b + WORDS_BACK) b = v->t0 - WORDS_BACK;
    if (end > v->t1 + WORDS_AFTER) end = v->t1 + WORDS_AFTER;
    for (size_t i = b; i < end; i++) {
        if (i == v->t0) i = v->t1;                  /* talked about, not talking */
        if (i >= end) break;
        int32_t m = a->w->tok_mention[i];
        if (m < 0 || (i > 0 && a->w->tok_mention[i - 1] == m)) continue;
        size_t e = i;
        while (e + 1 < d->n_tokens && a->w->tok_mention[e + 1] == m) e++;
        bool pronoun = (lx(a, i) & LX_PRON) != 0;
        int32_t src = pronoun ? (a->w->antecedent ? a->w->antecedent[i] : -1) : m;
        if (src < 0) continue;
        uint32_t ent = d->mentions[src].entity;
        px_entity_kind k = d->entities[ent].kind;
        if (k != PX_ENT_PERSON && k != PX_ENT_ORG && k != PX_ENT_MEDIA) continue;
        tx_spk_cand *c1 = cand_entity(a, c, n, cap, ent);
        if (c1) note_mention(a, v, c1, i, e, pronoun);
    }
}

/* A word of a described speaker's noun phrase: lower case, no stopword,
 * verb or pronoun, outside quotes. */
static bool np_word(const actx *a, size_t i)
{
    const px_token *t = tk(a, i);
    unsigned char c = (unsigned char)a->t[t->start];
    return lower(a, i) && !(t->flags & PX_TOK_QUOTED) && (c >= 0x80 || (c >= 'a' && c <= 'z')) &&
           !(lx(a, i) & (LX_STOP_EN | LX_PRON | LX_SPEECH | LX_SPEECH_PART | LX_TIME));
}

/* The role-phrase candidate naming `name` but for an article. */
static tx_spk_cand *same_role(tx_spk_cand *c, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++) {
        const char *p = c[i].name;
        if (!p || c[i].ent >= 0) continue;
        if (!strncasecmp(p, "the ", 4)) p += 4;
        else if (!strncasecmp(p, "an ", 3)) p += 3;
        else if (!strncasecmp(p, "a ", 2)) p += 2;
        if (!strcasecmp(p, name)) return &c[i];
    }
    return NULL;
}

/* People described, not named, as the subject of the quote's sentence or
 * the one before: a noun phrase after "the", "a" or "one of (her own)"
 * that opens its sentence or stands before a speech verb ("The donor,
 * who ..."; "the writer told"); its head noun, singular after "one of". */
static void described(const actx *a, const qview *v, tx_spk_cand *c, size_t *n, size_t cap)
{
    const px_textdoc *d = a->doc;
    for (uint32_t s = v->s0 ? v->s0 - 1 : 0; s <= v->s1 && s < d->n_sentences; s++) {
        size_t sb = d->sentences[s].tok_begin, se = d->sentences[s].tok_end;
        size_t from = sb, to = se;               /* bounded as window_mentions is */
        if (v->t0 > from + WORDS_BACK) from = v->t0 - WORDS_BACK;
        if (to > v->t1 + WORDS_AFTER) to = v->t1 + WORDS_AFTER;
        for (size_t i = from; i < to; i++) {
            if (i == v->t0) i = v->t1;
            if (i >= to) break;
            if (tk(a, i)->flags & PX_TOK_QUOTED) continue;
            bool one = is(a, i, "one");
            if (!one && !is(a, i, "the") && !is(a, i, "a") && !is(a, i, "an")) continue;
            size_t j = i + 1;
            bool plural = one && j < se && is(a, j, "of");
            if (one && !plural) continue;
            for (int k = 0; plural && k < 3 && j + 1 < se && (lx(a, j) & LX_STOP_EN); k++) j++;
            size_t first = j, head = 0;
            /* "The policy states that", "the authors conclude that": a
             * word before "that" is the verb, not the noun */
            /* ("The mayor defended the cuts": a past tense after the noun
             * is the verb) */
            for (int k = 0; k < DEFINITE_WORDS && j < se && np_word(a, j) &&
                            !(k > 0 && j + 1 < se && is(a, j + 1, "that")) &&
                            !(k > 0 && tx_past_form(tk(a, j)->norm));
                 k++)
                head = j++;
            if (!head || (j < se && !lower(a, j))) continue;   /* a title before a name */
            if (i != sb && !verb_after(a, head)) continue;
            size_t b = tk(a, first)->start, len = tk(a, head)->end - b;
            if (plural && len > 3 && a->t[b + len - 1] == 's') len--;
            const char *name = px_arena_strndup(&a->doc->arena, a->t + b, len);
            if (!name) return;
            tx_spk_cand *c1 = same_role(c, *n, name);
            if (!c1 && !(c1 = cand_for(c, n, cap, -1, name, name))) return;
            c1->f[SF_DESCRIBED] = 1;
            note_mention(a, v, c1, i, head, false);
        }
    }
}

/* The candidate a quote's rules' speaker is, added when new. */
static tx_spk_cand *cand_of_quote(const actx *a, tx_spk_cand *c, size_t *n, size_t cap,
                                  const px_quote *q)
{
    if (!q->speaker_name) return NULL;
    if (q->speaker >= 0 && (size_t)q->speaker < a->doc->n_entities &&
        strcmp(a->doc->entities[q->speaker].name, q->speaker_name) == 0)
        return cand_for(c, n, cap, q->speaker, q->speaker_name, q->speaker_role);
    /* a role phrase, or a name the rules gave no entity: by name */
    for (size_t i = 0; i < *n; i++)
        if (c[i].name && strcasecmp(c[i].name, q->speaker_name) == 0) return &c[i];
    return cand_for(c, n, cap, -1, q->speaker_name, q->speaker_role);
}

static void finish(const actx *a, const qview *v, tx_spk_cand *c)
{
    float *f = c->f;
    if (f[SF_DIST] < 0) {                /* no mention near: a neutral far one */
        f[SF_DIST] = 1.5f;
        f[SF_IN_QUOTE] = 0;
    }
    if (c->ent >= 0) {
        const px_entity *en = &a->doc->entities[c->ent];
        f[SF_FREQ] = logf(1.0f + (float)en->count) / 3.0f;
        f[SF_ORG] = en->kind == PX_ENT_ORG;
        f[SF_MEDIA] = en->kind == PX_ENT_MEDIA;
        int g = a->w->gender ? a->w->gender[c->ent] : 0;
        f[SF_GENDER_AGREE] = v->pron_gender && g == v->pron_gender;
        f[SF_GENDER_CLASH] = v->pron_gender && g && g != v->pron_gender;
    }
    if (f[SF_BETWEEN] > 1) f[SF_BETWEEN] = 1;
}

/* Does the entity's name or role hold word w (case-folded)? */
static bool entity_has(const px_entity *en, const char *w)
{
    return tx_words_have(en->name, w) || (en->role && tx_words_have(en->role, w));
}

/* Features that compare the candidates: the one person, the nearest, an
 * entity that the rules' role phrase may stand for. */
static void relate(const actx *a, tx_spk_cand *c, size_t n)
{
    size_t people = 0, person = 0, nearest = 0;
    const char *role_head = NULL;
    char head[64];
    for (size_t i = 1; i < n; i++) {
        float *f = c[i].f;
        if (c[i].ent >= 0 && a->doc->entities[c[i].ent].kind == PX_ENT_PERSON &&
            f[SF_DIST] < 1.5f) {
            people++;
            person = i;
        }
        if (c[i].ent >= 0 && !f[SF_IN_QUOTE] && f[SF_DIST] < 1.5f &&
            (!nearest || f[SF_DIST] < c[nearest].f[SF_DIST]))
            nearest = i;
        if (f[SF_RULE] > 0) {
            f[SF_RULE_VERB] = f[SF_VERB_NEAR];
            f[SF_RULE_FAR] = !f[SF_SAME_SENT] && !f[SF_PREV_SENT] && !f[SF_NEXT_SENT];
            if (c[i].ent < 0 && c[i].name) {       /* the role phrase's last word */
                const char *p = c[i].name;
                while (tx_next_word(&p, head, sizeof head)) role_head = head;
            }
        }
    }
    if (people == 1) c[person].f[SF_ONLY_PERSON] = 1;
    if (nearest) c[nearest].f[SF_NEAREST] = 1;
    for (size_t i = 1; role_head && strlen(role_head) > 3 && i < n; i++)
        if (c[i].ent >= 0 && entity_has(&a->doc->entities[c[i].ent], role_head))
            c[i].f[SF_ROLE_MATCH] = 1;
}

/* Does the quote open its paragraph; is nothing but it in the paragraph? */
static void quote_place(const actx *a, const qview *v, bool *opens, bool *alone)
{
    *opens = v->t0 == 0 || para_of(a, tk(a, v->t0 - 1)->sentence) != v->para;
    *alone = *opens && (v->t1 >= a->doc->n_tokens ||
                        para_of(a, tk(a, v->t1)->sentence) != v->para);
}

size_t tx_spk_candidates(const actx *a, const px_quote *q, const px_quote *prev,
                         const px_quote *next, tx_spk_cand *out, size_t cap)
{
    const px_textdoc *d = a->doc;
    if (cap < 2 || !d->n_tokens || !d->n_sentences) return 0;
    qview v = {.q = q, .indirect = q->kind == PX_QUOTE_INDIRECT};
    v.t0 = tx_tok_lower_bound(d, q->start);
    v.t1 = tx_tok_lower_bound(d, q->end);
    if (v.t0 >= d->n_tokens) v.t0 = d->n_tokens - 1;
    if (v.t1 <= v.t0) v.t1 = v.t0 + 1;
    v.s0 = tk(a, v.t0)->sentence;
    v.s1 = tk(a, v.t1 - 1)->sentence;
    v.para = para_of(a, v.s0);
    v.pron_gender = pronoun_gender_near(a, &v);
    size_t n = 0;
    out[n++] = (tx_spk_cand){.ent = -1};
    out[0].f[SF_NONE] = 1;
    out[0].f[SF_NONE_RULE] = q->speaker_name == NULL;
    /* the writer's own words: no sample teaches it, so nobody stays */
    if (!q->speaker_name && writer_speaks(a, &v)) return n;
    window_mentions(a, &v, out, &n, cap);
    bool opens, alone;
    quote_place(a, &v, &opens, &alone);
    tx_spk_cand *c;
    if (prev && (c = cand_of_quote(a, out, &n, cap, prev))) {
        c->f[SF_PREV_SPK] = 1;
        c->f[SF_PREV_OPENS] = opens;
        c->f[SF_PREV_ALONE] = alone;
    }
    if (next && (c = cand_of_quote(a, out, &n, cap, next))) c->f[SF_NEXT_SPK] = 1;
    if ((c = cand_of_quote(a, out, &n, cap, q))) {
        c->f[SF_RULE] = 1;
        c->f[SF_RULE_ROLE] = c->ent < 0;
        c->f[SF_RULE_INDIRECT] = v.indirect;
    }
    described(a, &v, out, &n, cap);      /* after the rules' role phrase, to join it */
    for (size_t i = 1; i < n; i++) finish(a, &v, &out[i]);
    relate(a, out, n);
    return n;
}

const char *const tx_spk_feature_names[TX_SPK_NF] = {
    "rule", "rule_role", "rule_indirect", "none", "none_rule", "dist", "before",
    "same_sent", "prev_sent", "next_sent", "same_para", "prev_para", "subj_before",
    "subj_after", "verb_near", "full_name", "surname", "pronoun", "org", "media",
    "freq", "between", "in_quote", "prev_spk", "next_spk", "prev_opens", "prev_alone",
    "sent_first", "gender_agree", "gender_clash", "subj_indirect", "rule_verb", "rule_far",
    "role_match", "only_person", "nearest", "described"};
