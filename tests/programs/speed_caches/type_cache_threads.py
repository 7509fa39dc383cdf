# Threads read a class attribute and call a method while another thread keeps reassigning them
# with increasing numbers: through the lookup cache a reader must never see a value older than
# one it has already seen, and everyone sees the last value once the writer is done.
import threading


class Base:
    value = 0

    def get(self):
        return 0


class Leaf(Base):
    pass


N = 3000
READERS = 3
errors = []
done = threading.Event()


def writer():
    for i in range(1, N + 1):
        Base.value = i
        Base.get = (lambda k: lambda self: k)(i)
    done.set()


def reader(idx):
    obj = Leaf()
    last_value = last_method = 0
    while True:
        finished = done.is_set()
        v = obj.value
        m = obj.get()
        if v < last_value or m < last_method:
            errors.append((idx, last_value, v, last_method, m))
            return
        last_value, last_method = v, m
        if finished:
            break
    if last_value != N or last_method != N:
        errors.append((idx, "final", last_value, last_method))


threads = [threading.Thread(target=reader, args=(i,)) for i in range(READERS)]
threads.append(threading.Thread(target=writer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print("final:", Leaf().value, Leaf().get())
