# Closure cells shared by threads: nonlocal updates from several threads under a lock are all
# seen, and a value replaced in a cell is released at once (its __del__ runs at the store).
import threading


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make():
    count = 0
    held = Noisy("first")
    lock = threading.Lock()

    def bump(n):
        nonlocal count
        for _ in range(n):
            with lock:
                count += 1

    def replace(name):
        nonlocal held
        held = Noisy(name)

    def get():
        return count, held.name

    def clear():
        nonlocal held
        held = None

    return bump, replace, get, clear


bump, replace, get, clear = make()
threads = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(get())
replace("second")
print("replaced")
print(get())
t = threading.Thread(target=replace, args=("third",))
t.start()
t.join()
print(get())
clear()
print("cleared")


class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return "child+" + super().who() + ":" + __class__.__name__


out = []
ts = [threading.Thread(target=lambda: out.append(Child().who())) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
