# repr / str / == / < / hash / json / pickle / deepcopy of 100,000-deep nested containers:
# RecursionError at the native recursion limit (or a result), never a crash; the VM keeps working.
import sys, json, copy, pickle
def t(label, f, full=True):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except (RecursionError, MemoryError) as e:
        # json/pickle/deepcopy name the operation differently per implementation: type only
        print(label, type(e).__name__, e if full else "")
def nest(n, mk):
    x = mk(None)
    for _ in range(n): x = mk(x)
    return x
N = 100000
L = nest(N, lambda x: [x])
L2 = nest(N, lambda x: [x])
D = nest(N // 5, lambda x: {'a': x})
T = nest(N // 5, lambda x: (x,))
t("repr list", lambda: repr(L))
t("str list", lambda: str(L))
t("repr dict", lambda: repr(D))
t("repr tuple", lambda: repr(T))
t("eq list", lambda: L == L2)
t("lt list", lambda: L < L2)
t("in list", lambda: L in [L2])
t("sorted", lambda: sorted([L, L2]))
t("hash tuple", lambda: hash(T) == hash(T))
t("json list", lambda: json.dumps(L), False)
t("json dict", lambda: json.dumps(D), False)
t("json loads", lambda: json.loads('[' * N + ']' * N), False)
t("deepcopy list", lambda: copy.deepcopy(L), False)
t("pickle list", lambda: pickle.dumps(L), False)
t("pickle dict", lambda: pickle.dumps(D), False)
# a 9,000-deep list is within the limit
S = nest(9000, lambda x: [x])
print(len(repr(S)), S == nest(9000, lambda x: [x]))
del L, L2, D, T, S
print("alive", repr([[1], {2: (3,)}]))
