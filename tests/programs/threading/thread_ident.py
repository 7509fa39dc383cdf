# ident is None before start, then the thread's get_ident(); idents of live threads differ.
import threading

seen = {}
barrier = threading.Barrier(3)


def body(i):
    seen[i] = (threading.get_ident(), threading.current_thread().ident)
    barrier.wait()


ts = [threading.Thread(target=body, args=(i,)) for i in range(3)]
print([t.ident for t in ts])
print([t.native_id for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(seen[i][0] == seen[i][1] == ts[i].ident for i in range(3)))
print(len({seen[i][0] for i in range(3)}))
print(threading.get_ident() not in {seen[i][0] for i in range(3)})
print(isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
print(threading.main_thread().ident == threading.get_ident())
print(all(isinstance(t.native_id, int) for t in ts))
