# Threads created by a daemon thread are daemons by default; explicit daemon= wins.
import threading

flags = {}


def parent():
    a = threading.Thread(target=lambda: None)
    b = threading.Thread(target=lambda: None, daemon=False)
    flags["implicit"] = a.daemon
    flags["explicit"] = b.daemon
    a.start()
    b.start()
    a.join()
    b.join()


p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print(sorted(flags.items()))
