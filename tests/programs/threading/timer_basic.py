# Timer runs the function once after the interval, in its own thread.
import threading

fired = []
t = threading.Timer(0.02, fired.append, args=["fired"])
print(isinstance(t, threading.Thread), t.interval)
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

kw = {}
t2 = threading.Timer(0, lambda **k: kw.update(k), kwargs={"a": 1, "b": 2})
t2.start()
t2.join()
print(sorted(kw.items()))
t3 = threading.Timer(0.0, fired.append, ("again",))
t3.start()
t3.join()
print(fired)
