# The time module's clocks and sleep.
import time

a = time.time()
print(type(a).__name__, a > 1.6e9)
print(type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
m1 = time.monotonic()
time.sleep(0.02)
m2 = time.monotonic()
print("monotonic advanced:", m2 - m1 >= 0.015)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 >= p1, isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
print(isinstance(time.process_time(), float), isinstance(time.thread_time(), float))
time.sleep(0)
time.sleep(0.0)
time.sleep(1e-6)
time.sleep(False)
for bad in (-1, -0.5, "1", None, float("nan"), 2 ** 80):
    try:
        time.sleep(bad)
        print("slept")
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.resolution > 0)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError:", e)
