# PEP 709 (CPython 3.12+): list, set and dict comprehensions run inline in the enclosing function.
import sys
import traceback


def shadow(L):
    x = 'outer'
    r = [x * 2 for x in L]
    return r, x


def shadow_unbound(L):
    r = {k: v for k, v in L}
    try:
        k
    except NameError as e:
        print(type(e).__name__, e)
    return r


def shadow_on_error(L):
    x = 5
    try:
        return [1 // x for x in L]
    except ZeroDivisionError:
        return 'ZeroDivisionError', x


def shadow_unbound_on_error(L):
    try:
        [1 // y for y in L]
    except ZeroDivisionError:
        pass
    try:
        return y  # global outside the comprehension
    except NameError as e:
        return type(e).__name__, str(e)


def nested(n):
    return [[i * j for j in range(n)] for i in range(n)], {i: {j for j in range(i)} for i in range(3)}


def nested_same_name(n):
    i = 'kept'
    return [[i for i in range(k)] for i in range(n) for k in [i]], i


def walrus(L):
    r = [y := v + 1 for v in L]
    return r, y


def walrus_nested(L):
    r = [[last := a * b for b in L] for a in L]
    return r, last


def see_locals(L):
    a = 1
    return [sorted(locals()) for x in L], sorted(locals())


def frame_name():
    return [sys._getframe().f_code.co_name for _ in range(1)]


def fail():
    return [1 / 0 for _ in range(1)]


def closures(L):
    # a closure over the iteration variable: each lambda has its own cell
    return [f() for f in [lambda: x for x in L]]


def closure_outer(L):
    y = 10
    fs = [lambda: x + y for x in L]
    y = 20
    return [f() for f in fs]


def closure_sibling(L):
    x = 'outer'
    g = lambda: x
    r = [x for x in L]
    return r, g()


def same_iterable(x):
    return [x for x in x], x


def delete_after():
    [x for x in range(3)]
    try:
        del x
    except UnboundLocalError as e:
        print('UnboundLocalError', e)


G = 'module'


def global_iter():
    global G
    r = [G for G in range(2)]
    return r, G


def nonlocal_iter():
    z = 'before'

    def inner():
        nonlocal z
        r = [z for z in 'ab']
        return r, z
    r = inner()
    return r, z


def gen():
    yield [a for a in range(3)]
    yield sorted({a for a in 'ab'})
    b = 'b'
    yield {b: b for b in range(2)}, b


def recursive(n):
    return [n] + [v for m in range(n) if m == n - 1 for v in recursive(m)]


def in_try_finally(L):
    x = 'x'
    try:
        try:
            return [int(x) for x in L]
        finally:
            print('finally sees', x)
    except ValueError as e:
        return 'ValueError', x, str(e)


def exception_context():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            [1 // v for v in [0]]
        except ZeroDivisionError as e:
            return repr(e.__context__)


def param_shadow(a, b=2):
    r = [a + b for a in range(3)]
    return r, a


class Body:
    v = 'class var'
    items = [i * 2 for i in range(3)]
    pairs = {i: i for i in items}
    try:
        seen = [v for _ in range(1)]
    except NameError as e:
        seen = 'NameError: ' + str(e)


def lambda_body(L):
    f = lambda: [q for q in L]
    return f()


def main():
    print(shadow([1, 2, 3]))
    print(shadow_unbound([(1, 2), (3, 4)]))
    print(shadow_on_error([1, 0]))
    print(shadow_unbound_on_error([1, 0]))
    print(nested(3))
    print(nested_same_name(3))
    print(walrus([1, 2]))
    print(walrus_nested([1, 2]))
    print(see_locals([0]))
    print(frame_name())
    try:
        fail()
    except ZeroDivisionError as e:
        print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print(closures([1, 2]))
    print(closure_outer([1, 2]))
    print(closure_sibling([1, 2]))
    print(same_iterable([4, 5]))
    delete_after()
    print(global_iter(), G)
    print(nonlocal_iter())
    print(list(gen()))
    print(recursive(3))
    print(in_try_finally(['1', 'z']))
    print(exception_context())
    print(param_shadow(10))
    print(Body.items, Body.pairs, Body.seen)
    print(lambda_body([1]))
    print(sys.exc_info())


main()
