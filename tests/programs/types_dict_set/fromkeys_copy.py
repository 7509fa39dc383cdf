# dict.fromkeys pitfalls and copying dictionaries
keys = ["a", "b", "c"]
d = dict.fromkeys(keys, [])
d["a"].append(1)
print(d)
d = {k: [] for k in keys}
d["a"].append(1)
print(d)
print(dict.fromkeys(keys), dict.fromkeys("aab"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
class MyDict(dict):
    pass
md = MyDict.fromkeys("xy", 1)
print(type(md).__name__, md)
orig = {"list": [1, 2], "num": 1, "nested": {"k": "v"}}
shallow = orig.copy()
shallow["num"] = 99
shallow["list"].append(3)
shallow["nested"]["k"] = "changed"
print(orig)
print(shallow)
via_dict = dict(orig)
via_comp = {k: v for k, v in orig.items()}
via_unpack = {**orig}
print(via_dict == orig, via_comp == orig, via_unpack == orig, via_dict["list"] is orig["list"])
import copy
deep = copy.deepcopy(orig)
deep["list"].append("deep only")
deep["nested"]["k"] = "deep"
print(orig["list"], orig["nested"], deep["list"], deep["nested"])
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(dict.fromkeys(["a", "b"], value=0) if False else dict.fromkeys(("p", "q"), None))
