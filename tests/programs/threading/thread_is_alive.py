# is_alive: False before start, True while run() executes, False after join.
import threading

go = threading.Event()
running = threading.Event()


def body():
    running.set()
    go.wait()


t = threading.Thread(target=body)
print("before start:", t.is_alive())
t.start()
running.wait()
print("running:", t.is_alive())
print("in enumerate:", t in threading.enumerate())
go.set()
t.join()
print("after join:", t.is_alive())
print("in enumerate after:", t in threading.enumerate())
