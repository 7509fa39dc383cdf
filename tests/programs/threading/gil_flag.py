# sys._is_gil_enabled exists and returns a bool; threads work either way.
import sys
import threading

print(isinstance(sys._is_gil_enabled(), bool))
out = []
t = threading.Thread(target=out.append, args=(1,))
t.start()
t.join()
print(out)
