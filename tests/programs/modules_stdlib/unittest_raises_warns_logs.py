# assertRaises/assertRaisesRegex, assertWarns/assertWarnsRegex (callable and with-block forms)
# and assertLogs/assertNoLogs: what they return and their failure messages.
import logging, unittest, warnings

class Checks(unittest.TestCase):
    def runTest(self):
        pass

t = Checks()

def show(label, method, *args, **kwargs):
    try:
        value = method(*args, **kwargs)
        print(label, "-> passed", value)
    except AssertionError as e:
        print(label, "->", e)
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 1

show("raises nothing", t.assertRaises, ValueError, lambda: None)
show("raises by name", t.assertRaises, ValueError, len, [])
show("raises other", t.assertRaises, KeyError, int, "x")
show("raises ok", t.assertRaises, ValueError, int, "x")
show("raises tuple", t.assertRaises, (KeyError, ValueError), int, "x")
show("raises bad type", t.assertRaises, 5)
show("regex mismatch", t.assertRaisesRegex, ValueError, "^foo", int, "x")
show("warns ok", t.assertWarns, DeprecationWarning, old_api)
show("warns nothing", t.assertWarns, UserWarning, lambda: None)
show("warns regex", t.assertWarnsRegex, DeprecationWarning, "new", old_api)
show("warns bad type", t.assertWarns, ValueError)

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("caught:", type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with t.assertRaisesRegex(ValueError, r"invalid literal") as cm:
    int("q")
print("regex caught:", cm.exception.args)
for kwargs in ({"msg": "with a message"}, {}):
    try:
        with t.assertRaises(KeyError, **kwargs):
            pass
    except AssertionError as e:
        print("block ->", e)
try:
    with t.assertRaises(KeyError, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with t.assertRaises(KeyError):
        raise IndexError("passes through")
except IndexError as e:
    print("not swallowed:", e)
with t.assertWarns(DeprecationWarning) as cm:
    old_api()
print("warning:", cm.warning, type(cm.warning).__name__, cm.lineno)

log = logging.getLogger("app")
with t.assertLogs("app", level="INFO") as cm:
    log.info("first")
    logging.getLogger("app.db").warning("second %d", 2)
    log.debug("not captured")
print(cm.output, [r.levelname for r in cm.records])
with t.assertLogs() as cm:
    logging.getLogger("anything").error("to the root")
print(cm.output)
for level in ("ERROR", logging.CRITICAL):
    try:
        with t.assertLogs(log, level=level):
            log.warning("too quiet")
    except AssertionError as e:
        print("logs ->", e)
try:
    with t.assertNoLogs("app"):
        log.error("loud")
except AssertionError as e:
    print("no logs ->", e)
with t.assertNoLogs("app", "ERROR") as cm:
    log.info("fine")
print("no logs ok:", cm, log.handlers, log.propagate, log.level)
