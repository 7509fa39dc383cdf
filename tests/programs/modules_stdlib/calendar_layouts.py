# Text and HTML calendar layouts across widths, week starts and year edges; errors users see.
import calendar


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as e:
        print(label, type(e).__name__, e, e.args)


for first in (0, 3, 6, 9, -2):
    tc = calendar.TextCalendar(first)
    print(first, tc.firstweekday, list(tc.iterweekdays()))
    print(tc.formatmonth(2026, 2, 3, 1), end='|\n')
    print(tc.formatweekheader(1), '|', tc.formatweekheader(8), '|', tc.formatweekheader(12), '|')
for w, l, c, m in [(2, 1, 6, 1), (1, 0, 1, 5), (4, 2, 3, 2), (2, 1, 2, 12), (3, 1, 6, 7)]:
    print(repr(calendar.TextCalendar(calendar.SUNDAY).formatyear(2026, w, l, c, m)))
print(calendar.TextCalendar().formatyear(1))
print(calendar.TextCalendar().formatmonth(9999, 12))
print(calendar.Calendar(6).monthdayscalendar(9999, 12), list(calendar.Calendar().itermonthdays4(9999, 12))[-3:])
print(list(calendar.Calendar(2).itermonthdays3(1, 1))[:4])
attempt('dates year 1', lambda: calendar.Calendar(2).monthdatescalendar(1, 1))
attempt('dates 9999', lambda: calendar.Calendar().monthdatescalendar(9999, 12))
print(calendar.monthrange(1900, 2), calendar.monthrange(2000, 2), calendar.monthrange(-1, 2), calendar.monthrange(12345, 2))
print(calendar.weekday(-400, 1, 1), calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(10400, 1, 1))
print([calendar.isleap(y) for y in (-4, -100, 0, 1600, 1700, 2100, 2400)])
print(calendar.leapdays(0, 1), calendar.leapdays(1, 2001), calendar.leapdays(-401, 401), calendar.leapdays(5, 5))
attempt('monthrange 13', lambda: calendar.monthrange(2026, 13))
attempt('monthrange -1', lambda: calendar.monthrange(2026, -1))
attempt('itermonth 0', lambda: list(calendar.Calendar().itermonthdays(2026, 0)))
attempt('formatmonth 14', lambda: calendar.month(2026, 14))
attempt('weekday day', lambda: calendar.weekday(2026, 2, 29))
attempt('weekday month', lambda: calendar.weekday(2026, 0, 1))
attempt('setfirstweekday 7', lambda: calendar.setfirstweekday(7))
attempt('setfirstweekday -1', lambda: calendar.setfirstweekday(-1))
e = calendar.IllegalMonthError(99)
print(str(e), repr(e), e.month, isinstance(e, ValueError), str(calendar.IllegalWeekdayError('x')))
print(calendar.timegm((2026, 11, 27, 18, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)),
      calendar.timegm((2000, 2, 31, -1, 0, 0)), calendar.timegm([1970, 1, 1, 0, 0, 0.5]))
attempt('timegm month', lambda: calendar.timegm((2026, 13, 1, 0, 0, 0)))
attempt('timegm short', lambda: calendar.timegm((2026, 1, 1)))
print(calendar.month_name[-1], calendar.month_abbr[::4], calendar.day_name[2:], len(calendar.month_abbr))
attempt('name 13', lambda: calendar.month_name[13])
print('May' in calendar.month_name, list(reversed(calendar.day_abbr)))
print(calendar.Month.MAY.name, calendar.Month(12), calendar.Day.FRIDAY + 1, repr(calendar.Day(0)), calendar.MARCH == 3)


class Plain(calendar.HTMLCalendar):
    cssclasses = ['d%d' % i for i in range(7)]
    cssclass_noday = 'gap'
    cssclass_month = 'm'
    cssclass_year_head = 'yh'
    cssclasses_weekday_head = ['h%d' % i for i in range(7)]


hc = Plain(calendar.SATURDAY)
print(hc.formatmonth(2026, 11))
print(hc.formatyear(2026, 5))
print(hc.formatweekheader(), hc.formatmonthname(2026, 1, False))
page = calendar.HTMLCalendar().formatyearpage(2026, 2)
print(type(page).__name__, page[:420].decode())
print(page[-60:])
print(calendar.HTMLCalendar().formatyearpage(2026, css=None, encoding='ascii')[:330].decode())
print(calendar.HTMLCalendar(1).formatyear(2026, 0)[:200])
calendar.setfirstweekday(calendar.WEDNESDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
calendar.prmonth(2026, 11, 2, 1)
calendar.setfirstweekday(0)
print(repr(calendar.week([(0, 5), (0, 6), (1, 0), (2, 1), (3, 2), (4, 3), (5, 4)], 2)))
