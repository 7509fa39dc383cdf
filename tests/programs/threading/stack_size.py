# threading.stack_size: get/set, validation, and threads still run with a custom size.
import threading

print(threading.stack_size())
print(threading.stack_size(1024 * 1024))
print(threading.stack_size())
out = []
t = threading.Thread(target=lambda: out.append(sum(range(10))))
t.start()
t.join()
print(out)
print(threading.stack_size(0))
print(threading.stack_size())
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
threading.stack_size(0)
