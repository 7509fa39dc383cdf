# zoneinfo's API: the cache, no_cache/from_file/clear_cache, keys, errors, pickling, TZPATH.
import io
import os
import pickle
import zoneinfo
from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ROOT = "/usr/share/zoneinfo"
for key in ("America/New_York", "Europe/London", "UTC"):
    if not os.path.isfile(os.path.join(ROOT, key)):
        raise SystemExit("the tz database has no %s under %s" % (key, ROOT))

a = ZoneInfo("America/New_York")
print(repr(a), str(a), a.key, a is ZoneInfo("America/New_York"))
b = ZoneInfo.no_cache("America/New_York")
print(b is a, b == a, repr(b))
ZoneInfo.clear_cache(only_keys=["Europe/London"])
print(a is ZoneInfo("America/New_York"))
ZoneInfo.clear_cache()
c = ZoneInfo("America/New_York")
print(c is a, c.utcoffset(datetime(2024, 7, 1)) == a.utcoffset(datetime(2024, 7, 1)))

with open(os.path.join(ROOT, "Europe/London"), "rb") as f:
    raw = f.read()
f1 = ZoneInfo.from_file(io.BytesIO(raw))
f2 = ZoneInfo.from_file(io.BytesIO(raw), key="Custom/London")
print(f1.key, repr(f2), str(f2))
print(datetime(2024, 7, 1, 12, tzinfo=f1).tzname(), datetime(2024, 1, 1, tzinfo=f2).tzname())
for zone in (f1, f2):
    try:
        pickle.dumps(zone)
    except pickle.PicklingError as e:
        print("PicklingError:", e)

for proto in (0, 2, 5):
    back = pickle.loads(pickle.dumps(a, proto))
    print(proto, back is ZoneInfo("America/New_York"), repr(back))
nc = pickle.loads(pickle.dumps(b))
print(nc is b, nc is ZoneInfo("America/New_York"), repr(nc))

for bad in ("Not/AZone", "America/../America/New_York", "/usr/share/zoneinfo/UTC", "../etc/passwd",
            "America//New_York", "", "America/New_York/"):
    try:
        ZoneInfo(bad)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError:", e, isinstance(e, KeyError))
    except ValueError as e:
        print("ValueError:", e)
for blob in (b"", b"TZjf" + bytes(40)):
    try:
        ZoneInfo.from_file(io.BytesIO(blob))
    except ValueError as e:
        print("ValueError:", e)

print(zoneinfo.TZPATH[:1])
zoneinfo.reset_tzpath(to=["/nonexistent/zones"])
print(zoneinfo.TZPATH)
try:
    ZoneInfo("Asia/Tokyo")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError:", e)
for bad in ("/a:/b", ["relative/path"]):
    try:
        zoneinfo.reset_tzpath(to=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
zoneinfo.reset_tzpath(to=[ROOT])
print(ZoneInfo("Asia/Tokyo").utcoffset(None), ZoneInfo("UTC").utcoffset(None))
print(time(12, 0, tzinfo=ZoneInfo("UTC")).utcoffset(), time(12, tzinfo=a).utcoffset())
zones = zoneinfo.available_timezones()
print("America/New_York" in zones, "posixrules" in zones, "right/UTC" in zones, len(zones) > 300)
u = datetime(2024, 3, 10, 6, 59, tzinfo=timezone.utc)
for fn in (lambda: a.fromutc(u), lambda: a.fromutc("x")):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning), sorted(zoneinfo.__all__))
