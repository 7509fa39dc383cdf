import re
log = """2024-03-01 12:00:01 INFO  [web] GET /index.html 200 12ms
2024-03-01 12:00:02 WARN  [db] slow query took 340ms
2024-03-01 12:00:05 ERROR [web] POST /api/login 500 3ms
bad line here
2024-03-02 08:15:00 INFO  [auth] user=alice id=42"""
pat = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$', re.M)
for m in pat.finditer(log):
    print(m.group('level'), m['comp'], m.groupdict()['date'], m.span('msg'), m.lastgroup)
print(pat.groupindex['msg'], pat.groups, [m.group(3) for m in pat.finditer(log)])
print(re.findall(r'(\w+)=(\w+)', log), re.findall(r'\d+ms', log))
print(re.sub(r'(\d+)ms', lambda m: f'{int(m.group(1)) / 1000:.3f}s', log.splitlines()[1]))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'user=alice id=42'), re.subn(r'a', 'A', 'banana'))
print(re.split(r'[,;]\s*', 'a, b;c,d'), re.split(r'(,)', 'a,b'), re.split(r'\s+', ' x y ', maxsplit=1))
m = re.match(r'(a)(b)?(c)', 'ac')
print(m.groups(), m.groups('-'), m.group(0, 1, 3), m.start(2), m.end(3), m.string, m.re.pattern)
print(re.fullmatch(r'\w+@\w+\.(com|org)', 'x@y.org').group(1), re.fullmatch(r'a+', 'aab'))
print(re.search(r'(?i)HELLO\s(?=world)', 'say hello World').group(), re.search(r'(?<!\d)\d{2}(?!\d)', 'a123 45 b').group())
print(re.findall(r'\b\w', 'Hello big world'), re.escape('a.b*c?'), re.findall(r'(?:ab)+', 'ababx ab'))
p2 = re.compile(r'(\w)\1')
print(p2.findall('hello bookkeeper'), bool(p2.search('abc')), re.sub(r'\s+', ' ', '  a \n b\t'))
print(re.compile(r'x', re.I | re.M).flags & (re.I | re.M) == re.I | re.M, repr(re.compile(r'\d+', re.I)))
try:
    re.compile('(unclosed')
except re.error as e:
    print('error', e, e.pos)
print(re.sub(r'x*', '-', 'abxd'), re.findall(r'', 'ab'), [m.span() for m in re.finditer(r'\d*', 'a1')])
