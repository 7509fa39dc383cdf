# repr of a Thread shows its class, name and status (ident values are not printed).
import threading

go = threading.Event()
t = threading.Thread(target=go.wait, name="R")
r0 = repr(t)
print(r0)
t.start()
r1 = repr(t)
go.set()
t.join()
r2 = repr(t)
print(r1.startswith("<Thread(R, started ") and r1.endswith(")>"))
print(r2.startswith("<Thread(R, stopped ") and r2.endswith(")>"))
d = threading.Thread(target=lambda: None, name="D", daemon=True)
print(repr(d))


class Sub(threading.Thread):
    pass


print(repr(Sub(name="S")))
m = repr(threading.main_thread())
print(m.startswith("<_MainThread(MainThread, started "))
