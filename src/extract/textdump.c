/*
 * textdump.c - boilerplate removal for pages that arrive as plain text
 * (a browser's "save as text", a scraper's dump): menus, skip links,
 * credits, counters and lists of other headlines are still there, one
 * per line, only the markup is gone.
 *
 * Method, line by line:
 *   1. Classify each line: blank, junk (interface labels, credits,
 *      counters: lines.c), end marker ("Related Posts", "Leave a Reply"),
 *      dateline, byline, or text; text lines are "long" when they read as
 *      prose (enough words and a sentence end), otherwise "short".
 *      A short line that appears more than once is junk (repeated menus).
 *   2. Group long lines into runs: a run continues across blank and junk
 *      lines and across at most MAX_GAP short lines (subheadings, a
 *      pull quote); short lines that read as sentences carry it on like
 *      long ones (bodies written a sentence per line, quotes split over
 *      lines); it stops at an end marker or a lower-case tag line.  Lists of other headlines
 *      are runs of short title-case lines, so they never join.
 *   3. The body is the run with the most words of prose.
 *   4. Keep the run's lines minus junk, datelines and bylines; the title
 *      is the first heading-like line before it that shares words with
 *      the lede (menus, mastheads and section labels do not; S_title),
 *      the date and byline come from the lines before it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

#define MAX_GAP 2           /* short lines tolerated between prose lines */
#define SEEN_BITS 12        /* repeated-line table: 4096 slots */

typedef enum line_kind {
    LINE_BLANK, LINE_JUNK, LINE_END, LINE_TAG, LINE_DATE, LINE_BYLINE,
    LINE_SHORT, LINE_LONG
} line_kind;

typedef struct line {
    const char *s;        /* start, after any bullet marker */
    size_t n;
    line_kind kind;
    int words;
    bool heading_like;
    bool sentence;        /* a short line that reads as a sentence */
} line;

/* Skip a bullet ("• ", "- ", "* ", "· ", "– ", "▪ ") at the start. */
static size_t S_bullet(const char *s, size_t n)
{
    static const char *const marks[] = {"\xE2\x80\xA2", "-", "*", "\xC2\xB7",
                                        "\xE2\x80\x93", "\xE2\x96\xAA", "\xE2\x97\x8F"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        size_t m = strlen(marks[i]);
        if (n > m + 1 && memcmp(s, marks[i], m) == 0 && (s[m] == ' ' || s[m] == '\t'))
            return m + 1;
    }
    return 0;
}

static void S_trim(const char **s, size_t *n)
{
    while (*n && (isspace((unsigned char)**s) ||
                  (*n >= 2 && (unsigned char)(*s)[0] == 0xC2 && (unsigned char)(*s)[1] == 0xA0))) {
        size_t k = isspace((unsigned char)**s) ? 1 : 2;
        *s += k;
        *n -= k;
    }
    while (*n && (isspace((unsigned char)(*s)[*n - 1]) ||
                  (*n >= 2 && (unsigned char)(*s)[*n - 2] == 0xC2 && (unsigned char)(*s)[*n - 1] == 0xA0)))
        *n -= isspace((unsigned char)(*s)[*n - 1]) ? 1 : 2;
}

static void S_classify(line *l)
{
    char date[32];
    if (l->n == 0) { l->kind = LINE_BLANK; return; }
    px_line_info li;
    px_line_measure(l->s, l->n, &li);
    l->words = li.words;
    if (px_line_end_kind(l->s, l->n) != PX_END_NONE) l->kind = LINE_END;
    else if (px_line_is_junk(l->s, l->n)) l->kind = LINE_JUNK;
    else if (px_line_is_dateline(l->s, l->n, date)) l->kind = LINE_DATE;
    else if (px_line_is_byline(l->s, l->n)) l->kind = LINE_BYLINE;
    else if ((li.words >= 10 || li.letters >= 80) &&
             (li.sentence_end || li.words >= 25 || li.letters >= 240))
        l->kind = LINE_LONG;
    else l->kind = LINE_SHORT;
    /* One to three words in lower case: a tag or place label.  Body text
     * never holds such a fragment, so it separates runs. */
    if (l->kind == LINE_SHORT && li.words <= 3 && islower((unsigned char)l->s[0]))
        l->kind = LINE_TAG;
    /* A short sentence ("It was a panic.", "The man called 911."): too
     * short to count as prose alone, but a body written a sentence per
     * line, or a quote split over lines, is made of them.  Title case
     * or no lower-case word means a heading or label, not a sentence. */
    l->sentence = l->kind == LINE_SHORT && li.sentence_end && li.words >= 4 &&
                  li.words - li.caps_words >= 2;
    /* Heading-like: a few words, no full stop, starts with a capital. */
    unsigned char c0 = (unsigned char)l->s[0];
    l->heading_like = li.words >= 3 && li.words <= 25 && !li.has_email && !li.has_url &&
                      (isupper(c0) || c0 >= 0x80 || isdigit(c0) || c0 == '"') &&
                      !(l->s[l->n - 1] == '.' && !(l->n >= 3 && l->s[l->n - 2] == '.')) &&
                      !memchr(l->s, '|', l->n);   /* "|" joins menu items */
}

/* Mark short lines that occur more than once as junk (repeated menus,
 * captions printed twice).  A fixed table: collisions only make a few
 * lines look repeated when they are not, and those are short anyway. */
static void S_mark_repeats(line *lines, size_t n)
{
    unsigned char *seen = calloc((size_t)1 << SEEN_BITS, 1);
    if (!seen) return;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            if (lines[i].kind != LINE_SHORT && lines[i].kind != LINE_JUNK) continue;
            size_t slot = (size_t)(px_hash64(lines[i].s, lines[i].n) >> (64 - SEEN_BITS));
            if (pass == 0) { if (seen[slot] < 2) seen[slot]++; }
            else if (seen[slot] >= 2 && lines[i].kind == LINE_SHORT) lines[i].kind = LINE_JUNK;
        }
    }
    free(seen);
}

/* Split text into trimmed lines. */
static line *S_split(const char *text, size_t len, size_t *count)
{
    size_t cap = 64, n = 0;
    line *lines = malloc(cap * sizeof *lines);
    if (!lines) return NULL;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        if (n == cap) {
            line *nlines = realloc(lines, 2 * cap * sizeof *lines);
            if (!nlines) { free(lines); return NULL; }
            lines = nlines;
            cap *= 2;
        }
        line *l = &lines[n++];
        memset(l, 0, sizeof *l);
        l->s = text + i;
        l->n = end - i;
        S_trim(&l->s, &l->n);
        size_t b = S_bullet(l->s, l->n);
        l->s += b;
        l->n -= b;
        S_trim(&l->s, &l->n);
        S_classify(l);
        i = end + 1;
    }
    *count = n;
    return lines;
}

/* The run of prose with the most words: [*first, *last].  A run starts
 * at a long line; short sentences carry it on like long lines do. */
static bool S_best_run(const line *lines, size_t n, size_t *first, size_t *last)
{
    long best = 0;
    size_t i = 0;
    while (i < n) {
        if (lines[i].kind != LINE_LONG) { i++; continue; }
        size_t start = i, end = i;
        long words = 0;
        int gap = 0;
        for (; i < n; i++) {
            line_kind k = lines[i].kind;
            if (k == LINE_LONG || lines[i].sentence) { words += lines[i].words; end = i; gap = 0; }
            else if (k == LINE_END || k == LINE_TAG) break;
            else if (k == LINE_SHORT || k == LINE_BYLINE || k == LINE_DATE) {
                if (++gap > MAX_GAP) break;
            }
        }
        if (words > best) { best = words; *first = start; *last = end; }
    }
    /* Short sentences right before the first long line open the body
     * ("She checked in today."); blank lines may sit between them. */
    if (best > 0)
        for (size_t j = *first; j-- > 0;) {
            if (lines[j].sentence && !lines[j].heading_like) *first = j;   /* not "Go get it!" */
            else if (lines[j].kind != LINE_BLANK) break;
        }
    return best > 0;
}

/* ---- a profile of the source after the body ---- */

#define PROFILE_NAME_WORDS 6

/* Does the line open "(The) Name Name is a/an/the ..." and go on like an
 * encyclopedia entry (founded, headquartered ...)?  *name gets the name. */
static bool S_profile_opening(const line *l, const char **name, size_t *name_n)
{
    static const char *const marks[] = {"founded", "established", "headquartered",
                                        "based in", "owned by"};
    const char *s = l->s, *end = l->s + l->n;
    if (end - s > 4 && strncmp(s, "The ", 4) == 0) s += 4;
    const char *start = s;
    int words = 0;
    while (s < end && words <= PROFILE_NAME_WORDS) {
        const char *w = s;
        while (s < end && *s != ' ') s++;
        size_t wn = (size_t)(s - w);
        bool joiner = (wn == 2 && !strncmp(w, "of", 2)) || (wn == 3 && !strncmp(w, "and", 3)) ||
                      (wn == 3 && !strncmp(w, "for", 3));
        if (!joiner && !isupper((unsigned char)*w)) break;
        if (joiner && words == 0) return false;
        words++;
        if (s + 4 < end && (!strncmp(s, " is a ", 6) || !strncmp(s, " is an ", 7) ||
                            !strncmp(s, " is the ", 8))) {
            *name = start;
            *name_n = (size_t)(s - start);
            for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
                size_t m = strlen(marks[i]);
                for (const char *p = s; p + m <= end; p++)
                    if (!strncmp(p, marks[i], m)) return true;
            }
            return false;
        }
        if (s < end) s++;
    }
    return false;
}

/* A page that republishes another outlet's story often ends the body
 * with a profile of that outlet ("The X Corporation is a broadcaster
 * headquartered in ...").  A profile of a name the article never used
 * before is about the source, not the news: move *last before it. */
static void S_drop_source_profile(const line *lines, size_t first, size_t *last)
{
    while (*last > first) {
        const line *l = &lines[*last];
        const char *name;
        size_t name_n;
        if (l->kind != LINE_LONG || !S_profile_opening(l, &name, &name_n)) return;
        for (size_t i = first; i < *last; i++)
            for (size_t k = 0; k + name_n <= lines[i].n; k++)
                if (!memcmp(lines[i].s + k, name, name_n)) return;
        size_t prev = *last;
        while (prev > first && lines[prev - 1].kind != LINE_LONG && lines[prev - 1].kind != LINE_SHORT)
            prev--;
        if (prev == first) return;   /* never the whole body */
        *last = prev - 1;
    }
}

/* ---- hard-wrapped dumps ---- */

#define WRAP_MIN 40          /* narrower "wraps" are columns or lists */
#define WRAP_MAX 100

static size_t S_chars_n(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Width at which the text was hard-wrapped (lines cut at ~72 columns by
 * a mail client or a "save as text"), or 0 when it was not.  The sign of
 * wrapping: many lines followed by another non-blank line reach close to
 * one common maximum, which a paragraph per line or a menu never does. */
static size_t S_wrap_width(const char *text, size_t len)
{
    size_t hist[WRAP_MAX + 2] = {0};
    size_t nonblank = 0, i = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        const char *s = text + i;
        size_t n = end - i;
        S_trim(&s, &n);
        if (n) {
            size_t c = S_chars_n(text + i, end - i);   /* indent counts */
            hist[c > WRAP_MAX ? WRAP_MAX + 1 : c]++;
            nonblank++;
        }
        i = end + 1;
    }
    if (nonblank < 6) return 0;
    /* The width: the longest length such that lines within 25% below it
     * are at least a quarter of all non-blank lines; up to 5% of lines may
     * be longer (a URL, a table row). */
    size_t longer = hist[WRAP_MAX + 1];
    for (size_t w = WRAP_MAX; w >= WRAP_MIN; w--) {
        if (longer * 20 > nonblank) return 0;
        if (hist[w] == 0) continue;
        size_t near = 0;
        for (size_t k = w - w / 4; k <= w; k++) near += hist[k];
        if (near >= 3 && near * 4 >= nonblank) return w;
        longer += hist[w];
    }
    return 0;
}

/* Copy of text with each hard line break inside a paragraph turned into a
 * space: a line joins the next when the next one's first word would not
 * have fitted after it (that is why the wrapper broke there) and neither
 * is blank or a list item.  NULL when out of memory. */
static char *S_unwrap(const char *text, size_t len, size_t width)
{
    char *out = px_strndup(text, len);
    if (!out) return NULL;
    size_t i = 0;
    while (i < len) {
        char *nl = memchr(out + i, '\n', len - i);
        if (!nl) break;
        size_t end = (size_t)(nl - out);
        const char *s = out + i;
        size_t n = end - i;
        S_trim(&s, &n);
        const char *t = nl + 1;
        size_t tn = len - (end + 1);
        const char *tnl = memchr(t, '\n', tn);
        if (tnl) tn = (size_t)(tnl - t);
        S_trim(&t, &tn);
        if (n && tn && !S_bullet(t, tn)) {
            size_t w1 = 0;
            while (w1 < tn && t[w1] != ' ') w1++;
            size_t used = S_chars_n(out + i, end - i);
            /* A full line ending a sentence before a short line: the short
             * one is a label or heading of its own ("Most read"). */
            char last = s[n - 1];
            bool ends = last == '.' || last == '!' || last == '?' || last == '"';
            bool short_next = S_chars_n(t, tn) < width / 2;
            if (used + 1 + S_chars_n(t, w1) > width && used >= width / 2 &&
                !(ends && short_next))
                *nl = ' ';
        }
        i = end + 1;
    }
    return out;
}

/* ---- the title ---- */

#define LEDE_LINES 3         /* body lines a headline is compared with */
#define LEDE_WORDS 96

typedef struct word_ref { const char *s; size_t n; } word_ref;

/* Next word of four bytes or more (shorter ones are mostly function
 * words in the languages we see); *at moves past it.  0 at the end. */
static size_t S_next_word(const char *s, size_t n, size_t *at, const char **w)
{
    while (*at < n) {
        while (*at < n && !(isalnum((unsigned char)s[*at]) || (unsigned char)s[*at] >= 0x80)) (*at)++;
        size_t st = *at;
        while (*at < n && (isalnum((unsigned char)s[*at]) || (unsigned char)s[*at] >= 0x80)) (*at)++;
        if (*at - st >= 4) { *w = s + st; return *at - st; }
    }
    return 0;
}

/* Same word, or the same first five bytes ("Charger", "Chargers"). */
static bool S_word_match(const word_ref *a, const char *w, size_t wn)
{
    if (a->n == wn) return strncasecmp(a->s, w, wn) == 0;
    return a->n >= 5 && wn >= 5 && strncasecmp(a->s, w, 5) == 0;
}

/* Distinct words of a candidate headline found in the lede. */
static int S_lede_overlap(const line *l, const word_ref *lede, size_t nlede)
{
    int shared = 0;
    size_t at = 0, wn;
    const char *w;
    word_ref seen[32];
    size_t nseen = 0;
    while ((wn = S_next_word(l->s, l->n, &at, &w)) && nseen < 32) {
        bool dup = false;
        for (size_t i = 0; i < nseen && !dup; i++)
            dup = seen[i].n == wn && strncasecmp(seen[i].s, w, wn) == 0;
        if (dup) continue;
        seen[nseen++] = (word_ref){w, wn};
        for (size_t i = 0; i < nlede; i++)
            if (S_word_match(&lede[i], w, wn)) { shared++; break; }
    }
    return shared;
}

/* A crumb ("Home > World") or an all-capitals masthead is no title. */
static bool S_title_shaped(const line *l)
{
    if (!l->heading_like || (l->kind != LINE_SHORT && l->kind != LINE_LONG)) return false;
    bool lower = false;
    for (size_t i = 0; i < l->n; i++) {
        if (l->s[i] == '>' || (l->s[i] == ' ' && i + 1 < l->n && l->s[i + 1] == ' ')) return false;
        if (islower((unsigned char)l->s[i]) || (unsigned char)l->s[i] >= 0x80) lower = true;
    }
    return lower;
}

/* The title among the lines before the body: a headline shares words
 * with the lede, a menu, a masthead or a section label does not.  The
 * first line with a quarter of the best overlap wins, so a short
 * headline beats the longer deck under it.  Without any overlap, the
 * first heading-like line. */
static const line *S_title(const line *lines, size_t first, size_t last)
{
    word_ref lede[LEDE_WORDS];
    size_t nlede = 0;
    for (size_t i = first, used = 0; i <= last && used < LEDE_LINES; i++) {
        if (lines[i].kind != LINE_LONG && !lines[i].sentence) continue;
        used++;
        size_t at = 0, wn;
        const char *w;
        while (nlede < LEDE_WORDS && (wn = S_next_word(lines[i].s, lines[i].n, &at, &w)))
            lede[nlede++] = (word_ref){w, wn};
    }
    int best = 0;
    int overlap[64];
    size_t from = first > 64 ? first - 64 : 0;   /* headlines sit near the body */
    for (size_t i = from; i < first; i++) {
        int o = S_title_shaped(&lines[i]) ? S_lede_overlap(&lines[i], lede, nlede) : 0;
        overlap[i - from] = o;
        if (o > best) best = o;
    }
    for (size_t i = from; i < first && best > 0; i++)
        if (overlap[i - from] * 4 >= best && overlap[i - from] > 0) return &lines[i];
    for (size_t i = from; i < first; i++)
        if (lines[i].heading_like && (lines[i].kind == LINE_SHORT || lines[i].kind == LINE_LONG))
            return &lines[i];
    return NULL;
}

px_status px_extract_textdump(px_ctx *ctx, const px_extract_input *input,
                              const char *utf8, size_t len, px_article *a)
{
    const char *name = input->name ? input->name : "text";
    size_t n = 0;
    char *unwrapped = NULL;
    size_t width = S_wrap_width(utf8, len);
    if (width) {
        unwrapped = S_unwrap(utf8, len, width);
        if (!unwrapped) return px_fail(ctx, PX_NOMEM, "%s: joining wrapped lines: out of memory", name);
        utf8 = unwrapped;
    }
    line *lines = S_split(utf8, len, &n);
    if (!lines) {
        free(unwrapped);
        return px_fail(ctx, PX_NOMEM, "%s: splitting lines: out of memory", name);
    }
    S_mark_repeats(lines, n);

    size_t first = 0, last = 0;
    bool have_run = S_best_run(lines, n, &first, &last);
    if (have_run) S_drop_source_profile(lines, first, &last);
    if (!have_run) {
        /* No prose at all: keep what is not furniture. */
        first = 0;
        last = n ? n - 1 : 0;
    }

    /* Metadata from the lines before the body; a date in a URL line only
     * when no line shows one (pages are moved under dated paths). */
    char url_date[32] = "";
    for (size_t i = 0; i < first && i < n; i++) {
        line *l = &lines[i];
        char date[32];
        if (!url_date[0] && l->words <= 3 && l->n > 8 && strncasecmp(l->s, "http", 4) == 0) {
            char *u = px_strndup(l->s, l->n);
            if (u && !px_date_from_url(u, url_date)) url_date[0] = '\0';
            free(u);
        }
        if (!a->date && (l->kind == LINE_DATE || l->kind == LINE_JUNK) &&
            px_line_is_dateline(l->s, l->n, date) && date[0])
            px_article_set(a, "date", date);
        if (!a->byline && l->kind == LINE_BYLINE) {
            char *b = px_strndup(l->s, l->n);
            if (b) {
                char *v = strstr(b, " Views");
                if (!v) v = strstr(b, " views");
                if (v) *v = '\0';
                const char *p = b;
                if (strncasecmp(p, "by ", 3) == 0) p += 3;
                px_article_set(a, "byline", p);
                free(b);
            }
        }
    }
    const line *title = have_run && !a->title ? S_title(lines, first, last) : NULL;
    if (title) {
        char *t = px_strndup(title->s, title->n);
        if (t) px_article_set(a, "title", t);
        free(t);
    }

    if (!a->date && url_date[0]) px_article_set(a, "date", url_date);

    px_buf out = PX_BUF_INIT;
    for (size_t i = first; i <= last && i < n; i++) {
        const line *l = &lines[i];
        if (l->kind != LINE_LONG && l->kind != LINE_SHORT) continue;
        if (!have_run && !l->heading_like && l->words < 3) continue;
        if (out.len) px_buf_puts(&out, "\n\n");
        px_buf_append(&out, l->s, l->n);
    }
    free(lines);
    free(unwrapped);   /* out holds copies: the lines pointed into it */
    if (out.failed) {
        px_buf_free(&out);
        return px_fail(ctx, PX_NOMEM, "%s: collecting text: out of memory", name);
    }
    /* Nothing kept: leave the article empty, px_extract reports it. */
    px_status st = out.len ? px_article_set_text_limited(a, out.data, out.len,
                                  px_limit(ctx, PX_LIMIT_TEXT_BYTES, -1)) : PX_OK;
    px_buf_free(&out);
    if (st != PX_OK) return px_fail(ctx, st, "%s: storing text: %s", name, px_status_str(st));
    return PX_OK;
}
