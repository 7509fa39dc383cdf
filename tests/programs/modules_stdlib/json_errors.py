# json errors: JSONDecodeError details and unserializable objects
import json
bad_docs = ["", "{", '{"a": 1,}', "[1, 2", "{'a': 1}", "tru", '"unterminated', "[1] extra", '{"a" 1}', "01", "[.5]", '"\\x"', "nul"]
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)
try:
    json.loads('{\n  "a": 1,\n  "b": ]\n}')
except json.JSONDecodeError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(json.JSONDecodeError, ValueError))
for obj in [{1, 2}, object, b"bytes", 1j]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(json.dumps({(1, 2): "skipped", "ok": 1}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__ + ":", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    json.loads(b'{"bytes": true}')
    print("bytes input accepted:", json.loads(b'{"bytes": true}'))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
