# _thread.interrupt_main raises KeyboardInterrupt in the main thread.
import _thread
import threading
import time

ready = threading.Event()


def interrupter():
    ready.wait()
    _thread.interrupt_main()


t = threading.Thread(target=interrupter)
t.start()
count = 0
try:
    ready.set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        count += 1
        time.sleep(0.001)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")
t.join()
print("interrupter joined")
