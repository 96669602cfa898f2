/* cmd_extract.c - parallax extract: pages in, articles out (no store). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char usage_extract[] =
    "usage: parallax extract [--format json|text] FILE...|-\n"
    "\n"
    "Extract the article from each HTML page or text dump: title, byline,\n"
    "date (ISO 8601), site, url, language, description, text, paragraphs.\n"
    "WARC, WARC.gz and JSON Lines inputs give one article per record.\n"
    "Directories are read recursively; '-' reads standard input.\n"
    "\n"
    "  -f, --format json|text  JSON, one object per line with a \"path\" field\n"
    "                          (default), or the title and paragraphs as text\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit status: 0 all extracted, 1 some input skipped (reasons on stderr).\n";

typedef struct extract_run {
    px_ctx *ctx;
    int text;
    int skipped;
    int written;
} extract_run;

static void print_text(const px_article *a)
{
    if (a->title) printf("%s\n\n", a->title);
    for (size_t i = 0; i < a->n_paragraphs; i++) printf("%s\n\n", a->paragraphs[i]);
}

static void emit(extract_run *run, const px_article *a, const px_item *item)
{
    if (run->text) {
        if (run->written) fputs("\f\n", stdout);   /* form feed between articles */
        print_text(a);
    } else {
        char *json;
        char name[4096];
        if (item->where && *item->where) snprintf(name, sizeof name, "%s@%s", item->input, item->where);
        else snprintf(name, sizeof name, "%s", item->input);
        if (px_article_json(a, name, &json) != PX_OK) {
            cli_error("extract", "%s: out of memory", name);
            run->skipped++;
            return;
        }
        puts(json);
        free(json);
    }
    run->written++;
}

static int on_item(void *user, const px_item *item)
{
    extract_run *run = user;
    if (item->kind == PX_ITEM_ARTICLE) {
        emit(run, item->article, item);
        return 0;
    }
    char name[4096];
    if (item->where && *item->where) snprintf(name, sizeof name, "%s: %s", item->input, item->where);
    else snprintf(name, sizeof name, "%s", item->input);
    px_extract_input in = {name, item->data, item->len, item->format, item->charset, item->url};
    px_article *a = NULL;
    px_status rc = px_extract(run->ctx, &in, &a);
    if (rc != PX_OK) {
        cli_error("extract", "%s", px_errmsg(run->ctx));
        run->skipped++;
        return 0;
    }
    emit(run, a, item);
    px_article_free(a);
    return 0;
}

static void on_skip(void *user, const char *input, const char *where, px_status status, const char *reason)
{
    extract_run *run = user;
    if (where && *where) cli_error("extract", "%s: %s: %s", input, where, reason);
    else cli_error("extract", "%s: %s", input, reason);
    (void)status;
    run->skipped++;
}

int cmd_extract(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_extract)) return 0;
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'}, {NULL, 0, NULL, 0}};
    extract_run run = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
        if (c == 'f' && strcmp(optarg, "text") == 0) run.text = 1;
        else if (c == 'f' && strcmp(optarg, "json") == 0) run.text = 0;
        else {
            fputs(usage_extract, stderr);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fputs(usage_extract, stderr);
        return EXIT_USAGE;
    }
    if (!(run.ctx = px_ctx_new())) {
        cli_error("extract", "out of memory");
        return EXIT_USAGE;
    }
    for (int i = optind; i < argc; i++) {
        int before = run.skipped;
        if (px_read_path(run.ctx, argv[i], on_item, on_skip, &run) != PX_OK && run.skipped == before) {
            cli_error("extract", "%s", px_errmsg(run.ctx));
            run.skipped++;
        }
    }
    px_ctx_free(run.ctx);
    if (fflush(stdout) != 0) return EXIT_USAGE;
    return run.skipped ? EXIT_SKIPPED : 0;
}
