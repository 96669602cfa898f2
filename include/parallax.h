/*
 * parallax.h - the public interface of libparallax.
 *
 * parallax reads news articles as they come off the web, extracts them,
 * traces text reuse between outlets, groups articles into stories and
 * compares a story across its sources.  The pipeline is the architecture:
 *
 *   ingest -> extract -> text analysis -> reuse -> stories -> compare
 *                                                  \-> store -> present
 *
 * Conventions (after SQLite): every fallible call returns a px_status and
 * leaves a message naming the input and position in its px_ctx, readable
 * with px_errmsg().  The library never exits or aborts on bad input.
 * Objects returned through an OUT pointer belong to the caller and are
 * released with the matching _free function.  A px_ctx is not shared
 * between threads; use one per thread.
 */
#ifndef PARALLAX_H
#define PARALLAX_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PX_VERSION "0.1.0"
#define PX_VERSION_NUMBER 000100

/* Run-time version, to catch a header/library mismatch. */
const char *px_version(void);

/* ---------------------------------------------------------------- status */

typedef enum px_status {
    PX_OK = 0,
    PX_NOMEM,       /* an allocation failed */
    PX_IO,          /* a file or stream could not be read or written */
    PX_CORRUPT,     /* the input is malformed (bad gzip, bad WARC, bad JSON) */
    PX_LIMIT,       /* the input exceeds a limit (size, depth, count) */
    PX_INVALID,     /* the caller passed an invalid argument */
    PX_NOTFOUND,    /* no such article, story or file */
    PX_EMPTY,       /* the input holds no article text */
    PX_DB,          /* the store reported an error */
    PX_UNSUPPORTED  /* a format or feature this build does not handle */
} px_status;

/* Short constant name of a status ("ok", "out of memory", ...). */
const char *px_status_str(px_status status);

/* --------------------------------------------------------------- context */

typedef struct px_ctx px_ctx;

px_ctx *px_ctx_new(void);
void px_ctx_free(px_ctx *ctx);

/* Message of the last failure on this context; "" when none.  Owned by the
 * context and valid until the next call that fails. */
const char *px_errmsg(const px_ctx *ctx);

/* Limits work like sqlite3_limit(): each has a compile-time hard maximum;
 * a context may lower it.  Pass value < 0 to read it.  Returns the value in
 * force before the call. */
typedef enum px_limit_id {
    PX_LIMIT_INPUT_BYTES,   /* largest single page or record */
    PX_LIMIT_DOM_DEPTH,     /* deepest element nesting walked */
    PX_LIMIT_TEXT_BYTES,    /* largest extracted text kept */
    PX_LIMIT__COUNT
} px_limit_id;

long px_limit(px_ctx *ctx, px_limit_id id, long value);

/* ------------------------------------------------------------- articles */

/* An extracted article.  All strings are UTF-8, NUL-terminated, or NULL when
 * unknown.  text is the paragraphs joined by "\n\n". */
typedef struct px_article {
    char *title;
    char *byline;
    char *date;          /* ISO 8601 publication date ("2024-06-18" or
                            "2024-06-18T23:48:00+08:00"); never crawl time */
    char *site;          /* outlet name or host */
    char *url;           /* canonical URL */
    char *language;      /* BCP 47 primary tag, "en" */
    char *description;
    char *text;
    char **paragraphs;
    size_t n_paragraphs;
} px_article;

px_article *px_article_new(void);
void px_article_free(px_article *article);

/* Replace text and paragraphs from one string: paragraphs are split at blank
 * lines (or at single newlines when there is no blank line). */
px_status px_article_set_text(px_article *article, const char *text, size_t len);

/* Set one string field (field is the px_article member name, e.g. "title").
 * A copy is stored; NULL clears the field. */
px_status px_article_set(px_article *article, const char *field,
                         const char *value);

/* Length of the longest prefix of s[0..n) that is valid UTF-8 (no
 * overlong forms, surrogates or code points past U+10FFFF). */
size_t px_utf8_valid_prefix(const char *s, size_t n);

/* The article as one line of JSON: {"path","title","byline","date","site",
 * "url","language","description","text","paragraphs"}.  path may be NULL.
 * *out is malloc'd. */
px_status px_article_json(const px_article *article, const char *path, char **out);

/* -------------------------------------------------------------- extract */

typedef enum px_format {
    PX_FORMAT_AUTO = 0,  /* sniff: markup -> HTML, else text dump */
    PX_FORMAT_HTML,
    PX_FORMAT_TEXT       /* an already-stripped page ("text dump") */
} px_format;

typedef struct px_extract_input {
    const char *name;     /* names the input in messages: path, "f.warc@1234" */
    const char *data;     /* raw bytes, any charset */
    size_t len;
    px_format format;
    const char *charset;  /* from an HTTP Content-Type header, or NULL */
    const char *url;      /* URL the page was fetched from, or NULL */
} px_extract_input;

/* Extract the article of one page.  Fails with PX_EMPTY when the page holds
 * no article text, PX_LIMIT when it is larger than the limits allow. */
px_status px_extract(px_ctx *ctx, const px_extract_input *input,
                     px_article **out);

/* --------------------------------------------------------------- ingest */

/* One item read from an input: a page to extract, or an article that came
 * already extracted (JSON Lines with "title"/"text"). */
typedef enum px_item_kind {
    PX_ITEM_PAGE = 0,    /* data/len hold a page for px_extract() */
    PX_ITEM_ARTICLE      /* article holds an extracted article */
} px_item_kind;

typedef struct px_item {
    const char *input;     /* file name, "-" for standard input */
    const char *where;     /* position inside the input: "offset 1234",
                              "line 7", or "" for a whole file */
    px_item_kind kind;
    px_format format;      /* for pages: HTML, TEXT or AUTO */
    const char *data;
    size_t len;
    const char *charset;   /* from a WARC HTTP header, or NULL */
    const char *url;       /* WARC-Target-URI or JSON "url", or NULL */
    const px_article *article;  /* for PX_ITEM_ARTICLE */
} px_item;

/* Called for each item; return nonzero to stop reading. */
typedef int (*px_item_fn)(void *user, const px_item *item);
/* Called for each item that could not be read; reading goes on. */
typedef void (*px_skip_fn)(void *user, const char *input, const char *where,
                           px_status status, const char *reason);

/* Read every item below path: a file (HTML, .txt dump, WARC, WARC.gz,
 * JSON Lines, gzip of any of those), a directory (recursively, in name
 * order, reading the files whose names could be inputs: .html, .htm,
 * .xhtml, .shtml, .txt, .text, .warc, .jsonl, .ndjson, .json, any of them
 * .gz, or no extension), or "-" for standard input.  Bad items go to on_skip and reading
 * continues; the return value is PX_OK unless the path itself could not be
 * read at all or on_item asked to stop (PX_OK then too). */
px_status px_read_path(px_ctx *ctx, const char *path, px_item_fn on_item,
                       px_skip_fn on_skip, void *user);

/* ---------------------------------------------------------------- store */

typedef struct px_store px_store;

/* Open (creating and migrating as needed) the store at path. */
px_status px_store_open(px_ctx *ctx, const char *path, int readonly,
                        px_store **out);
void px_store_close(px_store *store);

/* Add one article in its own transaction: analyse it, fingerprint it, file
 * it into a story and record reuse links.  *article_id gets the new id, or
 * the id of the identical article already stored (then *added is 0). */
typedef struct px_add_result {
    int64_t article_id;
    int64_t story_id;
    int added;            /* 0: identical text was stored already */
    /* why the article went where it did (set when added): */
    int new_story;        /* it started story_id */
    double story_score;   /* its best score against the stories it met */
    int64_t reuse_of;     /* the stored article whose text it reuses most, or 0 */
    double reuse_score;   /* ... and how much (0-1) */
    int64_t merged;       /* a story it bridged, merged into story_id, or 0 */
    int64_t split_from;   /* the story it joined split after it came: the */
    int64_t split_to;     /* articles of one event moved from split_from to
                             split_to (story_id is one of the two); or 0 */
} px_add_result;

px_status px_store_add(px_ctx *ctx, px_store *store, const px_article *article,
                       const char *path, px_add_result *out);

/* JSON renderings the CLI and the web server share.  *out is a malloc'd
 * NUL-terminated string the caller frees. */
px_status px_stories_json(px_ctx *ctx, px_store *store, char **out);

/* Full-text search; JSON array of {"id","title","site","date","snippet"}. */
px_status px_search_json(px_ctx *ctx, px_store *store, const char *query,
                         int limit, char **out);

/* Resolve a story id that may have been merged into another one. */
px_status px_story_resolve(px_ctx *ctx, px_store *store, int64_t id,
                           int64_t *current);
/* Where a story's articles went in splits: *split_from gets the story it
 * split off from (0: none); *split_off (malloc'd, the caller frees) the
 * stories that split off it, oldest first, *n of them. */
px_status px_story_lineage(px_ctx *ctx, px_store *store, int64_t id,
                           int64_t *split_from, int64_t **split_off, size_t *n);

/* -------------------------------------------------------------- compare */

typedef enum px_render {
    PX_RENDER_TEXT = 0,
    PX_RENDER_JSON,
    PX_RENDER_MARKDOWN,
    PX_RENDER_HTML
} px_render;

/* The comparison of one story, rendered.  *out is malloc'd. */
px_status px_story_render(px_ctx *ctx, px_store *store, int64_t story_id,
                          px_render how, char **out);

/* What the text stage finds in one article.  how is PX_RENDER_JSON (one
 * line of JSON, below) or PX_RENDER_TEXT (the same for reading); other
 * renderings fail with PX_UNSUPPORTED.  The JSON:
 *   {"path","title","date","language","text",
 *    "sentences":[{"paragraph","start","end","text",
 *                  "tokens":[{"text","norm","stem","kind","stop"?}]}],
 *    "entities":[{"name","kind","role","country","mentions"}],
 *    "quotes":[{"text","speaker","role","via"?,"kind","sentence"}],
 *    "dates":[{"start","end","text","date","precision","relative","reporting",
 *              "sentence"}],
 *    "quantities":[{"start","end","text","value","unit","key","in_key_unit","approx",
 *                   "bound","sentence"}]}
 * Relative dates ("yesterday", "Tuesday", "last year") are resolved against
 * article->date; without one their "date" is null.  "reporting" marks the
 * date of a statement ("said on Tuesday") rather than of an event.  Offsets are bytes in
 * "text".  path may be NULL.  *out is malloc'd. */
px_status px_analysis_render(px_ctx *ctx, const px_article *article, const char *path,
                             px_render how, char **out);

/* Id of the story with the most articles (ties: the lowest id). */
px_status px_story_biggest(px_ctx *ctx, px_store *store, int64_t *story_id);

/* ---- reuse ---- */

/* Reuse links of one article (article_id > 0) or of every article of one
 * story (story_id > 0; exactly one of the two), as JSON:
 *   {"links":[{"origin":{"id","site","title","date"},"derived":{...},
 *    "kind":"duplicate|copy|rewrite|paraphrase","score","share",
 *    "passages":[{"origin":[s,e],"derived":[s,e],"score",
 *                 "origin_text","derived_text"}]}]}
 * Offsets are bytes in the stored texts.  *out is malloc'd. */
px_status px_reuse_json(px_ctx *ctx, px_store *store, int64_t article_id,
                        int64_t story_id, char **out);

/* The sentence-pair matcher: is b the same statement as a, paraphrased or
 * not?  A scorer keeps the text analyser between calls; lang may be NULL
 * (guessed per sentence).  Sentences shown to observe() give the matcher
 * document frequencies, so rare shared words count more (optional). */
typedef struct px_sentence_scorer px_sentence_scorer;

px_status px_sentence_scorer_new(px_ctx *ctx, const char *lang,
                                 px_sentence_scorer **out);
px_status px_sentence_scorer_observe(px_sentence_scorer *sc, const char *text,
                                     size_t len);
/* *score in 0..1; *same is 1 when the pair is judged the same statement. */
px_status px_sentence_scorer_score(px_sentence_scorer *sc, const char *a,
                                   const char *b, double *score, int *same);
void px_sentence_scorer_free(px_sentence_scorer *sc);

/* One pair, without a scorer kept around (slower: sets up the analyser). */
px_status px_sentence_pair_score(px_ctx *ctx, const char *a, const char *b,
                                 double *score, int *same);

/* ---- web ---- */

/* Source labels: a JSON file mapping each outlet's domain to its name,
 * country, ownership ("state", "public", "private") and labels given by
 * raters the user picked, keyed by the rater's name (format in
 * parallax(1), FILES).  Articles are matched by the host of their URL,
 * else by site name against "name" and "aliases". */
typedef struct px_sources px_sources;

px_status px_sources_load(px_ctx *ctx, const char *path, px_sources **out);
void px_sources_free(px_sources *sources);

/* The story page as one self-contained HTML file (inline CSS and SVG, no
 * script); sources may be NULL (no coverage-by-label section). */
px_status px_story_html(px_ctx *ctx, px_store *store, int64_t story_id,
                        const px_sources *sources, char **out);

/* The local web app over a store: read-only, one SQLite connection per
 * worker thread.  port 0 picks a free port (read it back with
 * px_server_port); bind NULL means 127.0.0.1. */
typedef struct px_server_opts {
    const char *db_path;
    const char *bind;          /* IPv4 or IPv6 literal */
    unsigned port;
    const char *sources_path;  /* source-label file, or NULL */
    unsigned threads;          /* worker threads; 0 = 2 */
} px_server_opts;

typedef struct px_server px_server;

px_status px_server_start(px_ctx *ctx, const px_server_opts *opts,
                          px_server **out);
unsigned px_server_port(const px_server *server);
/* Stop listening, finish the requests in flight, release everything. */
void px_server_stop(px_server *server);

/* ---- stories without a store ---- */

/* The story engine on its own, as `parallax cluster` uses it: articles go
 * in arrival order and each gets a story id at once (1, 2, ... in order of
 * creation), never looking at later articles.  The same engine files
 * articles into stories during ingest; there, reuse links are evidence
 * too. */
typedef struct px_clusterer px_clusterer;

px_status px_clusterer_new(px_ctx *ctx, px_clusterer **out);
/* File one article (its title, text and date are used). */
px_status px_clusterer_add(px_clusterer *c, const px_article *article,
                           int64_t *story_id);
/* Whether the last px_clusterer_add split a story: a young story whose
 * articles turned out to form two well-separated groups keeps its id
 * (*from) for the bigger group, and the articles of the smaller one move
 * to a new story (*to).  *moved lists them by number (1 for the first
 * article filed), *n of them; the array is the clusterer's, valid until
 * the next add.  Returns 0 (and *n 0) when there was no split. */
int px_clusterer_split(const px_clusterer *c, int64_t *from, int64_t *to,
                       const int64_t **moved, size_t *n);
void px_clusterer_free(px_clusterer *c);

#ifdef __cplusplus
}
#endif

#endif /* PARALLAX_H */
