/*
 * codec.c - sketch <-> bytes for the store.
 *
 * Layout (all little-endian, written byte by byte so host order and
 * alignment never matter):
 *   "PXSK" | u32 version (=1) | u64 text_hash | u32 n_shingles |
 *   u32 n_content | u32 n_fw | 64 x u32 minhash | 64 x u32 content_minhash |
 *   n_fw x u64 fw_grams (strictly increasing)
 * Decoding trusts nothing: the length must match n_fw exactly and the
 * grams must be sorted and distinct (the merge in fw_containment relies
 * on it), else PX_CORRUPT.
 */
#include <stdlib.h>
#include <string.h>

#include "reuse/reuse_internal.h"

#define RX_MAGIC "PXSK"
#define RX_VERSION 1u
#define RX_HEAD (4 + 4 + 8 + 4 + 4 + 4 + 2 * 4 * PX_MINHASH_K)

static unsigned char *put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) *p++ = (unsigned char)(v >> (8 * i));
    return p;
}

static unsigned char *put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) *p++ = (unsigned char)(v >> (8 * i));
    return p;
}

static uint32_t get32(const unsigned char *p)
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--) v = v << 8 | p[i];
    return v;
}

static uint64_t get64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = v << 8 | p[i];
    return v;
}

px_status px_sketch_encode(const px_sketch *s, unsigned char **out, size_t *len)
{
    if (!s || !out || !len || (s->n_fw_grams && !s->fw_grams)) return PX_INVALID;
    size_t n = RX_HEAD + (size_t)s->n_fw_grams * 8;
    unsigned char *buf = malloc(n);
    if (!buf) return PX_NOMEM;
    unsigned char *p = buf;
    memcpy(p, RX_MAGIC, 4);
    p += 4;
    p = put32(p, RX_VERSION);
    p = put64(p, s->text_hash);
    p = put32(p, s->n_shingles);
    p = put32(p, s->n_content);
    p = put32(p, s->n_fw_grams);
    for (int k = 0; k < PX_MINHASH_K; k++) p = put32(p, s->minhash[k]);
    for (int k = 0; k < PX_MINHASH_K; k++) p = put32(p, s->content_minhash[k]);
    for (uint32_t i = 0; i < s->n_fw_grams; i++) p = put64(p, s->fw_grams[i]);
    *out = buf;
    *len = n;
    return PX_OK;
}

px_status px_sketch_decode(const unsigned char *data, size_t len, px_sketch *out)
{
    if (!out) return PX_INVALID;
    memset(out, 0, sizeof *out);
    if (!data || len < RX_HEAD || memcmp(data, RX_MAGIC, 4) != 0) return PX_CORRUPT;
    if (get32(data + 4) != RX_VERSION) return PX_UNSUPPORTED;
    uint32_t nfw = get32(data + 24);
    /* compare in the division direction so a huge count cannot wrap */
    if ((len - RX_HEAD) % 8 != 0 || (len - RX_HEAD) / 8 != nfw) return PX_CORRUPT;
    uint64_t *fw = NULL;
    if (nfw) {
        fw = malloc((size_t)nfw * sizeof *fw);
        if (!fw) return PX_NOMEM;
        for (uint32_t i = 0; i < nfw; i++) {
            fw[i] = get64(data + RX_HEAD + (size_t)i * 8);
            if (i && fw[i] <= fw[i - 1]) {
                free(fw);
                return PX_CORRUPT;
            }
        }
    }
    out->text_hash = get64(data + 8);
    out->n_shingles = get32(data + 16);
    out->n_content = get32(data + 20);
    out->n_fw_grams = nfw;
    out->fw_grams = fw;
    for (int k = 0; k < PX_MINHASH_K; k++) {
        out->minhash[k] = get32(data + 28 + 4 * k);
        out->content_minhash[k] = get32(data + 28 + 4 * PX_MINHASH_K + 4 * k);
    }
    return PX_OK;
}
