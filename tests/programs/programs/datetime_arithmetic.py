from datetime import date, datetime, time, timedelta, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), (date(2024, 12, 25) - d).days, d.weekday(), d.isoweekday())
print(d.isocalendar(), d.strftime('%A %d %B %Y %j %U %a %b'), d.replace(year=2023).isoformat(), d.toordinal())
dt = datetime(2024, 3, 10, 1, 30, 15, 250000)
print(dt + timedelta(hours=25, minutes=-5), dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
print(dt.isoformat(), dt.isoformat(sep=' ', timespec='minutes'), str(dt), repr(dt), dt.timestamp() if False else '')
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = dt.replace(tzinfo=timezone.utc)
print(a, a.astimezone(tz), a.astimezone(tz).tzname(), a.utcoffset(), tz, repr(tz), a.astimezone(tz) == a)
print(datetime.fromisoformat('2024-03-10T01:30:15+02:00'), datetime.strptime('10/03/24 13:05', '%d/%m/%y %H:%M'))
print(timedelta(days=1, seconds=3661, microseconds=5), timedelta(weeks=-1, hours=3), repr(timedelta(hours=-1)))
print(timedelta(days=7) / timedelta(hours=12), timedelta(hours=5) // 2, timedelta(minutes=7) % timedelta(minutes=3), -timedelta(1) * 1.5)
print(abs(timedelta(-3)), timedelta.max, timedelta.resolution, time(13, 5, 7, 12).isoformat(), time(9).strftime('%I%p'))
print(date.fromisoformat('2024-01-31') < date(2024, 2, 1), max(date(2020, 1, 1), date(2019, 5, 5)), date(2024, 1, 1).ctime())
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime(2020, 1, 1).replace(month=2, day=29), date.fromordinal(738000))
try:
    date(2023, 2, 29)
except ValueError as e:
    print('ValueError', e)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print('TypeError', e)
days = [d + timedelta(days=i) for i in range(0, 60, 9)]
print([x.strftime('%m-%d') for x in days], sorted(days, reverse=True)[0])
print(f'{dt:%Y/%m/%d %H.%M.%S.%f}', format(d, '%d.%m'), '{:%H:%M}'.format(time(7, 4)))
