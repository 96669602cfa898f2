/*
 * fuzz_http.c - libFuzzer target for `parallax serve`: the bytes are one
 * HTTP request, sent over a real TCP connection to a real server (the
 * library's px_server, libmicrohttpd underneath) that serves a store
 * holding the bundled example.  Whatever the request line, path, query,
 * headers or body, the server must answer or close, and the handler's
 * path and id checks, its routing, the pages it renders from the store
 * and their escaping run under ASan/UBSan in this process.
 *
 * The store is built once, in LLVMFuzzerInitialize, under $TMPDIR.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "parallax.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REPLY_WAIT_MS 2000   /* for the first bytes of an answer */
#define MORE_WAIT_MS 50      /* for more once it started (keep-alive) */

typedef struct fuzz_server {
    px_ctx *ctx;
    px_server *server;
    unsigned port;
    unsigned next_source;      /* the last byte of the next client address */
    char db[256];
} fuzz_server;

static fuzz_server fs;      /* libFuzzer's entry points take no context */

static void remove_store(void)
{
    char path[300];
    const char *const suffix[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s%s", fs.db, suffix[i]);
        unlink(path);
    }
}

static int add_page(void *user, const px_item *item)
{
    px_store *store = user;
    px_extract_input in = {item->input, item->data, item->len, item->format, item->charset, item->url};
    px_article *a = NULL;
    if (item->kind == PX_ITEM_PAGE && px_extract(fs.ctx, &in, &a) == PX_OK) {
        px_add_result r;
        px_store_add(fs.ctx, store, a, item->input, &r);
    }
    px_article_free(a);
    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(fs.db, sizeof fs.db, "%s/px-fuzz-http-%ld.db", tmp && *tmp ? tmp : "/tmp", (long)getpid());
    fs.ctx = px_ctx_new();
    px_store *store = NULL;
    if (!fs.ctx || px_store_open(fs.ctx, fs.db, 0, &store) != PX_OK) abort();
    if (px_read_path(fs.ctx, PX_SOURCE_DIR "/examples/news", add_page, NULL, store) != PX_OK) abort();
    px_store_close(store);
    px_server_opts o = {.db_path = fs.db, .bind = "127.0.0.1", .port = 0, .threads = 2};
    if (px_server_start(fs.ctx, &o, &fs.server) != PX_OK) abort();
    fs.port = px_server_port(fs.server);
    atexit(remove_store);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 0;
    /* close with a reset: thousands of connections a second in TIME_WAIT
     * would use up the client ports */
    struct linger reset = {1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    /* each connection from another 127.0.x.y: the server's side of a
     * closed one waits in TIME_WAIT, and one client address has only some
     * 28,000 ports */
    struct sockaddr_in src = {.sin_family = AF_INET};
    fs.next_source = fs.next_source % 60000 + 1;
    src.sin_addr.s_addr = htonl(0x7F000000u | (fs.next_source / 250) << 8 | (fs.next_source % 250 + 2));
    bind(fd, (struct sockaddr *)&src, sizeof src);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)fs.port)};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        if (errno == ECONNREFUSED) abort();                 /* the server died */
        close(fd);                                          /* no port free now */
        return 0;
    }
    size_t sent = 0;
    while (sent < size) {
        ssize_t n = send(fd, data + sent, size - sent, MSG_NOSIGNAL);
        if (n <= 0) break;                  /* the server closed early: fine */
        sent += (size_t)n;
    }
    shutdown(fd, SHUT_WR);
    /* read until the server closes or goes quiet: a request it cannot
     * parse may wait for more bytes, which shutdown said never come */
    char buf[65536];
    struct pollfd p = {fd, POLLIN, 0};
    int wait = REPLY_WAIT_MS;
    while (poll(&p, 1, wait) > 0) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        wait = MORE_WAIT_MS;
    }
    close(fd);
    return 0;
}
