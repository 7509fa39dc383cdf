# At exit the interpreter waits for non-daemon threads: their output comes after main's.
import threading

go = threading.Event()


def late():
    go.wait()
    print("worker finished after main")


t = threading.Thread(target=late)
t.start()
print("main done")
go.set()
