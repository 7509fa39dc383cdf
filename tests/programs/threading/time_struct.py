# gmtime/struct_time/strftime/asctime with fixed timestamps.
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(tuple(t), len(t), t[0], t[-1], t[:3])
g = time.gmtime(1700000000.75)
print(g)
print(time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %A %b %B %j %U %W %w %y %p %I %%", g))
print(time.asctime(g))
print(time.asctime((2024, 2, 29, 13, 4, 5, 3, 60, 0)))
print(time.gmtime(-86400 * 365.25 * 100))
print(time.gmtime(951782400))
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s, s.tm_zone)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(isinstance(t, tuple), type(t).__name__, type(t).__module__)
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
for bad in ((1, 2), [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024, 13, 1, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024.0, 1, 1, 0, 0, 0, 0, 1, 0)):
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
print(time.strftime("%Y|%m|%d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
