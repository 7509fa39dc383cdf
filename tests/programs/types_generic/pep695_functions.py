# PEP 695 type parameters on functions and methods.
import asyncio


def ident[T](x: T) -> T:
    return x


print(ident(3), ident.__type_params__, ident.__qualname__, ident.__name__)
print(ident.__annotations__)
(T,) = ident.__type_params__
print(T.__name__, repr(T), T.__infer_variance__, T.__covariant__, T.__contravariant__)
print(T.__bound__, T.__constraints__, T.__default__, T.has_default(), T.__module__)


def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)


print(pair(1, "a"), pair.__type_params__, pair.__annotations__["return"])

order = []


def deco(name):
    order.append("deco " + name)
    def wrap(fn):
        order.append("apply " + name + " sees " + repr(fn.__type_params__))
        return fn
    return wrap


def default(v):
    order.append("default " + str(v))
    return v


@deco("a")
@deco("b")
def decorated[T](x=default(1), *, y=default(2)) -> T:
    return x + y


print(order)
print(decorated(), decorated.__defaults__, decorated.__kwdefaults__)


class Holder:
    scale = 10

    def method[T](self, x: T, factor=scale) -> T:
        return x * factor

    @staticmethod
    def smethod[T](x: T) -> list[T]:
        return [x]

    @classmethod
    def cmethod[T](cls, x: T) -> T:
        return cls.__name__, x


h = Holder()
print(h.method(2), Holder.method.__qualname__, Holder.method.__type_params__)
print(Holder.smethod(1), Holder.smethod.__qualname__, Holder.cmethod(5))


def outer[T](x: T):
    def inner[U](y: U) -> tuple[T, U]:
        return (x, y)
    return inner


inner = outer(1)
print(inner(2), inner.__qualname__, inner.__type_params__, inner.__annotations__)


def closure_user():
    local = int
    def f[T: local](x: T) -> T:
        return x
    return f


(B,) = closure_user().__type_params__
print(B.__bound__)


async def coro[T](x: T) -> T:
    await asyncio.sleep(0)
    return x


print(asyncio.run(coro(7)), coro.__type_params__, coro.__qualname__)


def gen[T](n: T):
    yield from range(n)


print(list(gen(3)), gen.__type_params__)


def params_visible[T]():
    return T


print(params_visible() is params_visible.__type_params__[0])
print(ident.__type_params__[0] is not pair.__type_params__[0])
print(type(T).__name__, type(T).__module__)
