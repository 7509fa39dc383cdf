import contextlib
import io
import sys
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext, AbstractContextManager


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print(f'</{name}>')


with tag('a') as t:
    print('inside', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('escaped', e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')


class Res:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print('enter', self.n)
        return self

    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False

    def close(self):
        print('close', self.n)


with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, 'callback ran')
    stack.push(lambda *e: print('pushed exit', e[0]))
    print('body', [r.n for r in rs])
try:
    with ExitStack() as stack:
        stack.enter_context(Res('x'))
        raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e)
with closing(Res('c')):
    pass
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with nullcontext(5) as v:
    print(v)


class Timer(AbstractContextManager):
    def __exit__(self, *a):
        print('timer exit')


with Timer() as tm:
    print(type(tm).__name__)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass


with swallow():
    raise IndexError
print('swallowed')


class ReEntrant(contextlib.ContextDecorator):
    def __enter__(self):
        print('deco enter')
        return self

    def __exit__(self, *e):
        print('deco exit')


@ReEntrant()
def work():
    print('work')


work()
async_ok = hasattr(contextlib, 'asynccontextmanager')
print(async_ok, hasattr(contextlib, 'aclosing'), hasattr(contextlib, 'chdir'))
