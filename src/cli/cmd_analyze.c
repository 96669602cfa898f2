/* cmd_analyze.c - parallax analyze: what the text stage finds in articles
 * (sentences, tokens, entities, quotes, dates, quantities), no store. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "job.h"

const char usage_analyze[] =
    "usage: parallax analyze [--format json|text] FILE...|-\n"
    "\n"
    "Analyse each article: sentences with their tokens (as written,\n"
    "normalised, stemmed), named entities with kinds, quotes with speakers,\n"
    "dates (relative ones such as \"yesterday\", \"Tuesday\", \"on the 17th\",\n"
    "\"last year\" resolved against the publication date; also German,\n"
    "French, Spanish, Italian, Portuguese and Polish forms such as\n"
    "\"17. Juni 2024\", \"17.06.2024\", \"le 17 juin\", \"gestern\") and quantities\n"
    "with units (\"3,200 troops\", \"$4.5 billion\", \"40 per cent\").\n"
    "Inputs are what extract reads (HTML pages, text dumps, WARC, JSON Lines),\n"
    "so 'parallax extract page.html | parallax analyze -' works; '-' reads\n"
    "standard input.  Prints one JSON object per article, one per line, or\n"
    "with --format text a readable summary, articles apart by a blank line.\n"
    "\n"
    "  -f, --format json|text  JSON (default), or the same for reading\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit status: 0 all analysed, 1 some input skipped (reasons on stderr).\n";

typedef struct analyze_run {
    px_ctx *ctx;
    px_render how;
    int skipped;
} analyze_run;

static int on_item(void *user, const px_item *item)
{
    analyze_run *run = user;
    job *j = job_from_item(item);
    if (!j) {
        cli_error("analyze", "%s: out of memory", item->input);
        run->skipped++;
        return 0;
    }
    job_extract(j, run->ctx);
    char *json = NULL;
    if (j->status != PX_OK || !j->article) {
        cli_error("analyze", "%s", j->error ? j->error : "out of memory");
        run->skipped++;
    } else if (px_analysis_render(run->ctx, j->article, j->name, run->how, &json) != PX_OK) {
        cli_error("analyze", "%s: %s", j->name, px_errmsg(run->ctx));
        run->skipped++;
    } else {
        puts(json);
    }
    free(json);
    job_free(j);
    return 0;
}

static void on_skip(void *user, const char *input, const char *where, px_status status, const char *reason)
{
    analyze_run *run = user;
    cli_skip_error("analyze", input, where, reason);
    (void)status;
    run->skipped++;
}

int cmd_analyze(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_analyze)) return 0;
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'}, {NULL, 0, NULL, 0}};
    int c;
    px_render how = PX_RENDER_JSON;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
        if (c == 'f' && strcmp(optarg, "json") == 0) how = PX_RENDER_JSON;
        else if (c == 'f' && strcmp(optarg, "text") == 0) how = PX_RENDER_TEXT;
        else {
            fputs(usage_analyze, stderr);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fputs(usage_analyze, stderr);
        return EXIT_USAGE;
    }
    analyze_run run = {px_ctx_new(), how, 0};
    if (!run.ctx) {
        cli_error("analyze", "out of memory");
        return EXIT_USAGE;
    }
    for (int i = optind; i < argc; i++) {
        int before = run.skipped;
        if (px_read_path(run.ctx, argv[i], on_item, on_skip, &run) != PX_OK && run.skipped == before) {
            cli_error("analyze", "%s", px_errmsg(run.ctx));
            run.skipped++;
        }
    }
    px_ctx_free(run.ctx);
    if (fflush(stdout) != 0) return EXIT_USAGE;
    return run.skipped ? EXIT_SKIPPED : 0;
}
