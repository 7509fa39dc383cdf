# Subclasses override run(); __init__ must call Thread.__init__.
import threading


class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"summer-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


class Bad(threading.Thread):
    def __init__(self):
        pass


workers = [Summer(n) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])

try:
    Bad().start()
except RuntimeError as e:
    print("RuntimeError:", e)


class WithTarget(threading.Thread):
    def run(self):
        self.seen = "custom run"
        super().run()


box = []
w = WithTarget(target=box.append, args=("target ran",))
w.start()
w.join()
print(w.seen, box)
