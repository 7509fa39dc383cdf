# TZif data built here (versions 1 and 2, footers with J, n and M rules, negative DST,
# quoted names), read with ZoneInfo.from_file: no dependency on the system's tz database.
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(version, transitions, types, footer=None):
    """transitions: [(utc seconds, type index)]; types: [(utcoff, isdst, name)]."""
    names = b""
    entries = []
    for off, dst, name in types:
        at = names.find(name.encode() + b"\0")
        if at < 0:
            at = len(names)
            names += name.encode() + b"\0"
        entries.append(struct.pack(">lbB", off, dst, at))

    def block(width):
        code = "l" if width == 4 else "q"
        head = b"TZif" + (b"\0" if version == 1 else str(version).encode()) + bytes(15)
        head += struct.pack(">6l", 0, 0, 0, len(transitions), len(types), len(names))
        body = b"".join(struct.pack(">" + code, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions) + b"".join(entries) + names
        return head + body

    data = block(4)
    if version >= 2:
        data += block(8) + b"\n" + (footer or "").encode() + b"\n"
    return ZoneInfo.from_file(io.BytesIO(data), key="Synthetic/v%d" % version)


def walk(zone, start, hours, step=1):
    """Prints each change of (offset, fold) over hours after start: a day at a time, in steps
    of `step` hours inside a day where something changed."""
    def state(h):
        local = (start + timedelta(hours=h)).astimezone(zone)
        return local, (local.utcoffset(), local.fold)
    last = None
    for day in range(0, hours, 24):
        if last is not None and state(day)[1] == last and state(day + 12)[1] == last:
            continue
        for h in range(max(0, day - 24), min(day + 24, hours), step):
            local, now = state(h)
            if now != last:
                print("   ", local.isoformat(), local.fold, local.tzname(), local.dst())
                last = now


utc = timezone.utc
# Version 1: a table only; after its end the last type stays in force.
v1 = tzif(1, [(0, 1), (15552000, 2), (31536000, 1)],
          [(3600, 0, "LMT"), (7200, 0, "AAA"), (10800, 1, "AAS")])
print(repr(v1))
for d in (datetime(1960, 1, 1), datetime(1970, 3, 1), datetime(1970, 8, 1), datetime(2100, 1, 1)):
    print(" ", d.replace(tzinfo=v1).isoformat(), d.replace(tzinfo=v1).tzname(), d.replace(tzinfo=v1).dst())
walk(v1, datetime(1969, 12, 31, 20, tzinfo=utc), 24 * 400, 6)

footers = [
    "EST5EDT,M3.2.0,M11.1.0",            # US rules
    "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",   # Lord Howe: half-hour DST, southern hemisphere
    "IST-1GMT0,M10.5.0,M3.5.0/1",        # negative DST (Irish rules)
    "AAA3BBB,J60/1,J300/23",            # Julian days, no leap day counted
    "CCC-2DDD-3,59/3,250/-1",           # zero-based days, negative time of day
    "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",  # quoted numeric names, negative times
    "UTC0",                              # no DST at all
    "XXX-5:45",
]
for footer in footers:
    zone = tzif(2, [(-1000000000, 0)], [(3600, 0, "OLD")], footer)
    print(footer)
    for year in (2023, 2024, 2101):
        for month in (1, 3, 4, 7, 10, 12):
            d = datetime(year, month, 15, 12, tzinfo=zone)
            print("   ", d.isoformat(), d.tzname(), d.dst())
    walk(zone, datetime(2024, 1, 1, tzinfo=utc), 24 * 366)

# A version 2 file with no transitions at all: only the footer.
bare = tzif(2, [], [(0, 0, "UTC")], "ABC-4DEF,M4.1.0,M9.1.0")
print(datetime(2030, 6, 1, tzinfo=bare).isoformat(), datetime(2030, 12, 1, tzinfo=bare).tzname())
for bad in ("", "AAA3BBB", "AAA3BBB,M13.1.0,M1.1.0", "AAA3,M3.2.0,M11.1.0"):
    try:
        tzif(2, [], [(0, 0, "UTC")], bad)
        print(repr(bad), "accepted")
    except ValueError:
        print(repr(bad), "ValueError")
