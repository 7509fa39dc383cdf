# A class-level counter and instance registry updated from many threads.
import threading


class Widget:
    created = 0
    registry = []
    _lock = threading.Lock()

    def __init__(self, tag):
        with Widget._lock:
            Widget.created += 1
            self.serial = Widget.created
            Widget.registry.append(tag)


def make(tag, n):
    for i in range(n):
        Widget(f"{tag}-{i}")


ts = [threading.Thread(target=make, args=(t, 100)) for t in "abcd"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(Widget.created, len(Widget.registry), len(set(Widget.registry)))
print(sorted(Widget.registry)[:3])
