/*
 * web_server.c - `parallax serve`: libmicrohttpd with a small thread pool
 * over read-only SQLite connections (WAL lets them read while an ingest
 * writes).  Everything the server owns hangs off struct px_server; there is
 * no global state, so two servers can run in one process (the tests do).
 *
 * Every request is treated as hostile: only GET, HEAD and OPTIONS; the
 * decoded path is bounded and must not contain "..", "//", a backslash or
 * a control character (percent-encoding is decoded first, so %2e%2e is
 * caught too, and %00 is turned into a byte the check rejects); ids are
 * plain decimal numbers; query arguments are bounded in total.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "present/web_server.h"

/* Content-Security-Policy of every answer: the server's own stylesheet and
 * script only.  Article text is escaped anyway; this is the second wall. */
static const char csp[] =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/* Decode %HH in place.  A decoded control byte (NUL above all, which would
 * silently cut the string short) becomes 0x01, which validation rejects. */
static size_t unescape(void *cls, struct MHD_Connection *c, char *s)
{
    (void)cls;
    (void)c;
    char *w = s;
    for (const char *r = s; *r; r++) {
        int hi, lo;
        if (*r == '%' && r[1] && r[2] &&
            (hi = (r[1] >= '0' && r[1] <= '9') ? r[1] - '0' : (r[1] | 32) >= 'a' && (r[1] | 32) <= 'f' ? (r[1] | 32) - 'a' + 10 : -1) >= 0 &&
            (lo = (r[2] >= '0' && r[2] <= '9') ? r[2] - '0' : (r[2] | 32) >= 'a' && (r[2] | 32) <= 'f' ? (r[2] | 32) - 'a' + 10 : -1) >= 0) {
            unsigned char v = (unsigned char)(hi * 16 + lo);
            *w++ = (char)(v < 0x20 || v == 0x7f ? 0x01 : v);
            r += 2;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
    return (size_t)(w - s);
}

static int path_ok(const char *p)
{
    size_t n = strlen(p);
    if (n == 0 || n > WEB_MAX_PATH || p[0] != '/') return 0;
    if (strstr(p, "..") || strstr(p, "//") || strchr(p, '\\')) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x20 || c == 0x7f) return 0;
    }
    return 1;
}

/* A positive decimal id of at most 18 digits, nothing else. */
static int parse_id(const char *s, int64_t *out)
{
    size_t n = strlen(s);
    if (n == 0 || n > 18 || s[0] == '0') return 0;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

typedef struct arg_total {
    size_t bytes;
    int bad;
} arg_total;

static enum MHD_Result count_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    (void)kind;
    arg_total *t = cls;
    t->bytes += strlen(key) + (value ? strlen(value) : 0) + 2;
    for (const char *p = value; p && *p; p++)
        if ((unsigned char)*p < 0x20 && *p != '\t') t->bad = 1;
    return t->bytes > WEB_MAX_QUERY ? MHD_NO : MHD_YES;
}

void web_fingerprint(web_slot *slot, char *fp, size_t size)
{
    sqlite3_stmt *st;
    fp[0] = '\0';
    /* rowids only grow, so the largest ones change with every insert (a
     * replaced row gets a new rowid); merges show in the merged count */
    if (sqlite3_prepare_v2(slot->store->db,
            "SELECT (SELECT max(rowid) FROM articles), (SELECT count(*) FROM articles), "
            "(SELECT max(rowid) FROM reuse), (SELECT count(*) FROM reuse), (SELECT max(rowid) FROM stories), "
            "(SELECT count(*) FROM stories WHERE merged_into IS NOT NULL)", -1, &st, NULL) != SQLITE_OK)
        return;
    if (sqlite3_step(st) == SQLITE_ROW)
        snprintf(fp, size, "%lld/%lld/%lld/%lld/%lld/%lld",
                 (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1),
                 (long long)sqlite3_column_int64(st, 2), (long long)sqlite3_column_int64(st, 3),
                 (long long)sqlite3_column_int64(st, 4), (long long)sqlite3_column_int64(st, 5));
    sqlite3_finalize(st);
}

web_body *web_body_new(const char *data, size_t len)
{
    web_body *b = malloc(sizeof *b + len + 1);
    if (!b) return NULL;
    atomic_init(&b->refs, 1);
    b->len = len;
    memcpy(b->data, data, len);
    b->data[len] = '\0';
    return b;
}

void web_body_release(web_body *b)
{
    if (b && atomic_fetch_sub(&b->refs, 1) == 1) free(b);
}

web_body *web_cache_get(px_server *srv, int64_t story, int kind, const char *fp)
{
    web_body *hit = NULL;
    if (!fp[0]) return NULL;
    pthread_mutex_lock(&srv->cache_lock);
    for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++) {
        web_cache_entry *e = &srv->cache[i];
        if (!e->body || e->story != story || e->kind != kind || strcmp(e->fingerprint, fp) != 0) continue;
        atomic_fetch_add(&e->body->refs, 1);
        hit = e->body;
        e->used = ++srv->cache_clock;
        break;
    }
    pthread_mutex_unlock(&srv->cache_lock);
    return hit;
}

static void drop_entry(px_server *srv, web_cache_entry *e)
{
    if (!e->body) return;
    srv->cache_bytes -= e->body->len;
    web_body_release(e->body);
    e->body = NULL;
}

void web_cache_put(px_server *srv, int64_t story, int kind, const char *fp, web_body *body)
{
    if (!body || !fp[0] || body->len > WEB_CACHE_MAX_BYTES || strlen(fp) >= sizeof srv->cache[0].fingerprint) return;
    size_t len = body->len;
    atomic_fetch_add(&body->refs, 1);
    pthread_mutex_lock(&srv->cache_lock);
    web_cache_entry *victim = &srv->cache[0];
    for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++) {
        web_cache_entry *e = &srv->cache[i];
        if (e->body && e->story == story && e->kind == kind) { victim = e; break; }   /* replace a stale one */
        if (!e->body) { if (victim->body) victim = e; continue; }
        if (victim->body && e->used < victim->used) victim = e;
    }
    drop_entry(srv, victim);
    /* within the budget: the least recently used go first */
    while (srv->cache_bytes + len > WEB_CACHE_BUDGET) {
        web_cache_entry *lru = NULL;
        for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++)
            if (srv->cache[i].body && (!lru || srv->cache[i].used < lru->used)) lru = &srv->cache[i];
        if (!lru) break;
        drop_entry(srv, lru);
    }
    victim->story = story;
    victim->kind = kind;
    snprintf(victim->fingerprint, sizeof victim->fingerprint, "%s", fp);
    victim->body = body;
    srv->cache_bytes += len;
    victim->used = ++srv->cache_clock;
    pthread_mutex_unlock(&srv->cache_lock);
}

static web_slot *take_slot(px_server *srv)
{
    for (unsigned i = 0; i < srv->n_slots; i++)
        if (pthread_mutex_trylock(&srv->slots[i].lock) == 0) return &srv->slots[i];
    web_slot *s = &srv->slots[atomic_fetch_add(&srv->next_slot, 1) % srv->n_slots];
    pthread_mutex_lock(&s->lock);
    return s;
}

static void route(web_request *rq, web_reply *out)
{
    const char *p = rq->path;
    int64_t id;
    if (strcmp(p, "/static/app.css") == 0 || strcmp(p, "/static/app.js") == 0) {
        int css = p[12] == 'c';
        const char *src = css ? px_page_css : web_app_js;
        out->status = 200;
        out->type = css ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        out->body = px_strdup(src);
        out->len = strlen(src);
        out->cache = 1;
        if (!out->body) web_error(out, 500, "out of memory");
        return;
    }
    rq->slot = take_slot(rq->srv);
    px_clear_error(rq->slot->ctx);
    if (strcmp(p, "/") == 0) web_page_stories(rq, out);
    else if (strncmp(p, "/story/", 7) == 0 && parse_id(p + 7, &id)) web_page_story(rq, id, out);
    else if (strncmp(p, "/article/", 9) == 0 && parse_id(p + 9, &id)) web_page_article(rq, id, out);
    else if (strncmp(p, "/source/", 8) == 0 && p[8] && !strchr(p + 8, '/') && strlen(p + 8) <= 253)
        web_page_source(rq, p + 8, out);
    else if (strcmp(p, "/api/stories") == 0) web_api_stories(rq, out);
    else if (strncmp(p, "/api/story/", 11) == 0 && parse_id(p + 11, &id)) web_api_story(rq, id, out);
    else web_error(out, 404, "No such page.");
    pthread_mutex_unlock(&rq->slot->lock);
}

static void release_body(void *cls)
{
    web_body_release(cls);
}

static enum MHD_Result send_reply(struct MHD_Connection *conn, web_reply *r)
{
    struct MHD_Response *resp;
    if (r->shared) {
        free(r->body);
        resp = MHD_create_response_from_buffer_with_free_callback_cls(r->shared->len, r->shared->data,
                                                                      release_body, r->shared);
        if (!resp) { web_body_release(r->shared); return MHD_NO; }
    } else {
        resp = MHD_create_response_from_buffer(r->len, r->body ? r->body : (void *)"",
                                               r->body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
        if (!resp) { free(r->body); return MHD_NO; }
    }
    if (r->type) MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->type);
    MHD_add_response_header(resp, "Content-Security-Policy", csp);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    /* pages change while an ingest runs; the two assets only with a release */
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, r->cache ? "max-age=3600" : "no-store");
    if (r->location[0]) MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION, r->location);
    if (r->status == 204 || r->status == 405)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, "GET, HEAD, OPTIONS");
    enum MHD_Result ret = MHD_queue_response(conn, r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_data_size,
                              void **con_cls)
{
    (void)version;
    (void)upload_data;
    (void)upload_data_size;
    (void)con_cls;
    px_server *srv = cls;
    web_reply r = {0};
    const char *cl;
    if (strcmp(method, "OPTIONS") == 0) {
        r.status = 204;
    } else if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
        web_error(&r, 405, "Only GET, HEAD and OPTIONS are served here.");
    } else if (MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING) ||
               ((cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH)) &&
                strcmp(cl, "0") != 0)) {
        /* nothing here takes a body; refusing one means never reading it */
        web_error(&r, 413, "Requests here carry no body.");
    } else if (!url || strlen(url) > WEB_MAX_PATH) {
        web_error(&r, 414, "The address is too long.");
    } else if (!path_ok(url)) {
        web_error(&r, 400, "Malformed address.");
    } else {
        arg_total t = {0, 0};
        MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, count_arg, &t);
        if (t.bytes > WEB_MAX_QUERY) web_error(&r, 414, "The query is too long.");
        else if (t.bad) web_error(&r, 400, "Malformed query.");
        else {
            web_request rq = {conn, url, srv, NULL};
            route(&rq, &r);
        }
    }
    return send_reply(conn, &r);
}

static void free_slots(px_server *srv)
{
    for (unsigned i = 0; i < srv->n_slots; i++) {
        px_store_close(srv->slots[i].store);
        px_ctx_free(srv->slots[i].ctx);
        pthread_mutex_destroy(&srv->slots[i].lock);
    }
    free(srv->slots);
    srv->slots = NULL;
    srv->n_slots = 0;
}

void px_server_stop(px_server *srv)
{
    if (!srv) return;
    if (srv->daemon) MHD_stop_daemon(srv->daemon);
    free_slots(srv);
    for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++) web_body_release(srv->cache[i].body);
    pthread_mutex_destroy(&srv->cache_lock);
    px_sources_free(srv->sources);
    free(srv);
}

unsigned px_server_port(const px_server *srv)
{
    return srv ? srv->port : 0;
}

px_status px_server_start(px_ctx *ctx, const px_server_opts *o, px_server **out)
{
    *out = NULL;
    if (!o || !o->db_path) return px_fail(ctx, PX_INVALID, "serve: no store given");
    if (o->port > 65535) return px_fail(ctx, PX_INVALID, "serve: port %u out of range", o->port);
    px_server *srv = calloc(1, sizeof *srv);
    if (!srv) return px_fail(ctx, PX_NOMEM, "serve: out of memory");
    pthread_mutex_init(&srv->cache_lock, NULL);
    px_status rc = PX_OK;
    if (o->sources_path && (rc = px_sources_load(ctx, o->sources_path, &srv->sources)) != PX_OK) goto fail;
    unsigned n = o->threads ? o->threads : 2;
    if (n > 64) n = 64;
    srv->slots = calloc(n, sizeof *srv->slots);
    if (!srv->slots) { rc = px_fail(ctx, PX_NOMEM, "serve: out of memory"); goto fail; }
    for (; srv->n_slots < n; srv->n_slots++) {
        web_slot *s = &srv->slots[srv->n_slots];
        pthread_mutex_init(&s->lock, NULL);
        if (!(s->ctx = px_ctx_new())) { srv->n_slots++; rc = px_fail(ctx, PX_NOMEM, "serve: out of memory"); goto fail; }
        if (px_store_open(s->ctx, o->db_path, 1, &s->store) != PX_OK) {
            rc = px_fail(ctx, PX_NOTFOUND, "%s", px_errmsg(s->ctx));
            srv->n_slots++;
            goto fail;
        }
        /* the text analyser now rather than in the first reader's request */
        px_analyzer *an;
        if ((rc = px_store_analyzer(s->store, &an)) != PX_OK) {
            rc = px_fail(ctx, rc, "serve: %s", px_errmsg(s->ctx));
            srv->n_slots++;
            goto fail;
        }
    }

    struct sockaddr_in a4;
    struct sockaddr_in6 a6;
    const char *bind_addr = o->bind && *o->bind ? o->bind : "127.0.0.1";
    const struct sockaddr *sa;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    memset(&a4, 0, sizeof a4);
    memset(&a6, 0, sizeof a6);
    if (inet_pton(AF_INET, bind_addr, &a4.sin_addr) == 1) {
        a4.sin_family = AF_INET;
        a4.sin_port = htons((uint16_t)o->port);
        sa = (const struct sockaddr *)&a4;
    } else if (inet_pton(AF_INET6, bind_addr, &a6.sin6_addr) == 1) {
        a6.sin6_family = AF_INET6;
        a6.sin6_port = htons((uint16_t)o->port);
        sa = (const struct sockaddr *)&a6;
        flags |= MHD_USE_IPv6;
    } else {
        rc = px_fail(ctx, PX_INVALID, "serve: '%s' is not an IP address", bind_addr);
        goto fail;
    }
    srv->daemon = MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, handle, srv,
                                   MHD_OPTION_SOCK_ADDR, sa,
                                   MHD_OPTION_THREAD_POOL_SIZE, n,
                                   /* bounds: request line and headers, open
                                    * connections, and idle time (slow clients) */
                                   MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
                                   MHD_OPTION_CONNECTION_LIMIT, 512u,
                                   MHD_OPTION_CONNECTION_TIMEOUT, 15u,
                                   MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
                                   /* refuse what RFC 9112 calls malformed
                                    * (no Host in HTTP/1.1, bad whitespace)
                                    * rather than guess what was meant */
                                   MHD_OPTION_STRICT_FOR_CLIENT, 1,
                                   MHD_OPTION_END);
    if (!srv->daemon) {
        rc = px_fail(ctx, PX_IO, "serve: cannot listen on %s port %u (in use?)", bind_addr, o->port);
        goto fail;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = info ? info->port : o->port;
    *out = srv;
    return PX_OK;
fail:
    px_server_stop(srv);
    return rc;
}
