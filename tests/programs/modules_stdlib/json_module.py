# json: dumps options (indent, sort_keys, separators, ensure_ascii), loads, round trips
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "ok": True, "none": None}, "é": "ü"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
print(json.dumps("text"), json.dumps(1), json.dumps(1.0), json.dumps(None), json.dumps(True), json.dumps([]), json.dumps({}))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "null key"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1))
print(json.dumps("quote\" back\\ nl\n tab\t ctrl\x01 uni\u2028 emoji😀"))
print(json.dumps("😀", ensure_ascii=False), json.dumps(10 ** 30), json.dumps([], indent=2), json.dumps({}, indent=2))
text = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}, "d": "\\u00e9\\n"}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, type(obj["b"]["c"]).__name__)
print(json.loads("123"), json.loads("-0.5"), json.loads('"s"'), json.loads("[]"), json.loads("  {}  "), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads(json.dumps(data)) == data, json.loads('{"a": 1, "a": 2}'))
print(json.loads("1.0e2"), json.loads("12345678901234567890"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('[1, 2]', object_pairs_hook=None), json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('{"v": 1.5}', parse_float=str), json.loads('{"v": 7}', parse_int=lambda s: int(s) * 2))
print(json.dumps({"k": {1, 2}} if False else {"k": sorted({2, 1})}), json.dumps("a/b"))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__), json.dumps([Pt(0, 0)], default=vars, sort_keys=True))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y)
