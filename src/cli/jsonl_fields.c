/*
 * jsonl_fields.c - the fields of one JSON Lines article for parallax
 * cluster, read in one pass when the line is plain, else by jansson.
 *
 * Jansson reads a string a byte at a time through its stream layer and
 * copies it twice; SQLite's JSON functions, which read plain lines before,
 * parsed a line three times (json_valid, json_type, json_each) and made
 * some thirty allocations of it: a twentieth of clustering.  The fast path
 * here takes what every article line is, a flat object: keys and string
 * values without \u escapes, integers of up to 18 digits (no fraction, no
 * exponent: a long long holds them), true, false and null, between the
 * white space RFC 8259 allows, keys all different, and a valid UTF-8 line.
 * On any other line (a nested value, a \u escape, a control byte in a
 * string, a repeated key, a real, anything malformed) it gives up and
 * jansson reads the line from the start and says what is wrong with it, so
 * the two never differ on what they both take.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl_fields.h"
#include "parallax.h"

#define MAX_KEYS 32             /* more: jansson checks them */
#define MAX_DIGITS 18           /* an integer of more goes to jansson */

static const char *const names[JL_FIELDS] = {"text", "title", "date", "language", "url",
                                             "source", "site", "path", "id"};

/* The fast path keeps no state; the reader says it may be taken (NULL:
 * jansson reads every line, as the fuzz target's reference does). */
struct jl_reader {
    int fast;
};

jl_reader *jl_reader_new(void)
{
    jl_reader *r = calloc(1, sizeof *r);
    if (r) r->fast = 1;
    return r;
}

void jl_reader_free(jl_reader *r) { free(r); }

void jl_fields_free(jl_fields *f)
{
    for (int i = 0; i < JL_FIELDS; i++) free(f->owned[i]);
    json_decref(f->obj);
    memset(f, 0, sizeof *f);
}

/* High bit set in each byte of x that is below 0x20, a backslash or a
 * double quote (each byte summed apart: no borrow crosses into the
 * next): a string runs on over the others. */
static uint64_t special(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = ones << 7;
    uint64_t ctl = ~((x | highs) - ones * 0x20) & ~x & highs;
    uint64_t bs = x ^ (ones * '\\'), qu = x ^ (ones * '"');
    return ctl | (~(((bs & ~highs) + ~highs) | bs) & highs) |
           (~(((qu & ~highs) + ~highs) | qu) & highs);
}

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

/* The string opening at *pp ('"') decoded into out, NUL-terminated; *pp
 * moves past its closing quote.  Its length, or -1 when jansson must read
 * the line (a \u escape, a control byte, no closing quote, a bad escape). */
static long read_string(const char **pp, const char *end, char *out)
{
    const char *p = *pp + 1;
    char *o = out;
    for (;;) {
        uint64_t x;
        /* eight bytes at a time while none ends the run (most of a text) */
        while (end - p >= 8 && (memcpy(&x, p, 8), !special(x))) {
            memcpy(o, p, 8);
            o += 8;
            p += 8;
        }
        if (p >= end) return -1;
        unsigned char c = (unsigned char)*p++;
        if (c == '"') break;
        if (c < 0x20) return -1;
        if (c != '\\') {
            *o++ = (char)c;
            continue;
        }
        if (p >= end) return -1;
        switch (*p++) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        default: return -1;            /* \u (NUL, surrogates: jansson's) or bad */
        }
    }
    *o = '\0';
    *pp = p;
    return (long)(o - out);
}

/* An integer of up to MAX_DIGITS digits at *pp into *v; 0 when jansson
 * must read the line (a fraction, an exponent, more digits, a leading
 * zero, no digit). */
static int read_integer(const char **pp, const char *end, long long *v)
{
    const char *p = *pp;
    int neg = p < end && *p == '-';
    p += neg;
    const char *d = p;
    unsigned long long u = 0;
    while (p < end && *p >= '0' && *p <= '9' && p - d <= MAX_DIGITS) u = u * 10 + (unsigned)(*p++ - '0');
    size_t n = (size_t)(p - d);
    if (n == 0 || n > MAX_DIGITS || (n > 1 && *d == '0')) return 0;
    if (p < end && (*p == '.' || *p == 'e' || *p == 'E' || (*p >= '0' && *p <= '9'))) return 0;
    *v = neg ? -(long long)u : (long long)u;
    *pp = p;
    return 1;
}

static int read_word(const char **pp, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - *pp) < n || memcmp(*pp, w, n) != 0) return 0;
    *pp += n;
    return 1;
}

/* The fast path: 1 done, 0 jansson must read the line.  The strings are
 * decoded into one block (f->owned[0]): decoded, each is shorter than its
 * quoted form, so the line's length is room enough. */
static int read_fast(const char *line, size_t len, jl_fields *f)
{
    if (len > INT32_MAX || px_utf8_valid_prefix(line, len) != len) return 0;
    const char *p = line, *end = line + len;
    p = skip_space(p, end);
    if (p >= end || *p++ != '{') return 0;
    char *block = malloc(len + 1), *out = block;
    if (!block) return 0;
    f->owned[0] = block;
    const char *key[MAX_KEYS];
    size_t klen[MAX_KEYS], nk = 0;
    p = skip_space(p, end);
    int ok = p < end;
    if (ok && *p == '}') p++;
    else {
        for (;;) {
            if (!ok || p >= end || *p != '"' || nk == MAX_KEYS) { ok = 0; break; }
            long kn = read_string(&p, end, out);
            if (kn < 0) { ok = 0; break; }
            for (size_t k = 0; k < nk && ok; k++)
                ok = klen[k] != (size_t)kn || memcmp(key[k], out, (size_t)kn) != 0;
            if (!ok) break;             /* a repeated key: jansson rejects it */
            key[nk] = out;
            klen[nk++] = (size_t)kn;
            out += kn + 1;
            int field = 0;
            while (field < JL_FIELDS && strcmp(names[field], key[nk - 1]) != 0) field++;
            p = skip_space(p, end);
            if (p >= end || *p++ != ':') { ok = 0; break; }
            p = skip_space(p, end);
            if (p >= end) { ok = 0; break; }
            if (*p == '"') {
                long vn = read_string(&p, end, out);
                if (vn < 0) { ok = 0; break; }
                if (field < JL_FIELDS) f->s[field] = out;
                out += vn + 1;
            } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
                long long v;
                if (!read_integer(&p, end, &v)) { ok = 0; break; }
                if (field == JL_ID) {
                    f->id_is_int = 1;
                    f->id = v;
                }
            } else if (!read_word(&p, end, "true") && !read_word(&p, end, "false") &&
                       !read_word(&p, end, "null")) {
                ok = 0;                 /* an object, an array, a real, garbage */
                break;
            }
            p = skip_space(p, end);
            if (p < end && *p == ',') {
                p = skip_space(p + 1, end);
                continue;
            }
            ok = p < end && *p++ == '}';
            break;
        }
    }
    if (ok) ok = skip_space(p, end) == end;    /* nothing after the object */
    if (!ok) jl_fields_free(f);
    return ok;
}

int jl_read(jl_reader *r, const char *line, size_t len, jl_fields *f, char *err, size_t cap)
{
    memset(f, 0, sizeof *f);
    if (r && r->fast && read_fast(line, len, f)) return 0;
    json_error_t je;
    json_t *obj = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
    if (!json_is_object(obj)) {
        snprintf(err, cap, "%s", obj ? "not a JSON object" : je.text);
        json_decref(obj);
        return -1;
    }
    f->obj = obj;
    for (int i = 0; i < JL_FIELDS; i++) f->s[i] = json_string_value(json_object_get(obj, names[i]));
    json_t *id = json_object_get(obj, "id");
    if (json_is_integer(id)) {
        f->id_is_int = 1;
        f->id = (long long)json_integer_value(id);
    }
    return 0;
}
