/*
 * pool.h - an ordered parallel map for the CLI: jobs are submitted in
 * input order, run on N worker threads, and finished (printed, stored) on
 * the submitting thread in the same order, so `-j N` changes speed, never
 * output.  At most 4*N jobs are in flight, which bounds memory on a
 * stream of any length.
 */
#ifndef PX_CLI_POOL_H
#define PX_CLI_POOL_H

typedef struct pool pool;

/* work runs on a worker thread with that worker's slot (0..n-1) so it can
 * use per-thread state; finish runs on the submitting thread, in order. */
typedef void (*pool_work_fn)(void *job, int worker, void *user);
typedef void (*pool_finish_fn)(void *job, void *user);

/* n <= 1 runs every job inline at submit time (no threads). */
pool *pool_new(int n, pool_work_fn work, pool_finish_fn finish, void *user);
/* Queue a job; may block while the oldest job is still running, and
 * finishes every job that is done, in order.  Returns 0, or -1 when no
 * thread could be started (the job is then run inline). */
int pool_submit(pool *p, void *job);
/* Wait for every job, finish them in order, stop the threads, free. */
void pool_finish(pool *p);

#endif
