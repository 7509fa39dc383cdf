# A bounded buffer built from one lock and two conditions.
import threading


class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0

    def put(self, x):
        with self.not_full:
            while len(self.items) >= self.size:
                self.not_full.wait()
            self.items.append(x)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            x = self.items.pop(0)
            self.not_full.notify()
            return x


buf = BoundedBuffer(3)
got = []


def consumer():
    for _ in range(100):
        got.append(buf.get())


c = threading.Thread(target=consumer)
c.start()
for i in range(100):
    buf.put(i)
c.join()
print(got == list(range(100)), buf.max_seen <= 3, buf.items)
