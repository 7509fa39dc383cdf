# The main thread object.
import threading

m = threading.main_thread()
print(m.name, m.daemon, m.is_alive())
print(m.ident == threading.get_ident())
print(isinstance(m, threading.Thread))
print(m in threading.enumerate())

names = []


def body():
    names.append(threading.main_thread().name)
    names.append(threading.main_thread().is_alive())


t = threading.Thread(target=body)
t.start()
t.join()
print(names)
