# dbm (sqlite3 default and dumb), whichdb, and shelve over them: storing, reading back after
# reopening, writeback, deletion, read-only refusal, errors.
import dbm, dbm.dumb, dbm.sqlite3, shelve, os, tempfile

root = tempfile.mkdtemp()
path = os.path.join(root, "db")

with dbm.open(path, "c") as db:
    db["a"] = "1"
    db[b"b"] = b"\x00\xff"
    db["ü"] = "välue"
    print(sorted(db.keys()), len(db), db["a"], db[b"b"], db["ü"].decode())
    del db["a"]
    print("a" in db, b"b" in db, db.get(b"zz", b"default"))
    try:
        db["missing"]
    except KeyError as e:
        print("KeyError", e)
print(dbm.whichdb(path))
with dbm.open(path, "r") as db:
    print(sorted(db.keys()))
    try:
        db["x"] = "y"
    except dbm.error as e:
        print("read-only refused:", type(e).__name__)
with dbm.open(path, "n") as db:
    print("new:", len(db))
try:
    dbm.open(os.path.join(root, "nothere"))
except dbm.error[0] as e:
    print("dbm.error", e)

dpath = os.path.join(root, "dumbdb")
with dbm.dumb.open(dpath, "c") as db:
    for i in range(20):
        db[f"k{i}"] = "v" * (i * 50)
    db["k3"] = "short"          # fits in place
    db["k4"] = "x" * 2000       # moves to the end
    del db["k5"]
print(dbm.whichdb(dpath), sorted(os.listdir(root)))
with dbm.open(dpath, "r") as db:
    print(len(db), db[b"k3"], len(db[b"k4"]), b"k5" in db, len(db[b"k19"]))
try:
    with dbm.dumb.open(dpath, "c") as db:
        db["bad"] = 5
except TypeError as e:
    print("TypeError", e)

spath = os.path.join(root, "shelf")
with shelve.open(spath) as s:
    s["list"] = [1, 2, {"x": (3, 4)}]
    s["obj"] = {"nested": [None, True, 1.5]}
    s["list"].append(99)         # not kept: no writeback
with shelve.open(spath) as s:
    print(sorted(s), s["list"], s["obj"], len(s), "list" in s, s.get("none", "dflt"))
with shelve.open(spath, writeback=True) as s:
    s["list"].append(99)         # kept: writeback
with shelve.open(spath, "r") as s:
    print(s["list"])
s = shelve.open(spath)
s.close()
try:
    s["list"]
except ValueError as e:
    print("ValueError", e)
d = {}
sh = shelve.Shelf(d, protocol=2)
sh["k"] = [1, 2]
print(list(d), type(d[b"k"]).__name__, sh["k"])
with shelve.open(os.path.join(root, "dumbshelf_dumb")) as s2:
    pass
import shutil
shutil.rmtree(root)
