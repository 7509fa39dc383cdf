# enumerate() and active_count() see started threads until they end.
import threading

n = 4
started = threading.Barrier(n + 1)
finish = threading.Event()


def body():
    started.wait()
    finish.wait()


ts = [threading.Thread(target=body, name=f"T{i}") for i in range(n)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in ts:
    t.start()
started.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(threading.activeCount() == threading.active_count())
finish.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
