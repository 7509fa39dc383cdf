# A generator that one thread is running (its body blocked in a wait that lets other threads run)
# cannot be resumed by another thread: ValueError "generator already executing", with either
# backend; once it has yielded, any thread may resume it.
import threading

entered = threading.Event()
release = threading.Event()


def gen():
    entered.set()
    release.wait()
    yield "first"
    yield "second"


g = gen()
results = []
t = threading.Thread(target=lambda: results.append(next(g)))
t.start()
entered.wait()
for attempt in (lambda: next(g), lambda: g.send(None)):
    try:
        attempt()
    except ValueError as e:
        print("other thread:", e)
print("running:", g.gi_running)
release.set()
t.join()
print(results, g.gi_running)
print(next(g))
print(list(g))
