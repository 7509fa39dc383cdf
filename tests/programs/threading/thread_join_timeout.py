# join(timeout) returns while the thread is still blocked; is_alive tells.
import threading

release = threading.Event()


def blocked():
    release.wait()


t = threading.Thread(target=blocked)
t.start()
t.join(0.05)
print("alive after timed join:", t.is_alive())
t.join(timeout=0)
print("alive after zero join:", t.is_alive())
release.set()
t.join(10)
print("alive after release:", t.is_alive())
