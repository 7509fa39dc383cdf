"""Calendars: leap years and weekdays, month grids (Calendar), plain-text and HTML month and year
calendars (TextCalendar, HTMLCalendar) and timegm().

pyvm's calendar, written from the Python 3.13 documentation. Names of days and months are the
C locale's (English); the locale-switching calendar classes are not provided. Every date here is
proleptic Gregorian; years outside datetime's range take their weekday from the 400-year cycle."""

import datetime
from enum import IntEnum, global_enum

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH",
           "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError
EPOCH = 1970


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


(JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER,
 DECEMBER) = Month
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = Day

# Length of each month in a common year; index 0 is a placeholder so months index directly.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _NameTable:
    """month_name, day_name and their abbreviations: indexable, sliceable (a slice is a list),
    sized and iterable, but not a list."""

    def __init__(self, entries):
        self._entries = list(entries)

    def __getitem__(self, index):
        return self._entries[index]

    def __len__(self):
        return len(self._entries)


_WEEKDAY_WORDS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTH_WORDS = [""] + ("January February March April May June July August September October "
                       "November December").split()

day_name = _NameTable(_WEEKDAY_WORDS)
day_abbr = _NameTable(word[:3] for word in _WEEKDAY_WORDS)
month_name = _NameTable(_MONTH_WORDS)
month_abbr = _NameTable(word[:3] for word in _MONTH_WORDS)


def isleap(year):
    """True for leap years, False otherwise."""
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2) (negative when y2 < y1)."""
    def before(year):   # leap years from year 0 up to, not including, year
        year -= 1
        return year // 4 - year // 100 + year // 400
    return before(y2) - before(y1)


def _days_in(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def weekday(year, month, day):
    """The weekday (0 = Monday) of the date; the calendar repeats every 400 years, which is how
    years datetime cannot hold are answered."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = year % 400 + 2000
    return Day(datetime.date(year, month, day).weekday())


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def timegm(tuple):
    """Seconds since the Unix epoch of a UTC time tuple (the inverse of time.gmtime())."""
    year, month, day, hour, minute, second = tuple[:6]
    days = (datetime.date(year, month, 1) - datetime.date(EPOCH, 1, 1)).days + day - 1
    return second + 60 * (minute + 60 * (hour + 24 * days))


def _chunks(items, size):
    items = list(items)
    return [items[start:start + size] for start in range(0, len(items), size)]


class Calendar:
    """Whole-week grids of a month or a year; weeks start on firstweekday (0 = Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in the order this calendar's weeks show them."""
        start = self.firstweekday
        return ((start + offset) % 7 for offset in range(7))

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for every cell of the month's weeks, including the days of
        the neighbouring months that fill the first and last week."""
        first_weekday, length = monthrange(year, month)
        start = self.firstweekday
        lead = (first_weekday - start) % 7
        cells = lead + length
        cells += -cells % 7
        if month == 1:
            before = (year - 1, 12)
        else:
            before = (year, month - 1)
        after = (year + 1, 1) if month == 12 else (year, month + 1)
        before_length = _days_in(*before)
        for cell in range(cells):
            day = cell - lead + 1
            if day < 1:
                where, day = before, before_length + day
            elif day > length:
                where, day = after, day - length
            else:
                where = (year, month)
            yield where[0], where[1], day, (start + cell) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for every cell of the month's weeks."""
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield y, m, d

    def itermonthdates(self, year, month):
        """datetime.date for every cell of the month's weeks."""
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays2(self, year, month):
        """(day, weekday) for every cell; day is 0 in cells outside the month."""
        for _, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0), wd

    def itermonthdays(self, year, month):
        """The day number of every cell; 0 in cells outside the month."""
        for _, m, d, _ in self.itermonthdays4(year, month):
            yield d if m == month else 0

    def monthdatescalendar(self, year, month):
        return _chunks(self.itermonthdates(year, month), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(self.itermonthdays2(year, month), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(self.itermonthdays(year, month), 7)

    def yeardatescalendar(self, year, width=3):
        return _chunks((self.monthdatescalendar(year, m) for m in range(1, 13)), width)

    def yeardays2calendar(self, year, width=3):
        return _chunks((self.monthdays2calendar(year, m) for m in range(1, 13)), width)

    def yeardayscalendar(self, year, width=3):
        return _chunks((self.monthdayscalendar(year, m) for m in range(1, 13)), width)


def formatstring(cols, colwidth=20, spacing=6):
    """The columns, each centred in colwidth, joined by spacing blanks."""
    gap = ' ' * spacing
    return gap.join(text.center(colwidth) for text in cols)


def format(cols, colwidth=20, spacing=6):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


class TextCalendar(Calendar):
    """Month and year calendars as plain text."""

    def formatday(self, day, weekday, width):
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatweekday(self, day, width):
        table = day_abbr if width < 9 else day_name
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title += ' ' + repr(theyear)
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """The month as text: day columns w wide (at least 2), each week followed by l newlines
        (at least 1)."""
        w = 2 if w < 2 else w
        end = '\n' * (1 if l < 1 else l)
        rows = [self.formatmonthname(theyear, themonth, 7 * w + 6), self.formatweekheader(w)]
        rows += [self.formatweek(days, w) for days in self.monthdays2calendar(theyear, themonth)]
        return ''.join(row.rstrip() + end for row in rows)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The year as text: m months side by side, c blanks between them."""
        w = 2 if w < 2 else w
        l = 1 if l < 1 else l
        c = 2 if c < 2 else c
        column = 7 * w + 6
        header = self.formatweekheader(w)
        rows = [repr(theyear).center(column * m + c * (m - 1))]
        for band, grids in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(band * m + 1, band * m + 1 + len(grids))
            rows.append('')
            rows.append(formatstring([self.formatmonthname(theyear, mo, column, False)
                                      for mo in months], column, c))
            rows.append(formatstring([header] * len(grids), column, c))
            for index in range(max(len(grid) for grid in grids)):
                weeks = [self.formatweek(grid[index], w) if index < len(grid) else ''
                         for grid in grids]
                rows.append(formatstring(weeks, column, c))
        end = '\n' * l
        return ''.join(row.rstrip() + end for row in rows)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Month and year calendars as HTML tables; the CSS class attributes may be overridden."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        cells = [self.formatday(day, wd) for day, wd in theweek]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>' + ''.join([self.formatweekday(wd) for wd in self.iterweekdays()]) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def _table_open(self, cssclass):
        return '<table border="0" cellpadding="0" cellspacing="0" class="%s">' % cssclass

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [self._table_open(self.cssclass_month),
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(days) for days in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        width = max(1, width)
        parts = [self._table_open(self.cssclass_year), '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            cells = ['<td>%s</td>' % self.formatmonth(theyear, mo, withyear=False)
                     for mo in range(first, min(first + width, 13))]
            parts.append('<tr>' + ''.join(cells) + '</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page holding the year, encoded (characters the encoding lacks become
        character references)."""
        if encoding is None:
            import sys
            encoding = sys.getdefaultencoding()
        page = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        page += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>',
                 self.formatyear(theyear, width) + '</body>', '</html>', '']
        return '\n'.join(page).encode(encoding, 'xmlcharrefreplace')


# The module-level functions are bound methods of one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def setfirstweekday(firstweekday):
    """Set the weekday (0 = Monday ... 6 = Sunday) the module's calendars start weeks on."""
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday
