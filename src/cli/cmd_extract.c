/* cmd_extract.c - parallax extract: pages in, articles out (no store). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "job.h"
#include "pool.h"

const char usage_extract[] =
    "usage: parallax extract [--format json|text] [-j N] FILE...|-\n"
    "\n"
    "Extract the article from each HTML page or text dump: title, byline,\n"
    "date (ISO 8601), site, url, language, description, text, paragraphs.\n"
    "WARC, WARC.gz and JSON Lines inputs give one article per record.\n"
    "Directories are read recursively (files named .html, .htm, .txt,\n"
    ".warc, .jsonl, .json, also .gz, or with no extension; name any other\n"
    "file to read it); '-' reads standard input.\n"
    "\n"
    "  -f, --format json|text  JSON, one object per line with a \"path\" field\n"
    "                          (default), or the title and paragraphs as text\n"
    "  -j, --jobs N            extract on N threads (0: one per core); the\n"
    "                          output order stays the input order\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit status: 0 all extracted, 1 some input skipped (reasons on stderr).\n";

typedef struct extract_run {
    int text;
    int skipped;
    int written;
    px_ctx **ctx;                /* one per worker */
    pool *pool;
} extract_run;

static void print_text(const px_article *a)
{
    if (a->title) printf("%s\n\n", a->title);
    for (size_t i = 0; i < a->n_paragraphs; i++) printf("%s\n\n", a->paragraphs[i]);
}

static void emit(extract_run *run, const job *j)
{
    if (run->text) {
        if (run->written) fputs("\f\n", stdout);   /* form feed between articles */
        print_text(j->article);
    } else {
        char *json;
        char name[4096];
        if (*j->where) snprintf(name, sizeof name, "%s@%s", j->input, j->where);
        else snprintf(name, sizeof name, "%s", j->input);
        if (px_article_json(j->article, name, &json) != PX_OK) {
            cli_error("extract", "%s: out of memory", name);
            run->skipped++;
            return;
        }
        puts(json);
        free(json);
    }
    run->written++;
}

static void work(void *job_, int worker, void *user)
{
    extract_run *run = user;
    job_extract(job_, run->ctx[worker]);
}

static void finish(void *job_, void *user)
{
    extract_run *run = user;
    job *j = job_;
    if (j->status != PX_OK || !j->article) {
        cli_error("extract", "%s", j->error ? j->error : "out of memory");
        run->skipped++;
    } else {
        emit(run, j);
    }
    job_free(j);
}

static int on_item(void *user, const px_item *item)
{
    extract_run *run = user;
    job *j = job_from_item(item);
    if (!j) {
        cli_error("extract", "%s: out of memory", item->input);
        run->skipped++;
        return 0;
    }
    pool_submit(run->pool, j);
    return 0;
}

static void on_skip(void *user, const char *input, const char *where, px_status status, const char *reason)
{
    extract_run *run = user;
    cli_skip_error("extract", input, where, reason);
    (void)status;
    run->skipped++;
}

int cmd_extract(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_extract)) return 0;
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'}, {"jobs", required_argument, NULL, 'j'},
        {NULL, 0, NULL, 0}};
    extract_run run = {0};
    int c, jobs = 1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:j:", opts, NULL)) != -1) {
        if (c == 'f' && strcmp(optarg, "text") == 0) run.text = 1;
        else if (c == 'f' && strcmp(optarg, "json") == 0) run.text = 0;
        else if (c == 'j' && (jobs = parse_jobs(optarg)) > 0) continue;
        else {
            fputs(usage_extract, stderr);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fputs(usage_extract, stderr);
        return EXIT_USAGE;
    }
    /* one context per worker, plus one for the reader */
    run.ctx = calloc((size_t)jobs + 1, sizeof *run.ctx);
    int ok = run.ctx != NULL;
    for (int i = 0; ok && i <= jobs; i++) ok = (run.ctx[i] = px_ctx_new()) != NULL;
    if (ok) ok = (run.pool = pool_new(jobs, work, finish, &run)) != NULL;
    if (!ok) {
        cli_error("extract", "out of memory");
        return EXIT_USAGE;
    }
    px_ctx *reader = run.ctx[jobs];
    for (int i = optind; i < argc; i++) {
        int before = run.skipped;
        if (px_read_path(reader, argv[i], on_item, on_skip, &run) != PX_OK && run.skipped == before) {
            cli_error("extract", "%s", px_errmsg(reader));
            run.skipped++;
        }
    }
    pool_finish(run.pool);
    for (int i = 0; i <= jobs; i++) px_ctx_free(run.ctx[i]);
    free(run.ctx);
    if (fflush(stdout) != 0) return EXIT_USAGE;
    return run.skipped ? EXIT_SKIPPED : 0;
}
