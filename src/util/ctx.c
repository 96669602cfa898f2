/* ctx.c - the context: error messages and limits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const long hard_limits[PX_LIMIT__COUNT] = {
    PX_HARD_INPUT_BYTES, PX_HARD_DOM_DEPTH, PX_HARD_TEXT_BYTES,
};

const char *px_version(void) { return PX_VERSION; }

px_ctx *px_ctx_new(void)
{
    px_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) return NULL;
    memcpy(ctx->limits, hard_limits, sizeof hard_limits);
    return ctx;
}

void px_ctx_free(px_ctx *ctx) { free(ctx); }

const char *px_errmsg(const px_ctx *ctx) { return ctx ? ctx->errmsg : ""; }

long px_limit(px_ctx *ctx, px_limit_id id, long value)
{
    if (!ctx || (int)id < 0 || id >= PX_LIMIT__COUNT) return -1;
    long old = ctx->limits[id];
    if (value >= 0) ctx->limits[id] = value < hard_limits[id] ? value : hard_limits[id];
    return old;
}

const char *px_status_str(px_status status)
{
    switch (status) {
    case PX_OK: return "ok";
    case PX_NOMEM: return "out of memory";
    case PX_IO: return "i/o error";
    case PX_CORRUPT: return "malformed input";
    case PX_LIMIT: return "limit exceeded";
    case PX_INVALID: return "invalid argument";
    case PX_NOTFOUND: return "not found";
    case PX_EMPTY: return "no article text";
    case PX_DB: return "store error";
    case PX_UNSUPPORTED: return "unsupported";
    }
    return "unknown status";
}

px_status px_fail(px_ctx *ctx, px_status status, const char *fmt, ...)
{
    if (ctx) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
        va_end(ap);
    }
    return status;
}

void px_clear_error(px_ctx *ctx)
{
    if (ctx) ctx->errmsg[0] = '\0';
}
