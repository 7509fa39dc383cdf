# wait() timeouts return partial results; FIRST_EXCEPTION without failures waits for all.
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, FIRST_COMPLETED

gate = threading.Event()
with ThreadPoolExecutor(3) as ex:
    quick = [ex.submit(abs, -i) for i in range(3)]
    wait(quick)
    blocked = ex.submit(gate.wait)
    done, not_done = wait(quick + [blocked], timeout=0.05)
    print(len(done), len(not_done), blocked in not_done)
    done, not_done = wait(quick, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    done, not_done = wait([blocked], timeout=0.01, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    gate.set()
    done, not_done = wait([blocked], timeout=30)
    print(len(done), len(not_done), blocked.result())
