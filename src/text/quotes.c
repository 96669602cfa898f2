/*
 * quotes.c - direct quotes: spans between quote marks.
 *
 * One pass over the text line by line with a small state machine.  Curly
 * and guillemet marks say which way they face; a straight '"' opens when no
 * quote is open and closes otherwise.  An opening mark while a quote is
 * open is ignored (typos such as a doubled opener must not swallow the
 * rest of the text), as is a closing mark with nothing open.  Single marks
 * are a quote only outside double ones (inside, they are a nested quote and
 * stay part of the text) and only when they look like marks, not
 * apostrophes; attrib.c further keeps them only when clearly attributed.
 *
 * A line that opens a quote at its start and never closes it continues in
 * the next line when that one starts with an opening mark (the newspaper
 * convention for quotes over several paragraphs).  Two quotes split by a
 * short attribution ("A," he said, "B") become one.  Attribution, scare
 * quote rejection and the public px_quote array are attrib.c's job.
 */
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

enum mark {
    M_NONE, M_DQ, M_DQ_OPEN, M_DQ_OPEN_LOW, M_DQ_CLOSE, M_SQ, M_SQ_OPEN,
    M_SQ_CLOSE
};

uint8_t tx_guillemets(const char *t, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++) {
        if ((unsigned char)t[i] != 0xC2) continue;
        unsigned char c = (unsigned char)t[i + 1];
        if (c == 0xAB) return 0xAB;
        /* a » that a word follows opens (»So«); one after a word closes */
        if (c == 0xBB) return t[i + 2] == ' ' || t[i + 2] == '\n' ? 0xAB : 0xBB;
    }
    return 0xAB;
}

/* The mark at byte i; open is the second byte of the text's opening
 * guillemet (tx_guillemets). */
static enum mark mark_at(const char *t, size_t i, size_t n, size_t *len, uint8_t open)
{
    unsigned char c = (unsigned char)t[i];
    *len = 1;
    if (c == '"') return M_DQ;
    if (c == '\'') return M_SQ;
    if (c == 0xC2 && i + 1 < n) {
        *len = 2;
        unsigned char g = (unsigned char)t[i + 1];
        if (g == 0xAB || g == 0xBB) return g == open ? M_DQ_OPEN : M_DQ_CLOSE;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80) {
        *len = 3;
        switch ((unsigned char)t[i + 2]) {
        case 0x9C: return M_DQ_OPEN;
        case 0x9D: return M_DQ_CLOSE;
        case 0x9E: return M_DQ_OPEN_LOW;
        case 0x98: return M_SQ_OPEN;
        case 0x99: return M_SQ_CLOSE;
        default: break;
        }
    }
    return M_NONE;
}

static bool is_opening(enum mark m)
{
    return m == M_DQ || m == M_DQ_OPEN || m == M_DQ_OPEN_LOW;
}

static bool letter_at(const char *t, size_t i, size_t n)
{
    if (i >= n) return false;
    unsigned char c = (unsigned char)t[i];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0xC3;
}

/* "the workers' union": a mark after an s and before a lower-case word
 * that is not an attribution ("...dogs' he said") nor a word no noun
 * follows a possessive with ("...simple things' after the break") is an
 * apostrophe. */
static bool plural_possessive(const char *t, size_t i, size_t ml, size_t n)
{
    static const char *const attribution[] = {"said", "says", "say", "added",
        "adds", "told", "tells", "asked", "he", "she", "they", "we", "i",
        "it", "explained", "insisted", "warned", "replied", "admitted",
        "after", "before", "but", "for", "in", "on", "at", "to", "from", "with", "by",
        "of", "as", "when", "while", "because", "since", "until", "if", "that", "which",
        "who", "is", "was", "are", "were", "will", "would", "could", "should", "then"};
    if (i == 0 || (t[i - 1] != 's' && t[i - 1] != 'S')) return false;
    size_t w = i + ml;
    if (w >= n || t[w] != ' ') return false;
    w++;
    if (w >= n || !(t[w] >= 'a' && t[w] <= 'z')) return false;
    size_t e = w;
    while (e < n && t[e] >= 'a' && t[e] <= 'z') e++;
    for (size_t k = 0; k < sizeof attribution / sizeof *attribution; k++)
        if (strlen(attribution[k]) == e - w && memcmp(t + w, attribution[k], e - w) == 0)
            return false;
    return true;
}

/* ‘She says “freeze”, I hear “cuts”’: double marks after an open single
 * quote at byte i are nested in it when the single quote closes after
 * them on the line (before byte le).  The end of the last nested pair, or
 * 0. */
static size_t nested_in_single(const char *t, size_t i, size_t le, size_t n, uint8_t g)
{
    size_t ml, last = 0;
    bool open = false;
    for (size_t k = i; k < le; k += ml) {
        enum mark m = mark_at(t, k, n, &ml, g);
        if (m == M_DQ_OPEN || m == M_DQ_OPEN_LOW || (m == M_DQ && !open)) {
            open = true;
        } else if (m == M_DQ_CLOSE || (m == M_DQ && open)) {
            open = false;
            last = k + ml;
        } else if ((m == M_SQ_CLOSE || m == M_SQ) && !open && t[k - 1] != ' ' &&
                   !letter_at(t, k + ml, n) && !plural_possessive(t, k, ml, n)) {
            return last;
        }
    }
    return 0;
}

typedef struct part { uint32_t a, b; } part;

typedef struct raw {
    uint32_t open, close_end, first_close_end, second_open;
    uint32_t p0, p1;          /* parts */
    bool single, initial, joined;
} raw;

typedef struct qstate {
    tx_work *w;
    const char *t;
    size_t n;
    part *parts;
    size_t nparts, pcap;
    raw *raws;
    size_t nraws, rcap;
} qstate;

static bool push_part(qstate *q, uint32_t a, uint32_t b)
{
    if (q->nparts == q->pcap) {
        size_t nc = q->pcap ? q->pcap * 2 : 64;
        part *p = realloc(q->parts, nc * sizeof *p);
        if (!p) return false;
        q->parts = p;
        q->pcap = nc;
    }
    q->parts[q->nparts++] = (part){a, b};
    return true;
}

static bool push_raw(qstate *q, const raw *r)
{
    if (q->nraws == q->rcap) {
        size_t nc = q->rcap ? q->rcap * 2 : 64;
        raw *p = realloc(q->raws, nc * sizeof *p);
        if (!p) return false;
        q->raws = p;
        q->rcap = nc;
    }
    q->raws[q->nraws++] = *r;
    return true;
}

static size_t words_in(const px_textdoc *doc, uint32_t a, uint32_t b)
{
    return tx_tok_lower_bound(doc, b) - tx_tok_lower_bound(doc, a);
}

/* Does the next non-blank line after byte le start with an opening
 * double mark? */
static bool next_line_opens(const char *t, size_t n, size_t le, uint8_t g)
{
    size_t i = le;
    while (i < n && (t[i] == '\n' || t[i] == ' ' || t[i] == '\t')) i++;
    size_t ml;
    return i < n && i > le && is_opening(mark_at(t, i, n, &ml, g));
}

/* Scan all lines; fills q->raws. */
static bool scan(qstate *q)
{
    const char *t = q->t;
    size_t n = q->n, i = 0;
    bool dopen = false, low = false, sopen = false, carry = false;
    raw cur = {0}, scur = {0};
    uint32_t dtext = 0, stext = 0;
    while (i < n) {
        size_t ls = i, le = i;
        while (le < n && t[le] != '\n') le++;
        size_t fs = ls;                   /* first non-blank of the line */
        while (fs < le && (t[fs] == ' ' || t[fs] == '\t')) fs++;
        if (fs == le) { i = le + 1; continue; }   /* blank lines don't end
                                                     a carried quote */
        sopen = false;
        if (carry) {
            size_t ml;
            enum mark m = mark_at(t, fs, n, &ml, q->w->guillemet_open);
            if (is_opening(m)) {
                dopen = true;
                low = m == M_DQ_OPEN_LOW;
                dtext = (uint32_t)(fs + ml);
                i = fs + ml;
            } else {
                cur.p1 = (uint32_t)q->nparts;
                if (!push_raw(q, &cur)) return false;
                dopen = false;
                i = ls;
            }
            carry = false;
        } else {
            i = ls;
        }
        for (; i < le; i++) {
            size_t ml;
            enum mark m = mark_at(t, i, n, &ml, q->w->guillemet_open);
            if (m == M_NONE) continue;
            bool opening = m == M_DQ_OPEN || m == M_DQ_OPEN_LOW ||
                           (m == M_DQ && !dopen);
            bool closing = m == M_DQ_CLOSE || (m == M_DQ && dopen) ||
                           (m == M_DQ_OPEN && dopen && low);
            if (m == M_SQ || m == M_SQ_OPEN || m == M_SQ_CLOSE) {
                if (dopen) { i += ml - 1; continue; }     /* nested */
                bool before_ok = i == ls || t[i - 1] == ' ' || t[i - 1] == '(' ||
                                 (unsigned char)t[i - 1] == 0x94; /* dash end */
                bool after_letter = letter_at(t, i + ml, n);
                if (!sopen && (m == M_SQ_OPEN || m == M_SQ) && before_ok &&
                    after_letter) {
                    sopen = true;
                    scur = (raw){.open = (uint32_t)i, .single = true,
                                 .initial = i == fs};
                    stext = (uint32_t)(i + ml);
                } else if (sopen && (m == M_SQ_CLOSE || m == M_SQ) &&
                           !after_letter && i > 0 && t[i - 1] != ' ' &&
                           !plural_possessive(t, i, ml, n)) {
                    sopen = false;
                    scur.p0 = (uint32_t)q->nparts;
                    if (!push_part(q, stext, (uint32_t)i)) return false;
                    scur.p1 = (uint32_t)q->nparts;
                    scur.close_end = scur.first_close_end = (uint32_t)(i + ml);
                    if (!push_raw(q, &scur)) return false;
                }
                i += ml - 1;
                continue;
            }
            if (closing && dopen) {
                if (!push_part(q, dtext, (uint32_t)i)) return false;
                cur.p1 = (uint32_t)q->nparts;
                cur.close_end = cur.first_close_end = (uint32_t)(i + ml);
                if (!push_raw(q, &cur)) return false;
                dopen = false;
            } else if (opening && !dopen) {
                size_t skip = sopen ? nested_in_single(t, i, le, n, q->w->guillemet_open) : 0;
                if (skip) {                     /* nested in the single quote */
                    i = skip - 1;
                    continue;
                }
                sopen = false;                  /* it was an apostrophe */
                dopen = true;
                low = m == M_DQ_OPEN_LOW;
                cur = (raw){.open = (uint32_t)i, .initial = i == fs,
                            .p0 = (uint32_t)q->nparts};
                dtext = (uint32_t)(i + ml);
            }
            i += ml - 1;
        }
        if (dopen) {
            /* unclosed at the end of the line: a quote that opened the
             * line, or whose next paragraph opens with a mark, runs on
             * ('"A," she said. "B ...\n\n"C ..."'); anything else was a
             * stray mark */
            if (cur.initial || q->nparts > cur.p0 || next_line_opens(t, n, le, q->w->guillemet_open)) {
                if (!push_part(q, dtext, (uint32_t)le)) return false;
                cur.close_end = cur.first_close_end = (uint32_t)le;
                carry = true;
            }
            dopen = false;
        }
        i = le + 1;
    }
    if (carry) {
        cur.p1 = (uint32_t)q->nparts;
        if (!push_raw(q, &cur)) return false;
    }
    return true;
}

/* Join "A," he said, "B" into one quote. */
static void join_split(qstate *q)
{
    const px_textdoc *doc = &q->w->d->pub;
    size_t out = 0;
    for (size_t i = 0; i < q->nraws; i++) {
        raw *r = &q->raws[i];
        if (out > 0) {
            raw *p = &q->raws[out - 1];
            part lp = q->parts[p->p1 - 1];
            uint32_t a = p->close_end, b = r->open;
            size_t lpe = lp.b;
            while (lpe > lp.a && q->t[lpe - 1] == ' ') lpe--;
            bool comma = lpe > lp.a && q->t[lpe - 1] == ',';
            /* single marks too, in British copy ("'A,' he adds, 'B.'"),
             * but not one of each */
            if (p->single == r->single && comma && a < b && b - a <= 100 &&
                p->p1 == r->p0 && !memchr(q->t + a, '\n', b - a) &&
                !memchr(q->t + a, '.', b - a)) {
                size_t e = b;
                while (e > a && q->t[e - 1] == ' ') e--;
                bool tail = e > a && (q->t[e - 1] == ',' || q->t[e - 1] == ':');
                bool verb = false, relative = false;
                for (size_t k = tx_tok_lower_bound(doc, a);
                     k < doc->n_tokens && doc->tokens[k].start < b; k++) {
                    if (q->w->lex[k] & (LX_SPEECH | LX_SPEECH_PART)) verb = true;
                    /* "'A,' says X, whose third novel, 'B', won": the
                     * second quote is in a clause about the speaker */
                    const char *nk = doc->tokens[k].norm;
                    relative |= !strcmp(nk, "whose") || !strcmp(nk, "who") || !strcmp(nk, "which");
                }
                if (tail && verb && !relative) {
                    if (!p->joined) p->second_open = r->open;
                    p->joined = true;
                    p->p1 = r->p1;
                    p->close_end = r->close_end;
                    continue;
                }
            }
        }
        q->raws[out++] = *r;
    }
    q->nraws = out;
}

static const char *build_text(qstate *q, const raw *r, uint32_t *words)
{
    px_textdoc *doc = &q->w->d->pub;
    px_buf b = PX_BUF_INIT;
    *words = 0;
    uint32_t prev_end = 0;
    for (uint32_t p = r->p0; p < r->p1; p++) {
        uint32_t a = q->parts[p].a, e = q->parts[p].b;
        while (a < e && (q->t[a] == ' ' || q->t[a] == '\t')) a++;
        while (e > a && (q->t[e - 1] == ' ' || q->t[e - 1] == '\t')) e--;
        if (e > a && q->t[e - 1] == ',') e--;  /* the attribution's comma */
        if (e == a) continue;
        *words += (uint32_t)words_in(doc, a, e);
        /* a piece after the attribution that opens a new sentence ("A,"
         * she said, "We ...") follows an ellipsis: the sentence's end was
         * given as a comma, and "A We ..." reads as one garbled sentence;
         * one that goes on with the sentence ("A," she said, "but ..."),
         * or a quote that runs on into the next paragraph, just goes on */
        if (b.len)
            px_buf_puts(&b, !memchr(q->t + prev_end, '\n', a - prev_end) &&
                                q->t[a] >= 'A' && q->t[a] <= 'Z' ? " \xE2\x80\xA6 " : " ");
        px_buf_append(&b, q->t + a, e - a);
        prev_end = e;
    }
    if (b.failed) { px_buf_free(&b); return NULL; }
    const char *s = px_arena_strndup(&doc->arena, b.data ? b.data : "", b.len);
    px_buf_free(&b);
    return s;
}

px_status tx_quotes(tx_work *w)
{
    qstate q = {.w = w, .t = w->d->pub.text, .n = w->d->pub.len};
    px_status rc = PX_OK;
    if (!scan(&q)) rc = px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    if (rc == PX_OK) join_split(&q);
    for (size_t i = 0; i < q.nraws && rc == PX_OK; i++) {
        raw *r = &q.raws[i];
        if (r->p0 >= r->p1) continue;
        uint32_t words;
        const char *text = build_text(&q, r, &words);
        if (!text) { rc = px_fail(w->ctx, PX_NOMEM, "text: out of memory"); break; }
        if (words == 0) continue;
        if (w->nq == w->qcap) {
            size_t nc = w->qcap ? w->qcap * 2 : 16;
            tx_quote *p = realloc(w->q, nc * sizeof *p);
            if (!p) { rc = px_fail(w->ctx, PX_NOMEM, "text: out of memory"); break; }
            w->q = p;
            w->qcap = nc;
        }
        part fp = q.parts[r->p0];
        uint32_t fe = fp.b;
        while (fe > fp.a && q.t[fe - 1] == ' ') fe--;
        w->q[w->nq++] = (tx_quote){
            .comma_end = fe > fp.a && q.t[fe - 1] == ',',
            .open = r->open, .close_end = r->close_end,
            .first_close_end = r->first_close_end,
            .second_open = r->second_open,
            .start = q.parts[r->p0].a, .end = q.parts[r->p1 - 1].b,
            .text = text, .joined = r->joined, .single = r->single,
            .block_initial = r->initial, .words = words};
    }
    free(q.parts);
    free(q.raws);
    return rc;
}
