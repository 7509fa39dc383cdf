# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout
import contextlib
import io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["k"]
print("continued after swallow")
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed ZeroDivisionError")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", type(e).__name__)
class Resource:
    def close(self):
        print("Resource.close called")
with contextlib.closing(Resource()) as r:
    print("using", type(r).__name__)
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("one", "two")]
    stack.callback(print, "callback registered last, runs first")
    print("stack body", names)
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("push exit saw", exc[0].__name__ if exc[0] else None) or True)
    raise RuntimeError("handled by pushed exit")
print("after ExitStack suppression")
with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("buffer:", repr(buf.getvalue()))
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
@tag("decorated")
def fn():
    print("function body")
fn()
