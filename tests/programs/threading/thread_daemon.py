# Daemon status: inherited from the creating thread, settable only before start.
import threading

print(threading.current_thread().daemon)
a = threading.Thread(target=lambda: None)
print(a.daemon, a.isDaemon())
b = threading.Thread(target=lambda: None, daemon=True)
print(b.daemon)
a.daemon = True
print(a.daemon)
a.setDaemon(False)
print(a.daemon)

inherited = {}


def child():
    inherited["child"] = threading.Thread(target=lambda: None).daemon


d = threading.Thread(target=child, daemon=True)
d.start()
d.join()
n = threading.Thread(target=child)
n.start()
n.join()
print(inherited)

try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=lambda: None)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
