/*
 * attrs.c - cap the number of attributes of any one element before the
 * page reaches libxml2.
 *
 * libxml2's HTML parser compares each new attribute name with every
 * earlier one of the same element to drop duplicates: an element with a
 * million distinct attributes costs 10^12 comparisons (hours).  No real
 * element has hundreds of attributes, so past the cap the rest of the
 * start tag is blanked with spaces, in place, which the parser skips in
 * linear time; the text of the page is not touched.
 *
 * The scan follows the tokenizer closely enough for this purpose: a start
 * tag is '<' and a letter; inside it a quote opens a value only right
 * after '=' (as in the parser), and the tag ends at a '>' outside quotes.
 * Text between tags is skipped with memchr, and so is the content of
 * <script> and <style>, where '<' starts no tag (JSON-LD stays intact).
 */
#include <string.h>
#include <strings.h>

#include "extract.h"

static bool S_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool S_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* After the start tag of a raw-text element: the position of its end
 * tag "</name", or end. */
static char *S_skip_raw(char *p, char *end, const char *name, size_t len)
{
    while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        if ((size_t)(end - p) > len + 1 && p[1] == '/' && strncasecmp(p + 2, name, len) == 0)
            return p;
        p++;
    }
    return end;
}

size_t px_extract_cap_attributes(char *s, size_t n, size_t max_attrs)
{
    size_t capped = 0;
    char *p = s, *end = s + n;
    while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        p++;
        if (p >= end || !S_letter(*p)) continue;
        const char *name = p;
        while (p < end && !S_space(*p) && *p != '>') p++;   /* the tag name */
        size_t name_len = (size_t)(p - name);
        const char *raw = name_len == 6 && strncasecmp(name, "script", 6) == 0 ? "script"
                        : name_len == 5 && strncasecmp(name, "style", 5) == 0 ? "style" : NULL;
        size_t attrs = 0;
        char *cut = NULL;
        bool after_space = true, after_eq = false;
        for (; p < end; p++) {
            char c = *p;
            if (c == '>') break;
            if (S_space(c)) { after_space = true; continue; }
            if ((c == '"' || c == '\'') && after_eq) {
                /* a quoted value (URLs, class lists): jump to its end */
                char *q = memchr(p + 1, c, (size_t)(end - p - 1));
                p = q ? q : end - 1;
            } else if (c != '=' && c != '/' && after_space && !after_eq) {
                if (++attrs > max_attrs && !cut) cut = p;
            }
            after_eq = c == '=';
            after_space = false;
            /* the rest of a name or an unquoted value changes nothing:
             * skip to what ends it */
            if (!after_eq)
                while (p + 1 < end && !S_space(p[1]) && p[1] != '>' && p[1] != '=') p++;
        }
        if (cut) {
            memset(cut, ' ', (size_t)(p - cut));
            capped++;
        }
        if (raw && p < end) p = S_skip_raw(p, end, raw, strlen(raw));
    }
    return capped;
}
