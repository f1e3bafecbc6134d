#include "CGraphvizShim.h"
int ag_shim_version(void) { return 1; }
