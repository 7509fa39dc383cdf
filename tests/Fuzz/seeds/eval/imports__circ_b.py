print("  [_circ_b] start")
import _circ_a
B_VALUE = "b-value, saw " + _circ_a.A_EARLY
try:
    print("  [_circ_b] A_LATE:", _circ_a.A_LATE)
except AttributeError as e:
    print("  [_circ_b] partially initialized:", type(e).__name__)
print("  [_circ_b] end")
