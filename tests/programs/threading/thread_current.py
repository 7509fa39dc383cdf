# current_thread() inside a thread is its Thread object; main_thread() everywhere is the main one.
import threading

found = []


def body():
    me = threading.current_thread()
    found.append((me.name, me is worker, threading.main_thread().name,
                  threading.main_thread() is not me))


worker = threading.Thread(target=body, name="w")
worker.start()
worker.join()
print(found)
print(threading.current_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.currentThread() is threading.current_thread())
print(type(threading.current_thread()).__name__)
