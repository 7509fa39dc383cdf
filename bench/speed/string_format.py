# workload: family=speed quick=1
# String formatting: f-strings with format specs, %-formatting, str.format, join and repr.
from _speed import run


def kernel():
    parts = []
    total = 0
    for i in range(400):
        x = i * 1.5
        s1 = f"{i:5d}|{x:8.2f}|{i:x}|{'ab' * (i % 3)!r}"
        s2 = "%-6s %04d %.3e" % ("k%d" % i, i, x)
        s3 = "{0}-{1:>4}-{name}".format(i, i % 10, name="n")
        total += len(s1) + len(s2) + len(s3)
        if i % 50 == 0:
            parts.append(s1 + s2 + s3)
    return total, "/".join(parts)[:120]



if __name__ == "__main__":
    run(kernel, 120, expect=(21216, "    0|    0.00|0|''k0     0000 0.000e+000-   0-n/   50|   75.00|32|'abab'k50    "
                                     "0050 7.500e+0150-   0-n/  100|  150.00|6"))
