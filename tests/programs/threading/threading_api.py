# The public names of threading and queue.
import queue
import threading

print(sorted(threading.__all__))
print(all(hasattr(threading, n) for n in threading.__all__))
print(sorted(queue.__all__))
print(all(hasattr(queue, n) for n in queue.__all__))
print(threading.get_ident is threading.get_ident)
print(threading.TIMEOUT_MAX == __import__("_thread").TIMEOUT_MAX)
print(callable(threading.Lock), callable(threading.RLock))
print(threading.Condition.__name__, threading.Event.__name__, threading.Barrier.__name__)
