/*
 * date.c - publication dates in the spellings pages use -> ISO 8601.
 *
 * Three readers are tried in turn on the string: ISO 8601 (with or
 * without time and offset), numeric day-month-year forms (18.06.2024,
 * 2024/06/18, 06/18/2024), and a token scan that finds a month name, a
 * day and a year in any order with an optional HH:MM[:SS] [AM|PM] and a
 * numeric offset ("Tue, 18 Jun 2024 23:48:00 +0800", "Jun 18, 2024 11:48
 * PM", "18. Juni 2024").  Years outside 1990-2099 are refused, so
 * version numbers and prices are not read as dates.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

typedef struct date_parts {
    int y, mo, d, h, mi, s;
    bool has_time;
    char tz[8];          /* "Z", "+08:00" or "" */
} date_parts;

static bool S_valid(const date_parts *p)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (p->y < 1990 || p->y > 2099 || p->mo < 1 || p->mo > 12) return false;
    if (p->d < 1 || p->d > mdays[p->mo - 1]) return false;
    if (p->has_time && (p->h > 23 || p->mi > 59 || p->s > 60)) return false;
    return true;
}

/* Fields are checked by S_valid; the wide buffer only tells the
 * compiler's truncation check that an int cannot overflow it. */
static void S_format(const date_parts *p, char out[32])
{
    char wide[96];
    if (p->has_time)
        snprintf(wide, sizeof wide, "%04d-%02d-%02dT%02d:%02d:%02d%s", p->y, p->mo, p->d,
                 p->h, p->mi, p->s, p->tz);
    else
        snprintf(wide, sizeof wide, "%04d-%02d-%02d", p->y, p->mo, p->d);
    snprintf(out, 32, "%.31s", wide);
}

/* Read exactly n digits at s. */
static bool S_digits(const char *s, int n, int *val)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return false;
        v = v * 10 + (s[i] - '0');
    }
    *val = v;
    return true;
}

/* HH:MM[:SS] at s; returns bytes read or 0. */
static size_t S_time(const char *s, date_parts *p)
{
    int h, mi, sec = 0;
    size_t i = 0;
    if (S_digits(s, 2, &h)) i = 2;
    else if (S_digits(s, 1, &h)) i = 1;
    else return 0;
    if (s[i] != ':' || !S_digits(s + i + 1, 2, &mi)) return 0;
    i += 3;
    if (s[i] == ':' && S_digits(s + i + 1, 2, &sec)) i += 3;
    if (s[i] == '.' || s[i] == ',')          /* fractions are dropped */
        for (i++; isdigit((unsigned char)s[i]); i++) {}
    p->h = h;
    p->mi = mi;
    p->s = sec;
    p->has_time = true;
    return i;
}

/* Z, +HH:MM, +HHMM, +HH at s. */
static void S_zone(const char *s, date_parts *p)
{
    while (*s == ' ') s++;
    if (*s == 'Z') { strcpy(p->tz, "Z"); return; }
    if (strncmp(s, "GMT", 3) == 0 || strncmp(s, "UTC", 3) == 0) {
        s += 3;
        if (*s != '+' && *s != '-') { strcpy(p->tz, "Z"); return; }
    }
    if (*s != '+' && *s != '-') return;
    int hh, mm = 0;
    if (!S_digits(s + 1, 2, &hh)) return;
    if (s[3] == ':') S_digits(s + 4, 2, &mm);
    else S_digits(s + 3, 2, &mm);
    if (hh > 14 || mm > 59) return;
    if (hh < 0 || mm < 0) return;
    p->tz[0] = *s;
    p->tz[1] = (char)('0' + hh / 10);
    p->tz[2] = (char)('0' + hh % 10);
    p->tz[3] = ':';
    p->tz[4] = (char)('0' + mm / 10);
    p->tz[5] = (char)('0' + mm % 10);
    p->tz[6] = '\0';
}

static bool S_iso(const char *s, date_parts *p)
{
    for (const char *q = s; *q; q++) {
        if (q > s && isdigit((unsigned char)q[-1])) continue;
        memset(p, 0, sizeof *p);
        if (!S_digits(q, 4, &p->y) || q[4] != '-' || !S_digits(q + 5, 2, &p->mo) ||
            q[7] != '-' || !S_digits(q + 8, 2, &p->d) || isdigit((unsigned char)q[10]))
            continue;
        if (!S_valid(p)) continue;
        const char *t = q + 10;
        if (*t == 'T' || *t == ' ') {
            size_t n = S_time(t + 1, p);
            if (n) S_zone(t + 1 + n, p);
        }
        if (!S_valid(p)) { p->has_time = false; p->tz[0] = '\0'; }
        return true;
    }
    return false;
}

/* 18.06.2024, 2024/06/18, 2024.06.18, 06/18/2024 (US when the first
 * number cannot be a day otherwise day first). */
static bool S_numeric(const char *s, date_parts *p)
{
    for (const char *q = s; *q; q++) {
        if (!isdigit((unsigned char)*q) || (q > s && isdigit((unsigned char)q[-1]))) continue;
        int a = 0, b = 0, c = 0;
        size_t la = 0;
        while (isdigit((unsigned char)q[la]) && la < 5) la++;
        if (la > 4) continue;
        S_digits(q, (int)la, &a);
        char sep = q[la];
        if (sep != '.' && sep != '/' && sep != '-') continue;
        const char *r = q + la + 1;
        if (*r == ' ') r++;
        size_t lb = 0;
        while (isdigit((unsigned char)r[lb]) && lb < 3) lb++;
        if (lb == 0 || lb > 2 || r[lb] != sep) continue;
        S_digits(r, (int)lb, &b);
        const char *t = r + lb + 1;
        if (*t == ' ') t++;
        size_t lc = 0;
        while (isdigit((unsigned char)t[lc]) && lc < 5) lc++;
        if (lc == 0 || lc > 4) continue;
        S_digits(t, (int)lc, &c);
        memset(p, 0, sizeof *p);
        if (la == 4) { p->y = a; p->mo = b; p->d = c; }
        else if (lc == 4) {
            p->y = c;
            if (sep == '/' && a <= 12 && b > 12) { p->mo = a; p->d = b; }
            else if (sep == '/' && a <= 12 && b <= 12) { p->mo = a; p->d = b; }
            else { p->d = a; p->mo = b; }
        } else continue;
        if (!S_valid(p)) continue;
        const char *rest = t + lc;
        while (*rest == ' ' || *rest == ',' || *rest == '-' || *rest == '|') rest++;
        size_t n = S_time(rest, p);
        if (n) S_zone(rest + n, p);
        if (!S_valid(p)) { p->has_time = false; p->tz[0] = '\0'; }
        return true;
    }
    return false;
}

static const struct { const char *name; int month; } months[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
    {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9},
    {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"mär", 3},
    {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10},
    {"dezember", 12}, {"dez", 12},
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4},
    {"juin", 6}, {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9},
    {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5},
    {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9},
    {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5},
    {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10},
    {"dicembre", 12},
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4},
    {"maja", 5}, {"czerwca", 6}, {"lipca", 7}, {"sierpnia", 8},
    {"września", 9}, {"października", 10}, {"listopada", 11}, {"grudnia", 12},
};

static int S_month(const char *w, size_t n)
{
    char low[24];
    if (n < 3 || n >= sizeof low) return 0;   /* no month name is shorter */
    for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    low[n] = '\0';
    /* every word of a line comes here: the first letter rules out most */
    for (size_t i = 0; i < sizeof months / sizeof months[0]; i++)
        if (months[i].name[0] == low[0] && strcmp(low, months[i].name) == 0)
            return months[i].month;
    return 0;
}

static bool S_named(const char *s, date_parts *p)
{
    memset(p, 0, sizeof *p);
    int day = 0, year = 0, month = 0, month_at = -1;
    int day_val[8], day_at[8], days = 0;   /* candidate days, token positions */
    bool pm = false, am = false;
    const char *q = s;
    int tokens = 0;
    while (*q && tokens < 40) {
        unsigned char c = (unsigned char)*q;
        if (isalpha(c) || c >= 0x80) {
            const char *st = q;
            while (isalpha((unsigned char)*q) || (unsigned char)*q >= 0x80) q++;
            size_t n = (size_t)(q - st);
            int m = S_month(st, n);
            if (m && !month) { month = m; month_at = tokens; }
            else if (n == 2 && strncasecmp(st, "pm", 2) == 0) pm = true;
            else if (n == 2 && strncasecmp(st, "am", 2) == 0) am = true;
            tokens++;
        } else if (isdigit(c)) {
            size_t tn = S_time(q, p);
            if (tn) {
                q += tn;
                S_zone(q, p);
                tokens++;
                continue;
            }
            const char *st = q;
            while (isdigit((unsigned char)*q)) q++;
            size_t n = (size_t)(q - st);
            int v = 0;
            if (n <= 4) S_digits(st, (int)n, &v);
            if (n == 4 && !year) year = v;
            else if (n <= 2 && v >= 1 && v <= 31 && days < 8) {
                day_val[days] = v;
                day_at[days++] = tokens;
            }
            /* "18th", "1st" */
            if ((*q == 's' || *q == 'n' || *q == 'r' || *q == 't') && isalpha((unsigned char)q[1])) q += 2;
            tokens++;
        } else {
            q++;
        }
    }
    /* The day stands next to the month ("2 October", "Oct. 2", "2nd of
     * October"), not anywhere in the line: in "1 year, 160 days ago ... 2
     * October 2013" it is the 2.  The nearest number wins, one before the
     * month over one after it. */
    for (int gap = 1; gap <= 2 && !day && month; gap++)
        for (int side = -1; side <= 1 && !day; side += 2)
            for (int i = 0; i < days && !day; i++)
                if (day_at[i] == month_at + side * gap) day = day_val[i];
    if (!month || !day || !year) return false;
    p->y = year;
    p->mo = month;
    p->d = day;
    if (p->has_time) {
        if (pm && p->h < 12) p->h += 12;
        if (am && p->h == 12) p->h = 0;
    }
    if (!S_valid(p)) { p->has_time = false; p->tz[0] = '\0'; }
    return S_valid(p);
}

bool px_date_parse(const char *s, char out[32])
{
    date_parts p;
    if (!s) return false;
    if (S_iso(s, &p) || S_numeric(s, &p) || S_named(s, &p)) {
        S_format(&p, out);
        return true;
    }
    return false;
}

bool px_date_from_url(const char *url, char out[32])
{
    if (!url) return false;
    const char *path = strstr(url, "://");
    path = path ? strchr(path + 3, '/') : strchr(url, '/');
    if (!path) return false;
    date_parts p;
    for (const char *q = path; *q && *q != '?' && *q != '#'; q++) {
        if (*q != '/' && *q != '-' && *q != '_') continue;
        const char *d = q + 1;
        memset(&p, 0, sizeof p);
        char sep = 0;
        if (S_digits(d, 4, &p.y) && (d[4] == '/' || d[4] == '-' || d[4] == '_')) {
            sep = d[4];
            if (S_digits(d + 5, 2, &p.mo) && d[7] == sep && S_digits(d + 8, 2, &p.d) &&
                !isdigit((unsigned char)d[10]) && S_valid(&p)) {
                S_format(&p, out);
                return true;
            }
        } else if (S_digits(d, 8, &p.y) && !isdigit((unsigned char)d[8])) {
            p.y = 0;
            S_digits(d, 4, &p.y);
            S_digits(d + 4, 2, &p.mo);
            S_digits(d + 6, 2, &p.d);
            if (S_valid(&p)) {
                S_format(&p, out);
                return true;
            }
        }
    }
    return false;
}
