/* cmd_cluster.c - parallax cluster: articles in (JSON Lines on standard
 * input, in arrival order), a story for each out, with no store. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "jsonl_fields.h"

const char usage_cluster[] =
    "usage: parallax cluster [--format tsv|json] < ARTICLES.jsonl\n"
    "\n"
    "Group articles into stories in one pass, in arrival order, never looking\n"
    "at later articles: the same engine 'ingest' uses, without a store.\n"
    "Input: JSON Lines {\"id\",\"title\",\"text\",\"date\",\"source\",\"url\"}; only\n"
    "text is required (an article without an id is named by its \"path\", as\n"
    "'parallax extract' writes it, else by its line number).  Output: one line\n"
    "per article, 'id<TAB>story' (tsv) or {\"id\",\"story\"} (json).  Story ids\n"
    "count from 1 in order of creation.  When an article belongs in two close\n"
    "stories, the newer merges into the older and later articles get the older\n"
    "id.  When a young story (16 articles at most) turns out to hold two\n"
    "events, the smaller group splits off as a new story: a record follows the\n"
    "article line that caused it, '#split<TAB>FROM<TAB>TO<TAB>N,N,...' (tsv) or\n"
    "{\"split\":FROM,\"story\":TO,\"articles\":[N,...]} (json), N numbering the\n"
    "article lines written (1 for the first); those articles are in story TO\n"
    "from then on, earlier lines are not rewritten.  Stories idle for 30 days of\n"
    "the stream's dates leave memory.\n"
    "\n"
    "  -f, --format tsv|json  output format (default tsv)\n"
    "  -h, --help             show this help\n"
    "\n"
    "Exit status: 0 all filed, 1 some lines skipped (reasons on stderr).\n";

#define MAX_LINE (64L * 1024 * 1024)
#define STDIN_BUFFER (1 << 20)

/* The id to print: "id" (string or number), else "path", else the line. */
static char *article_id(const jl_fields *f, long line)
{
    char buf[32];
    if (f->s[JL_ID]) return strdup(f->s[JL_ID]);
    if (f->id_is_int) {
        snprintf(buf, sizeof buf, "%lld", f->id);
        return strdup(buf);
    }
    if (f->s[JL_PATH]) return strdup(f->s[JL_PATH]);
    snprintf(buf, sizeof buf, "%ld", line);
    return strdup(buf);
}

/* Build an article from one object's fields; NULL with *why set when
 * unusable. */
static px_article *article_of(const jl_fields *f, const char **why)
{
    const char *text = f->s[JL_TEXT];
    if (!text || !*text) { *why = "no \"text\""; return NULL; }
    px_article *a = px_article_new();
    if (!a) { *why = "out of memory"; return NULL; }
    const char *site = f->s[JL_SOURCE] ? f->s[JL_SOURCE] : f->s[JL_SITE];
    if (px_article_set_text(a, text, strlen(text)) != PX_OK ||
        px_article_set(a, "title", f->s[JL_TITLE]) != PX_OK ||
        px_article_set(a, "date", f->s[JL_DATE]) != PX_OK ||
        px_article_set(a, "language", f->s[JL_LANGUAGE]) != PX_OK ||
        px_article_set(a, "url", f->s[JL_URL]) != PX_OK ||
        px_article_set(a, "site", site) != PX_OK) {
        px_article_free(a);
        *why = "out of memory";
        return NULL;
    }
    return a;
}

/* The record of a split the last article caused, if any. */
static void print_split(const px_clusterer *cl, int json)
{
    int64_t from, to;
    const int64_t *moved;
    size_t n;
    if (!px_clusterer_split(cl, &from, &to, &moved, &n)) return;
    if (json) printf("{\"split\":%lld,\"story\":%lld,\"articles\":[", (long long)from, (long long)to);
    else printf("#split\t%lld\t%lld\t", (long long)from, (long long)to);
    for (size_t i = 0; i < n; i++) printf("%s%lld", i ? "," : "", (long long)moved[i]);
    puts(json ? "]}" : "");
}

int cmd_cluster(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_cluster)) return 0;
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'}, {NULL, 0, NULL, 0}};
    int json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
        if (c == 'f' && (strcmp(optarg, "tsv") == 0 || strcmp(optarg, "json") == 0)) json = optarg[0] == 'j';
        else { fputs(usage_cluster, stderr); return EXIT_USAGE; }
    }
    if (optind != argc) { fputs(usage_cluster, stderr); return EXIT_USAGE; }
    px_ctx *ctx = px_ctx_new();
    px_clusterer *cl = NULL;
    if (!ctx || px_clusterer_new(ctx, &cl) != PX_OK) {
        cli_error("cluster", "%s", ctx ? px_errmsg(ctx) : "out of memory");
        px_ctx_free(ctx);
        return EXIT_USAGE;
    }
    /* articles are kilobytes a line: read the pipe in big gulps, not the
     * 4 KB stdio would take at a time */
    setvbuf(stdin, NULL, _IOFBF, STDIN_BUFFER);
    jl_reader *reader = jl_reader_new();   /* NULL: jansson reads every line */
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0, skipped = 0;
    int fatal = 0;
    while (!fatal && (len = getline(&line, &cap, stdin)) != -1) {
        lineno++;
        if (len > MAX_LINE) { cli_error("cluster", "-: line %ld: longer than %ld bytes", lineno, MAX_LINE); skipped++; continue; }
        size_t k = 0;
        while (k < (size_t)len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r' || line[k] == '\n')) k++;
        if (k == (size_t)len) continue;                 /* blank line */
        jl_fields f;
        char err[256];
        if (jl_read(reader, line, (size_t)len, &f, err, sizeof err) != 0) {
            cli_error("cluster", "-: line %ld: %s", lineno, err);
            skipped++;
            continue;
        }
        const char *why = NULL;
        px_article *a = article_of(&f, &why);
        char *id = article_id(&f, lineno);
        int64_t story;
        px_status rc = a && id ? px_clusterer_add(cl, a, &story) : PX_INVALID;
        if (!a || !id) {
            cli_error("cluster", "-: line %ld: %s", lineno, why ? why : "out of memory");
            skipped++;
        } else if (rc != PX_OK) {
            cli_error("cluster", "-: line %ld: %s", lineno, px_errmsg(ctx));
            skipped++;
            fatal = rc == PX_NOMEM;
        } else if (json) {
            json_t *out = json_pack("{s:s, s:I}", "id", id, "story", (json_int_t)story);
            char *s = out ? json_dumps(out, JSON_COMPACT) : NULL;
            if (s) puts(s);
            free(s);
            json_decref(out);
        } else {
            printf("%s\t%lld\n", id, (long long)story);
        }
        if (rc == PX_OK && a && id) print_split(cl, json);
        free(id);
        px_article_free(a);
        jl_fields_free(&f);
    }
    free(line);
    jl_reader_free(reader);
    px_clusterer_free(cl);
    px_ctx_free(ctx);
    if (fflush(stdout) != 0 || fatal) return EXIT_USAGE;
    return skipped ? EXIT_SKIPPED : 0;
}
