# cancel() before the interval elapses stops the timer.
import threading

fired = []
t = threading.Timer(30, fired.append, args=["should not fire"])
t.start()
t.cancel()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

t2 = threading.Timer(0.01, fired.append, args=["fired"])
t2.start()
t2.join()
t2.cancel()
print(fired)

t3 = threading.Timer(5, fired.append, args=["cancelled before start"])
t3.cancel()
t3.start()
t3.join()
print(fired)
