/*
 * web_pages.c - the pages and JSON of `parallax serve` other than the story
 * page itself (html.c): the stories list with search and filters, the
 * article page, the source page, the JSON API and error pages.
 *
 * The stories list is built from px_stories_json, the same JSON as
 * `parallax stories --format json` and /api/stories, so the list and the
 * API cannot drift apart.
 */
#include <jansson.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#include "reuse/passages.h"
#include "present/web_server.h"

#define MAX_SEARCH_RESULTS 50
#define MAX_LINK_PASSAGES 256

static void esc(px_buf *b, const char *s)
{
    if (s) px_buf_html_escape(b, s, strlen(s));
}


/* Only web links are links: an extracted "url" could say javascript:. */
static int is_web_url(const char *u)
{
    return u && (strncmp(u, "https://", 8) == 0 || strncmp(u, "http://", 7) == 0);
}

static void finish_html(web_reply *out, px_buf *b, unsigned status)
{
    out->status = status;
    out->type = "text/html; charset=utf-8";
    out->len = b->len;
    if (!(out->body = px_buf_take(b))) web_error(out, 500, "out of memory");
}

void web_error(web_reply *out, unsigned status, const char *message)
{
    static const char fallback[] = "error\n";
    px_buf b = PX_BUF_INIT;
    char title[32];
    snprintf(title, sizeof title, "Error %u", status);
    px_page_head(&b, title, 1);
    px_buf_puts(&b, "<header>");
    px_page_nav(&b, 1);
    px_buf_printf(&b, "<h1>%u</h1></header><main><p class=\"error\">", status);
    esc(&b, message);
    px_buf_puts(&b, "</p></main></body></html>\n");
    free(out->body);
    out->status = status;
    out->type = "text/html; charset=utf-8";
    out->len = b.len;
    out->body = px_buf_take(&b);
    if (!out->body) {
        /* even the error page failed: answer with a fixed text */
        out->body = px_strdup(fallback);
        out->len = out->body ? strlen(fallback) : 0;
        out->type = "text/plain; charset=utf-8";
    }
}

void web_fail(web_reply *out, px_status st, const char *message)
{
    unsigned status = st == PX_NOTFOUND ? 404 : st == PX_INVALID ? 400 : st == PX_NOMEM ? 503 : 500;
    web_error(out, status, message && *message ? message : px_status_str(st));
}

static void json_reply(web_reply *out, char *body)
{
    out->status = 200;
    out->type = "application/json; charset=utf-8";
    out->body = body;
    out->len = strlen(body);
}

/* Answer with a rendered story (page or JSON) and keep it for the next
 * reader: one copy into a shared body, none on later hits. */
static void shared_reply(const web_request *rq, int64_t id, int kind, const char *fp, const char *data,
                         size_t len, web_reply *out)
{
    web_body *body = web_body_new(data, len);
    if (!body) { web_error(out, 503, "out of memory"); return; }
    web_cache_put(rq->srv, id, kind, fp, body);
    out->status = 200;
    out->type = kind ? "application/json; charset=utf-8" : "text/html; charset=utf-8";
    out->shared = body;
}

void web_api_stories(const web_request *rq, web_reply *out)
{
    char *json;
    px_status st = px_stories_json(rq->slot->ctx, rq->slot->store, &json);
    if (st != PX_OK) { web_fail(out, st, px_errmsg(rq->slot->ctx)); return; }
    json_reply(out, json);
}

void web_api_story(const web_request *rq, int64_t id, web_reply *out)
{
    char fp[128], *json;
    web_fingerprint(rq->slot, fp, sizeof fp);
    if ((out->shared = web_cache_get(rq->srv, id, 1, fp))) {
        out->status = 200;
        out->type = "application/json; charset=utf-8";
        return;
    }
    px_status st = px_story_render(rq->slot->ctx, rq->slot->store, id, PX_RENDER_JSON, &json);
    if (st != PX_OK) { web_fail(out, st, px_errmsg(rq->slot->ctx)); return; }
    shared_reply(rq, id, 1, fp, json, strlen(json), out);
    free(json);
}

void web_page_story(const web_request *rq, int64_t id, web_reply *out)
{
    px_ctx *ctx = rq->slot->ctx;
    int64_t current;
    px_status st = px_story_resolve(ctx, rq->slot->store, id, &current);
    if (st != PX_OK) { web_fail(out, st, px_errmsg(ctx)); return; }
    if (current != id) {
        /* a story merged into another: send the reader to where it lives now */
        web_error(out, 302, "This story was merged into another one.");
        snprintf(out->location, sizeof out->location, "/story/%lld", (long long)current);
        return;
    }
    char fp[128];
    web_fingerprint(rq->slot, fp, sizeof fp);
    if ((out->shared = web_cache_get(rq->srv, id, 0, fp))) {
        out->status = 200;
        out->type = "text/html; charset=utf-8";
        return;
    }
    px_story_view *v;
    if ((st = px_story_view_load(ctx, rq->slot->store, id, &v)) != PX_OK) { web_fail(out, st, px_errmsg(ctx)); return; }
    px_buf b = PX_BUF_INIT;
    px_page_opts o = {rq->srv->sources, 1};
    px_render_story_page(v, &o, &b);
    px_story_view_free(v);
    if (b.failed || !b.data) { finish_html(out, &b, 200); return; }   /* says out of memory */
    shared_reply(rq, id, 0, fp, b.data, b.len, out);
    px_buf_free(&b);
}

/* ---- stories list: GET /?q=WORDS&from=DAY&to=DAY&source=KEY&blindspot=1 ---- */

static const char *arg(const web_request *rq, const char *key)
{
    const char *v = MHD_lookup_connection_value(rq->conn, MHD_GET_ARGUMENT_KIND, key);
    return v && *v ? v : NULL;
}

/* A day as the filters take it: YYYY-MM-DD exactly. */
static int is_day(const char *s)
{
    if (!s || strlen(s) != 10) return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return 0;
    return 1;
}

static const char *jstr(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

/* Search snippets mark hits with [ and ]; show them as <mark>, balanced
 * whatever brackets the article text itself holds. */
static void snippet_html(px_buf *b, const char *s)
{
    int open = 0;
    for (const char *p = s; p && *p;) {
        size_t n = strcspn(p, "[]");
        px_buf_html_escape(b, p, n);
        p += n;
        if (!*p) break;
        if (*p == '[' && !open) { px_buf_puts(b, "<mark>"); open = 1; }
        else if (*p == ']' && open) { px_buf_puts(b, "</mark>"); open = 0; }
        else px_buf_putc(b, *p);
        p++;
    }
    if (open) px_buf_puts(b, "</mark>");
}

/* FTS5 syntax is for the command line; a search box should take any text.
 * When the query does not parse, search again for its words as phrases. */
static char *quote_words(const char *q)
{
    px_buf b = PX_BUF_INIT;
    const char *p = q;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        size_t n = strcspn(p, " \t");
        if (b.len) px_buf_putc(&b, ' ');
        px_buf_putc(&b, '"');
        for (size_t i = 0; i < n; i++) if (p[i] != '"') px_buf_putc(&b, p[i]);
        px_buf_putc(&b, '"');
        p += n;
    }
    return px_buf_take(&b);
}

static void search_results(const web_request *rq, const char *q, px_buf *b)
{
    px_ctx *ctx = rq->slot->ctx;
    char *json = NULL;
    px_status st = px_search_json(ctx, rq->slot->store, q, MAX_SEARCH_RESULTS, &json);
    if (st == PX_INVALID) {
        char *qq = quote_words(q);
        if (qq && *qq) st = px_search_json(ctx, rq->slot->store, qq, MAX_SEARCH_RESULTS, &json);
        free(qq);
    }
    px_buf_puts(b, "<section id=\"search\"><h2>Articles matching &ldquo;");
    esc(b, q);
    px_buf_puts(b, "&rdquo;</h2>");
    json_t *root = st == PX_OK ? json_loads(json, 0, NULL) : NULL;
    free(json);
    if (!json_array_size(root)) px_buf_puts(b, "<p>No article matches.</p>");
    else px_buf_puts(b, "<ol class=\"list results\">");
    size_t i;
    json_t *r;
    json_array_foreach(root, i, r) {
        long long id = (long long)json_integer_value(json_object_get(r, "id"));
        long long story = (long long)json_integer_value(json_object_get(r, "story"));
        px_buf_printf(b, "<li class=\"result\"><a href=\"/article/%lld\">", id);
        esc(b, jstr(r, "title") ? jstr(r, "title") : "(no title)");
        px_buf_puts(b, "</a> <span class=\"src\">");
        esc(b, jstr(r, "site"));
        if (jstr(r, "date")) { px_buf_puts(b, " &middot; "); esc(b, jstr(r, "date")); }
        if (story > 0) px_buf_printf(b, " &middot; <a href=\"/story/%lld\">story %lld</a>", story, story);
        px_buf_puts(b, "</span><div>");
        snippet_html(b, jstr(r, "snippet"));
        px_buf_puts(b, "</div></li>");
    }
    if (json_array_size(root)) px_buf_puts(b, "</ol>");
    px_buf_puts(b, "</section>");
    json_decref(root);
}

typedef struct source_opt {
    char key[256];
    const char *label;
} source_opt;

void web_page_stories(const web_request *rq, web_reply *out)
{
    px_ctx *ctx = rq->slot->ctx;
    const px_sources *sources = rq->srv->sources;
    const char *q = arg(rq, "q"), *from = arg(rq, "from"), *to = arg(rq, "to"), *source = arg(rq, "source");
    int blind = arg(rq, "blindspot") != NULL;
    if (q && strlen(q) > WEB_MAX_SEARCH) { web_error(out, 414, "The search is too long."); return; }
    if ((from && !is_day(from)) || (to && !is_day(to))) { web_error(out, 400, "Dates are written YYYY-MM-DD."); return; }
    char *json;
    px_status st = px_stories_json(ctx, rq->slot->store, &json);
    if (st != PX_OK) { web_fail(out, st, px_errmsg(ctx)); return; }
    json_t *root = json_loads(json, 0, NULL);
    free(json);
    if (!root) { web_error(out, 500, "out of memory"); return; }

    /* every source in the store, for the filter's menu */
    size_t n_articles = 0, i, k;
    json_t *story, *a;
    json_array_foreach(root, i, story) n_articles += json_array_size(json_object_get(story, "articles"));
    source_opt *opts = calloc(n_articles + 1, sizeof *opts);
    const px_source_info **srcs = calloc(n_articles + 1, sizeof *srcs);
    size_t n_opts = 0;
    px_buf b = PX_BUF_INIT;
    if (!opts || !srcs) { b.failed = true; goto done; }
    json_array_foreach(root, i, story) json_array_foreach(json_object_get(story, "articles"), k, a) {
        char host[256];
        const char *key = px_source_key(sources, jstr(a, "url"), jstr(a, "site"), host, sizeof host);
        if (!key || strlen(key) >= sizeof opts->key) continue;
        size_t j = 0;
        while (j < n_opts && strcmp(opts[j].key, key) != 0) j++;
        if (j < n_opts) continue;
        const px_source_info *src = px_sources_match(sources, jstr(a, "url"), jstr(a, "site"));
        memcpy(opts[n_opts].key, key, strlen(key) + 1);
        opts[n_opts].label = src && src->name ? src->name : jstr(a, "site") ? jstr(a, "site") : opts[n_opts].key;
        n_opts++;
    }

    px_page_head(&b, "Stories", 1);
    px_buf_puts(&b, "<header><h1>Stories</h1><div>Every outlet's telling of the same news, side by side.</div></header><main>"
                    "<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">"
                    "<label>Search articles<input type=\"search\" name=\"q\" maxlength=\"256\" value=\"");
    esc(&b, q);
    px_buf_puts(&b, "\"></label><label>From<input type=\"date\" name=\"from\" value=\"");
    esc(&b, from);
    px_buf_puts(&b, "\"></label><label>To<input type=\"date\" name=\"to\" value=\"");
    esc(&b, to);
    px_buf_puts(&b, "\"></label><label>Source<select name=\"source\"><option value=\"\">any</option>");
    for (size_t j = 0; j < n_opts; j++) {
        px_buf_puts(&b, "<option value=\"");
        esc(&b, opts[j].key);
        px_buf_puts(&b, source && strcmp(source, opts[j].key) == 0 ? "\" selected>" : "\">");
        esc(&b, opts[j].label);
        px_buf_puts(&b, "</option>");
    }
    px_buf_printf(&b, "</select></label><label>Blindspots only<input type=\"checkbox\" name=\"blindspot\" value=\"1\"%s></label>"
                      "<button type=\"submit\">Show</button></form>", blind ? " checked" : "");
    if (q) search_results(rq, q, &b);

    px_buf_puts(&b, "<section id=\"stories\"><h2>Stories, newest first</h2><ol class=\"list stories\">");
    size_t shown = 0;
    json_array_foreach(root, i, story) {
        json_t *arts = json_object_get(story, "articles");
        size_t na = json_array_size(arts);
        int date_ok = !from && !to, source_ok = !source;
        const char *first = NULL, *last = NULL;
        json_array_foreach(arts, k, a) {
            const char *d = jstr(a, "date");
            char host[256];
            const char *key = px_source_key(sources, jstr(a, "url"), jstr(a, "site"), host, sizeof host);
            srcs[k] = px_sources_match(sources, jstr(a, "url"), jstr(a, "site"));
            if (source && key && strcmp(key, source) == 0) source_ok = 1;
            if (!d) continue;
            if (!first || strcmp(d, first) < 0) first = d;
            if (!last || strcmp(d, last) > 0) last = d;
            /* compare the day part only: "2025-03-11T07:45" is on 2025-03-11 */
            if ((!from || strncmp(d, from, 10) >= 0) && (!to || strncmp(d, to, 10) <= 0)) date_ok = 1;
        }
        int blindspots = px_blindspots_html(sources, srcs, na, NULL);
        if (!date_ok || !source_ok || (blind && !blindspots)) continue;
        long long id = (long long)json_integer_value(json_object_get(story, "id"));
        px_buf_printf(&b, "<li class=\"story-item\" data-story=\"%lld\"><a class=\"story-link\" href=\"/story/%lld\">", id, id);
        esc(&b, jstr(story, "title") ? jstr(story, "title") : "(untitled)");
        px_buf_printf(&b, "</a> <span class=\"src\">%zu article%s", na, na == 1 ? "" : "s");
        if (first) {
            px_buf_puts(&b, " &middot; ");
            px_buf_html_escape(&b, first, strlen(first) < 10 ? strlen(first) : 10);
            if (strncmp(first, last, 10) != 0) {
                px_buf_puts(&b, " &ndash; ");
                px_buf_html_escape(&b, last, strlen(last) < 10 ? strlen(last) : 10);
            }
        }
        px_buf_puts(&b, "</span>");
        if (blindspots) px_buf_puts(&b, " <span class=\"chip blindspot-chip\">blindspot</span>");
        px_buf_puts(&b, "<div>");
        json_array_foreach(arts, k, a) {
            px_buf_printf(&b, "<a class=\"chip\" href=\"/article/%lld\">", (long long)json_integer_value(json_object_get(a, "id")));
            esc(&b, srcs[k] && srcs[k]->name ? srcs[k]->name : jstr(a, "site") ? jstr(a, "site") : "article");
            px_buf_puts(&b, "</a>");
        }
        px_buf_puts(&b, "</div></li>");
        shown++;
    }
    px_buf_puts(&b, "</ol>");
    if (!shown) px_buf_puts(&b, "<p>No story matches these filters.</p>");
    px_buf_puts(&b, "</section><p class=\"src\">JSON: <a href=\"/api/stories\">/api/stories</a></p></main></body></html>\n");
done:
    free(opts);
    free(srcs);
    json_decref(root);
    finish_html(out, &b, 200);
}

/* ---- article page: text beside metadata and reuse links ---- */

static int utf8_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The text as paragraphs, with the bytes flagged in marks shown as reused
 * passages.  Marks only open or close on a character boundary. */
static void text_html(px_buf *b, const char *t, size_t len, const unsigned char *marks)
{
    int cur = 0;
    size_t run = 0, i = 0;
    px_buf_puts(b, "<p>");
    while (i < len) {
        if (t[i] == '\n') {
            px_buf_html_escape(b, t + run, i - run);
            size_t j = i;
            while (j < len && (t[j] == '\n' || t[j] == '\r')) j++;
            if (cur) px_buf_puts(b, "</mark>");
            px_buf_puts(b, j - i >= 2 ? "</p><p>" : "<br>");
            if (cur) px_buf_puts(b, "<mark class=\"reused\">");
            i = run = j;
            continue;
        }
        if (marks && marks[i] != cur && !utf8_cont((unsigned char)t[i])) {
            px_buf_html_escape(b, t + run, i - run);
            px_buf_puts(b, marks[i] ? "<mark class=\"reused\">" : "</mark>");
            cur = marks[i];
            run = i;
        }
        i++;
    }
    px_buf_html_escape(b, t + run, len - run);
    if (cur) px_buf_puts(b, "</mark>");
    px_buf_puts(b, "</p>");
}

static void meta_row(px_buf *b, const char *name, const char *value)
{
    if (!value) return;
    px_buf_puts(b, "<tr><th>");
    esc(b, name);
    px_buf_puts(b, "</th><td>");
    esc(b, value);
    px_buf_puts(b, "</td></tr>");
}

static void source_labels(px_buf *b, const px_source_info *src)
{
    if (!src) return;
    meta_row(b, "Ownership", src->ownership);
    meta_row(b, "Country", src->country);
    for (size_t i = 0; i < src->n_labels; i++) meta_row(b, src->labels[i].rater, src->labels[i].value);
}

void web_page_article(const web_request *rq, int64_t id, web_reply *out)
{
    px_ctx *ctx = rq->slot->ctx;
    px_stored_article art;
    px_status st = px_store_article(ctx, rq->slot->store, id, &art);
    if (st != PX_OK) { web_fail(out, st, px_errmsg(ctx)); return; }
    px_stored_reuse *links = NULL;
    size_t n_links = 0;
    if ((st = px_store_article_reuse(ctx, rq->slot->store, id, &links, &n_links)) != PX_OK) {
        px_stored_article_clear(&art);
        web_fail(out, st, px_errmsg(ctx));
        return;
    }
    size_t len = strlen(art.text);
    unsigned char *marks = calloc(len + 1, 1);
    px_span_pair *pairs = malloc(MAX_LINK_PASSAGES * sizeof *pairs);
    px_stored_article *others = calloc(n_links + 1, sizeof *others);
    px_buf b = PX_BUF_INIT;
    if (!marks || !pairs || !others) { b.failed = true; goto done; }
    for (size_t i = 0; i < n_links; i++) {
        int64_t other = links[i].origin == id ? links[i].derived : links[i].origin;
        if (px_store_article(ctx, rq->slot->store, other, &others[i]) != PX_OK) continue;
        size_t olen = strlen(others[i].text);
        int derived = links[i].derived == id;
        size_t np = px_passages_parse(links[i].passages, derived ? olen : len, derived ? len : olen,
                                      pairs, MAX_LINK_PASSAGES);
        for (size_t k = 0; k < np; k++) {
            uint32_t s = derived ? pairs[k].d_start : pairs[k].o_start, e = derived ? pairs[k].d_end : pairs[k].o_end;
            if (e > len) e = (uint32_t)len;
            if (s < e) memset(marks + s, 1, e - s);
        }
    }
    const px_source_info *src = px_sources_match(rq->srv->sources, art.url, art.site);
    char host[256];
    const char *key = px_source_key(rq->srv->sources, art.url, art.site, host, sizeof host);
    px_page_head(&b, art.title ? art.title : "Article", 1);
    px_buf_puts(&b, "<header>");
    px_page_nav(&b, 1);
    px_buf_puts(&b, "<h1>");
    esc(&b, art.title ? art.title : "(no title)");
    px_buf_puts(&b, "</h1><div>");
    esc(&b, src && src->name ? src->name : art.site);
    if (art.date) { px_buf_puts(&b, " &middot; "); esc(&b, art.date); }
    px_buf_printf(&b, "</div></header><main class=\"article\" data-article=\"%lld\"><div class=\"two\">"
                      "<section class=\"text\" id=\"text\"><h2>Text</h2>", (long long)id);
    if (n_links) px_buf_puts(&b, "<p class=\"src\"><mark class=\"reused\">Marked</mark> passages are shared with a linked article.</p>");
    text_html(&b, art.text, len, marks);
    px_buf_puts(&b, "</section><aside><section id=\"meta\"><h2>About</h2><table class=\"meta-table\">");
    if (key) {
        px_buf_puts(&b, "<tr><th>Outlet</th><td><a class=\"source\" href=\"/source/");
        px_buf_url_segment(&b, key);
        px_buf_puts(&b, "\">");
        esc(&b, src && src->name ? src->name : art.site ? art.site : key);
        px_buf_puts(&b, "</a></td></tr>");
    }
    source_labels(&b, src);
    meta_row(&b, "Published", art.date);
    meta_row(&b, "Byline", art.byline);
    meta_row(&b, "Language", art.language);
    if (art.story_id > 0)
        px_buf_printf(&b, "<tr><th>Story</th><td><a class=\"to-story\" href=\"/story/%lld\">story %lld</a></td></tr>",
                      (long long)art.story_id, (long long)art.story_id);
    if (art.url) {
        px_buf_puts(&b, "<tr><th>Address</th><td>");
        if (is_web_url(art.url)) { px_buf_puts(&b, "<a rel=\"noreferrer noopener\" href=\""); esc(&b, art.url); px_buf_puts(&b, "\">"); }
        esc(&b, art.url);
        if (is_web_url(art.url)) px_buf_puts(&b, "</a>");
        px_buf_puts(&b, "</td></tr>");
    }
    meta_row(&b, "File", art.path);
    px_buf_puts(&b, "</table></section><section id=\"reuse-links\"><h2>Reuse</h2>");
    if (!n_links) px_buf_puts(&b, "<p>No reuse found with other articles.</p>");
    for (int dir = 0; dir < 2; dir++) {
        int any = 0;
        for (size_t i = 0; i < n_links; i++) {
            int derived = links[i].derived == id;
            if (derived != (dir == 0)) continue;
            if (!any++) px_buf_puts(&b, dir == 0 ? "<h3>Reuses text of</h3><ul class=\"list\">" : "<h3>Reused by</h3><ul class=\"list\">");
            int64_t other = derived ? links[i].origin : links[i].derived;
            px_buf_printf(&b, "<li class=\"reuse-link\"><a href=\"/article/%lld\">", (long long)other);
            esc(&b, others[i].title ? others[i].title : "(no title)");
            px_buf_puts(&b, "</a> <span class=\"src\">");
            esc(&b, others[i].site);
            px_buf_puts(&b, " &middot; ");
            esc(&b, links[i].kind);
            /* share is always of the derived text: say whose text that is */
            px_buf_printf(&b, derived ? ": %.0f%% of this article's text is reused</span></li>"
                                      : ": %.0f%% of that article's text comes from this one</span></li>",
                          100 * links[i].share);
        }
        if (any) px_buf_puts(&b, "</ul>");
    }
    px_buf_puts(&b, "</section></aside></div></main></body></html>\n");
done:
    for (size_t i = 0; others && i < n_links; i++) px_stored_article_clear(&others[i]);
    free(others);
    free(pairs);
    free(marks);
    px_stored_reuse_free(links, n_links);
    px_stored_article_clear(&art);
    finish_html(out, &b, 200);
}

/* ---- source page: what it published, how often origin vs. copier ---- */

static int cmp_id(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

void web_page_source(const web_request *rq, const char *name, web_reply *out)
{
    px_ctx *ctx = rq->slot->ctx;
    sqlite3 *db = rq->slot->store->db;
    const px_sources *sources = rq->srv->sources;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT id, story_id, title, date, url, site FROM articles "
                               "ORDER BY date IS NULL, date DESC, id DESC", -1, &st, NULL) != SQLITE_OK) {
        web_fail(out, px_store_dberr(ctx, db, "listing articles"), px_errmsg(ctx));
        return;
    }
    px_buf list = PX_BUF_INIT, b = PX_BUF_INIT;
    size_t n = 0, cap = 64;
    int64_t *ids = malloc(cap * sizeof *ids);
    const char *site_name = NULL;
    char *site_copy = NULL;
    int step;
    while (ids && (step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *url = (const char *)sqlite3_column_text(st, 4), *site = (const char *)sqlite3_column_text(st, 5);
        char host[256];
        const char *key = px_source_key(sources, url, site, host, sizeof host);
        if (!key || strcmp(key, name) != 0) continue;
        if (n == cap) {
            int64_t *nids = realloc(ids, 2 * cap * sizeof *ids);
            if (!nids) { free(ids); ids = NULL; break; }
            ids = nids;
            cap *= 2;
        }
        int64_t aid = sqlite3_column_int64(st, 0), sid = sqlite3_column_int64(st, 1);
        ids[n++] = aid;
        if (!site_copy && site) site_copy = px_strdup(site);
        const char *title = (const char *)sqlite3_column_text(st, 2), *date = (const char *)sqlite3_column_text(st, 3);
        px_buf_printf(&list, "<li class=\"source-article\"><a href=\"/article/%lld\">", (long long)aid);
        esc(&list, title ? title : "(no title)");
        px_buf_puts(&list, "</a> <span class=\"src\">");
        esc(&list, date ? date : "undated");
        if (sid > 0) px_buf_printf(&list, " &middot; <a href=\"/story/%lld\">story %lld</a>", (long long)sid, (long long)sid);
        px_buf_puts(&list, "</span></li>");
    }
    sqlite3_finalize(st);
    if (!ids) { px_buf_free(&list); free(site_copy); web_error(out, 503, "out of memory"); return; }
    const px_source_info *src = NULL;
    for (size_t i = 0; sources && i < sources->n; i++)
        if (strcmp(sources->v[i].domain, name) == 0) src = &sources->v[i];
    if (!n && !src) {
        free(ids);
        px_buf_free(&list);
        free(site_copy);
        web_error(out, 404, "No such source.");
        return;
    }
    /* origin vs. copier: count the reuse links on each side */
    qsort(ids, n, sizeof *ids, cmp_id);
    long as_origin = 0, as_derived = 0;
    if (sqlite3_prepare_v2(db, "SELECT origin, derived FROM reuse", -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            int64_t o = sqlite3_column_int64(st, 0), d = sqlite3_column_int64(st, 1);
            as_origin += n && bsearch(&o, ids, n, sizeof *ids, cmp_id) != NULL;
            as_derived += n && bsearch(&d, ids, n, sizeof *ids, cmp_id) != NULL;
        }
        sqlite3_finalize(st);
    }
    site_name = src && src->name ? src->name : site_copy ? site_copy : name;
    px_page_head(&b, site_name, 1);
    px_buf_puts(&b, "<header>");
    px_page_nav(&b, 1);
    px_buf_puts(&b, "<h1>");
    esc(&b, site_name);
    px_buf_puts(&b, "</h1><div>");
    esc(&b, name);
    px_buf_printf(&b, "</div></header><main class=\"source-page\"><section id=\"roles\"><h2>Origin or copier</h2>"
                      "<p><strong class=\"as-origin\">%ld</strong> reuse link%s with this source as the origin, "
                      "<strong class=\"as-derived\">%ld</strong> with it reusing another's text, over %zu article%s.</p></section>",
                  as_origin, as_origin == 1 ? "" : "s", as_derived, n, n == 1 ? "" : "s");
    if (src) {
        px_buf_puts(&b, "<section id=\"labels\"><h2>Labels</h2><table>");
        source_labels(&b, src);
        px_buf_puts(&b, "</table><p class=\"src\">From the source-label file; each label names its rater.</p></section>");
    }
    px_buf_puts(&b, "<section id=\"published\"><h2>Published</h2>");
    if (!n) px_buf_puts(&b, "<p>No article of this source is in the store.</p>");
    else { px_buf_puts(&b, "<ol class=\"list\">"); px_buf_append(&b, list.data ? list.data : "", list.len); px_buf_puts(&b, "</ol>"); }
    if (list.failed) b.failed = true;
    px_buf_puts(&b, "</section></main></body></html>\n");
    px_buf_free(&list);
    free(site_copy);
    free(ids);
    finish_html(out, &b, 200);
}
