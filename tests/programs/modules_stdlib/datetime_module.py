from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dt

print("--- timedelta")
values = [timedelta(), timedelta(1), timedelta(days=-1), timedelta(hours=25, minutes=61, seconds=61),
          timedelta(microseconds=-1), timedelta(weeks=1, milliseconds=1500), timedelta(1.5),
          timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(seconds=2.5e-6),
          timedelta(days=0.1, hours=0.25, minutes=-0.5), timedelta(days=-2, seconds=3)]
for v in values:
    print(repr(v), "|", v, "|", v.days, v.seconds, v.microseconds, v.total_seconds())
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 0.5, a * 1.1, a / 3, a / 7.0)
print(a / b, a // b, a % b, divmod(a, b), a // 4, timedelta(7) / timedelta(hours=1))
print(a > b, a == timedelta(seconds=18000), a != b, a == 5, bool(timedelta()), bool(b))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), sorted([a, b, -a, timedelta()]))
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
for bad in [lambda: timedelta("1"), lambda: timedelta(days=1000000000), lambda: a / 0,
            lambda: a // timedelta(0), lambda: a < 1, lambda: a + 1]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e if "not supported" not in str(e) and "unsupported" not in str(e) else "-")

print("--- date")
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.ctime(), d.isoformat())
print(d + timedelta(days=1), d - timedelta(days=60), d - date(2023, 2, 28), timedelta(1) + d)
print(d.replace(year=2025, day=28), d.replace(month=3), date.fromordinal(738000), date.fromordinal(1))
print(date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"), date.fromisoformat("2021-W52-5"),
      date.fromisocalendar(2020, 53, 7), date.fromisoformat("2024W017"))
for y in [2000, 2004, 2018, 2019, 2020, 2021, 2026, 1900]:
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 12, 31).weekday())
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2025, 1, 1), d == datetime(2024, 2, 29))
print(hash(d) == hash(date(2024, 2, 29)), sorted([date(2020, 5, 1), date(2019, 1, 1), d]))
print(d.strftime("%Y/%m/%d %A %a %B %b %j %U %W %w %y %%"), format(d, "%d.%m.%Y"), f"{d}", f"{d:%b %d}")
print(d.timetuple())
for bad in [lambda: date(0, 1, 1), lambda: date(2023, 2, 29), lambda: date(2020, 13, 1),
            lambda: date("2020", 1, 1), lambda: date(9999, 12, 31) + timedelta(1),
            lambda: date.fromordinal(0), lambda: date.fromisoformat("2020-1-1"),
            lambda: date.fromisoformat(20200101), lambda: date.fromisocalendar(2021, 53, 1),
            lambda: date.fromisocalendar(2021, 1, 0), lambda: d.replace(day=30)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
