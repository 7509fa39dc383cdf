# Comprehension variables do not leak; outer names are visible; generator late evaluation
i = "outer i"
squares = [i * i for i in range(5)]
print(squares, i)
x = "outer x"
sets = {x for x in "aab"}
print(sorted(sets), x)
d = {k: v for k, v in [("a", 1)]}
print(d, "k" in globals(), "v" in globals())
g = (n for n in range(3))
print(list(g), "n" in globals())
factor = 3
print([factor * j for j in range(3)])
def f():
    base = 10
    return [base + k for k in range(3)]
print(f())
def nested():
    return [[r * c for c in range(3)] for r in range(3)]
print(nested())
def walrus_leaks():
    [last := y for y in range(4)]
    return last
print(walrus_leaks())
first = [y for y in range(3)]
try:
    y
except NameError as e:
    print(type(e).__name__ + ":", e)
gen_factor = 2
gen = (gen_factor * z for z in range(3))
gen_factor = 100
print(list(gen))
outer_list = [1, 2, 3]
gen2 = (v for v in outer_list)
outer_list = [9, 9]
print(list(gen2))
funcs = [lambda: q for q in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda q=q: q for q in range(3)]
print([fn() for fn in funcs2])
result = [(a, b) for a in range(3) if a for b in range(a)]
print(result)
print([w for w in [w for w in range(3)]])
def locals_in_comp():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(locals_in_comp())
