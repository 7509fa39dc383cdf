import logging
import sys

sys.stderr = sys.stdout  # the corpus compares stdout only

print("--- lastResort (no configuration)")
lib = logging.getLogger("lib")
lib.info("not shown: below WARNING")
lib.warning("shown by lastResort: %d%%", 50)
lib.error("errors too")
print(logging.root.handlers, repr(logging.lastResort))

print("--- basicConfig")
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s [%(funcName)s:%(lineno)d] %(message)s")
logging.debug("hidden")
logging.info("info %s and %r", "arg", "repr")
logging.warning("dict args: %(a)s/%(b)s", {"a": 1, "b": 2})


def work():
    logging.getLogger("app.db").error("from a function")


work()
logging.basicConfig(format="ignored: root has a handler already")
logging.log(25, "custom level %d", 25)
logging.addLevelName(25, "NOTICE")
logging.log(25, "named custom level")
logging.basicConfig(stream=sys.stdout, format="{levelname}|{name}|{message}", style="{", force=True)
logging.critical("after force")
logging.getLogger().setLevel(logging.DEBUG)
logging.debug("debug now visible")

print("--- hierarchy")
app = logging.getLogger("app")
db = logging.getLogger("app.db")
deep = logging.getLogger("app.db.pool.conn")
mid = logging.getLogger("app.db.pool")
print(db.parent.name, deep.parent.name, mid.parent.name, app.parent.name)
print(app.getChild("db") is db, db.getChild("pool") is mid, sorted(l.name for l in app.getChildren()))
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
app.setLevel(logging.WARNING)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.INFO), db.isEnabledFor(logging.ERROR))
db.info("suppressed by app's level")
db.warning("passes")
print(repr(app), repr(db), repr(logging.root))

print("--- handlers and propagate")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("APP %(levelname)s %(message)s"))
app.addHandler(h)
db.warning("twice: app handler and root handler")
app.propagate = False
db.warning("once: propagation stops at app")
h.setLevel(logging.ERROR)
db.warning("nowhere: handler level")
db.error("handler passes errors")
print(app.hasHandlers(), logging.getLogger("other").hasHandlers())
app.removeHandler(h)
db.error("no handler on the path: lastResort")
app.propagate = True

print("--- levels")
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33),
      logging.getLevelName(25), logging.getLevelName("NOPE"))
print(logging.WARN, logging.FATAL, logging.getLevelNamesMapping()["NOTICE"])
for bad in ["LOUD", 1.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
app.setLevel("INFO")
print(app.level)
try:
    app.log("INFO", "x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
logging.disable(logging.WARNING)
db.warning("disabled")
db.error("error still passes")
logging.disable(logging.NOTSET)
db.warning("enabled again")
