# Mapping patterns: keys, **rest, mapping subjects that are not dicts, duplicate keys.
import collections
import collections.abc


def describe(m):
    match m:
        case {}  if not m:
            return "empty mapping"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} with {sorted(rest)}"
        case {1: one, 2.0: two}:
            return f"numbers {one} {two}"
        case {"k": [a, *_]}:
            return f"list under k starting {a}"
        case {None: v}:
            return f"None key {v}"
        case {**rest}:
            return f"any mapping, {len(rest)} items"
        case _:
            return "not a mapping"


print(describe({}))
print(describe({"type": "point", "x": 1, "y": 2, "z": 3}))
print(describe({"type": "user", "name": "ann", "age": 5, "id": 9}))
print(describe({"type": "user", "name": 5}))
print(describe({1: "a", 2: "b"}))
print(describe({True: "t", 2: "b"}))
print(describe({"k": [7, 8]}))
print(describe({None: 0}))
print(describe([("a", 1)]))
print(describe("abc"))
print(describe(collections.OrderedDict(type="point", x=0, y=0)))
print(describe(collections.defaultdict(int, {"type": "point", "x": 5, "y": 6})))

# defaultdict: lookups use get(), so __missing__ does not create keys
dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("found?")
    case _:
        print("no key created:", dict(dd))


class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._data = kw

    def __getitem__(self, k):
        return self._data[k]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def get(self, k, default=None):
        print("  get", k)
        return self._data.get(k, default)


print(describe(Config(type="point", x=3, y=4)))
match Config(a=1, b=2, c=3):
    case {"a": 1, **others}:
        print("rest of a custom mapping:", others, type(others).__name__)

K = collections.namedtuple("K", "v")(v="dup")
try:
    match {"dup": 1, "other": 2}:
        case {"dup": 1, K.v: 2}:
            print("matched")
except ValueError as e:
    print("ValueError:", e)
