# The low-level _thread API: start_new_thread, locks as signals, dummy Thread objects.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
box = {}


def body(a, b, c=None):
    box["args"] = (a, b, c)
    box["ident"] = _thread.get_ident()
    me = threading.current_thread()
    box["name"] = me.name.startswith("Dummy-")
    box["daemon"] = me.daemon
    box["alive"] = me.is_alive()
    done.release()


ident = _thread.start_new_thread(body, (1, 2), {"c": 3})
done.acquire()
print(box["args"], box["ident"] == ident, box["name"], box["daemon"], box["alive"])
print(isinstance(ident, int))
for bad in ((1, ()), (body, [1, 2]), (body, (1,), [])):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(body)
except TypeError:
    print("TypeError for too few arguments")
