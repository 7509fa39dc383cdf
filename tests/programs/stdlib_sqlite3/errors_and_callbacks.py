# exceptions and messages, functions, aggregates, collations, adapters and converters
import sqlite3, datetime, warnings, threading

print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error),
      issubclass(sqlite3.InterfaceError, sqlite3.Error), issubclass(sqlite3.Warning, Exception))
print(sqlite3.Error.__module__, sqlite3.Connection.__module__, sqlite3.Row.__module__)
print(type(sqlite3.sqlite_version_info), len(sqlite3.sqlite_version_info))
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(sqlite3.version)
    print(w[0].category.__name__, w[0].message)

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)")
con.execute("INSERT INTO t(name) VALUES ('a')")

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))

show(lambda: con.execute("INSERT INTO t(name) VALUES ('a')"))
show(lambda: con.execute("INSERT INTO t(name) VALUES (NULL)"))
show(lambda: con.execute("SELEC 1"))
show(lambda: con.execute("SELECT * FROM missing"))
show(lambda: con.execute("SELECT 1; SELECT 2"))
show(lambda: con.execute("SELECT ?, ?", (1,)))
show(lambda: con.execute("SELECT ?", (1, 2)))
show(lambda: con.execute("SELECT ?", (object(),)))
show(lambda: con.execute("SELECT :x", {"y": 1}))
show(lambda: con.execute("SELECT ?", {"x": 1}))
show(lambda: con.execute("SELECT ?", 42))
show(lambda: con.execute(42))
show(lambda: con.executemany("SELECT ?", [(1,), (2,)]))
show(lambda: sqlite3.connect("/nonexistent/dir/x.db"))
show(lambda: con.create_function("f", 1, 42))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(con.execute("SELECT :a, :b", (1, 2)).fetchone())
    for x in w:
        print(x.category.__name__, x.message)
print(con.execute("SELECT ''").fetchone(), con.execute("").fetchone(), con.execute("-- nothing").description)

cur = con.cursor()
cur.close()
show(lambda: cur.execute("SELECT 1"))
show(lambda: cur.fetchone())

# user functions
con.create_function("double", 1, lambda x: x * 2, deterministic=True)
con.create_function("nargs", -1, lambda *a: len(a))
con.create_function("boom", 0, lambda: 1 / 0)
con.create_function("blob", 0, lambda: bytearray(b"ab"))
print(con.execute("SELECT double(21), double('ab'), nargs(), nargs(1, 2, 3), blob()").fetchone())
show(lambda: con.execute("SELECT boom()").fetchone())
con.create_function("double", 1, None)
show(lambda: con.execute("SELECT double(1)"))

class MySum:
    def __init__(self):
        self.total = 0
    def step(self, value):
        self.total += value
    def finalize(self):
        return self.total

class BadStep(MySum):
    def step(self, value):
        raise ValueError

con.create_aggregate("mysum", 1, MySum)
con.create_aggregate("badstep", 1, BadStep)
con.execute("CREATE TABLE n(v)")
con.executemany("INSERT INTO n VALUES (?)", [(i,) for i in range(1, 11)])
print(con.execute("SELECT mysum(v) FROM n").fetchone(), con.execute("SELECT mysum(v) FROM n WHERE v > 100").fetchone())
show(lambda: con.execute("SELECT badstep(v) FROM n").fetchone())

def reverse(a, b):
    return (a < b) - (a > b)
con.create_collation("reverse", reverse)
print(con.execute("SELECT name FROM (SELECT 'a' AS name UNION SELECT 'c' UNION SELECT 'b') ORDER BY name COLLATE reverse").fetchall())
show(lambda: con.create_collation("x", 1))

# adapters and converters
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
c2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
c2.execute("CREATE TABLE p(pt point, d date, ts timestamp, n integer)")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c2.execute("INSERT INTO p VALUES (?, ?, ?, ?)", (Point(1, 2), datetime.date(2024, 1, 2),
               datetime.datetime(2024, 1, 2, 3, 4, 5, 600), 7))
    print(c2.execute("SELECT * FROM p").fetchone())
    print(sorted(str(x.message) for x in w))
print(c2.execute('SELECT pt AS "pt [point]", pt FROM p').fetchone(), c2.execute('SELECT pt AS "pt [point]" FROM p').description)

class Conform:
    def __conform__(self, proto):
        return "conformed" if proto is sqlite3.PrepareProtocol else None
print(c2.execute("SELECT ?", (Conform(),)).fetchone())

# check_same_thread
out = []
def other():
    try:
        con.execute("SELECT 1")
    except sqlite3.ProgrammingError as e:
        out.append(str(e).split(".")[0])
th = threading.Thread(target=other)
th.start(); th.join()
print(out)
shared = sqlite3.connect(":memory:", check_same_thread=False)
res = []
th = threading.Thread(target=lambda: res.append(shared.execute("SELECT 40 + 2").fetchone()))
th.start(); th.join()
print(res)

# iterdump and backup
d = sqlite3.connect(":memory:")
d.executescript("CREATE TABLE q(a INTEGER, b TEXT); INSERT INTO q VALUES (1, 'it''s'); INSERT INTO q VALUES (NULL, x'00'); CREATE INDEX qi ON q(a);")
for line in d.iterdump():
    print(line)
dst = sqlite3.connect(":memory:")
d.backup(dst)
print(dst.execute("SELECT count(*) FROM q").fetchone())
