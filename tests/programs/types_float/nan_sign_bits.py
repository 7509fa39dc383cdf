# float('nan'), math.nan and cmath.nan have the sign bit clear, float('-nan') has it set (as CPython's
# strtod gives them); copysign and struct packing show it.
import math, cmath, struct
for name, x in [("float('nan')", float('nan')), ("float('-nan')", float('-nan')), ("float(' NaN ')", float(' NaN ')),
                ("fromhex nan", float.fromhex('nan')), ("fromhex -nan", float.fromhex('-nan')),
                ("math.nan", math.nan), ("cmath.nan", cmath.nan), ("cmath.nanj.imag", cmath.nanj.imag),
                ("complex('nan+nanj').real", complex('nan+nanj').real), ("complex('-nan').real", complex('-nan').real),
                ("-math.nan", -math.nan), ("abs(float('-nan'))", abs(float('-nan')))]:
    print(name, math.copysign(1.0, x), struct.pack('>d', x).hex())
