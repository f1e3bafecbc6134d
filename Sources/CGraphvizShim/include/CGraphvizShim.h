#ifndef ACTORGRAPH_CGRAPHVIZSHIM_H
#define ACTORGRAPH_CGRAPHVIZSHIM_H

/*
 * Small C helpers that keep the Swift side of actorgraph's Graphviz seam free of
 * C globals, varargs and version-dependent signatures.
 *
 * Nothing here is thread-safe: libcgraph and libgvc are not. Callers serialise
 * every call (ActorGraphRendering does so with one process-wide lock).
 */

#include <stddef.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Deterministic object IDs.
 *
 * cgraph's default ID discipline uses the heap address of an interned name as
 * the object's ID and a process-wide counter for anonymous objects; dot orders
 * some sets by ID, so two renders of the same clustered graph in one process
 * differ. This discipline numbers names in first-seen order (ID = 2 * index,
 * even) and anonymous objects with a per-graph counter (odd IDs), and its
 * print method returns the stored name. Layouts then depend only on the input.
 */
extern Agiddisc_t agshim_deterministic_iddisc;

/* {&AgMemDisc, &agshim_deterministic_iddisc, &AgIoDisc}. */
extern Agdisc_t agshim_deterministic_disc;

/*
 * Parses the first graph in `length` bytes of DOT text with the deterministic
 * discipline (fmemopen + agread). Returns NULL on a syntax error; the message
 * goes through agerr (install agseterrf to capture it). Flushes the lexer's
 * buffer before and after (so no bytes of another text leak in or stay
 * behind; text after the first graph is ignored) and resets its line counter,
 * so line numbers in messages refer to this text.
 */
Agraph_t *agshim_read_dot(const char *text, size_t length);

/* Opens an empty root graph with the deterministic discipline. */
Agraph_t *agshim_open_graph(const char *name, int directed, int strict);

/*
 * gvRenderData with a size_t length. Graphviz 2.42 declares the length as
 * `unsigned int *`, later releases as `size_t *`; this builds against both.
 */
int agshim_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                       char **result, size_t *length);

/*
 * The names of the installed plugins of one kind ("layout", "device", ...),
 * as an array of `*count` strings the caller releases with agshim_free_names.
 * `count` receives the number of names. Returns NULL if there are none.
 */
char **agshim_plugin_names(GVC_t *gvc, const char *kind, int *count);

/* Releases an array from agshim_plugin_names. */
void agshim_free_names(char **names, int count);

/* Accessors for cgraph's graph descriptors (C globals Swift 6 rejects). */
static inline Agdesc_t agshim_directed(void) { return Agdirected; }
static inline Agdesc_t agshim_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t agshim_undirected(void) { return Agundirected; }
static inline Agdesc_t agshim_strict_undirected(void) { return Agstrictundirected; }

/* The ends of an edge (agtail and aghead are macros in 2.42). */
static inline Agnode_t *agshim_tail(Agedge_t *e) { return AGTAIL(e); }
static inline Agnode_t *agshim_head(Agedge_t *e) { return AGHEAD(e); }

#ifdef __cplusplus
}
#endif

#endif
