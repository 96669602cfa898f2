/* pool.c - see pool.h.  A ring of job slots guarded by one mutex: workers
 * take the next queued slot, mark it done, and signal; the submitter
 * finishes done slots from the oldest on. */
#include <pthread.h>
#include <stdlib.h>

#include "pool.h"

#define MAX_WORKERS 64

enum { SLOT_FREE, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

typedef struct slot {
    void *job;
    int state;
} slot;

struct pool {
    pool_work_fn work;
    pool_finish_fn finish;
    void *user;
    int n;
    pthread_t threads[MAX_WORKERS];
    int started;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    slot *ring;
    size_t cap, head, tail;      /* head: oldest unfinished; tail: next free */
    size_t next;                 /* next slot a worker should take */
    int stopping;
};

typedef struct worker_arg {
    pool *p;
    int id;
} worker_arg;

static void *worker(void *arg)
{
    worker_arg *wa = arg;
    pool *p = wa->p;
    int id = wa->id;
    free(wa);
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->stopping && p->next == p->tail) pthread_cond_wait(&p->changed, &p->lock);
        if (p->next == p->tail) break;           /* stopping, nothing left */
        slot *s = &p->ring[p->next % p->cap];
        p->next++;
        s->state = SLOT_RUNNING;
        pthread_mutex_unlock(&p->lock);
        p->work(s->job, id, p->user);
        pthread_mutex_lock(&p->lock);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&p->changed);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

pool *pool_new(int n, pool_work_fn work, pool_finish_fn finish, void *user)
{
    pool *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->work = work;
    p->finish = finish;
    p->user = user;
    p->n = n < 1 ? 1 : n > MAX_WORKERS ? MAX_WORKERS : n;
    if (p->n == 1) return p;
    p->cap = 4 * (size_t)p->n;
    p->ring = calloc(p->cap, sizeof *p->ring);
    if (!p->ring) { p->n = 1; return p; }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->changed, NULL);
    for (int i = 0; i < p->n; i++) {
        worker_arg *wa = malloc(sizeof *wa);
        if (!wa) break;
        wa->p = p;
        wa->id = i;
        if (pthread_create(&p->threads[i], NULL, worker, wa) != 0) { free(wa); break; }
        p->started++;
    }
    return p;
}

/* Finish done jobs from the oldest on; with wait, block for the oldest. */
static void drain(pool *p, int wait)
{
    for (;;) {
        while (p->head != p->tail && p->ring[p->head % p->cap].state != SLOT_DONE && wait)
            pthread_cond_wait(&p->changed, &p->lock);
        if (p->head == p->tail || p->ring[p->head % p->cap].state != SLOT_DONE) return;
        slot *s = &p->ring[p->head % p->cap];
        void *job = s->job;
        s->state = SLOT_FREE;
        p->head++;
        pthread_mutex_unlock(&p->lock);
        p->finish(job, p->user);
        pthread_mutex_lock(&p->lock);
        wait = 0;                     /* one finished: room for the next */
    }
}

int pool_submit(pool *p, void *job)
{
    if (p->n == 1 || p->started == 0) {
        p->work(job, 0, p->user);
        p->finish(job, p->user);
        return p->n == 1 ? 0 : -1;
    }
    pthread_mutex_lock(&p->lock);
    if (p->tail - p->head == p->cap) drain(p, 1);
    slot *s = &p->ring[p->tail % p->cap];
    s->job = job;
    s->state = SLOT_QUEUED;
    p->tail++;
    pthread_cond_broadcast(&p->changed);
    drain(p, 0);
    pthread_mutex_unlock(&p->lock);
    return 0;
}

void pool_finish(pool *p)
{
    if (!p) return;
    if (p->n > 1 && p->ring) {
        pthread_mutex_lock(&p->lock);
        while (p->head != p->tail) drain(p, 1);
        p->stopping = 1;
        pthread_cond_broadcast(&p->changed);
        pthread_mutex_unlock(&p->lock);
        for (int i = 0; i < p->started; i++) pthread_join(p->threads[i], NULL);
        pthread_mutex_destroy(&p->lock);
        pthread_cond_destroy(&p->changed);
    }
    free(p->ring);
    free(p);
}
