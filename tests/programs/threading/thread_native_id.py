# native_id is the OS thread id of each thread: distinct between live threads.
import threading

ids = {}
barrier = threading.Barrier(4)


def body(i):
    ids[i] = (threading.get_native_id(), threading.current_thread().native_id)
    barrier.wait()


ts = [threading.Thread(target=body, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
barrier.wait()
for t in ts:
    t.join()
main_id = threading.get_native_id()
print(all(a == b for a, b in ids.values()))
print(len({a for a, b in ids.values()} | {main_id}))
print([t.native_id == ids[i][0] for i, t in enumerate(ts)])
print(threading.main_thread().native_id == main_id)
