/*
 * turns.c - turn-taking in an exchange of quotes.  An unattributed quote
 * standing alone in its paragraph right after a question that stands
 * alone in the paragraph before it (or is "asked") answers the question,
 * so it is not the asker's: its speaker is whom the question was put to -
 * a name the question opens or closes with ("Mr Renk, who wrote it?"),
 * else the other voice of the exchange (who spoke before the question),
 * else the latest other person named.  A question standing alone after
 * such an answer goes back to the asker.  Without a question, a quote
 * alone in its paragraph goes on with the speaker before (attrib.c), or,
 * with nobody before, takes the speaker named with the quote opening the
 * next paragraph ('"A."' then '"B," said X later.') or right beside it.
 */
#include "speaker.h"

#define OTHER_REACH 4    /* sentences back the other person may be named */
#define QUESTION_BYTES 200 /* a question of the writer's standing as a paragraph */
#define LEAD_IN_BYTES 120  /* a paragraph leading in to a quote by a role ("the chef is ...") */

/* Only blanks between the line's start and byte open, and between
 * byte close and the line's end. */
static bool alone_on_line(const actx *a, uint32_t open, uint32_t close)
{
    uint32_t i = open;
    while (i > 0 && (a->t[i - 1] == ' ' || a->t[i - 1] == '\t')) i--;
    if (i > 0 && a->t[i - 1] != '\n') return false;
    uint32_t e = close;
    while (e < a->doc->len && (a->t[e] == ' ' || a->t[e] == '\t')) e++;
    return e >= a->doc->len || a->t[e] == '\n';
}

/* Do the quoted words end in a question mark? */
static bool question(const actx *a, uint32_t start, uint32_t end)
{
    while (end > start && (a->t[end - 1] == ' ' || a->t[end - 1] == ',')) end--;
    return end > start && a->t[end - 1] == '?';
}

/* "'...?' she asked", "'...?' asked X": a form of "ask" closely after the
 * quote, on its line. */
static bool asked_after(const actx *a, const tx_quote *q)
{
    size_t k = tx_tok_lower_bound(a->doc, q->close_end);
    for (size_t j = k; j < a->doc->n_tokens && j < k + 3; j++) {
        if (memchr(a->t + q->close_end, '\n', tk(a, j)->start - q->close_end)) return false;
        if (is(a, j, "asked") || is(a, j, "asks") || is(a, j, "ask")) return true;
    }
    return false;
}

/* Is byte open in the paragraph right after the one holding byte end? */
static bool next_paragraph(const actx *a, uint32_t end, uint32_t open)
{
    const char *nl = end < open ? memchr(a->t + end, '\n', open - end) : NULL;
    return nl && tx_is_space_only(a->t, (uint32_t)(nl - a->t), open);
}

static bool person_at(const actx *a, size_t i, int32_t *m)
{
    *m = i < a->doc->n_tokens ? a->w->tok_mention[i] : -1;
    return *m >= 0 && !(lx(a, i) & LX_PRON) &&
           a->doc->entities[a->doc->mentions[*m].entity].kind == PX_ENT_PERSON;
}

/* A person the question speaks to: "Mr Renk, who ...?" or "..., Ana?". */
static int32_t vocative(const actx *a, const tx_quote *q)
{
    size_t i = tx_tok_lower_bound(a->doc, q->start);
    while (i < a->doc->n_tokens && tk(a, i)->start < q->end && !lower(a, i) &&
           (lx(a, i) & LX_TITLE) && a->w->tok_mention[i] < 0)
        i++;                               /* "Mr", "Dr" */
    int32_t m;
    if (person_at(a, i, &m)) {
        size_t e = i;
        while (e + 1 < a->doc->n_tokens && a->w->tok_mention[e + 1] == m) e++;
        if (e + 1 < a->doc->n_tokens && tk(a, e + 1)->start < q->end &&
            tx_comma_before(a, e + 1))
            return m;
    }
    size_t last = tx_tok_lower_bound(a->doc, q->end);
    if (last == 0 || !person_at(a, last - 1, &m)) return -1;
    size_t b = last - 1;
    while (b > 0 && (a->w->tok_mention[b - 1] == m ||
                     (!lower(a, b - 1) && (lx(a, b - 1) & LX_TITLE))))
        b--;
    return b > 0 && tk(a, b)->start > q->start && tx_comma_before(a, b) ? m : -1;
}

/* The latest person named outside quotes before byte off who is not
 * entity not, a few sentences back; -1 when none. */
static int32_t other_person_named(const actx *a, uint32_t off, int32_t not)
{
    const px_textdoc *d = a->doc;
    size_t lo = tx_mentions_before(d, off);
    size_t t = tx_tok_lower_bound(d, off);
    uint32_t sent = t < d->n_tokens ? tk(a, t)->sentence : 0;
    for (size_t m = lo; m > 0 && lo - m < MENTION_SCAN; m--) {
        const px_mention *mm = &d->mentions[m - 1];
        size_t mt = tx_tok_lower_bound(d, mm->start);
        if (mt < d->n_tokens && sent - tk(a, mt)->sentence > OTHER_REACH) break;
        if (d->entities[mm->entity].kind != PX_ENT_PERSON || (int32_t)mm->entity == not ||
            tx_in_quote(a, mm->start) || tx_is_pronoun_at(a, mm->start))
            continue;
        return (int32_t)(m - 1);
    }
    return -1;
}

static void from_quote(const px_quote *q, spk *out)
{
    *out = (spk){q->speaker, q->speaker_name, q->speaker_role, true};
}

bool tx_turn(const actx *a, const tx_quote *q, const tx_quote *pq, const px_quote *prev,
             const px_quote *prev2, spk *out)
{
    if (!q->block_initial || !alone_on_line(a, q->open, q->close_end) || !prev)
        return false;
    /* '"...?" I asked.' then a bare answer: the person the piece is with */
    if (!prev->speaker_name)
        return question(a, pq->start, pq->end) && asked_after(a, pq) &&
               tx_from_entity(a, other_person_named(a, pq->open, -1), out);
    bool pq_alone = alone_on_line(a, pq->open, pq->close_end);
    if (question(a, pq->start, pq->end) && (pq_alone || asked_after(a, pq))) {
        int32_t m = vocative(a, pq);
        if (m >= 0 && (int32_t)a->doc->mentions[m].entity != prev->speaker)
            return tx_from_entity(a, m, out);
        if (prev2 && prev2->speaker_name && strcmp(prev2->speaker_name, prev->speaker_name)) {
            from_quote(prev2, out);
            return true;
        }
        /* a question alone right after the same voice's paragraph is
         * rhetorical; one "asked", or opening the exchange, brings in the
         * latest other person */
        if (prev->speaker < 0 ||
            (!asked_after(a, pq) && prev2 && next_paragraph(a, prev2->end, pq->open)))
            return false;
        return tx_from_entity(a, other_person_named(a, pq->open, prev->speaker), out);
    }
    /* the asker's next question, after the answer (alone, or opening its
     * paragraph: '"It looks like it," he replied.') */
    if (question(a, q->start, q->end) && (pq_alone || pq->block_initial) && prev2 &&
        prev2->speaker_name &&
        question(a, prev2->start, prev2->end) &&
        strcmp(prev2->speaker_name, prev->speaker_name)) {
        from_quote(prev2, out);
        return true;
    }
    return false;
}

/* Is the byte an opening quote mark ('"', “, ‘, «, „) at t[i]? */
static bool opening_mark(const tx_work *w, const char *t, size_t i, size_t n)
{
    unsigned char c = (unsigned char)t[i];
    if (c == '"') return true;
    if (c == 0xC2) return tx_guillemet_opens(w, t, i, n);
    return c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
           ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x98 ||
            (unsigned char)t[i + 2] == 0x9E);
}

bool tx_writer_asked(const actx *a, uint32_t off, uint32_t *para)
{
    const char *t = a->t;
    uint32_t s = off;
    while (s > 0 && t[s - 1] != '\n') s--;               /* this paragraph */
    *para = s;
    uint32_t e = s;
    while (e > 0 && (t[e - 1] == '\n' || t[e - 1] == ' ' || t[e - 1] == '\r')) e--;
    if (e == s || e == 0 || t[e - 1] != '?') return false;
    uint32_t b = e;
    while (b > 0 && t[b - 1] != '\n') {
        if (e - b > QUESTION_BYTES) return false;
        b--;
    }
    if (b == 0) return false;                             /* the headline */
    for (uint32_t i = b; i < e; i++)
        if (opening_mark(a->w, t, i, a->doc->len)) return false;
    return true;
}

bool tx_paragraph_person(const actx *a, const tx_quote *q, uint32_t lo, spk *out)
{
    const char *t = a->t;
    uint32_t e = q->open;
    while (e > 0 && t[e - 1] != '\n') e--;
    if (e == 0) return false;
    while (e > 0 && (t[e - 1] == '\n' || t[e - 1] == ' ' || t[e - 1] == '\r')) e--;
    uint32_t b = e;
    while (b > 0 && t[b - 1] != '\n') b--;
    if (b < lo || e == b) return false;                  /* it holds a quote */
    /* "Was she surprised by X's level?": the writer's question is put to
     * the she, whom X's name does not displace */
    uint32_t para;
    if (tx_writer_asked(a, q->open, &para))
        for (size_t i = tx_tok_lower_bound(a->doc, b); i < a->doc->n_tokens &&
                                                        tk(a, i)->end <= e; i++)
            if ((lx(a, i) & LX_PRON) && tx_pronoun_gender(tk(a, i)->norm)) {
                int32_t m = tx_antecedent(a, tk(a, i)->start);
                return m >= 0 && tx_from_entity(a, m, out);
            }
    int32_t who = -1;
    for (size_t m = tx_mentions_before(a->doc, b);
         m < a->doc->n_mentions && a->doc->mentions[m].start < e; m++) {
        size_t i = tx_tok_lower_bound(a->doc, a->doc->mentions[m].start);
        int32_t pm;
        if (!person_at(a, i, &pm)) continue;
        if (who >= 0 && a->doc->mentions[who].entity != a->doc->mentions[pm].entity)
            return false;
        who = pm;
    }
    if (who >= 0) return tx_from_entity(a, who, out);
    /* "About the future, the chef is cautious.": a short paragraph whose
     * one "the ROLE" stands for a person named before */
    if (e - b > LEAD_IN_BYTES) return false;
    bool found = false;
    for (size_t k = tx_tok_lower_bound(a->doc, b); k + 1 < a->doc->n_tokens &&
                                                     tk(a, k + 1)->end <= e; k++) {
        if (!is(a, k, "the")) continue;
        size_t h = k + 1;
        while (h + 1 < a->doc->n_tokens && h < k + DEFINITE_WORDS && lower(a, h + 1) &&
               (lx(a, h + 1) & NP_NOUN) && tk(a, h + 1)->end <= e)
            h++;
        if (!lower(a, h) || !(lx(a, h) & NP_NOUN)) continue;
        spk r;
        if (!tx_np(a, k, h + 1, &r) || r.ent < 0 ||
            a->doc->entities[r.ent].kind != PX_ENT_PERSON)
            continue;
        if (found && r.ent != out->ent) return false;
        *out = r;
        found = true;
    }
    return found;
}

void tx_named_after(const actx *a, const size_t *raw_of)
{
    px_textdoc *d = a->doc;
    for (size_t i = d->n_quotes - (d->n_quotes > 0); i-- > 0;) {
        px_quote *q = &d->quotes[i];
        const px_quote *n = &d->quotes[i + 1];
        const tx_quote *rq = &a->w->q[raw_of[i]], *rn = &a->w->q[raw_of[i + 1]];
        bool next = alone_on_line(a, rq->open, rq->close_end) && rn->block_initial &&
                    next_paragraph(a, rq->close_end, rn->open);
        bool beside = rq->close_end <= rn->open &&     /* '"A." "B," said X.' */
                      tx_is_space_only(a->t, rq->close_end, rn->open);
        if (q->speaker_name || !n->speaker_name || !(next || beside)) continue;
        q->speaker = n->speaker;
        q->speaker_name = n->speaker_name;
        q->speaker_role = n->speaker_role;
    }
}
