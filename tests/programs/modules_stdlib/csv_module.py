import csv, io

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(sorted(csv.list_dialects()))

# dialect validation
for kw in [dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=''), dict(delimiter=None), dict(delimiter='\n'),
           dict(quotechar=1), dict(quotechar='ab'), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(escapechar=1), dict(escapechar='ab'), dict(escapechar='\n'), dict(escapechar=','),
           dict(lineterminator=1), dict(quoting=9), dict(quoting='a'), dict(bogus=1), dict(dialect='nope'),
           dict(quotechar=','), dict(lineterminator='\r\n', delimiter='\r'), dict(delimiter=' ', skipinitialspace=True)]:
    show(kw, lambda: csv.reader([], **kw).dialect.delimiter)
d = csv.reader([], quotechar=None).dialect
print(d.quoting, d.quotechar)
d = csv.reader([]).dialect
print(d.delimiter, d.quotechar, d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
try:
    d.delimiter = ';'
except AttributeError:
    print("read-only")

# reading
for q in range(6):
    show(q, lambda: list(csv.reader(['1,"2",,""', '3,"x"'], quoting=q)))
show('nonnum', lambda: list(csv.reader(['a,1'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\0b'])))
print(list(csv.reader(['a,b\r\n', '\n', '\r\n', 'c'])))
print(list(csv.reader(['a,b\r', '\n'])))
print(list(csv.reader(['"a""b""",c'], doublequote=False, escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], doublequote=False, escapechar='\\')))
print(list(csv.reader(['"a""b",c'], doublequote=False)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a\tb'], dialect='excel-tab')))
print(list(csv.reader(io.StringIO('x,y\n"multi\nline",2\n', newline=''))))
for data in (['a,b\n', 'c\rd\n'], ['"a\n', 'b"\n'], ['a"b,"c"d'], ['"abc'], ['a,\\\n', 'b'], ['a,\\\n', 'b', 'c,d'], ['"a\\"b"'], ['a\\,b,c\\']):
    for strict in (False, True):
        r = csv.reader(data, strict=strict, escapechar='\\')
        try:
            print(list(r), r.line_num)
        except csv.Error as e:
            print('Error', e, r.line_num)
for bad in ([b'a'], [1]):
    show('bad line', lambda: next(csv.reader(bad)))
show('not iterable', lambda: csv.reader(1))
print(csv.field_size_limit(), csv.field_size_limit(5), csv.field_size_limit())
show('limit', lambda: list(csv.reader(['abcdef'])))
print(csv.field_size_limit(131072))
show('limit type', lambda: csv.field_size_limit('a'))

# writing
s = io.StringIO()
for q in range(6):
    w = csv.writer(s, quoting=q, escapechar='\\')
    print(q, w.writerow([1, 1.5, 'a', None, '', True, 'x,y', 'q"q', 'e\\e']))
print(repr(s.getvalue()))
for kw in [dict(delimiter=' '), dict(delimiter=',', skipinitialspace=True), dict(delimiter=' ', skipinitialspace=True)]:
    s = io.StringIO()
    w = csv.writer(s, **kw)
    w.writerow(['', 'a', ' b', 'c ', None])
    w.writerow([' '])
    print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, lineterminator='X')
w.writerow(['aXb', 'c\nd', 'e\rf'])
w.writerow([''])
w.writerow([])
w.writerow([None])
w.writerows([[1, 2], (3, 4), 'ab'])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='$', doublequote=False)
w.writerow(['a,b', 'c"d', 'e$f'])
w = csv.writer(s, doublequote=False, escapechar='\\')
w.writerow(['c"d'])
print(repr(s.getvalue()))
show('empty none', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
show('no escape', lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
show('no escape dq', lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b']))
show('not iterable row', lambda: csv.writer(io.StringIO()).writerow(1))
show('no write', lambda: csv.writer(1))
print(csv.writer(io.StringIO(), dialect='unix').dialect.quoting)

# dialects
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('semi', Semi)
s = io.StringIO()
csv.writer(s, 'semi').writerow(["a;b", "it's"])
print(repr(s.getvalue()), list(csv.reader(s.getvalue().splitlines(), 'semi')))
csv.register_dialect('pipe', delimiter='|', quoting=csv.QUOTE_ALL)
s = io.StringIO()
csv.writer(s, 'pipe').writerow([1, 2])
csv.writer(s, Semi, delimiter='#').writerow([1, 2])
csv.writer(s, csv.excel_tab).writerow([1, 2])
csv.writer(s, csv.unix_dialect).writerow([1, 2])
print(repr(s.getvalue()))
print(sorted(csv.list_dialects()))
csv.unregister_dialect('pipe')
show('unregister', lambda: csv.unregister_dialect('pipe'))
show('get', lambda: csv.get_dialect('pipe'))
print(csv.get_dialect('semi').delimiter)
class Broken(csv.Dialect):
    pass
show('broken', lambda: Broken())
print(csv.excel().delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
print(issubclass(csv.Error, Exception))

# DictReader / DictWriter
text = "name,age,city\r\nann,30,Oslo\r\n\r\nbob,25\r\ncid,40,Rome,extra,more\r\n"
r = csv.DictReader(io.StringIO(text, newline=''))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO(text, newline=''), restkey='rest', restval='?')
print(list(r))
r = csv.DictReader(['1,2', '3,4'], fieldnames=iter(['a', 'b']))
print(list(r), r.fieldnames)
print(csv.DictReader([]).fieldnames)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['a', 'b', 'c'], restval='-')
print(w.writeheader())
w.writerow({'a': 1, 'c': 'x,y'})
w.writerows([{'a': 2}, {'b': None}])
print(repr(s.getvalue()))
show('extra', lambda: w.writerow({'a': 1, 'z': 2}))
w2 = csv.DictWriter(s, ['a'], extrasaction='IGNORE')
w2.writerow({'a': 1, 'z': 2})
show('extrasaction', lambda: csv.DictWriter(s, ['a'], extrasaction='drop'))
print(csv.DictReader[int], csv.DictWriter[str])

# Sniffer
sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'name;age\n"x;y";3\nz;4\n', "x\ty\n1\t2\n", "'a', 'b'\n'c', 'd'\n",
               'id:value\n1:ten\n2:twenty\n']:
    dia = sn.sniff(sample)
    print(repr(dia.delimiter), repr(dia.quotechar), dia.skipinitialspace, list(csv.reader(io.StringIO(sample), dia)))
print(repr(sn.sniff('a|b\n1|2\n', delimiters='|').delimiter))
show('sniff', lambda: sn.sniff('abc\ndef\n'))
print(sn.has_header('name,age\nann,30\nbob,25\n'), sn.has_header('1,2\n3,4\n5,6\n'), sn.has_header('ab,cd\nef,gh\nij,kl\n'))
for sample in ['"a";"b"\n"1";"2"\n', 'x y z\n1 2 3\n4 5 6\n', 'a, b, c\n1, 2, 3\n',
               'Date,Open,Close\n2024-01-01,10.5,11\n2024-01-02,11,10.2\n', 'one;two,three\n1;2,3\n4;5,6\n',
               'h1,h2\n"quoted, comma",2\n"x ""y""",3\n', 'title,year\n"Up",2009\n"Cars",2006\n', 'k=v&x=y\n']:
    dia = sn.sniff(sample)
    print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, dia.skipinitialspace, sn.has_header(sample))
