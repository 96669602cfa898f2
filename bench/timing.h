/* timing.h - what the C benches share: clocks in ms and medians. */
#ifndef PX_BENCH_TIMING_H
#define PX_BENCH_TIMING_H

#include <stdlib.h>
#include <time.h>

/* CLOCK_MONOTONIC for wall time, CLOCK_THREAD_CPUTIME_ID for the CPU time
 * of the calling thread (steady when other jobs share the machine). */
static inline double bench_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static inline int bench_by_value(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

/* Median of t[0..n), n >= 1; sorts t. */
static inline double bench_median(double *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, bench_by_value);
    return n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
}

#endif
