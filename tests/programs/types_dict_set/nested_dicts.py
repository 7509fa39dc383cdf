# Nested dictionaries: building, walking, merging, flattening
config = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True}}, "debug": False, "tags": ["a", "b"]}
print(config["db"]["opts"]["ssl"], config.get("db", {}).get("user", "anon"), config["tags"][-1])
def get_path(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(get_path(config, "db.port"), get_path(config, "db.opts.ssl"), get_path(config, "db.nope.x", "missing"))
def set_path(d, path, value):
    *parents, last = path.split(".")
    for p in parents:
        d = d.setdefault(p, {})
    d[last] = value
set_path(config, "db.opts.timeout", 30)
set_path(config, "cache.redis.ttl", 60)
print(config["db"]["opts"], config["cache"])
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
flat = flatten(config)
for k in flat:
    print(k, "=", flat[k])
def deep_merge(a, b):
    result = dict(a)
    for k, v in b.items():
        if k in result and isinstance(result[k], dict) and isinstance(v, dict):
            result[k] = deep_merge(result[k], v)
        else:
            result[k] = v
    return result
merged = deep_merge({"a": {"x": 1, "y": 2}, "b": 1}, {"a": {"y": 20, "z": 30}, "c": 3})
print(merged)
def depth(d):
    return 1 + max((depth(v) for v in d.values() if isinstance(v, dict)), default=0)
print(depth(config), depth({}), depth({"a": {"b": {"c": {}}}}))
matrix = {r: {c: r * c for c in range(3)} for r in range(3)}
print(matrix[2][1], [matrix[r][r] for r in range(3)], {r: sum(row.values()) for r, row in matrix.items()})
try:
    config["db"]["missing"]["x"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
