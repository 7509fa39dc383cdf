# time: only deterministic aspects (types, sleep(0), struct_time from fixed values, strftime of fixed tuples)
import time
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__, type(time.perf_counter()).__name__)
print(time.sleep(0), time.time() > 1_600_000_000, time.monotonic() >= 0)
t1 = time.perf_counter()
t2 = time.perf_counter()
print(t2 >= t1, time.monotonic_ns() > 0, isinstance(time.process_time(), float))
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, type(st).__name__)
st2 = time.gmtime(1_700_000_000)
print(tuple(st2)[:6], time.strftime("%Y-%m-%d %H:%M:%S", st2))
print(time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
fixed = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(fixed.tm_year, fixed[1], time.strftime("%d/%m/%y %I:%M %p", fixed), time.strftime("%%literal", fixed))
print(time.strptime("2023-07-04", "%Y-%m-%d")[:3], time.strptime("10:30", "%H:%M").tm_min)
print(time.asctime(time.gmtime(0)), time.asctime(fixed))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    time.strptime("not a date", "%Y")
except ValueError as e:
    print(type(e).__name__ + ":", e)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, type(elapsed).__name__)
