# A thread that joins itself as its first step gets "cannot join current thread", even when it
# runs before start() has returned in the thread that started it.
import threading

messages = set()


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        messages.add(str(e))


for _ in range(300):
    t = threading.Thread(target=join_self)
    t.start()
    t.join()
print(sorted(messages))
