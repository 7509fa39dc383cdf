# Subscripting generic classes: argument counts and PEP 696 defaults.
class C[T, U=int]: pass
print(C[str])
try: C[1,2,3]
except TypeError as e: print(e)
try: C[()]
except TypeError as e: print(e)
class D[T, U]: pass
try: D[int]
except TypeError as e: print(e)
print(D[int, str])
class E[**P]: pass
class F[T, *Ts]: pass
print(F[int, str, bytes])
from typing import TypeVar, Generic
X = TypeVar("X")
class G(Generic[X]): pass
print(G[int])
try: G[int, int]
except TypeError as e: print(e)
