# Subscripting a class generic over a ParamSpec.
class E[**P]: pass
print(E[int].__args__, E[[int]].__args__, E[int, str].__args__, E[int, str], E[...].__args__)
class F[T, **P]: pass
print(F[int, [str]].__args__)
