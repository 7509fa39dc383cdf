# A thread can be started only once, even after it finished.
import threading

t = threading.Thread(target=lambda: None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
t.join()
print("joined twice fine")
