import CGraphviz
import CGraphvizShim

