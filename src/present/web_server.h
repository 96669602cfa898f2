/*
 * web_server.h - what the files of `parallax serve` share: the server
 * context, one request's answer, and the page builders.
 */
#ifndef PX_WEB_SERVER_H
#define PX_WEB_SERVER_H

#include <pthread.h>
#include <stdatomic.h>

#include "present/present.h"

/* Bounds on what a request may carry: a client that needs more is not a
 * browser looking at a story. */
#define WEB_MAX_PATH 1024        /* decoded path bytes */
#define WEB_MAX_QUERY 2048       /* all query arguments together */
#define WEB_MAX_SEARCH 256       /* the search box */

/* One worker's store: SQLite connections are not shared between threads,
 * so each slot has its own read-only connection and context, and a lock in
 * case more requests run at once than there are slots. */
typedef struct web_slot {
    pthread_mutex_t lock;
    px_ctx *ctx;
    px_store *store;
} web_slot;

/* Rendered story pages and story JSON, kept while the store is unchanged:
 * comparing a story costs far more than sending it (hundreds of ms for a
 * hundred articles), and a story is read many times between ingests. */
#define WEB_CACHE_SLOTS 16
#define WEB_CACHE_MAX_BYTES (16u * 1024 * 1024)   /* larger pages are not kept */
#define WEB_CACHE_BUDGET (48u * 1024 * 1024)      /* all entries together */

/* A rendered body shared by the cache and the answers sending it, so a
 * cached page is never copied: whoever lets go of it last frees it. */
typedef struct web_body {
    atomic_uint refs;
    size_t len;
    char data[];                  /* NUL-terminated */
} web_body;

typedef struct web_cache_entry {
    int64_t story;
    int kind;                     /* 0: HTML page, 1: JSON */
    char fingerprint[128];        /* the store's state it was made from */
    web_body *body;
    uint64_t used;                /* for least-recently-used eviction */
} web_cache_entry;

struct px_server {
    struct MHD_Daemon *daemon;
    px_sources *sources;          /* read-only once loaded; may be NULL */
    web_slot *slots;
    unsigned n_slots;
    atomic_uint next_slot;        /* round robin when every slot is busy */
    unsigned port;
    pthread_mutex_t cache_lock;
    web_cache_entry cache[WEB_CACHE_SLOTS];
    size_t cache_bytes;           /* bodies held, at most WEB_CACHE_BUDGET */
    uint64_t cache_clock;
};

/* A request as the page builders see it: already checked. */
typedef struct web_request {
    struct MHD_Connection *conn;
    const char *path;             /* decoded, validated */
    px_server *srv;
    web_slot *slot;
} web_request;

/* An answer: status, content type and a malloc'd body, or a shared one. */
typedef struct web_reply {
    unsigned status;
    const char *type;
    char *body;
    size_t len;
    web_body *shared;             /* sent instead of body when set; one reference */
    char location[48];            /* for redirects: "/story/ID" */
    int cache;                    /* 1: static asset, may be cached */
} web_reply;

/* web_server.c: the cache.  A fingerprint names the store's state (last
 * article, reuse link and story, merges).  web_body_new copies data into a
 * body with one reference; get returns one more reference (or NULL); put
 * takes its own reference, the caller keeps theirs. */
void web_fingerprint(web_slot *slot, char *fp, size_t size);
web_body *web_body_new(const char *data, size_t len);
void web_body_release(web_body *b);
web_body *web_cache_get(px_server *srv, int64_t story, int kind, const char *fp);
void web_cache_put(px_server *srv, int64_t story, int kind, const char *fp, web_body *body);

/* web_pages.c */
void web_page_stories(const web_request *rq, web_reply *out);
void web_page_story(const web_request *rq, int64_t id, web_reply *out);
void web_page_article(const web_request *rq, int64_t id, web_reply *out);
void web_page_source(const web_request *rq, const char *name, web_reply *out);
void web_api_stories(const web_request *rq, web_reply *out);
void web_api_story(const web_request *rq, int64_t id, web_reply *out);
/* An HTML error page for status with message (escaped). */
void web_error(web_reply *out, unsigned status, const char *message);
/* Map a failed px_status to an answer. */
void web_fail(web_reply *out, px_status st, const char *message);

/* web_assets.c */
extern const char web_app_js[];

#endif
