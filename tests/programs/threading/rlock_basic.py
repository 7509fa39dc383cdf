# RLock: the owner may re-acquire; only the owner may release; release count must match.
import threading

r = threading.RLock()
print(type(r).__name__)
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned(), r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

r.acquire()
result = []


def other():
    result.append(r.acquire(blocking=False))
    result.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        result.append("RuntimeError: " + str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(result)
r.release()
t = threading.Thread(target=other)
t.start()
t.join()
print(result[3:])
