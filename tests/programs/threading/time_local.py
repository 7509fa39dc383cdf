# localtime/mktime round trip, ctime shape, timezone constants' types.
import time

for ts in (0, 86400 * 365, 1700000000, 2000000000):
    lt = time.localtime(ts)
    print(time.mktime(lt) == ts, lt.tm_isdst in (0, 1, -1))
print(len(time.ctime(0)) == 24, time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname))
print(time.localtime().tm_year >= 2024)
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)) - time.mktime((2023, 12, 31, 0, 0, 0, 0, 1, -1)) in (86400.0, 82800.0, 90000.0))
print(type(time.mktime(time.localtime())).__name__)
try:
    time.mktime((1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    time.localtime(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    time.gmtime(2 ** 70)
except OverflowError as e:
    print("OverflowError:", e)
print(time.strftime("%Y", time.localtime(0)) in ("1969", "1970"))
