import logging
import logging.handlers
import os

base = "_tmp_logging_%d" % os.getpid()


def show(path):
    with open(path, encoding="utf-8") as f:
        print(path.replace(base, "BASE"), repr(f.read()))


print("--- FileHandler")
path = base + ".log"
fh = logging.FileHandler(path, mode="w", encoding="utf-8")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("files")
log.propagate = False
log.addHandler(fh)
log.warning("to the file")
log.error("second line é")
print(repr(fh).replace(os.path.abspath(path), "PATH"), fh.baseFilename == os.path.abspath(path))
fh.close()
show(path)
fh = logging.FileHandler(path, encoding="utf-8", delay=True)
print(fh.stream)
log.removeHandler(log.handlers[0])
log.addHandler(fh)
log.critical("appended")
fh.close()
show(path)
os.remove(path)

print("--- basicConfig(filename=...)")
logging.basicConfig(filename=path, filemode="w", format="%(name)s:%(message)s", level=logging.INFO)
logging.info("via basicConfig")
logging.getLogger("x.y").warning("child")
for h in logging.root.handlers:
    h.close()
show(path)
os.remove(path)

print("--- RotatingFileHandler")
log.removeHandler(fh)
rh = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2, encoding="utf-8")
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(7):
    log.warning("message number %d", i)
rh.close()
for name in [path, path + ".1", path + ".2", path + ".3"]:
    if os.path.exists(name):
        show(name)
        os.remove(name)
    else:
        print(name.replace(base, "BASE"), "missing")
