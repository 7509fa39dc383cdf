# logging.handlers beyond logging_files.py and logging_handlers.py: namer/rotator, roll-over
# without backups, WatchedFileHandler reopening a moved file, MemoryHandler without a target,
# and a QueueListener running on its thread.
import logging
import logging.handlers
import os
import queue
import sys

base = "_tmp_rotation_%d" % os.getpid()


def show(path):
    with open(path, encoding="utf-8") as f:
        print(path.replace(base, "BASE"), repr(f.read()))


def cleanup(*paths):
    for p in paths:
        if os.path.exists(p):
            os.remove(p)


def record(msg, level=logging.WARNING):
    return logging.makeLogRecord({"msg": msg, "levelno": level, "levelname": logging.getLevelName(level)})


print("--- namer and rotator")
path = base + ".log"
rh = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=3, encoding="utf-8")
rh.setFormatter(logging.Formatter("%(message)s"))
rh.namer = lambda name: name + ".bak"
moves = []


def rotator(source, dest):
    moves.append((source.replace(os.path.abspath(base), "BASE"), dest.replace(os.path.abspath(base), "BASE")))
    os.rename(source, dest)


rh.rotator = rotator
for i in range(5):
    rh.handle(record("line %d of the log" % i))
rh.close()
print(moves)
print(rh.rotation_filename("x"), rh.mode, rh.maxBytes, rh.backupCount)
names = [path] + [path + ".%d.bak" % i for i in range(1, 5)]
for name in names:
    if os.path.exists(name):
        show(name)
    else:
        print(name.replace(base, "BASE"), "missing")
cleanup(*names)

print("--- no backups: the file keeps growing")
rh = logging.handlers.RotatingFileHandler(path, mode="w", maxBytes=10, encoding="utf-8")
print(rh.mode)
for i in range(3):
    rh.emit(record("abcdefgh%d" % i))
rh.close()
show(path)
print(os.path.exists(path + ".1"))
rh = logging.handlers.RotatingFileHandler(path, mode="w", encoding="utf-8", delay=True)
print(rh.mode, rh.stream, rh.shouldRollover(record("x")), rh.stream is not None)
rh.close()
cleanup(path)

print("--- a record larger than maxBytes goes into an empty file")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=5, backupCount=1, encoding="utf-8")
rh.emit(record("much longer than five bytes"))
rh.emit(record("second"))
rh.close()
show(path)
show(path + ".1")
cleanup(path, path + ".1")

print("--- WatchedFileHandler")
wh = logging.handlers.WatchedFileHandler(path, encoding="utf-8")
wh.emit(record("before the move"))
os.rename(path, path + ".moved")
wh.emit(record("after the move"))
os.remove(path)
wh.emit(record("after the delete"))
wh.close()
show(path + ".moved")
show(path)
print(wh.dev != -1, wh.ino != -1)
cleanup(path, path + ".moved")

print("--- MemoryHandler")
mem = logging.handlers.MemoryHandler(2, flushLevel=logging.CRITICAL)
mem.handle(record("a"))
mem.handle(record("b"))
mem.handle(record("c", logging.CRITICAL))
print("no target keeps", [r.msg for r in mem.buffer])
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target: %(message)s"))
mem.setTarget(target)
mem.flush()
print(len(mem.buffer), repr(mem))
quiet = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
quiet.handle(record("never flushed"))
quiet.close()
print(quiet.target, len(quiet.buffer))
mem.handle(record("flushed by close"))
mem.close()

print("--- QueueListener on its thread")
q = queue.Queue()
high = logging.StreamHandler(sys.stdout)
high.setLevel(logging.ERROR)
high.setFormatter(logging.Formatter("high: %(message)s"))
low = logging.StreamHandler(sys.stdout)
low.setFormatter(logging.Formatter("low: %(message)s"))
listener = logging.handlers.QueueListener(q, low, high, respect_handler_level=True)
listener.start()
qh = logging.handlers.QueueHandler(q)
log = logging.getLogger("queued")
log.propagate = False
log.addHandler(qh)
log.warning("w %d", 1)
log.error("e %d", 2)
listener.stop()
print(listener._thread, q.qsize())
listener.stop()
plain = logging.handlers.QueueListener(q, low)
plain.start()
log.info("below the logger level: not queued")
log.critical("c")
plain.stop()
print(repr(qh), qh.listener)


class Tagging(logging.handlers.QueueHandler):
    def prepare(self, record):
        record = super().prepare(record)
        record.msg = "tagged " + record.msg
        return record


q2 = queue.SimpleQueue()
log.removeHandler(qh)
log.addHandler(Tagging(q2))
log.error("x %s", "y", stack_info=True)
r = q2.get()
print(r.msg.splitlines()[:2], r.args, r.stack_info, r.getMessage().startswith("tagged x y"))
