/* cmd_ingest.c - parallax ingest: read, extract and store articles. */
#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "job.h"
#include "pool.h"

const char usage_ingest[] =
    "usage: parallax ingest [--db FILE] [--quiet] [--verbose] [-j N] PATH...|-\n"
    "\n"
    "Add articles to the store: HTML files, .txt dumps, directories\n"
    "(recursively: files named .html, .htm, .txt, .warc, .jsonl, .json,\n"
    "also .gz, or with no extension), WARC and WARC.gz (response records),\n"
    "JSON Lines with {\"url\",\"html\"}, {\"url\",\"text\"} or extracted\n"
    "{\"title\",\"text\",\"date\",\"source\",\"url\"} objects, one per line or one\n"
    "JSON array of them.\n"
    "Each article is extracted, analysed, filed into a story and checked\n"
    "for reuse against stored articles, in its own transaction.  An article\n"
    "already stored (same site, title and text) is not added again.\n"
    "\n"
    "  --db FILE     the store (default $PARALLAX_DB or ./parallax.db)\n"
    "  -q, --quiet   no progress line and no summary\n"
    "  -v, --verbose one line per article on stdout: input, article id,\n"
    "                story id, and why it went there (the score that joined\n"
    "                or started a story, the article whose text it reuses,\n"
    "                a story it merged, a split that followed), tab-separated\n"
    "  -j, --jobs N  extract on N threads (0: one per core); articles are\n"
    "                stored in input order, one transaction each\n"
    "  -h, --help    show this help\n"
    "\n"
    "Bad items are reported on stderr (input, position, reason) and skipped.\n"
    "Exit status: 0 all stored, 1 some items skipped, 2 the store failed.\n";

typedef struct ingest_run {
    px_ctx *ctx;                 /* the store's and the reader's */
    px_ctx **worker_ctx;
    pool *pool;
    px_store *store;
    long read, added, known, skipped;
    int progress, quiet, verbose, fatal;
    time_t last_progress;
} ingest_run;

static void progress(ingest_run *run, int final)
{
    if (!run->progress) return;
    time_t now = time(NULL);
    if (!final && now == run->last_progress) return;
    run->last_progress = now;
    fprintf(stderr, "\r%ld read, %ld added, %ld already stored, %ld skipped%s",
            run->read, run->added, run->known, run->skipped, final ? "\n" : "");
}

static void report(ingest_run *run, const char *input, const char *where, const char *reason)
{
    if (run->progress) fputs("\r\033[K", stderr);
    /* the library's messages often name the input already */
    size_t n = strlen(input);
    bool named = strncmp(reason, input, n) == 0 && reason[n] == ':';
    if (where && *where && !named) cli_error("ingest", "%s: %s: %s", input, where, reason);
    else if (named) cli_error("ingest", "%s", reason);
    else cli_error("ingest", "%s: %s", input, reason);
    run->skipped++;
}

/* --verbose: where the article went and why, for a reader checking the
 * stories (a join score just under the threshold says why two reports of
 * one event were kept apart). */
static void explain(ingest_run *run, const char *name, const px_add_result *r)
{
    if (run->progress) fputs("\r\033[K", stderr);
    printf("%s\tarticle %lld\tstory %lld\t", name, (long long)r->article_id,
           (long long)r->story_id);
    if (!r->added) printf("already stored");
    else if (r->new_story) printf("new story (best score %.3f)", r->story_score);
    else printf("joined (score %.3f)", r->story_score);
    if (r->reuse_of) printf("; reuses article %lld (%.2f)", (long long)r->reuse_of, r->reuse_score);
    if (r->merged) printf("; merged story %lld into it", (long long)r->merged);
    if (r->split_to)
        printf("; story %lld split, some articles moving to story %lld", (long long)r->split_from,
               (long long)r->split_to);
    putchar('\n');
    fflush(stdout);
}

static void store_job(ingest_run *run, job *j)
{
    char name[4096];
    if (*j->where) snprintf(name, sizeof name, "%s@%s", j->input, j->where);
    else snprintf(name, sizeof name, "%s", j->input);
    px_add_result res;
    px_status rc = px_store_add(run->ctx, run->store, j->article, name, &res);
    if (rc == PX_OK) {
        if (res.added) run->added++;
        else run->known++;
        if (run->verbose) explain(run, name, &res);
        return;
    }
    report(run, j->input, j->where, px_errmsg(run->ctx));
    /* a store that cannot write stays broken: stop rather than skip all */
    if (rc == PX_DB || rc == PX_IO || rc == PX_NOMEM) run->fatal = 1;
}

static void work(void *job_, int worker, void *user)
{
    ingest_run *run = user;
    job_extract(job_, run->worker_ctx[worker]);
}

/* On the submitting thread, in input order: the store is single-writer. */
static void finish(void *job_, void *user)
{
    ingest_run *run = user;
    job *j = job_;
    if (run->fatal) { job_free(j); return; }
    if (j->status != PX_OK || !j->article) report(run, j->input, j->where, j->error ? j->error : "out of memory");
    else store_job(run, j);
    progress(run, 0);
    job_free(j);
}

static int on_item(void *user, const px_item *item)
{
    ingest_run *run = user;
    run->read++;
    job *j = job_from_item(item);
    if (!j) {
        report(run, item->input, item->where, "out of memory");
        return 0;
    }
    pool_submit(run->pool, j);
    return run->fatal;
}

static void on_skip(void *user, const char *input, const char *where, px_status status, const char *reason)
{
    (void)status;
    report(user, input, where, reason);
}

int cmd_ingest(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_ingest)) return 0;
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'}, {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"jobs", required_argument, NULL, 'j'}, {NULL, 0, NULL, 0}};
    ingest_run run = {0};
    const char *db = NULL;
    int c, jobs = 1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qvj:", opts, NULL)) != -1) {
        if (c == 'd') db = optarg;
        else if (c == 'q') run.quiet = 1;
        else if (c == 'v') run.verbose = 1;
        else if (c == 'j' && (jobs = parse_jobs(optarg)) > 0) continue;
        else { fputs(usage_ingest, stderr); return EXIT_USAGE; }
    }
    if (optind >= argc) { fputs(usage_ingest, stderr); return EXIT_USAGE; }
    run.progress = !run.quiet && isatty(STDERR_FILENO);
    if (!(run.ctx = px_ctx_new())) { cli_error("ingest", "out of memory"); return EXIT_USAGE; }
    if (px_store_open(run.ctx, cli_db_path(db), 0, &run.store) != PX_OK) {
        cli_error("ingest", "%s", px_errmsg(run.ctx));
        px_ctx_free(run.ctx);
        return EXIT_USAGE;
    }
    run.worker_ctx = calloc((size_t)jobs, sizeof *run.worker_ctx);
    int ok = run.worker_ctx != NULL;
    for (int i = 0; ok && i < jobs; i++) ok = (run.worker_ctx[i] = px_ctx_new()) != NULL;
    if (ok) ok = (run.pool = pool_new(jobs, work, finish, &run)) != NULL;
    if (!ok) {
        cli_error("ingest", "out of memory");
        run.fatal = 1;
    }
    for (int i = optind; i < argc && !run.fatal; i++) {
        long before = run.skipped;
        if (px_read_path(run.ctx, argv[i], on_item, on_skip, &run) != PX_OK && run.skipped == before)
            report(&run, argv[i], "", px_errmsg(run.ctx));
    }
    pool_finish(run.pool);
    for (int i = 0; run.worker_ctx && i < jobs; i++) px_ctx_free(run.worker_ctx[i]);
    free(run.worker_ctx);
    progress(&run, 1);
    if (!run.quiet)
        fprintf(stderr, "parallax: ingest: %ld added, %ld already stored, %ld skipped\n",
                run.added, run.known, run.skipped);
    px_store_close(run.store);
    px_ctx_free(run.ctx);
    if (run.fatal) return EXIT_USAGE;
    return run.skipped ? EXIT_SKIPPED : 0;
}
