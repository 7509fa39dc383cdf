# settrace/setprofile store hooks for new threads; gettrace/getprofile return them.
import threading

print(threading.gettrace(), threading.getprofile())


def tracer(frame, event, arg):
    return None


threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(callable(threading.settrace_all_threads), callable(threading.setprofile_all_threads))
