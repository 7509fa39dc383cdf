# Helpers for the numeric fast-path programs: a number as text that tells -0.0, nan and the type
# apart, and a checksum of many such lines.
import math


def fmt(v):
    if isinstance(v, float):
        if v != v:
            return "nan"
        if v == 0.0:
            return "-0.0" if math.copysign(1.0, v) < 0 else "0.0"
        return repr(v)
    if isinstance(v, complex):
        return "complex(%s,%s)" % (fmt(v.real), fmt(v.imag))
    return "%s:%r" % (type(v).__name__, v)


def digest(lines):
    h = 0
    for ch in "|".join(lines):
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h
