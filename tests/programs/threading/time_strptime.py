# time.strptime in the C locale: directives, defaults, ISO weeks, and CPython's errors.
import time

cases = [
    ("2023-07-04", "%Y-%m-%d"), ("10:30", "%H:%M"), ("Mon  Jan 2 2023", "%a %b %d %Y"),
    ("12 pm", "%I %p"), ("12 am", "%I %p"), ("+05:30", "%z"), ("-0130", "%z"), ("Z", "%z"),
    ("UTC", "%Z"), ("gmt", "%Z"), ("2024 10 3", "%G %V %u"), ("2021 52 7", "%G %V %u"),
    ("2024 10", "%Y %U"), ("2024 10 0", "%Y %U %w"), ("2023 0 Mon", "%Y %W %a"),
    ("366", "%j"), ("1999 366", "%Y %j"), ("12/31/99 23:59:59", "%x %X"),
    ("Thu Jan  1 00:00:00 1970", "%c"), ("Tue Mar 17 22:44:55 1999",),
    ("JANUARY 5 2020 3:04:05.123 PM", "%B %d %Y %I:%M:%S.%f %p"), ("10%", "%d%%"),
    ("69", "%y"), ("68", "%y"), ("  5", "%d"),
    # errors
    ("x", "%Y"), ("2023", "%D"), ("2023 ", "%Y"), ("2023", "%Y %"), ("a", "%"),
    ("2024-02-30", "%Y-%m-%d"), ("0000", "%Y"), ("2020 5", "%Y %V"), ("2020", "%G"),
    ("2021 53 1", "%G %V %u"), ("1 2 3", "%Y %m"), (1, "%Y"), ("1", 2),
]
for args in cases:
    try:
        r = time.strptime(*args)
        print(tuple(r), r.tm_zone, r.tm_gmtoff)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
