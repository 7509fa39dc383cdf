# unittest.mock: MagicMock magic methods, sentinel/ANY/call, patch as decorator, with-block and
# start/stop, patch.object/dict/multiple, PropertyMock, mock_open, attach_mock and seal.
import os, sys
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, patch, PropertyMock, NonCallableMock

def show(label, fn, *a, **k):
    try:
        r = fn(*a, **k)
        print(label, "->", r)
    except AssertionError as e:
        print(label, "AssertionError:", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), 3 in mm, mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 7
mm.__iter__.return_value = [1, 2]
mm.__getitem__.return_value = "item"
mm.__contains__.return_value = True
print(len(mm), list(mm), list(mm), mm[0], "x" in mm)
mm.__getitem__.assert_called_with(0)
with mm as inner:
    print(inner is mm.__enter__.return_value)
print(mm.__exit__.call_args)
show("lt", lambda: MagicMock() < MagicMock())
print((mm + 1).__class__.__name__, str(MagicMock()).startswith("<MagicMock id="))
plain = Mock()
show("plain len", len, plain)
plain.__len__ = lambda self: 3
print(len(plain))
print(repr(sentinel.token), sentinel.token is sentinel.token, ANY == object(), [1, ANY] == [1, 2], repr(ANY))
print(call.a.b(1).c(2).call_list())
print(call(1) == call(1), call(1) == call(2), call.x(1) == call.y(1), call(1, b=2) != call(1, b=3))
print(repr(call), repr(call.foo), repr(call().bar(3)))

import json
with patch("json.dumps") as fake:
    fake.return_value = "patched"
    print(json.dumps({}), fake.call_args)
print(json.dumps({"a": 1}))
@patch("os.getcwd", return_value="/fake")
@patch("os.getpid")
def decorated(pid, cwd):
    pid.return_value = 5
    return os.getcwd(), os.getpid(), pid is not cwd
print(decorated(), os.getcwd() != "/fake")
class Holder:
    attr = "orig"
    def method(self): return "real"
with patch.object(Holder, "attr", "new"):
    print(Holder.attr)
print(Holder.attr)
with patch.object(Holder, "method") as meth:
    meth.return_value = "fake"
    print(Holder().method(), meth.called)
print(Holder().method())
p = patch.object(Holder, "attr", "started")
print(p.start(), Holder.attr)
p.stop()
print(Holder.attr)
show("patch missing", patch.object(Holder, "missing").__enter__)
with patch.object(Holder, "missing", "made", create=True):
    print(Holder.missing)
print(hasattr(Holder, "missing"))
d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.multiple(Holder, attr="m1", other=DEFAULT, create=True) as values:
    print(Holder.attr, sorted(values), isinstance(Holder.other, MagicMock))
print(Holder.attr, hasattr(Holder, "other"))
class WithProp:
    @property
    def size(self): return 1
with patch.object(WithProp, "size", new_callable=PropertyMock) as pm:
    pm.return_value = 99
    print(WithProp().size)
    pm.assert_called_once_with()
print(WithProp().size)
nc = NonCallableMock()
show("noncallable", nc)
op = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", op):
    with open("whatever.txt") as fh:
        print(fh.read())
    with open("x") as fh:
        print(fh.readline(), list(fh))
print(op.call_args_list)
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)
parent = Mock()
child = Mock(return_value=3)
parent.attach_mock(child, "kid")
parent.kid(1)
print(parent.mock_calls)
mock.seal(parent)
show("sealed", getattr, parent, "newattr")
