# unittest.mock: Mock call recording, assert_* messages, side effects, return values, specs,
# call objects, reset_mock and configure_mock.
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

m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.nested(5)
m()(7)
print(m.call_count, m.called, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.mock_calls, m.method.call_count)
args, kwargs = m.call_args_list[0]
print(args, kwargs, m.call_args_list[0] == call(1, 2, a=3), m.call_args == ((), {}))
show("assert_called_with", m.assert_called_with, 1)
show("assert_called_with ok", m.assert_called_with)
show("once", m.assert_called_once_with, 1, 2, a=3)
show("any", m.assert_any_call, 1, 2, a=3)
show("any missing", m.assert_any_call, 9)
show("not called", m.assert_not_called)
show("called", Mock(name="fresh").assert_called)
show("called once", m.assert_called_once)
show("with, never called", Mock().assert_called_with, 4)
show("has calls", m.assert_has_calls, [call(1, 2, a=3), call.method("x")])
show("has calls missing", m.assert_has_calls, [call.method("y")])
show("has calls any order", m.assert_has_calls, [call.method.nested(5), call(1, 2, a=3)], any_order=True)
show("has calls any order missing", m.assert_has_calls, [call.nope(1)], any_order=True)
show("has calls none", Mock().assert_has_calls, [call(1)])
show("typo", getattr, m, "assert_called_onec")
show("child name", m.method.assert_called_once_with, "y")
m.reset_mock()
print(m.call_count, m.mock_calls, m.method.call_count)

r = Mock(return_value=42)
print(r(), r.return_value)
s = Mock(side_effect=[1, 2, KeyError("k")])
print(s(), s())
show("iter effect", s)
show("exhausted", s)
e = Mock(side_effect=ValueError)
show("exc effect", e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
g = Mock(side_effect=lambda: DEFAULT, return_value="dflt")
print(g())
c = Mock(**{"method.return_value": 3, "other.side_effect": KeyError("x"), "attr": 5})
print(c.method(), c.attr)
show("configured effect", c.other)
c.configure_mock(name_value=1)
print(c.name_value)
print(m.method is m.method, m.return_value is m(), isinstance(m.foo, Mock))
del m.foo
show("deleted", getattr, m, "foo")

class Spec:
    value = 1
    def run(self, x): return x
sm = Mock(spec=Spec)
print(isinstance(sm, Spec), sm.run(1).__class__.__name__)
show("spec missing", getattr, sm, "walk")
sm.walk = 5
print(sm.walk)
ss = Mock(spec_set=Spec)
show("spec_set", setattr, ss, "walk", 1)
ls = Mock(spec=["a", "b"])
print(ls.a.__class__.__name__)
show("list spec", getattr, ls, "c")
