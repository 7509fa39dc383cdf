import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

print("--- strptime")
cases = [("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
         ("05/03/24 2:07 PM", "%d/%m/%y %I:%M %p"),
         ("12:30 am", "%I:%M %p"),
         ("Tuesday, 5 March 2024", "%A, %d %B %Y"),
         ("tue mar  5 2024", "%a %b %d %Y"),
         ("2024-065", "%Y-%j"),
         ("1999 10 3", "%Y %W %w"),
         ("1999 10 3", "%Y %U %w"),
         ("2024-03-05T14:07:09.5+0130", "%Y-%m-%dT%H:%M:%S.%f%z"),
         ("2024-03-05 14:07:09 -05:00", "%Y-%m-%d %H:%M:%S %z"),
         ("2024-03-05 14:07:09Z", "%Y-%m-%d %H:%M:%S%z"),
         ("Tue Mar  5 14:07:09 2024", "%c"),
         ("03/05/24", "%x"),
         ("69", "%y"),
         ("68", "%y"),
         ("10%", "%S%%"),
         ("2024-03-05 UTC", "%Y-%m-%d %Z")]
for text, fmt in cases:
    v = datetime.strptime(text, fmt)
    print(repr(text), repr(fmt), "->", repr(v))
for text, fmt in [("2020", "%Y-%m"), ("2020-01x", "%Y-%m"), ("2020-13", "%Y-%m"), ("x", "%Q"),
                  ("2020", "%Y%"), ("31/02/2020", "%d/%m/%Y")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(time.fromisoformat("14:07"), date.fromisoformat("2024-03-05"))

print("--- fromisoformat")
for s in ["2024-03-05", "2024-03-05T14", "2024-03-05 14:07", "2024-03-05T14:07:09.123",
          "2024-03-05T14:07:09,123456789", "20240305T140709", "2024-03-05T14:07:09+05:30",
          "2024-03-05T14:07:09-0800", "2024-03-05T14:07:09Z", "2024-W10-2T10:00", "2024W102",
          "2024-03-05T14:07:09.000001+00:00:30"]:
    print(s, "->", repr(datetime.fromisoformat(s)))
for s in ["2024-03-05T", "2024-3-5", "2024-03-05T25:00", "2024-03-05T14:07:09+", "abc", "2024-03-05T1"]:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
for d in [datetime(2024, 3, 5, 14, 7, 9, 123, tzinfo=timezone(timedelta(hours=-3))), datetime(1, 1, 1)]:
    print(datetime.fromisoformat(d.isoformat()) == d, date.fromisoformat(d.date().isoformat()))


print("--- tzinfo subclass")


class Eastern(tzinfo):
    """A toy zone: UTC-5, with DST (UTC-4) from April to October."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 10:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


east = Eastern()
winter = datetime(2024, 1, 15, 12, tzinfo=east)
summer = datetime(2024, 7, 15, 12, tzinfo=east)
for v in [winter, summer]:
    print(v, v.tzname(), v.utcoffset(), v.dst(), v.astimezone(UTC), v.timetuple().tm_isdst, repr(v))
print(datetime(2024, 7, 15, 16, tzinfo=UTC).astimezone(east), summer - winter, summer > winter)
print(east.fromutc(datetime(2024, 7, 15, 16, tzinfo=east)), datetime.fromtimestamp(0, east))
print(time(12, tzinfo=east).utcoffset(), time(12, tzinfo=east).tzname())

print("--- subclasses, copy, pickle")


class MyDate(date):
    def describe(self):
        return "MyDate " + self.isoformat()


class MyDateTime(datetime):
    pass


md = MyDate(2024, 1, 31)
print(md.describe(), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__, repr(md))
mdt = MyDateTime(2024, 1, 31, 10)
print(type(mdt + timedelta(1)).__name__, type(MyDateTime.now()).__name__, repr(mdt))
print(type(MyDateTime.fromisoformat("2024-01-01")).__name__, type(MyDateTime.strptime("2024", "%Y")).__name__)
objs = [timedelta(1, 2, 3), date(2024, 2, 29), time(1, 2, 3, 4, UTC), datetime(2024, 2, 29, 1, 2, 3, 4),
        datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=3), "X")), UTC, timezone(timedelta(hours=-2))]
for o in objs:
    print(repr(copy.copy(o)) == repr(o), copy.deepcopy(o) == o, pickle.loads(pickle.dumps(o)) == o)
print(sorted({date(2024, 1, 2), date(2024, 1, 1), date(2024, 1, 2)}))
print({datetime(2024, 1, 1): "a"}[datetime(2024, 1, 1, 0, 0)], {timedelta(hours=24): 1}[timedelta(1)])
