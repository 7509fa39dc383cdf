"""Dates and times: timedelta, date, time, datetime, tzinfo and timezone (CPython 3.13 behaviour).

Written in Python for this VM: calendar helpers, timedelta, date and tzinfo in _datetime_base;
time, datetime and timezone in _datetime_clock; ISO 8601 and strptime parsing in
_datetime_parse. The classes report 'datetime' as their module, as in CPython.
"""

from _datetime_base import (MINYEAR, MAXYEAR, timedelta, date, tzinfo, IsoCalendarDate)
from _datetime_clock import time, datetime, timezone

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

for _cls in (timedelta, date, tzinfo, IsoCalendarDate, time, datetime, timezone):
    _cls.__module__ = __name__
del _cls

UTC = timezone.utc
