/* cmd_query.c - the read-only commands: stories, story, search. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char usage_stories[] =
    "usage: parallax stories [--db FILE] [--format text|json]\n"
    "\n"
    "List the stories in the store, newest first.\n"
    "JSON: an array of {\"id\",\"title\",\"articles\":[{\"id\",\"path\",\"url\",\"site\",\n"
    "\"title\",\"date\"}]}.\n"
    "\n"
    "  --db FILE               the store (default $PARALLAX_DB or ./parallax.db)\n"
    "  -f, --format text|json  output format (default text)\n"
    "  -h, --help              show this help\n";

const char usage_story[] =
    "usage: parallax story [--db FILE] [--format text|json|md|html] [--sources FILE]\n"
    "                      [-o FILE] ID|biggest\n"
    "\n"
    "Compare one story across its sources: a summary with a source for every\n"
    "line, facts reported by several outlets, what each outlet carries alone,\n"
    "quotes grouped across outlets with their speakers, reuse links with the\n"
    "passages, and the people, places and organisations involved.  ID is a\n"
    "story id from 'parallax stories' (an id merged into another story leads\n"
    "to it; when articles of a story split off into a new story, standard error\n"
    "names it); 'biggest' picks the story with the most articles.\n"
    "\n"
    "  --db FILE                      the store\n"
    "  -f, --format text|json|md|html output format (default text); html is a\n"
    "                                 self-contained page with no script\n"
    "  -s, --sources FILE             source-label file (JSON, see parallax(1)):\n"
    "                                 the html page then shows coverage by\n"
    "                                 source label and blindspots\n"
    "  -o, --output FILE              write there instead of standard output\n"
    "  -h, --help                     show this help\n";

const char usage_search[] =
    "usage: parallax search [--db FILE] [--limit N] QUERY\n"
    "\n"
    "Full-text search over stored titles and texts (SQLite FTS5 query syntax:\n"
    "words, \"phrases\", AND/OR/NOT, prefix*).  Prints a JSON array of\n"
    "{\"id\",\"story\",\"title\",\"site\",\"date\",\"snippet\"}, best match first.\n"
    "\n"
    "  --db FILE       the store\n"
    "  -n, --limit N   at most N results (default 20)\n"
    "  -h, --help      show this help\n";

/* On stderr, where articles of a split story went (or came from). */
static px_status say_splits(px_ctx *ctx, px_store *s, int64_t id)
{
    int64_t from, *off;
    size_t n;
    px_status st = px_story_lineage(ctx, s, id, &from, &off, &n);
    if (st != PX_OK) return st;
    if (from)
        fprintf(stderr, "parallax: story: story %lld split off from story %lld\n",
                (long long)id, (long long)from);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "parallax: story: some articles of story %lld split off into story %lld\n",
                (long long)id, (long long)off[i]);
    free(off);
    return PX_OK;
}

static px_store *open_store(px_ctx *ctx, const char *cmd, const char *db)
{
    px_store *s = NULL;
    if (px_store_open(ctx, cli_db_path(db), 1, &s) != PX_OK) {
        cli_error(cmd, "%s", px_errmsg(ctx));
        return NULL;
    }
    return s;
}

/* Text listing from the JSON: keeps one source of truth for the data. */
static void print_stories_text(const char *json);

int cmd_stories(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_stories)) return 0;
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'}, {"format", required_argument, NULL, 'f'}, {NULL, 0, NULL, 0}};
    const char *db = NULL;
    int json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
        if (c == 'd') db = optarg;
        else if (c == 'f' && (strcmp(optarg, "json") == 0 || strcmp(optarg, "text") == 0)) json = optarg[0] == 'j';
        else { fputs(usage_stories, stderr); return EXIT_USAGE; }
    }
    if (optind != argc) { fputs(usage_stories, stderr); return EXIT_USAGE; }
    px_ctx *ctx = px_ctx_new();
    px_store *s = ctx ? open_store(ctx, "stories", db) : NULL;
    if (!s) { px_ctx_free(ctx); return EXIT_USAGE; }
    char *out = NULL;
    int rc = 0;
    if (px_stories_json(ctx, s, &out) != PX_OK) {
        cli_error("stories", "%s", px_errmsg(ctx));
        rc = EXIT_USAGE;
    } else if (json) {
        rc = cli_write_output("stories", NULL, out) ? EXIT_USAGE : 0;
    } else {
        print_stories_text(out);
    }
    free(out);
    px_store_close(s);
    px_ctx_free(ctx);
    return rc;
}

int cmd_story(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_story)) return 0;
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'}, {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'}, {"sources", required_argument, NULL, 's'},
        {NULL, 0, NULL, 0}};
    const char *db = NULL, *output = NULL, *sources_path = NULL;
    px_render how = PX_RENDER_TEXT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:s:", opts, NULL)) != -1) {
        if (c == 'd') db = optarg;
        else if (c == 'o') output = optarg;
        else if (c == 's') sources_path = optarg;
        else if (c == 'f' && strcmp(optarg, "text") == 0) how = PX_RENDER_TEXT;
        else if (c == 'f' && strcmp(optarg, "json") == 0) how = PX_RENDER_JSON;
        else if (c == 'f' && (strcmp(optarg, "md") == 0 || strcmp(optarg, "markdown") == 0)) how = PX_RENDER_MARKDOWN;
        else if (c == 'f' && strcmp(optarg, "html") == 0) how = PX_RENDER_HTML;
        else { fputs(usage_story, stderr); return EXIT_USAGE; }
    }
    if (optind != argc - 1) { fputs(usage_story, stderr); return EXIT_USAGE; }
    if (sources_path && how != PX_RENDER_HTML) {
        cli_error("story", "--sources is for --format html (the other formats carry no labels)");
        return EXIT_USAGE;
    }
    const char *arg = argv[optind];
    int64_t id = 0;
    int biggest = strcmp(arg, "biggest") == 0;
    if (!biggest) {
        char *end;
        errno = 0;
        long long v = strtoll(arg, &end, 10);
        if (errno || *end || end == arg || v <= 0) {
            cli_error("story", "'%s' is not a story id", arg);
            return EXIT_USAGE;
        }
        id = v;
    }
    px_ctx *ctx = px_ctx_new();
    px_sources *sources = NULL;
    if (ctx && sources_path && px_sources_load(ctx, sources_path, &sources) != PX_OK) {
        cli_error("story", "%s", px_errmsg(ctx));
        px_ctx_free(ctx);
        return EXIT_USAGE;
    }
    px_store *s = ctx ? open_store(ctx, "story", db) : NULL;
    if (!s) { px_sources_free(sources); px_ctx_free(ctx); return EXIT_USAGE; }
    int rc = 0;
    char *out = NULL;
    px_status st = biggest ? px_story_biggest(ctx, s, &id) : PX_OK;
    if (st == PX_OK) {
        int64_t current;
        st = px_story_resolve(ctx, s, id, &current);
        if (st == PX_OK && current != id)
            fprintf(stderr, "parallax: story: story %lld was merged into story %lld\n",
                    (long long)id, (long long)current);
        if (st == PX_OK) st = say_splits(ctx, s, current);
        if (st == PX_OK && sources) st = px_story_html(ctx, s, current, sources, &out);
        else if (st == PX_OK) st = px_story_render(ctx, s, current, how, &out);
    }
    if (st != PX_OK) {
        cli_error("story", "%s", px_errmsg(ctx));
        rc = st == PX_NOTFOUND ? EXIT_SKIPPED : EXIT_USAGE;
    } else if (cli_write_output("story", output, out)) {
        rc = EXIT_USAGE;
    }
    free(out);
    px_store_close(s);
    px_sources_free(sources);
    px_ctx_free(ctx);
    return rc;
}

int cmd_search(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_search)) return 0;
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'}, {"limit", required_argument, NULL, 'n'}, {NULL, 0, NULL, 0}};
    const char *db = NULL;
    int limit = 20, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "n:", opts, NULL)) != -1) {
        if (c == 'd') db = optarg;
        else if (c == 'n' && (limit = atoi(optarg)) > 0) continue;
        else { fputs(usage_search, stderr); return EXIT_USAGE; }
    }
    if (optind >= argc) { fputs(usage_search, stderr); return EXIT_USAGE; }
    /* several words on the command line form one query */
    size_t len = 1;
    for (int i = optind; i < argc; i++) len += strlen(argv[i]) + 1;
    char *query = calloc(1, len);
    if (!query) return EXIT_USAGE;
    for (int i = optind; i < argc; i++) {
        if (i > optind) strcat(query, " ");
        strcat(query, argv[i]);
    }
    px_ctx *ctx = px_ctx_new();
    px_store *s = ctx ? open_store(ctx, "search", db) : NULL;
    int rc = 0;
    if (!s) rc = EXIT_USAGE;
    else {
        char *out = NULL;
        if (px_search_json(ctx, s, query, limit, &out) != PX_OK) {
            cli_error("search", "%s", px_errmsg(ctx));
            rc = EXIT_USAGE;
        } else {
            rc = cli_write_output("search", NULL, out) ? EXIT_USAGE : 0;
            if (rc == 0) putchar('\n');
        }
        free(out);
    }
    free(query);
    px_store_close(s);
    px_ctx_free(ctx);
    return rc;
}

#include <jansson.h>

static const char *str_or(json_t *obj, const char *key, const char *dflt)
{
    const char *s = json_string_value(json_object_get(obj, key));
    return s ? s : dflt;
}

static void print_stories_text(const char *json)
{
    json_t *root = json_loads(json, 0, NULL);
    size_t i;
    json_t *story;
    json_array_foreach(root, i, story) {
        json_t *arts = json_object_get(story, "articles");
        printf("%lld\t%zu articles\t%s\n", (long long)json_integer_value(json_object_get(story, "id")),
               json_array_size(arts), str_or(story, "title", "(untitled)"));
        size_t k;
        json_t *a;
        json_array_foreach(arts, k, a) {
            printf("\t[%lld] %s  %s  %s\n", (long long)json_integer_value(json_object_get(a, "id")),
                   str_or(a, "date", "undated"), str_or(a, "site", "-"),
                   str_or(a, "title", str_or(a, "path", "")));
        }
    }
    json_decref(root);
}
