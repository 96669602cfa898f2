/* cmd_serve.c - parallax serve: the local web app over a store. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char usage_serve[] =
    "usage: parallax serve [--db FILE] [--port N] [--bind ADDR] [--sources FILE]\n"
    "\n"
    "Serve the store as a local web app: the stories list with search and\n"
    "filters, story pages (columns side by side, shared passages lit, quotes,\n"
    "the reuse graph, a timeline, dates mentioned, numbers that differ, who\n"
    "cites whom, coverage by source label), article and source pages, and\n"
    "JSON at /api/stories and /api/story/ID.  Read-only: an ingest may run\n"
    "at the same time.  Prints the address it listens on, then\n"
    "serves until interrupted (Ctrl-C, SIGTERM).\n"
    "\n"
    "  --db FILE        the store\n"
    "  -p, --port N     TCP port (default 8080; 0 picks a free one)\n"
    "  -b, --bind ADDR  address to listen on (default 127.0.0.1, this machine\n"
    "                   only; other addresses expose the store to the network)\n"
    "  -s, --sources FILE  source-label file (JSON, see parallax(1))\n"
    "  -h, --help       show this help\n";

int cmd_serve(int argc, char **argv)
{
    if (cli_wants_help(argc, argv, usage_serve)) return 0;
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'}, {"port", required_argument, NULL, 'p'},
        {"bind", required_argument, NULL, 'b'}, {"sources", required_argument, NULL, 's'},
        {NULL, 0, NULL, 0}};
    px_server_opts so = {NULL, "127.0.0.1", 8080, NULL, 2};
    const char *db = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "p:b:s:", opts, NULL)) != -1) {
        if (c == 'd') db = optarg;
        else if (c == 'b') so.bind = optarg;
        else if (c == 's') so.sources_path = optarg;
        else if (c == 'p') {
            char *end;
            errno = 0;
            long v = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || v < 0 || v > 65535) {
                cli_error("serve", "'%s' is not a port number", optarg);
                return EXIT_USAGE;
            }
            so.port = (unsigned)v;
        } else { fputs(usage_serve, stderr); return EXIT_USAGE; }
    }
    if (optind != argc) { fputs(usage_serve, stderr); return EXIT_USAGE; }
    so.db_path = cli_db_path(db);

    /* Block the stop signals before the server's threads start, so they
     * inherit the mask and this thread alone receives them in sigwait:
     * no handler, no flag shared between threads. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);   /* a client hanging up must not end the server */

    px_ctx *ctx = px_ctx_new();
    if (!ctx) { cli_error("serve", "out of memory"); return EXIT_USAGE; }
    px_server *srv = NULL;
    if (px_server_start(ctx, &so, &srv) != PX_OK) {
        cli_error("serve", "%s", px_errmsg(ctx));
        px_ctx_free(ctx);
        return EXIT_USAGE;
    }
    int v6 = strchr(so.bind, ':') != NULL;
    printf("parallax: serving %s on http://%s%s%s:%u/\n", so.db_path, v6 ? "[" : "", so.bind, v6 ? "]" : "",
           px_server_port(srv));
    fflush(stdout);
    int sig = 0;
    sigwait(&stop, &sig);
    fprintf(stderr, "parallax: serve: stopping (signal %d)\n", sig);
    px_server_stop(srv);
    px_ctx_free(ctx);
    return 0;
}
