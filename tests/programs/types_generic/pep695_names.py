# A definition named like its own type parameter; a decorated generic function calling itself.
def T[T](): return T
print(T.__type_params__, T() is T.__type_params__[0], T.__name__)
class K[K]:
    def m(self): return K
print(K.__type_params__, K().m() is K.__type_params__[0])
def deco(fn):
    def wrapped(*a):
        return ("wrapped", fn(*a))
    return wrapped
@deco
def rec[T](n: T):
    return 0 if n == 0 else rec(n - 1)
print(rec(2))
