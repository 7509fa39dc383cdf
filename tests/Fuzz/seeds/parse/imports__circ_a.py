print("  [_circ_a] start")
A_EARLY = "a-early"
from _circ_b import B_VALUE
A_LATE = "a-late, saw " + B_VALUE
print("  [_circ_a] end")
