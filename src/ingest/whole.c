/*
 * whole.c - a plain file (HTML page or text dump) is one item.
 *
 * The file is read whole, but never more than the input limit plus one
 * byte: a larger file is reported with PX_LIMIT instead of being buffered.
 * A gzip'd page that grows to several limits is read no further.
 */
#include "ingest.h"

void ing_read_whole(ing_run *r, ing_stream *s, px_format format)
{
    px_buf data = PX_BUF_INIT;
    unsigned gaps = s->gaps;
    uint64_t got = ing_read(s, &data, (uint64_t)r->limit + 1);
    if (r->fatal) goto done;
    if (s->gaps != gaps) goto done;      /* broken gzip, reported */
    if (got > r->limit) {
        if (s->gz) {
            /* do not inflate a gzip bomb to its end just to count it */
            ing_skip(r, "", PX_LIMIT,
                     "file exceeds the input limit of %zu bytes once "
                     "decompressed", r->limit);
            goto done;
        }
        /* count the rest to say how big it was; plain reading is cheap,
         * but an endless pipe must not hang us: stop counting at 4 GB */
        uint64_t cap = (uint64_t)1 << 32;
        uint64_t total = got + ing_read(s, NULL, cap);
        ing_skip(r, "", PX_LIMIT,
                 "file of %s%llu bytes exceeds the input limit of %zu bytes",
                 total > cap ? "over " : "", (unsigned long long)total,
                 r->limit);
        goto done;
    }
    px_item item = {0};
    item.where = "";
    item.kind = PX_ITEM_PAGE;
    item.format = format;
    item.data = data.data ? data.data : "";
    item.len = data.len;
    ing_emit(r, &item);
done:
    px_buf_free(&data);
}
