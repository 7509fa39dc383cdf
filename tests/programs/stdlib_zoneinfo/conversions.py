# Conversions across DST transitions (gaps and folds) in a few zones, with the table and
# with the footer's POSIX rule (far-future dates).
import os
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

KEYS = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata"]
for key in KEYS:
    if not os.path.isfile(os.path.join("/usr/share/zoneinfo", key)):
        raise SystemExit("the tz database has no %s" % key)


def show(dt):
    return "%s fold=%d %s dst=%s" % (dt.isoformat(), dt.fold, dt.tzname(), dt.dst())


for key in KEYS:
    zone = ZoneInfo(key)
    print(key)
    for year in (1900, 1945, 1971, 2024, 2037, 2050, 2199):
        print(" ", year, [(d.utcoffset(), d.tzname()) for d in
                          (datetime(year, 1, 15, 12, tzinfo=zone), datetime(year, 7, 15, 12, tzinfo=zone))])
    # Walk 2024 and 2077 a day at a time; around each change of offset, half-hour steps show
    # the new offset's first reading and the repeated (fold=1) half hours.
    for year in (2024, 2077):
        start = datetime(year, 1, 1, tzinfo=timezone.utc)
        last = start.astimezone(zone).utcoffset()
        print("  ->", show(start.astimezone(zone)))
        for day in range(1, 366):
            if (start + timedelta(days=day)).astimezone(zone).utcoffset() == last:
                continue
            for half_hours in range(2 * 24 + 1):
                local = (start + timedelta(days=day - 1, minutes=30 * half_hours)).astimezone(zone)
                if local.utcoffset() != last:
                    print("  ->", show(local))
                    last = local.utcoffset()
                if local.fold:
                    print("  fold", show(local))
    # Wall times inside a gap or a fold, both readings.
    for wall in (datetime(2024, 3, 10, 2, 30), datetime(2024, 11, 3, 1, 30),
                 datetime(2024, 3, 31, 1, 30), datetime(2024, 10, 27, 1, 30),
                 datetime(2024, 4, 7, 1, 45), datetime(2024, 10, 6, 2, 15),
                 datetime(2088, 3, 14, 2, 30), datetime(2088, 11, 7, 1, 30)):
        for fold in (0, 1):
            dt = wall.replace(tzinfo=zone, fold=fold)
            back = dt.astimezone(timezone.utc).astimezone(zone)
            print("  wall", show(dt), "->", back.astimezone(timezone.utc).isoformat(), back == dt)

ny, ldn = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
meeting = datetime(2024, 3, 29, 9, 0, tzinfo=ny)
print(meeting.astimezone(ldn).isoformat(), meeting.astimezone(ZoneInfo("Asia/Kolkata")).isoformat())
print((datetime(2024, 3, 10, 12, tzinfo=ny) - datetime(2024, 3, 9, 12, tzinfo=ny)))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny, fold=0) == datetime(2024, 11, 3, 1, 30, tzinfo=ny, fold=1))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny).timestamp(), datetime(2024, 11, 3, 1, 30, tzinfo=ny, fold=1).timestamp())
print(datetime.fromtimestamp(1730611800, ny).isoformat(), datetime.fromtimestamp(1730615400, ny).fold)
