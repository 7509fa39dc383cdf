# Shallow copies of lists: slicing, list(), copy(), and aliasing of nested elements
orig = [1, [2, 3], (4, [5])]
s1 = orig[:]
s2 = list(orig)
s3 = orig.copy()
s4 = [*orig]
print(all(c == orig for c in (s1, s2, s3, s4)), any(c is orig for c in (s1, s2, s3, s4)))
s1[0] = "changed"
print(orig[0], s1[0])
s2[1].append("shared")
print(orig[1], s3[1], s1[1] is orig[1])
s3[2][1].append("deep")
print(orig[2], s4[2] is orig[2])
def deep(x):
    if isinstance(x, list):
        return [deep(i) for i in x]
    if isinstance(x, tuple):
        return tuple(deep(i) for i in x)
    return x
d = deep(orig)
d[1].append("only in deep copy")
d[2][1].append("only deep")
print(orig)
print(d)
alias = orig
alias.append("via alias")
print(orig[-1], alias is orig)
matrix = [[0] * 3] * 3
matrix[0][0] = 1
print(matrix)
matrix = [[0] * 3 for _ in range(3)]
matrix[0][0] = 1
print(matrix)
rows = [[]] * 2
rows[0].append("x")
print(rows)
t = (1, 2)
print(t[:] is t, tuple(t) is t, t + () == t)
e = []
copies = [e[:], list(e), e.copy()]
print(copies, [c is e for c in copies])
src = [{"k": 1}]
cp = src.copy()
cp[0]["k"] = 2
print(src, cp)
