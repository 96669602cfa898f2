/*
 * jsonl_fields.c - the fields of one JSON Lines article for parallax
 * cluster, read by SQLite's JSON functions when the line is plain, else
 * by jansson.
 *
 * Jansson reads a string a byte at a time through its stream layer and
 * copies it twice: an eighth of clustering went there.  SQLite scans a
 * line in tight loops.  The two agree on every line the fast path takes:
 * valid UTF-8 (both reject the rest, SQLite does not check), no control
 * bytes but tab, LF and CR (SQLite takes \f and \v for white space), no
 * \u escapes (NUL, lone surrogates and escaped keys differ) and no "\/",
 * an object whose values are no objects or arrays and whose keys differ
 * (jansson rejects a repeated key at any depth), and numbers a long long
 * or a finite double holds (jansson rejects the others).  json_valid()
 * keeps the syntax RFC 8259's, also where a SQLite reads JSON5.  Any
 * other line, and any line SQLite rejects, goes to jansson, which says
 * what is wrong with it.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl_fields.h"
#include "parallax.h"

#define MAX_KEYS 32             /* more: jansson checks them */
#define KEY_BYTES 1024

static const char *const names[JL_FIELDS] = {"text", "title", "date", "language", "url",
                                             "source", "site", "path", "id"};

struct jl_reader {
    sqlite3 *db;
    sqlite3_stmt *each;
};

jl_reader *jl_reader_new(void)
{
    jl_reader *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    if (sqlite3_open_v2(":memory:", &r->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(r->db,
                           "SELECT key, type, value FROM json_each(?1) "
                           "WHERE json_valid(?1) AND json_type(?1) = 'object'",
                           -1, &r->each, NULL) != SQLITE_OK) {
        jl_reader_free(r);
        return NULL;
    }
    return r;
}

void jl_reader_free(jl_reader *r)
{
    if (!r) return;
    sqlite3_finalize(r->each);
    sqlite3_close(r->db);
    free(r);
}

void jl_fields_free(jl_fields *f)
{
    for (int i = 0; i < JL_FIELDS; i++) free(f->owned[i]);
    json_decref(f->obj);
    memset(f, 0, sizeof *f);
}

/* High bit set in each byte of x that is below 0x20 or a backslash
 * (each byte summed apart: no borrow crosses into the next). */
static uint64_t unusual(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = ones << 7;
    uint64_t ctl = ~((x | highs) - ones * 0x20) & ~x & highs;
    uint64_t bs = x ^ (ones * '\\');
    return ctl | (~(((bs & ~highs) + ~highs) | bs) & highs);
}

/* Bytes both parsers read alike (see the top of the file); eight at a
 * time where none is a control byte or a backslash. */
static int plain(const char *s, size_t n)
{
    if (px_utf8_valid_prefix(s, n) != n) return 0;
    size_t i = 0;
    while (i < n) {
        uint64_t x;
        if (i + 8 <= n && (memcpy(&x, s + i, 8), !unusual(x))) {
            i += 8;
            continue;
        }
        for (size_t end = i + 8 < n ? i + 8 : n; i < end; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '\\') {
                if (i + 1 < n && (s[i + 1] == 'u' || s[i + 1] == '/')) return 0;
                i++;            /* the escaped byte: "\\u" is no \u escape */
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return 0;
            }
        }
    }
    return 1;
}

/* The fast path: 1 done, 0 jansson must read the line. */
static int read_fast(jl_reader *r, const char *line, size_t len, jl_fields *f)
{
    if (!r || len > INT32_MAX || !plain(line, len)) return 0;
    sqlite3_stmt *st = r->each;
    sqlite3_bind_text(st, 1, line, (int)len, SQLITE_STATIC);
    char keys[KEY_BYTES];
    size_t at[MAX_KEYS], used = 0, nk = 0;
    int rc = SQLITE_DONE, ok = 1;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(st, 0);
        const char *type = (const char *)sqlite3_column_text(st, 1);
        size_t kn = key ? (size_t)sqlite3_column_bytes(st, 0) : 0;
        if (!key || !type || nk == MAX_KEYS || used + kn + 1 > KEY_BYTES ||
            memchr(key, 0, kn)) { ok = 0; break; }
        for (size_t k = 0; k < nk && ok; k++) ok = strcmp(keys + at[k], key) != 0;
        if (!ok) break;
        memcpy(keys + used, key, kn + 1);
        at[nk++] = used;
        used += kn + 1;
        if (!strcmp(type, "object") || !strcmp(type, "array") ||
            (!strcmp(type, "integer") && sqlite3_column_type(st, 2) != SQLITE_INTEGER) ||
            (!strcmp(type, "real") && !isfinite(sqlite3_column_double(st, 2)))) {
            ok = 0;
            break;
        }
        int field = 0;
        while (field < JL_FIELDS && strcmp(names[field], key) != 0) field++;
        if (field == JL_FIELDS) continue;
        if (field == JL_ID && !strcmp(type, "integer")) {
            f->id_is_int = 1;
            f->id = (long long)sqlite3_column_int64(st, 2);
        } else if (!strcmp(type, "text")) {
            const char *v = (const char *)sqlite3_column_text(st, 2);
            size_t vn = (size_t)sqlite3_column_bytes(st, 2);
            if (!v || !(f->owned[field] = malloc(vn + 1))) { ok = 0; break; }
            memcpy(f->owned[field], v, vn + 1);
            f->s[field] = f->owned[field];
        }
    }
    if (ok && rc != SQLITE_DONE) ok = 0;     /* malformed: jansson says how */
    ok = ok && nk > 0;                       /* no object, or an empty one */
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (!ok) jl_fields_free(f);
    return ok;
}

int jl_read(jl_reader *r, const char *line, size_t len, jl_fields *f, char *err, size_t cap)
{
    memset(f, 0, sizeof *f);
    if (read_fast(r, line, len, f)) return 0;
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
