# assert statement: passing, failing, messages, evaluation
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__ + ":", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
calls = []
def msg():
    calls.append("msg")
    return "lazy"
assert True, msg()
print("message evaluated on pass:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print("message evaluated on fail:", calls, e)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
print(__debug__)
try:
    assert (1, 2) == (1, 3), (1, 2)
except AssertionError as e:
    print(e, e.args)
print(issubclass(AssertionError, Exception))
