# A generator (or coroutine) that has not started reports its def line in f_lineno, then the line
# it is suspended at.
import typing


def gen():
    x = 1
    yield x
    yield x + 1


g = gen()
print(g.gi_frame.f_lineno == gen.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)


async def coro():
    return 5


c = coro()
print(c.cr_frame.f_lineno == coro.__code__.co_firstlineno)
c.close()


class B:
    def __bytes__(self):
        return b"b"


class C:
    def __complex__(self):
        return 1j


print(isinstance(B(), typing.SupportsBytes), isinstance(C(), typing.SupportsBytes))
print(isinstance(C(), typing.SupportsComplex), isinstance(B(), typing.SupportsComplex))
