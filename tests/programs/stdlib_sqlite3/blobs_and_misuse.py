# Blob I/O, misuse errors (recursive cursor use, uninitialised objects, limits, NUL, surrogates),
# DataError from a too-large function result, positional-argument deprecations
import sqlite3, warnings

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE b(data BLOB)")
con.execute("INSERT INTO b VALUES (zeroblob(10))")
with con.blobopen("b", "data", 1) as blob:
    print(type(blob).__name__, len(blob), blob.tell())
    blob.write(b"hello")
    print(blob.tell(), blob[0], blob[-1], blob[0:5], blob[::2])
    blob.seek(0)
    print(blob.read(3), blob.read(), blob.read())
    blob[9] = 33
    blob[5:9] = b"WXYZ"
    blob.seek(-4, 2)
    print(blob.read(), blob.tell())
    for bad in (lambda: blob.seek(100), lambda: blob.seek(0, 7), lambda: blob.write(b"x" * 20),
                lambda: blob[10], lambda: blob["a"], lambda: blob.__setitem__(0, 256),
                lambda: blob.__setitem__(slice(0, 2), b"abc"), lambda: blob.__delitem__(0)):
        try:
            bad()
        except (ValueError, IndexError, TypeError) as e:
            print(type(e).__name__ + ":", e)
print(bytes(con.execute("SELECT data FROM b").fetchone()[0]))
try:
    blob.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
ro = con.blobopen("b", "data", 1, readonly=True)
try:
    ro.write(b"a")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
ro.close()
try:
    con.blobopen("b", "missing", 1)
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

# recursive use of a cursor from a converter
sqlite3.register_converter("again", lambda b: cur.fetchone())
c2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
cur = c2.execute("SELECT 1 AS \"x [again]\" UNION SELECT 2")
try:
    cur.fetchall()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

# uninitialised connection and cursor
class C(sqlite3.Connection):
    def __init__(self):
        pass
try:
    C().cursor()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
class K(sqlite3.Cursor):
    def __init__(self, con):
        pass
try:
    K(con).execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

# query limits, NUL characters, surrogates
con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 20)
print(con.execute("SELECT 1".ljust(20)).fetchone())
for fn in (lambda: con.execute("SELECT 1".ljust(21)), lambda: con.execute("SELECT 1\0"),
           lambda: con.executescript("SELECT 1;\0"), lambda: con.execute("SELECT ?", ("\udc80",))):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
con.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1000000)

# too-large function results
con.create_function("big", 0, lambda: 2**64)
try:
    con.execute("SELECT big()")
except sqlite3.DataError as e:
    print("DataError:", e, e.sqlite_errorname)

# invalid UTF-8 text
con.execute("CREATE TABLE bad(t TEXT)")
con.execute("INSERT INTO bad VALUES (CAST(x'ff41' AS TEXT))")
try:
    con.execute("SELECT t AS colname FROM bad").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError:", str(e)[:45])
con.text_factory = bytes
print(con.execute("SELECT t FROM bad").fetchone())
con.text_factory = str

# a connection called with SQL gives a statement object
st = con("SELECT 1")
print(type(st).__name__, type(st).__module__)
try:
    type(st)()
except TypeError as e:
    print("TypeError:", e)

# positional arguments past the database are deprecated
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    sqlite3.connect(":memory:", 1.0).close()
    for x in w:
        print(x.category.__name__, str(x.message)[:60], x.filename == __file__)
print(sqlite3.SQLITE_OK_SYMLINK, sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_IOERR_READ, sqlite3.SQLITE_DENY)
