# Default thread names: Thread-N with the target's name, explicit names, the name setter.
import threading


def job():
    pass


def other():
    pass


a = threading.Thread(target=job)
b = threading.Thread(target=other)
c = threading.Thread()
d = threading.Thread(target=job, name="worker")
e = threading.Thread(target=lambda: None)
print(a.name, "|", b.name, "|", c.name, "|", d.name, "|", e.name)
d.name = "renamed"
print(d.name, d.getName())
d.setName(42)
print(repr(d.name))
f = threading.Thread(name="")
print(f.name)
t = threading.Timer(1.0, job)
print(t.name)


class MyThread(threading.Thread):
    pass


print(MyThread().name, MyThread(target=job).name)
print(threading.Thread(target=print).name)
