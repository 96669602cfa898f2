/* cmd_reuse.c - parallax reuse: reuse links with their passages, and the
 * sentence-pair matcher on its own (--sentences). */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char usage_reuse[] =
    "usage: parallax reuse [--db FILE] [--format text|json] ARTICLE_ID|--story ID\n"
    "       parallax reuse --sentences [--lang LANG] < PAIRS\n"
    "\n"
    "List the reuse links of one stored article, or of every article of a\n"
    "story: duplicates, copies, rewrites (synonym-spun or edited) and\n"
    "paraphrases (reworded or translated), which article is the origin, and\n"
    "the passages carried over with their byte offsets in both texts.\n"
    "JSON: {\"links\":[{\"origin\":{\"id\",\"story\",\"site\",\"title\",\"date\",\"path\"},\n"
    "\"derived\":{...},\"kind\",\"score\",\"share\",\"passages\":[{\"origin\":[s,e],\n"
    "\"derived\":[s,e],\"score\",\"origin_text\",\"derived_text\"}]}]}.\n"
    "\n"
    "With --sentences, no store is used: each input line 'id<TAB>sentence1<TAB>\n"
    "sentence2' gives an output line 'id<TAB>score<TAB>1|0', 1 when the two say\n"
    "the same thing, paraphrased or not.  All lines are read first: the words'\n"
    "frequencies over the input weight rare shared words up.\n"
    "\n"
    "  --db FILE               the store (default $PARALLAX_DB or ./parallax.db)\n"
    "  -f, --format text|json  output format (default text)\n"
    "  -s, --story ID          the links of a whole story\n"
    "      --sentences         score sentence pairs from standard input\n"
    "      --lang LANG         language of the sentences (default: guessed)\n"
    "  -h, --help              show this help\n";

/* Longest input line for --sentences; longer ones are reported and skipped. */
#define PAIR_LINE_MAX (1 << 20)

static const char *str_or(json_t *o, const char *key, const char *dflt)
{
    const char *v = json_string_value(json_object_get(o, key));
    return v && *v ? v : dflt;
}

/* One line of a passage's text, shortened for the terminal. */
static void print_excerpt(const char *label, const char *s)
{
    size_t n = strlen(s), cut = n > 300 ? 300 : n;
    while (cut < n && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
    printf("    %s %.*s%s\n", label, (int)cut, s, cut < n ? " ..." : "");
}

static void print_reuse_text(const char *json)
{
    json_t *root = json_loads(json, 0, NULL);
    json_t *links = json_object_get(root, "links");
    if (!json_array_size(links)) printf("no reuse links\n");
    size_t i;
    json_t *l;
    json_array_foreach(links, i, l) {
        json_t *o = json_object_get(l, "origin"), *d = json_object_get(l, "derived");
        printf("%s  %lld %s (%s)  <-  %lld %s (%s)\n", str_or(l, "kind", "?"),
               (long long)json_integer_value(json_object_get(o, "id")), str_or(o, "site", "?"),
               str_or(o, "date", "undated"),
               (long long)json_integer_value(json_object_get(d, "id")), str_or(d, "site", "?"),
               str_or(d, "date", "undated"));
        printf("  score %.2f, %.0f%% of the derived text reused; origin: %s\n",
               json_real_value(json_object_get(l, "score")),
               100 * json_real_value(json_object_get(l, "share")), str_or(o, "title", "(untitled)"));
        size_t k;
        json_t *p;
        json_array_foreach(json_object_get(l, "passages"), k, p) {
            json_t *os = json_object_get(p, "origin"), *ds = json_object_get(p, "derived");
            printf("  passage %zu (similarity %.2f): origin bytes %lld-%lld, derived bytes %lld-%lld\n",
                   k + 1, json_real_value(json_object_get(p, "score")),
                   (long long)json_integer_value(json_array_get(os, 0)),
                   (long long)json_integer_value(json_array_get(os, 1)),
                   (long long)json_integer_value(json_array_get(ds, 0)),
                   (long long)json_integer_value(json_array_get(ds, 1)));
            print_excerpt("origin: ", str_or(p, "origin_text", ""));
            print_excerpt("derived:", str_or(p, "derived_text", ""));
        }
    }
    json_decref(root);
}

typedef struct pair_line {
    char *id, *a, *b;     /* point into one malloc'd line */
} pair_line;

/* Read stdin as id<TAB>a<TAB>b lines.  Returns -1 on fatal error. */
static long read_pairs(pair_line **out, int *skipped)
{
    size_t cap = 256, n = 0;
    pair_line *v = malloc(cap * sizeof *v);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    long lineno = 0;
    if (!v) return -1;
    while ((len = getline(&line, &lcap, stdin)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (len == 0) continue;
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t2 || strchr(t2 + 1, '\t') || len > PAIR_LINE_MAX) {
            cli_error("reuse", "stdin line %ld: expected id<TAB>sentence1<TAB>sentence2", lineno);
            *skipped = 1;
            continue;
        }
        if (n == cap) {
            pair_line *nv = realloc(v, 2 * cap * sizeof *v);
            if (!nv) break;
            v = nv;
            cap *= 2;
        }
        char *copy = malloc((size_t)len + 1);
        if (!copy) break;
        memcpy(copy, line, (size_t)len + 1);
        copy[t1 - line] = 0;
        copy[t2 - line] = 0;
        v[n].id = copy;
        v[n].a = copy + (t1 - line) + 1;
        v[n].b = copy + (t2 - line) + 1;
        n++;
    }
    int bad = !feof(stdin);
    free(line);
    if (bad) {
        for (size_t i = 0; i < n; i++) free(v[i].id);
        free(v);
        return -1;
    }
    *out = v;
    return (long)n;
}

static int run_sentences(const char *lang)
{
    pair_line *pairs = NULL;
    int skipped = 0;
    long n = read_pairs(&pairs, &skipped);
    if (n < 0) {
        cli_error("reuse", "reading standard input failed (or out of memory)");
        return EXIT_USAGE;
    }
    px_ctx *ctx = px_ctx_new();
    px_sentence_scorer *sc = NULL;
    int rc = 0;
    if (!ctx || px_sentence_scorer_new(ctx, lang, &sc) != PX_OK) {
        cli_error("reuse", "%s", ctx ? px_errmsg(ctx) : "out of memory");
        rc = EXIT_USAGE;
    }
    for (long i = 0; i < n && !rc; i++) {
        /* document frequencies over the whole input first */
        if (px_sentence_scorer_observe(sc, pairs[i].a, strlen(pairs[i].a)) != PX_OK ||
            px_sentence_scorer_observe(sc, pairs[i].b, strlen(pairs[i].b)) != PX_OK) {
            cli_error("reuse", "%s", px_errmsg(ctx));
            rc = EXIT_USAGE;
        }
    }
    for (long i = 0; i < n && !rc; i++) {
        double score;
        int same;
        if (px_sentence_scorer_score(sc, pairs[i].a, pairs[i].b, &score, &same) != PX_OK) {
            cli_error("reuse", "pair %s: %s", pairs[i].id, px_errmsg(ctx));
            skipped = 1;
            continue;
        }
        printf("%s\t%.4f\t%d\n", pairs[i].id, score, same);
    }
    if (fflush(stdout) != 0) {
        cli_error("reuse", "writing to standard output failed");
        rc = EXIT_USAGE;
    }
    for (long i = 0; i < n; i++) free(pairs[i].id);
    free(pairs);
    px_sentence_scorer_free(sc);
    px_ctx_free(ctx);
    return rc ? rc : (skipped ? EXIT_SKIPPED : 0);
}

static int parse_id(const char *arg, int64_t *id)
{
    char *end;
    errno = 0;
    long long v = strtoll(arg, &end, 10);
    if (errno || *end || end == arg || v <= 0) return 0;
    *id = v;
    return 1;
}

int cmd_reuse(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_reuse)) return 0;
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'}, {"format", required_argument, NULL, 'f'},
        {"story", required_argument, NULL, 's'}, {"sentences", no_argument, NULL, 'S'},
        {"lang", required_argument, NULL, 'l'}, {NULL, 0, NULL, 0}};
    const char *db = NULL, *story = NULL, *lang = NULL;
    int json = 0, sentences = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:s:", opts, NULL)) != -1) {
        if (c == 'd') db = optarg;
        else if (c == 's') story = optarg;
        else if (c == 'S') sentences = 1;
        else if (c == 'l') lang = optarg;
        else if (c == 'f' && (strcmp(optarg, "json") == 0 || strcmp(optarg, "text") == 0)) json = optarg[0] == 'j';
        else { fputs(usage_reuse, stderr); return EXIT_USAGE; }
    }
    if (sentences) {
        if (optind != argc || story) { fputs(usage_reuse, stderr); return EXIT_USAGE; }
        return run_sentences(lang);
    }
    int64_t article_id = 0, story_id = 0;
    if (story ? optind != argc : optind != argc - 1) { fputs(usage_reuse, stderr); return EXIT_USAGE; }
    if (story && !parse_id(story, &story_id)) {
        cli_error("reuse", "'%s' is not a story id", story);
        return EXIT_USAGE;
    }
    if (!story && !parse_id(argv[optind], &article_id)) {
        cli_error("reuse", "'%s' is not an article id", argv[optind]);
        return EXIT_USAGE;
    }
    px_ctx *ctx = px_ctx_new();
    px_store *s = NULL;
    if (!ctx || px_store_open(ctx, cli_db_path(db), 1, &s) != PX_OK) {
        cli_error("reuse", "%s", ctx ? px_errmsg(ctx) : "out of memory");
        px_ctx_free(ctx);
        return EXIT_USAGE;
    }
    char *out = NULL;
    int rc = 0;
    px_status st = px_reuse_json(ctx, s, article_id, story_id, &out);
    if (st != PX_OK) {
        cli_error("reuse", "%s", px_errmsg(ctx));
        rc = st == PX_NOTFOUND ? EXIT_SKIPPED : EXIT_USAGE;
    } else if (json) {
        rc = cli_write_output("reuse", NULL, out) ? EXIT_USAGE : 0;
    } else {
        print_reuse_text(out);
    }
    free(out);
    px_store_close(s);
    px_ctx_free(ctx);
    return rc;
}
