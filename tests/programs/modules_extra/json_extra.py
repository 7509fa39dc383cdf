# json: dump/load with file objects, encoder subclasses, hooks, separators and unicode
import io
import json
from collections import OrderedDict

buf = io.StringIO()
json.dump({"b": [1, 2.5, None], "a": "é"}, buf, sort_keys=True, indent=3, separators=(",", ":  "))
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "f": frozenset("ab")}, cls=SetEncoder, sort_keys=True))
print(SetEncoder(indent=None).encode([{1}, "x"]), list(json.JSONEncoder().iterencode({"k": [1]})))
try:
    json.dumps([object()], cls=SetEncoder)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('"\\u00e9\\t\\"q\\" \\/ \\\\"'), json.dumps("\u00e9\t\"q\" / \\"))
print(json.dumps([1, {"a": []}], indent=0), json.dumps({"a": 1}, indent=""))
print(json.dumps(12345678901234567890123), json.loads("1e400"), json.loads("-0"), json.loads(" [ 1 , 2 ] "))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.dumps(True), json.dumps([1.5e-7, 1e16, 3.0]))
print(json.dumps({"😀": "\x7f\x80"}), json.dumps({"😀": "\x7f"}, ensure_ascii=False))
e = None
try:
    json.loads('{"a": 1\n, "b": x}')
except json.JSONDecodeError as err:
    e = err
print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), e.doc[:3])
for doc in ['[1,]', '{"a":1 "b":2}', '"a\x01"', '[1 2]', '"\\ud800"', '{"a":}', 'true false']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as err:
        print(repr(doc), err)
