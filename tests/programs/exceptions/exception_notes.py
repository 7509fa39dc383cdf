# add_note() and __notes__ (Python 3.11+)
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__ + ":", err)
def process(item):
    try:
        return int(item)
    except ValueError as err:
        err.add_note(f"while processing {item!r}")
        raise
try:
    process("abc")
except ValueError as err:
    print(err, "|", err.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("context added")
        raise RuntimeError("wrapped") from err
except RuntimeError as err:
    print(err.__cause__.__notes__, hasattr(err, "__notes__"))
e2 = TypeError("t")
e2.__notes__ = ["assigned directly"]
e2.add_note("appended")
print(e2.__notes__)
e3 = ValueError("with notes")
e3.add_note("note line")
print(str(e3), repr(e3), e3.__notes__)
class Custom(Exception):
    pass
c = Custom()
c.add_note("on custom")
print(c.__notes__, repr(c))
