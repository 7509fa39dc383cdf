# Daemon threads do not keep the program alive: one is still blocked when main ends.
import threading

forever = threading.Lock()
forever.acquire()
started = threading.Event()


def stuck():
    started.set()
    forever.acquire()        # never released
    print("never printed")


d = threading.Thread(target=stuck, daemon=True)
d.start()
started.wait()
print("daemon alive at exit:", d.is_alive(), d.daemon)
print("main done")
