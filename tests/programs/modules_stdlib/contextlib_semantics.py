# contextlib: exception semantics of @contextmanager and ExitStack (what reaches the caller, how
# __context__ is chained), suppress with exception groups, pop_all, push of a context manager,
# decorator reuse, chdir, redirect nesting, the ABCs, and the async forms driven by hand.
import contextlib
import io
import os
import sys
import tempfile


def show(label, fn):
    try:
        print(label, '->', fn())
    except BaseException as e:
        ctx = e.__context__
        print(label, 'raised', type(e).__name__, e, '| context', type(ctx).__name__ if ctx else None,
              '| cause', type(e.__cause__).__name__ if e.__cause__ else None)


@contextlib.contextmanager
def passthrough():
    yield 'v'


@contextlib.contextmanager
def replacing():
    try:
        yield
    except ValueError:
        raise KeyError('replaced')


@contextlib.contextmanager
def never_yields():
    if False:
        yield


@contextlib.contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield


def body_raises(cm, exc):
    def run():
        with cm:
            raise exc
    return run


show('stopiteration through', body_raises(passthrough(), StopIteration('si')))
show('runtime through', body_raises(passthrough(), RuntimeError('rt')))
show('replace', body_raises(replacing(), ValueError('v')))
show('no yield', lambda: never_yields().__enter__())
show('no stop after throw', body_raises(keeps_going(), ValueError('x')))
show('exc class only', lambda: passthrough().__exit__(KeyError, None, None))
cm = passthrough()
print('gen attr', type(cm).__name__, hasattr(cm, 'gen'), cm.__enter__(), hasattr(cm, 'func'))


@contextlib.contextmanager
def counted(log):
    log.append('enter')
    yield
    log.append('exit')


log = []


@counted(log)
def twice(x):
    log.append(x)
    return x * 2


print(twice(1), twice(2), log, twice.__name__)


@contextlib.contextmanager
def documented():
    """Doc of the generator."""
    yield


print(documented.__doc__, documented().__doc__, documented.__name__)


def cb(tag, fail=None):
    def f(*exc):
        print('  exit', tag, 'sees', exc[0].__name__ if exc and exc[0] else None)
        if fail:
            raise fail
        return tag == 'suppressor'
    return f


def stack_case(exits, body_exc=None):
    def run():
        with contextlib.ExitStack() as st:
            for e in exits:
                st.push(e)
            if body_exc:
                raise body_exc
        return 'clean'
    return run


show('chain', stack_case([cb('a', KeyError('ka')), cb('b', IndexError('ib'))], ValueError('body')))
# (an exit function raising after another suppressed: see exceptions/context_across_frames.py)
show('only suppress', stack_case([cb('x'), cb('suppressor')], ValueError('body')))
show('exit raises, no body exc', stack_case([cb('z', OSError('o'))]))

with contextlib.ExitStack() as outer:
    inner = contextlib.ExitStack()
    inner.callback(print, 'moved callback ran')
    f = inner.callback(lambda: None)
    print('callback returns its function', f is not None, hasattr(inner, 'pop_all'))
    moved = inner.pop_all()
    inner.close()
    print('inner closed; nothing ran yet')
    outer.push(moved)
print('after outer')


class Manager:
    def __enter__(self):
        print('  Manager enter')
        return self

    def __exit__(self, *exc):
        print('  Manager exit', exc[0].__name__ if exc[0] else None)
        return True


st = contextlib.ExitStack()
m = Manager()
print('push returns cm', st.push(m) is m)
print('enter_context', type(st.enter_context(Manager())).__name__)
st.__exit__(ValueError, ValueError('x'), None)
try:
    contextlib.ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError', e)
w = contextlib.ExitStack()
def noted(a, b=0):
    print('  noted', a, b)
wrapper = w.callback(noted, 1, b=2)
print(wrapper is noted)
w.close()
w.close()

show('suppress group all', lambda: contextlib.suppress(ValueError).__exit__(
    ExceptionGroup, ExceptionGroup('g', [ValueError(1), ValueError(2)]), None))
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup('mixed', [ValueError(1), KeyError(2)])
except ExceptionGroup as eg:
    print('rest', eg.message, [type(x).__name__ for x in eg.exceptions])
with contextlib.suppress():
    pass
show('suppress nothing', body_raises(contextlib.suppress(), KeyError('k')))

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print('in dir', os.getcwd() == os.path.realpath(d))
        c = contextlib.chdir(start)
        with c:
            with c:
                print('reentrant', os.getcwd() == start)
            print('back in temp', os.getcwd() == os.path.realpath(d))
    print('restored', os.getcwd() == start)

a, b = io.StringIO(), io.StringIO()
r = contextlib.redirect_stdout(a)
with r as got:
    print('one')
    with contextlib.redirect_stdout(b):
        print('two')
    with r:
        print('three')
    print('four', got is a)
print('a', repr(a.getvalue()), 'b', repr(b.getvalue()))
e = io.StringIO()
with contextlib.redirect_stderr(e):
    print('to stderr', file=sys.stderr)
print('e', repr(e.getvalue()))


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class Half:
    def __enter__(self):
        return self


print(isinstance(Plain(), contextlib.AbstractContextManager), isinstance(Half(), contextlib.AbstractContextManager),
      issubclass(io.StringIO, contextlib.AbstractContextManager))


class Mine(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None


with Mine() as me:
    print('default enter returns self', type(me).__name__)
print(contextlib.AbstractContextManager[int])


class Decor(contextlib.ContextDecorator):
    def __enter__(self):
        print('  Decor enter')
        return self

    def __exit__(self, *exc):
        print('  Decor exit')
        return False


@Decor()
def decorated(x):
    return x + 1


print(decorated(1), decorated(2))
with contextlib.nullcontext() as n:
    print('nullcontext default', n)
with contextlib.closing(io.StringIO('x')) as s:
    pass
print('closed', s.closed)


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError('suspended')


@contextlib.asynccontextmanager
async def agen_cm(tag):
    print('  aenter', tag)
    try:
        yield tag * 2
    except ValueError as e:
        print('  agen caught', e)
    print('  aexit', tag)


async def use_async():
    async with agen_cm('ab') as v:
        print('  body', v)
    async with agen_cm('c'):
        raise ValueError('to agen')
    async with contextlib.nullcontext('n') as n:
        print('  async nullcontext', n)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print('  agen closed')
    async with contextlib.aclosing(agen()) as g:
        async for item in g:
            print('  item', item)
            break
    try:
        async with agen_cm('d'):
            raise KeyError('through')
    except KeyError as e:
        print('  KeyError passed', e)
    return 'async done'


print(drive(use_async()))


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


async def use_no_yield():
    async with no_yield():
        pass


show('async no yield', lambda: drive(use_no_yield()))


class AsyncPlain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


print(isinstance(AsyncPlain(), contextlib.AbstractAsyncContextManager),
      isinstance(Plain(), contextlib.AbstractAsyncContextManager))


async def use_async_stack():
    async def acb(tag):
        print('  async callback', tag)

    async def aexit_fn(*exc):
        print('  async exit fn sees', exc[0].__name__ if exc[0] else None)
        return True

    async with contextlib.AsyncExitStack() as st:
        print('  entered', await st.enter_async_context(agen_cm('s')))
        st.enter_context(Manager())
        print('  returns callback', st.push_async_callback(acb, 'one').__name__)
        st.callback(print, '  sync callback')
        st.push_async_exit(aexit_fn)
        raise ValueError('swallowed by aexit_fn')
    st2 = contextlib.AsyncExitStack()
    st2.push_async_exit(AsyncPlain())
    st2.push_async_callback(acb, 'moved')
    moved = st2.pop_all()
    await st2.aclose()
    print('  st2 closed, moved has', type(moved).__name__)
    await moved.aclose()
    try:
        await contextlib.AsyncExitStack().enter_async_context(Plain())
    except TypeError as e:
        print('  TypeError', e)
    return 'stack done'


print(drive(use_async_stack()))
