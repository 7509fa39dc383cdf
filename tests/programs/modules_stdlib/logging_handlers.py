import io
import logging
import logging.handlers
import queue
import sys

print("--- MemoryHandler")
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target got %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger("mem")
log.propagate = False
log.addHandler(mem)
log.warning("one")
log.warning("two")
print("buffered:", [r.getMessage() for r in mem.buffer])
log.warning("three: capacity reached")
print("buffered:", len(mem.buffer))
log.warning("four")
log.error("five: flush level")
log.warning("six")
mem.close()
print("after close:", mem.target, len(mem.buffer))

print("--- BufferingHandler")


class Collect(logging.handlers.BufferingHandler):
    def flush(self):
        print("flushing", [r.getMessage() for r in self.buffer])
        super().flush()


log.removeHandler(mem)
buf = Collect(2)
log.addHandler(buf)
for i in range(5):
    log.warning("b%d", i)
buf.close()

print("--- QueueHandler")
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
log.removeHandler(buf)
del buf
log.addHandler(qh)
log.warning("queued %s", "arg")
try:
    raise ValueError("bad")
except ValueError:
    log.exception("with exc")
while not q.empty():
    r = q.get_nowait()
    print(type(r).__name__, repr(r.msg.splitlines()[0]), r.args, r.exc_info, r.levelname, r.message.splitlines()[-1])

print("--- QueueListener.handle (no thread)")
out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, sh, respect_handler_level=True)
listener.handle(logging.makeLogRecord({"msg": "low", "levelno": 30}))
listener.handle(logging.makeLogRecord({"msg": "high", "levelno": 40}))
print(repr(out.getvalue()))
