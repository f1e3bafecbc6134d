#define _GNU_SOURCE
#include "CGraphvizShim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Deterministic ID discipline ------------------------------------- */

typedef struct {
    Agraph_t *root;
    char **names;      /* index -> name, interned with agstrdup */
    size_t count;
    size_t capacity;
    size_t *slots;     /* open addressing: 0 = empty, else index + 1 */
    size_t slot_count; /* power of two */
    IDTYPE next_anonymous; /* odd */
} det_state_t;

static size_t det_hash(const char *s) {
    size_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)s; *p; ++p) {
        h ^= *p;
        h *= 1099511628211ULL;
    }
    return h;
}

static int det_grow(det_state_t *st) {
    size_t new_count = st->slot_count ? st->slot_count * 2 : 64;
    size_t *slots = calloc(new_count, sizeof *slots);
    if (!slots) return 0;
    for (size_t i = 0; i < st->count; ++i) {
        size_t j = det_hash(st->names[i]) & (new_count - 1);
        while (slots[j]) j = (j + 1) & (new_count - 1);
        slots[j] = i + 1;
    }
    free(st->slots);
    st->slots = slots;
    st->slot_count = new_count;
    return 1;
}

/* Returns the index of `name`, or (size_t)-1. *slot receives the probe end. */
static size_t det_find(const det_state_t *st, const char *name, size_t *slot) {
    if (!st->slot_count) return (size_t)-1;
    size_t j = det_hash(name) & (st->slot_count - 1);
    while (st->slots[j]) {
        size_t index = st->slots[j] - 1;
        if (strcmp(st->names[index], name) == 0) return index;
        j = (j + 1) & (st->slot_count - 1);
    }
    if (slot) *slot = j;
    return (size_t)-1;
}

static size_t det_insert(det_state_t *st, char *name) {
    if ((st->count + 1) * 2 > st->slot_count && !det_grow(st)) return (size_t)-1;
    if (st->count == st->capacity) {
        size_t cap = st->capacity ? st->capacity * 2 : 64;
        char **names = realloc(st->names, cap * sizeof *names);
        if (!names) return (size_t)-1;
        st->names = names;
        st->capacity = cap;
    }
    /* Interned (a refstr), not strdup'd: callers such as aghtmlstr and
     * agcanonStr read the refstr header in front of the name. The reference
     * lives until agclose, which destroys the string dictionary. */
    char *copy = agstrdup(st->root, name);
    if (!copy) return (size_t)-1;
    size_t slot = 0;
    (void)det_find(st, name, &slot);
    st->names[st->count] = copy;
    st->slots[slot] = st->count + 1;
    return st->count++;
}

static void *det_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    det_state_t *st = calloc(1, sizeof *st);
    if (st) {
        st->root = g;
        st->next_anonymous = 1;
    }
    return st;
}

static long det_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    det_state_t *st = state;
    if (!st) return 0;
    if (str) {
        size_t index = det_find(st, str, NULL);
        if (index == (size_t)-1) {
            if (!createflag) {
                *id = 0; /* matches no object, like the default discipline */
                return 1;
            }
            index = det_insert(st, str);
            if (index == (size_t)-1) return 0;
        }
        *id = (IDTYPE)(2 * (index + 1));
    } else {
        *id = st->next_anonymous;
        st->next_anonymous += 2;
    }
    return 1;
}

static long det_alloc(void *state, int objtype, IDTYPE request) {
    (void)state;
    (void)objtype;
    (void)request;
    return 0; /* explicit IDs are not supported, as in the default */
}

static void det_free(void *state, int objtype, IDTYPE id) {
    /* Names stay in the table until the graph closes, so a name keeps its ID. */
    (void)state;
    (void)objtype;
    (void)id;
}

static char *det_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    det_state_t *st = state;
    if (!st || id == 0 || id % 2 != 0) return NULL;
    size_t index = (size_t)(id / 2) - 1;
    return index < st->count ? st->names[index] : NULL;
}

static void det_close(void *state) {
    det_state_t *st = state;
    if (!st) return;
    /* The names themselves go with the string dictionary (agstrclose). */
    free(st->names);
    free(st->slots);
    free(st);
}

static void det_register(void *state, int objtype, void *obj) {
    (void)state;
    (void)objtype;
    (void)obj;
}

Agiddisc_t agshim_deterministic_iddisc = {
    det_open, det_map, det_alloc, det_free, det_print, det_close, det_register,
};

Agdisc_t agshim_deterministic_disc = {
    &AgMemDisc, &agshim_deterministic_iddisc, &AgIoDisc,
};

/* ---- Reading and opening ---------------------------------------------- */

/*
 * Exported by libcgraph (scan.l) but not declared in its public headers: it
 * flushes the DOT lexer's buffer. agread stops after the first graph and
 * leaves the rest of the input buffered inside flex, for a later agread on
 * the same file; a read from a *different* buffer would first consume those
 * stale bytes. Measured on 2.42: after reading "digraph A {a} digraph B {b}",
 * reading "digraph C {c}" returned graph B, and trailing newlines shifted
 * the line numbers of later syntax errors.
 */
extern void aglexbad(void);

Agraph_t *agshim_read_dot(const char *text, size_t length) {
    static const char empty[1] = {0};
    FILE *fp = fmemopen((void *)(length ? text : empty), length ? length : 1, "r");
    if (!fp) return NULL;
    aglexbad();
    agreadline(1);
    Agraph_t *g = agread(fp, &agshim_deterministic_disc);
    aglexbad(); /* drop whatever follows the first graph */
    fclose(fp);
    return g;
}

Agraph_t *agshim_open_graph(const char *name, int directed, int strict) {
    Agdesc_t desc = directed ? (strict ? Agstrictdirected : Agdirected)
                             : (strict ? Agstrictundirected : Agundirected);
    return agopen((char *)name, desc, &agshim_deterministic_disc);
}

/* ---- Rendering --------------------------------------------------------- */

/* The exact type of gvRenderData in Graphviz 2.42 (later: size_t *length). */
typedef int (*render_u32_fn)(GVC_t *, graph_t *, const char *, char **, unsigned int *);

int agshim_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                       char **result, size_t *length) {
    unsigned int length32 = 0;
    size_t length_size = 0;
    *result = NULL;
    /* _Generic picks the out-parameter whose type matches the prototype in use. */
    int rc = gvRenderData(gvc, g, format, result,
                          _Generic(&gvRenderData, render_u32_fn: &length32,
                                   default: &length_size));
    *length = length32 ? (size_t)length32 : length_size;
    return rc;
}

/* ---- Plugins ------------------------------------------------------------ */

char **agshim_plugin_names(GVC_t *gvc, const char *kind, int *count) {
    *count = 0;
    return gvPluginList(gvc, kind, count, NULL);
}

void agshim_free_names(char **names, int count) {
    if (!names) return;
    for (int i = 0; i < count; ++i) free(names[i]);
    free(names);
}
