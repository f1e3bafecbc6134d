#ifndef ACTORGRAPH_CGRAPHVIZSHIM_H
#define ACTORGRAPH_CGRAPHVIZSHIM_H
/// Placeholder; the rendering issue fills this with the deterministic ID discipline.
int ag_shim_version(void);
#endif
