import io
import logging
import os
import sys
import time


def shorten(s):
    return s.replace(__file__, "PROG")


print("--- Formatter styles")
rec = logging.makeLogRecord({"name": "x.y", "levelno": 30, "levelname": "WARNING",
                             "msg": "value=%d", "args": (7,), "created": 86400.25,
                             "msecs": 250.0, "lineno": 12, "funcName": "f", "pathname": "/a/b/mod.py",
                             "filename": "mod.py", "module": "mod"})
pct = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(module)s:%(lineno)d %(message)s")
pct.converter = time.gmtime
print(pct.format(rec))
print(pct.usesTime(), logging.Formatter("%(message)s").usesTime())
brace = logging.Formatter("{asctime} {levelname:>8} {name} {message!r}", datefmt="%d/%m/%Y %H:%M", style="{")
brace.converter = time.gmtime
print(brace.format(rec))
dollar = logging.Formatter("$levelname ${name}: $message", style="$")
print(dollar.format(rec), dollar.usesTime())
print(logging.Formatter().format(rec), "|", logging.Formatter(defaults={"user": "bob"},
                                                              fmt="%(user)s %(message)s").format(rec))
for args in [("%(message)", None, "%"), ("{}", None, "{"), ("plain", None, "$"),
             ("%(message)s", None, "#"), ("{message!x}", None, "{")]:
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    logging.Formatter("%(nosuch)s").format(rec)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(repr(rec.getMessage()), rec.message)
print("--- exception and stack_info")
out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log = logging.getLogger("exc")
log.addHandler(handler)
log.propagate = False
try:
    n = int("zz")
except ValueError:
    log.exception("failed: %s", "division")
    log.error("no traceback")
    log.warning("explicit exc_info", exc_info=True)
try:
    raise KeyError("k")
except KeyError as e:
    err = e
log.error("instance", exc_info=err)
log.info("with stack", stack_info=True)
log.setLevel(logging.INFO)
log.info("with stack", stack_info=True)
print(shorten(out.getvalue()), end="")

print("--- extra, filters, adapters")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s user=%(user)s"))
svc = logging.getLogger("svc")
svc.addHandler(handler)
svc.propagate = False
svc.warning("with extra", extra={"user": "ann"})
try:
    svc.warning("bad extra", extra={"message": "x"})
except KeyError as e:
    print(type(e).__name__ + ":", e)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


handler.addFilter(OnlyOdd())
for i in range(4):
    svc.warning("number %d", i, extra={"user": "f"})
handler.filters.clear()
svc.addFilter(lambda r: r.levelno >= logging.ERROR)
svc.warning("dropped by a callable filter", extra={"user": "f"})
svc.error("kept", extra={"user": "f"})
svc.filters.clear()


def rename(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = "replaced: " + record.msg
    return new


svc.addFilter(rename)
svc.error("original", extra={"user": "r"})
svc.filters.clear()
nf = logging.Filter("svc.sub")
for name in ["svc", "svc.sub", "svc.sub.x", "svc.subway"]:
    print(name, nf.filter(logging.makeLogRecord({"name": name})))
adapter = logging.LoggerAdapter(svc, {"user": "adapter"})
adapter.warning("via adapter %s", "ok")
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG))
merged = logging.LoggerAdapter(svc, {"user": "base"}, merge_extra=True)
merged.error("merged", extra={"user": "override"})


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs


Prefix(svc, {"user": "p"}).error("prefixed", extra={"user": "x"})

print("--- handleError")
sys.stderr = io.StringIO()
svc.addHandler(handler)
svc.error("too few args %s %s", 1)
text = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
lines = text.splitlines()
print(lines[0], lines[-3:], "Call stack:" in lines, [l for l in lines if l.startswith("TypeError")])
print("--- captureWarnings")
import warnings
logging.captureWarnings(True)
plain = logging.StreamHandler(sys.stdout)
plain.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
logging.getLogger("py.warnings").addHandler(plain)
warnings.warn_explicit("captured", UserWarning, "some.py", 3, module="some")
print(logging.getLogger("py.warnings").handlers)
logging.captureWarnings(False)
