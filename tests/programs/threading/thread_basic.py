# Threads compute results into slots by index; join waits for all of them.
import threading

results = [None] * 6


def work(i):
    total = 0
    for k in range(2000):
        total += k * (i + 1)
    results[i] = total


threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(all(not t.is_alive() for t in threads))
print(sum(results))
