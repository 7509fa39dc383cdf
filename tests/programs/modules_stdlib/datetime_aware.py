import time as _t
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

print("--- time")
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999, fold=1),
          time(12, 30, tzinfo=timezone.utc), time(6, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))]:
    print(repr(t), "|", t, "|", t.isoformat("minutes"), t.utcoffset(), t.tzname(), t.dst())
t = time(14, 5, 9, 123456)
for spec in ["hours", "minutes", "seconds", "milliseconds", "microseconds", "auto"]:
    print(spec, t.isoformat(timespec=spec))
print(t.strftime("%H:%M:%S.%f %I %p"), format(t, "%H.%M"), t.replace(hour=1, microsecond=0))
print(time.fromisoformat("04:23:01"), time.fromisoformat("T042301.5"), time.fromisoformat("04:23Z"),
      repr(time.fromisoformat("04:23:01.000384+05:30")), time.fromisoformat("10"))
print(time(1) < time(2), time(12, tzinfo=timezone(timedelta(hours=1))) == time(11, tzinfo=UTC),
      time(1) == time(1, tzinfo=UTC), time.min, time.max, time.resolution, bool(time()))

print("--- datetime")
d = datetime(2024, 3, 10, 8, 5, 3, 500)
print(repr(d), "|", d, "|", repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 1)))
print(d.date(), repr(d.time()), d.timetz(), d.isoformat(), d.isoformat(" ", "seconds"), d.ctime())
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(d + timedelta(hours=20), d - timedelta(days=70), d - datetime(2024, 1, 1), datetime(2024, 1, 1) - d)
print(d.replace(day=1, hour=0), datetime.combine(date(2020, 1, 2), time(3, 4)), d.weekday(), d.isocalendar())
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %a %j"), f"{d:%d/%m/%y %H%M}", d.timetuple()[:9])
print(d == datetime(2024, 3, 10, 8, 5, 3, 500), d > datetime(2024, 3, 10), d == d.date(), d.date() == d)
print(datetime.min, datetime.max, datetime.resolution, isinstance(d, date))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2), "CEST"))
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.dst(), aware.isoformat())
print(aware.astimezone(UTC), aware.astimezone(timezone(timedelta(hours=-7))), aware.timestamp())
print(aware == datetime(2024, 6, 1, 10, 0, tzinfo=UTC), hash(aware) == hash(datetime(2024, 6, 1, 10, tzinfo=UTC)))
print(aware - datetime(2024, 6, 1, tzinfo=UTC), aware == datetime(2024, 6, 1, 12), aware.utctimetuple()[:6])
print(aware.strftime("%H:%M %z %Z %:z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))

print("--- timestamps (UTC only)")
for ts in [0, 1, 86399.5, 1700000000.25, -1.5, 951782400]:
    print(ts, datetime.fromtimestamp(ts, UTC), datetime.fromtimestamp(ts, tz=timezone(timedelta(hours=9))))
print(datetime(2000, 1, 1, tzinfo=UTC).timestamp(), datetime(1969, 12, 31, 23, 59, tzinfo=UTC).timestamp())
now = datetime.now()
print(type(now).__name__, now.tzinfo, abs(datetime.now(UTC).timestamp() - _t.time()) < 5,
      date.today() == datetime.now().date() or True, datetime.now(UTC).tzinfo)

print("--- timezone")
for tz in [UTC, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=45)), timezone(-timedelta(hours=3), "BRT"),
           timezone(timedelta(seconds=1, microseconds=1)), timezone.min, timezone.max]:
    print(repr(tz), "|", tz, "|", tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(UTC is timezone.utc, timezone(timedelta(0)) is UTC, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(3), lambda: timezone(timedelta(0), 5),
            lambda: datetime(2020, 1, 1, tzinfo=3), lambda: datetime(2020, 1, 1) < aware,
            lambda: datetime(2020, 1, 1) - aware, lambda: time(1) < time(1, tzinfo=UTC),
            lambda: d.isoformat(timespec="x"), lambda: time(24), lambda: time(1, 60), lambda: time(fold=2),
            lambda: datetime(2020, 1, 1, 0, 0, 60), lambda: tzinfo().utcoffset(None)]:
    try:
        bad()
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
