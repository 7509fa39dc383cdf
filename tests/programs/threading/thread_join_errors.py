# join() before start, and joining the current thread, raise RuntimeError.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


s = threading.Thread(target=self_join)
s.start()
s.join()
print(errors)
t.start()
t.join(timeout=5)
print(t.is_alive())
t.join(-1)
t.join(0)
print("done")
