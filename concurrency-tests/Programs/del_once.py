# __del__ runs exactly once, in whichever thread drops the last reference.
import threading

log = []


class D:
    def __del__(self):
        log.append("del")


shared = [D()]


def reader():
    x = shared[0] if shared else None
    del x


def popper():
    shared.pop()


ts = [threading.Thread(target=reader), threading.Thread(target=popper), threading.Thread(target=reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for _ in range(3):
    pass
print(log)
