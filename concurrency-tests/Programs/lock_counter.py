# A Lock-protected counter: every increment survives whatever the interleaving.
import threading

lock = threading.Lock()
count = 0


def work():
    global count
    for _ in range(3):
        with lock:
            c = count
            count = c + 1


ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)
