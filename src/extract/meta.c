/*
 * meta.c - the metadata of an HTML page: title, byline, date, site,
 * canonical URL, language and description.
 *
 * One walk over the document records every source of each field; then
 * each field takes the most reliable source present.  Dates, in order:
 * JSON-LD datePublished, article:published_time and friends, <meta
 * name=date>, itemprop=datePublished, <time datetime>, a visible element
 * whose class says date, the URL path.  The crawl time is never used:
 * modified/updated dates only serve when nothing says "published".
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/uri.h>

#include "extract.h"

typedef struct meta_seen {
    const char *og_title, *og_site, *og_desc, *og_url, *og_locale;
    const char *pub_time, *meta_date, *mod_date, *itemprop_date, *time_attr;
    const char *meta_desc, *meta_author, *article_author, *canonical;
    const char *html_lang, *content_lang, *app_name;
    char *title, *h1, *visible_date, *visible_author;
    px_jsonld ld;
} meta_seen;

static bool S_is_url(const char *s)
{
    return s && (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0 ||
                 s[0] == '/');
}

static void S_first(const char **slot, const char *value)
{
    if (!*slot && value && *value) *slot = value;
}

/* Short text of an element, or NULL when it is long. */
static char *S_short_text(const xmlNode *n, int max_depth, size_t cap)
{
    px_buf b = PX_BUF_INIT;
    px_dom_text(n, max_depth, cap, &b);
    char *s = px_buf_take(&b);
    if (s && (strlen(s) > cap || !*s)) { free(s); return NULL; }
    return s;
}

/* Lowercase class and id (attrs), joined, into low; false when there are
 * none. */
static bool S_class_id(const char *const attrs[2], char *low, size_t cap)
{
    size_t k = 0;
    for (int a = 0; a < 2; a++) {
        if (!attrs[a]) continue;
        for (size_t i = 0; attrs[a][i] && k + 2 < cap; i++)
            low[k++] = (char)tolower((unsigned char)attrs[a][i]);
        if (k + 1 < cap) low[k++] = ' ';
    }
    low[k] = '\0';
    return k > 0;
}

static bool S_has_word(const char *low, const char *const *words, size_t count)
{
    for (size_t w = 0; w < count; w++)
        if (strstr(low, words[w])) return true;
    return false;
}

static void S_meta_tag(const xmlNode *n, meta_seen *m)
{
    const char *key = px_dom_attr(n, "property");
    if (!key) key = px_dom_attr(n, "name");
    if (!key) key = px_dom_attr(n, "itemprop");
    const char *content = px_dom_attr(n, "content");
    const char *equiv = px_dom_attr(n, "http-equiv");
    if (equiv && content && strcasecmp(equiv, "content-language") == 0)
        S_first(&m->content_lang, content);
    if (!key || !content || !*content) return;
    if (strcasecmp(key, "og:title") == 0) S_first(&m->og_title, content);
    else if (strcasecmp(key, "og:site_name") == 0) S_first(&m->og_site, content);
    else if (strcasecmp(key, "og:description") == 0) S_first(&m->og_desc, content);
    else if (strcasecmp(key, "og:url") == 0) S_first(&m->og_url, content);
    else if (strcasecmp(key, "og:locale") == 0) S_first(&m->og_locale, content);
    else if (strcasecmp(key, "description") == 0) S_first(&m->meta_desc, content);
    else if (strcasecmp(key, "author") == 0 || strcasecmp(key, "dc.creator") == 0 ||
             strcasecmp(key, "byl") == 0 || strcasecmp(key, "sailthru.author") == 0 ||
             strcasecmp(key, "parsely-author") == 0)
        S_first(&m->meta_author, content);
    else if (strcasecmp(key, "article:author") == 0) S_first(&m->article_author, content);
    else if (strcasecmp(key, "article:published_time") == 0 ||
             strcasecmp(key, "og:published_time") == 0 ||
             strcasecmp(key, "og:article:published_time") == 0)
        S_first(&m->pub_time, content);
    else if (strcasecmp(key, "datePublished") == 0)
        S_first(&m->itemprop_date, content);
    else if (strcasecmp(key, "date") == 0 || strcasecmp(key, "pubdate") == 0 ||
             strcasecmp(key, "publishdate") == 0 || strcasecmp(key, "publish-date") == 0 ||
             strcasecmp(key, "publication_date") == 0 || strcasecmp(key, "dc.date") == 0 ||
             strcasecmp(key, "dc.date.issued") == 0 || strcasecmp(key, "dcterms.date") == 0 ||
             strcasecmp(key, "dcterms.created") == 0 || strcasecmp(key, "sailthru.date") == 0 ||
             strcasecmp(key, "parsely-pub-date") == 0 || strcasecmp(key, "article.published") == 0 ||
             strcasecmp(key, "citation_publication_date") == 0 ||
             strcasecmp(key, "originalpublicationdate") == 0)
        S_first(&m->meta_date, content);
    else if (strcasecmp(key, "article:modified_time") == 0 ||
             strcasecmp(key, "og:updated_time") == 0 ||
             strcasecmp(key, "dateModified") == 0 || strcasecmp(key, "last-modified") == 0)
        S_first(&m->mod_date, content);
    else if (strcasecmp(key, "application-name") == 0) S_first(&m->app_name, content);
}

static void S_scan(xmlNode *root, int max_depth, meta_seen *m)
{
    static const char *const date_words[] = {"date", "time", "publish", "datum", "posted"};
    static const char *const author_words[] = {"author", "byline", "autor"};
    px_walk w = {0};
    bool in_body = false;
    if (px_dom_is(root, "html")) S_first(&m->html_lang, px_dom_attr(root, "lang"));
    for (xmlNode *n = px_walk_start(&w, root, max_depth); n;) {
        bool skip = false;
        if (n->type != XML_ELEMENT_NODE) { n = px_walk_next(&w, false); continue; }
        if (px_dom_is(n, "body")) in_body = true;
        if (px_dom_is(n, "meta")) {
            S_meta_tag(n, m);
        } else if (px_dom_is(n, "link")) {
            const char *rel = px_dom_attr(n, "rel");
            if (rel && strcasecmp(rel, "canonical") == 0)
                S_first(&m->canonical, px_dom_attr(n, "href"));
        } else if (px_dom_is(n, "title") && !m->title && !in_body) {
            m->title = S_short_text(n, max_depth, 2000);
            skip = true;
        } else if (px_dom_is(n, "h1") && !m->h1) {
            m->h1 = S_short_text(n, max_depth, 1000);
            skip = true;
        } else if (px_dom_is(n, "time")) {
            S_first(&m->time_attr, px_dom_attr(n, "datetime"));
        } else if (px_dom_is(n, "script")) {
            const char *type = px_dom_attr(n, "type");
            if (type && strcasecmp(type, "application/ld+json") == 0 && n->children &&
                n->children->content) {
                const char *js = (const char *)n->children->content;
                px_jsonld_parse(js, strlen(js), &m->ld);
            }
            skip = true;
        } else if (px_dom_is(n, "style")) {
            skip = true;
        } else if (in_body) {
            static const char *const names[] = {"itemprop", "class", "id"};
            const char *named_by[3];
            px_dom_attrs(n, names, named_by, 3);
            const char *prop = named_by[0];
            if (prop && strcasecmp(prop, "datePublished") == 0) {
                const char *v = px_dom_attr(n, "datetime");
                if (!v) v = px_dom_attr(n, "content");
                S_first(&m->itemprop_date, v);
            }
            char low[256];
            bool named = (!m->visible_date || !m->visible_author) &&
                         S_class_id(named_by + 1, low, sizeof low);
            if (named && !m->visible_date && S_has_word(low, date_words, 5)) {
                char *t = S_short_text(n, max_depth, 120);
                char iso[32];
                if (t && px_date_parse(t, iso)) m->visible_date = t;
                else free(t);
            }
            if (named && !m->visible_author && S_has_word(low, author_words, 3)) {
                char *t = S_short_text(n, max_depth, 80);
                if (t && px_line_is_byline(t, strlen(t))) m->visible_author = t;
                else if (t && strlen(t) > 3 && !strchr(t, ':') && !isdigit((unsigned char)t[0]))
                    m->visible_author = t;
                else free(t);
            }
        }
        n = px_walk_next(&w, skip);
    }
}

/* "en-US" / "en_US" -> "en". */
static void S_set_language(px_article *a, const char *tag)
{
    if (!tag || a->language) return;
    char lang[4];
    size_t n = 0;
    while (tag[n] && isalpha((unsigned char)tag[n]) && n < 3) {
        lang[n] = (char)tolower((unsigned char)tag[n]);
        n++;
    }
    if (n < 2 || (tag[n] && tag[n] != '-' && tag[n] != '_')) return;
    lang[n] = '\0';
    px_article_set(a, "language", lang);
}

static void S_set_date(px_article *a, const char *value)
{
    char iso[32];
    if (a->date || !value || !px_date_parse(value, iso)) return;
    px_article_set(a, "date", iso);
}

/* Host of a URL without "www.". */
static void S_set_host(px_article *a, const char *url)
{
    if (a->site || !url) return;
    const char *p = strstr(url, "://");
    if (!p) return;
    p += 3;
    if (strncasecmp(p, "www.", 4) == 0) p += 4;
    size_t n = strcspn(p, "/:?#");
    if (n == 0 || n > 200) return;
    char host[256];
    memcpy(host, p, n);
    host[n] = '\0';
    px_article_set(a, "site", host);
}

static bool S_is_sep(const char *s, size_t *len)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xBB ", " \xC2\xB7 ", " // "};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        size_t n = strlen(seps[i]);
        if (strncmp(s, seps[i], n) == 0) { *len = n; return true; }
    }
    return false;
}

static int S_words(const char *s, size_t n)
{
    int w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        if (isspace((unsigned char)s[i])) in = false;
        else if (!in) { in = true; w++; }
    }
    return w;
}

void px_meta_clean_title(char *title, const char *site)
{
    if (!title) return;
    px_collapse_space(title);
    size_t len = strlen(title);
    /* Last separator: "Headline | Site", "Headline - Section - Site". */
    size_t last = 0, last_len = 0, first = 0, first_len = 0;
    for (size_t i = 0; i < len; i++) {
        size_t n;
        if (S_is_sep(title + i, &n)) {
            if (!first_len) { first = i; first_len = n; }
            last = i;
            last_len = n;
        }
    }
    if (!last_len) return;
    const char *tail = title + last + last_len;
    size_t head_len = first;
    bool tail_is_site = site && strcasecmp(tail, site) == 0;
    bool head_is_site = site && strlen(site) == head_len &&
                        strncasecmp(title, site, head_len) == 0;
    if (head_is_site) {
        memmove(title, title + first + first_len, len - first - first_len + 1);
        return;
    }
    if (tail_is_site || (S_words(tail, strlen(tail)) <= 4 &&
                         S_words(title, last) > S_words(tail, strlen(tail)) + 1))
        title[last] = '\0';
}

/* A visible byline often carries the date after a separator ("Jane Roe |
 * 18 June 2024", "Lars Fischer, 26.02.2020", "Jane Roe - Updated Jun 18"):
 * cut at the first separator after which a date follows.  A byline with
 * no date ("Jane Roe, Wirepress") is left whole. */
static void S_cut_byline_date(char *b)
{
    char iso[32];
    int tries = 0;   /* each try scans the rest: bounded for hostile names */
    for (char *p = b; *p && tries < 16; p++) {
        bool sep = *p == '|' || *p == ',' || *p == '\n' ||
                   (*p == ' ' && (p[1] == '-' || (unsigned char)p[1] == 0xE2) ) ||
                   ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xB7) ||
                   /* "Jane Roe am 21. April 2020", "Jane Roe at April 21" */
                   (*p == ' ' && (strncmp(p + 1, "am ", 3) == 0 || strncmp(p + 1, "at ", 3) == 0));
        if (!sep || p == b) continue;
        tries++;
        if (!px_date_parse(p + 1, iso)) continue;
        *p = '\0';
        size_t n = strlen(b);
        while (n && (b[n - 1] == ' ' || b[n - 1] == '\t')) b[--n] = '\0';
        return;
    }
}

px_status px_meta_collect(xmlDoc *doc, const px_extract_input *input,
                          int max_depth, px_article *a, char **jsonld_body)
{
    meta_seen m;
    memset(&m, 0, sizeof m);
    *jsonld_body = NULL;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (root) {
        /* The root element itself is not visited by the walk. */
        S_scan(root, max_depth, &m);
    }

    /* Site first: the title cleaner uses it. */
    if (m.og_site) px_article_set(a, "site", m.og_site);
    else if (m.ld.publisher) px_article_set(a, "site", m.ld.publisher);
    else if (m.app_name) px_article_set(a, "site", m.app_name);

    /* Canonical URL, resolved against the fetch URL. */
    const char *canon = m.canonical ? m.canonical : m.og_url ? m.og_url : m.ld.url;
    if (canon) {
        xmlChar *abs = xmlBuildURI((const xmlChar *)canon,
                                   (const xmlChar *)(input->url ? input->url : ""));
        const char *u = abs ? (const char *)abs : canon;
        if (strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0)
            px_article_set(a, "url", u);
        xmlFree(abs);
    }
    if (!a->url && input->url) px_article_set(a, "url", input->url);
    S_set_host(a, a->url);

    const char *title = m.og_title ? m.og_title : m.ld.headline ? m.ld.headline
                      : m.h1 ? m.h1 : m.title;
    if (title) {
        char *t = px_strdup(title);
        if (t) {
            px_meta_clean_title(t, a->site);
            px_article_set(a, "title", t);
            free(t);
        }
    }

    const char *author = m.ld.author ? m.ld.author
                       : (m.meta_author && !S_is_url(m.meta_author)) ? m.meta_author
                       : (m.article_author && !S_is_url(m.article_author)) ? m.article_author
                       : m.visible_author;
    if (author) {
        const char *p = author;
        if (strncasecmp(p, "by ", 3) == 0) p += 3;
        else if (strncasecmp(p, "von ", 4) == 0) p += 4;
        char *b = px_strdup(p);
        if (b) {
            S_cut_byline_date(b);
            px_article_set(a, "byline", b);
            free(b);
        }
    }

    S_set_date(a, m.ld.date);
    S_set_date(a, m.pub_time);
    S_set_date(a, m.meta_date);
    S_set_date(a, m.itemprop_date);
    S_set_date(a, m.time_attr);
    S_set_date(a, m.visible_date);
    if (!a->date) {
        char iso[32];
        if (px_date_from_url(a->url, iso) || px_date_from_url(input->url, iso))
            px_article_set(a, "date", iso);
    }
    S_set_date(a, m.mod_date);

    S_set_language(a, m.html_lang);
    S_set_language(a, m.content_lang);
    S_set_language(a, m.og_locale);
    S_set_language(a, m.ld.language);

    const char *desc = m.og_desc ? m.og_desc : m.meta_desc ? m.meta_desc : m.ld.description;
    if (desc) px_article_set(a, "description", desc);

    if (m.ld.body) {
        *jsonld_body = m.ld.body;
        m.ld.body = NULL;
    }
    free(m.title);
    free(m.h1);
    free(m.visible_date);
    free(m.visible_author);
    px_jsonld_free(&m.ld);
    return PX_OK;
}
