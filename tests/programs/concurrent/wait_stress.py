# concurrent.futures under contention: futures settled from several threads while as_completed()
# and wait() register on them, so registration races settlement; every future must be seen once.
import threading
from concurrent.futures import FIRST_EXCEPTION, Future, as_completed, wait

ROUNDS, COUNT, SETTLERS = 20, 200, 4
seen_total = 0
for rnd in range(ROUNDS):
    futures = [Future() for _ in range(COUNT)]
    go = threading.Barrier(SETTLERS + 1)

    def settle(part):
        go.wait()
        for i in range(part, COUNT, SETTLERS):
            f = futures[i]
            if i % 7 == 0:
                f.cancel()
                f.set_running_or_notify_cancel()
            elif i % 5 == 0:
                f.set_exception(ValueError(i))
            else:
                f.set_result(i)

    threads = [threading.Thread(target=settle, args=(p,)) for p in range(SETTLERS)]
    for t in threads:
        t.start()
    go.wait()
    seen = list(as_completed(futures, timeout=60))
    for t in threads:
        t.join()
    assert len(seen) == COUNT and len(set(map(id, seen))) == COUNT, (rnd, len(seen))
    done, not_done = wait(futures, timeout=60)
    assert len(done) == COUNT and not not_done
    seen_total += len(seen)
    first = wait(futures, return_when=FIRST_EXCEPTION)
    assert len(first.done) == COUNT
print('futures seen', seen_total)
