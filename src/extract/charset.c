/*
 * charset.c - raw page bytes -> UTF-8.
 *
 * The charset is chosen in the order browsers use (WHATWG "encoding
 * sniffing"): a byte order mark, then the HTTP header the caller passes,
 * then a <meta charset> / http-equiv declaration in the first 4 KB, then a
 * statistical guess by uchardet.  One exception: bytes that are entirely
 * valid UTF-8 and contain multibyte sequences are taken as UTF-8 whatever
 * the declarations say, because legacy single-byte text almost never forms
 * valid UTF-8 by accident while mislabelled UTF-8 pages are common.
 * Conversion uses ICU's ucnv with substitution, so invalid sequences
 * become U+FFFD instead of failing; the result then goes through
 * px_utf8_sanitize() to drop NULs and control characters.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "extract.h"

#define SNIFF_BYTES 4096
#define GUESS_BYTES (256 * 1024)   /* uchardet needs no more to decide */

/* Copy the charset name that follows "charset" at p into name. */
static bool S_read_charset_name(const char *p, const char *end, char *name,
                                size_t cap)
{
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (p >= end || *p != '=') return false;
    p++;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\''))
        p++;
    size_t n = 0;
    while (p < end && n + 1 < cap &&
           (isalnum((unsigned char)*p) || strchr("-_.:", *p)))
        name[n++] = *p++;
    name[n] = '\0';
    return n > 0;
}

/* Is position i inside a <meta ...> tag?  Only <meta> declares the
 * page's charset: <script charset=utf-8 src=...> names the script's. */
static bool S_in_meta_tag(const char *data, size_t i)
{
    while (i > 0) {
        char c = data[--i];
        if (c == '>') return false;
        if (c == '<') return strncasecmp(data + i, "<meta", 5) == 0;
    }
    return false;
}

/* Look for charset= in a <meta> tag in the first bytes of the page: it
 * covers <meta charset=x> and <meta http-equiv content="text/html;
 * charset=x">; <?xml encoding> is rare enough for pages to ignore. */
static bool S_sniff_meta(const char *data, size_t len, char *name, size_t cap)
{
    size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
    for (size_t i = 0; i + 7 <= n; i++) {
        if (strncasecmp(data + i, "charset", 7) != 0 || !S_in_meta_tag(data, i)) continue;
        if (S_read_charset_name(data + i + 7, data + n, name, cap)) return true;
    }
    return false;
}

static bool S_is_utf8_name(const char *name)
{
    return strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0;
}

/* WHATWG maps these labels to windows-1252, a superset browsers use. */
static const char *S_alias(const char *name)
{
    static const char *const latin1[] = {
        "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
        "l1", "cp819", "ibm819", "iso_8859-1",
    };
    for (size_t i = 0; i < sizeof latin1 / sizeof latin1[0]; i++)
        if (strcasecmp(name, latin1[i]) == 0) return "windows-1252";
    return name;
}

static bool S_guess(const char *data, size_t len, char *name, size_t cap)
{
    uchardet_t ud = uchardet_new();
    if (!ud) return false;
    uchardet_handle_data(ud, data, len < GUESS_BYTES ? len : GUESS_BYTES);
    uchardet_data_end(ud);
    const char *guess = uchardet_get_charset(ud);
    bool ok = guess && *guess;
    if (ok) {
        strncpy(name, guess, cap - 1);
        name[cap - 1] = '\0';
    }
    uchardet_delete(ud);
    return ok;
}

/* Convert with ICU; returns PX_UNSUPPORTED when ICU has no such charset. */
static px_status S_convert(const char *from, const char *data, size_t len,
                           char **out)
{
    if (len > (size_t)INT32_MAX / 2) return PX_LIMIT;
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(from, &err);
    if (U_FAILURE(err)) return PX_UNSUPPORTED;
    /* Every charset ICU knows yields at most 2 UTF-16 units per byte. */
    int32_t ucap = (int32_t)(2 * len + 1);
    UChar *u = malloc((size_t)ucap * sizeof *u);
    if (!u) { ucnv_close(cv); return PX_NOMEM; }
    int32_t ulen = ucnv_toUChars(cv, u, ucap, data, (int32_t)len, &err);
    ucnv_close(cv);
    if (U_FAILURE(err)) { free(u); return PX_CORRUPT; }
    int32_t blen = 0;
    err = U_ZERO_ERROR;
    u_strToUTF8WithSub(NULL, 0, &blen, u, ulen, 0xFFFD, NULL, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) { free(u); return PX_CORRUPT; }
    char *b = malloc((size_t)blen + 1);
    if (!b) { free(u); return PX_NOMEM; }
    err = U_ZERO_ERROR;
    u_strToUTF8WithSub(b, blen + 1, &blen, u, ulen, 0xFFFD, NULL, &err);
    free(u);
    if (U_FAILURE(err)) { free(b); return PX_CORRUPT; }
    *out = b;
    return PX_OK;
}

px_status px_extract_to_utf8(px_ctx *ctx, const char *name, const char *data,
                             size_t len, const char *http_charset,
                             char **out, size_t *out_len)
{
    char cs[64] = "";
    /* Without a BOM the page is cleaned up as UTF-8 first, which also
     * tells whether it is valid UTF-8: most pages are, and then the copy
     * is the result. */
    char *clean = NULL;
    px_utf8_report seen = {0, false, false};
    *out = NULL;
    *out_len = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
        strcpy(cs, "UTF-8");
    } else if (len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 ||
                            memcmp(data, "\xFE\xFF", 2) == 0)) {
        strcpy(cs, data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE");
        data += 2;
        len -= 2;
    } else if (!(clean = px_utf8_sanitize_report(data, len, &seen))) {
        return px_fail(ctx, PX_NOMEM, "%s: converting to UTF-8: out of memory", name);
    } else if (seen.valid && seen.multibyte) {
        strcpy(cs, "UTF-8");
    } else if (http_charset && *http_charset) {
        strncpy(cs, http_charset, sizeof cs - 1);
    } else if (!S_sniff_meta(data, len, cs, sizeof cs) &&
               !S_guess(data, len, cs, sizeof cs)) {
        strcpy(cs, "windows-1252");
    }

    bool wide = strncasecmp(cs, "UTF-16", 6) == 0 || strncasecmp(cs, "UTF-32", 6) == 0;
    if (S_is_utf8_name(cs) || (!wide && seen.valid)) {
        /* Declared UTF-8, or ASCII that reads the same in any 8-bit
         * charset: no conversion, just clean up. */
        if (!clean) clean = px_utf8_sanitize_report(data, len, &seen);
        if (!clean) return px_fail(ctx, PX_NOMEM, "%s: converting to UTF-8: out of memory", name);
        *out = clean;
        *out_len = seen.len;
        return PX_OK;
    }
    free(clean);
    char *conv = NULL;
    px_status st = S_convert(S_alias(cs), data, len, &conv);
    if (st == PX_UNSUPPORTED) {
        /* An unknown declared name: fall back to a guess. */
        char guess[64];
        if (!S_guess(data, len, guess, sizeof guess)) strcpy(guess, "windows-1252");
        st = S_convert(S_alias(guess), data, len, &conv);
        if (st == PX_UNSUPPORTED) st = S_convert("windows-1252", data, len, &conv);
    }
    if (st != PX_OK)
        return px_fail(ctx, st, "%s: converting from %s: %s", name, cs, px_status_str(st));
    clean = px_utf8_sanitize_report(conv, strlen(conv), &seen);
    free(conv);
    if (!clean) return px_fail(ctx, PX_NOMEM, "%s: converting to UTF-8: out of memory", name);
    *out = clean;
    *out_len = seen.len;
    return PX_OK;
}
