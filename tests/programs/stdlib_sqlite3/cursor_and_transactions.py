# cursor attributes, statement reuse, autocommit modes, hooks (authorizer, progress, trace), factories
import sqlite3

con = sqlite3.connect(":memory:")
print(con.Error is sqlite3.Error, con.IntegrityError is sqlite3.IntegrityError)
cur = sqlite3.Cursor(con)
print(cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description, cur.row_factory)
cur.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v)")
print(cur.rowcount, cur.description)
cur.execute("INSERT INTO t(v) VALUES (10)")
print(cur.rowcount, cur.lastrowid)
cur.executemany("INSERT INTO t(v) VALUES (?)", iter([(20,), (30,), (40,)]))
print(cur.rowcount, cur.lastrowid)
cur.execute("UPDATE t SET v = v + 1 WHERE v > 15")
print(cur.rowcount)
cur.execute("SELECT * FROM t")
print(cur.rowcount, [d[0] for d in cur.description])
cur.execute("DELETE FROM t WHERE id = 4 RETURNING v")
print(cur.fetchall(), cur.rowcount)
con.commit()

# two cursors on the same SQL at once (statement cache must not share one statement)
a = con.execute("SELECT v FROM t ORDER BY id")
b = con.execute("SELECT v FROM t ORDER BY id")
print(a.fetchone(), b.fetchone(), a.fetchone(), b.fetchall(), a.fetchall())
# a cursor re-executed mid-iteration starts over
a.execute("SELECT v FROM t ORDER BY id")
print(next(a))
a.execute("SELECT v FROM t ORDER BY id DESC")
print(list(a))
print(list(con.execute("SELECT 1 UNION SELECT 2")))

# Row construction errors
try:
    sqlite3.Row(1, ())
except TypeError as e:
    print("TypeError:", e)
try:
    sqlite3.Cursor(42)
except TypeError as e:
    print("TypeError:", e)

# autocommit attribute (3.12+)
ac = sqlite3.connect(":memory:", autocommit=True)
print(ac.autocommit, ac.in_transaction)
ac.execute("CREATE TABLE x(a)")
ac.execute("INSERT INTO x VALUES (1)")
print(ac.in_transaction)
ac.commit()
nc = sqlite3.connect(":memory:", autocommit=False)
print(nc.autocommit, nc.in_transaction)
nc.execute("CREATE TABLE x(a)")
nc.commit()
print(nc.in_transaction)
nc.rollback()
print(nc.in_transaction)
nc.autocommit = True
print(nc.in_transaction, nc.autocommit)
try:
    sqlite3.connect(":memory:", autocommit="yes")
except ValueError as e:
    print("ValueError:", e)
print(sqlite3.connect(":memory:").autocommit == sqlite3.LEGACY_TRANSACTION_CONTROL)

# legacy mode: SELECT and DDL do not open a transaction, DML does
lc = sqlite3.connect(":memory:")
lc.execute("CREATE TABLE y(a)")
print(lc.in_transaction)
lc.execute("SELECT * FROM y")
print(lc.in_transaction)
lc.execute("  /* comment */ insert into y values (1)")
print(lc.in_transaction)
lc.executescript("INSERT INTO y VALUES (2);")
print(lc.in_transaction, lc.execute("SELECT count(*) FROM y").fetchone())
lc.execute("REPLACE INTO y VALUES (3)")
print(lc.in_transaction)
lc.close()
lc.close()

# authorizer
au = sqlite3.connect(":memory:")
au.execute("CREATE TABLE s(pub, secret)")
def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "secret":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
au.set_authorizer(authorizer)
print(au.execute("SELECT pub FROM s").fetchall())
try:
    au.execute("SELECT secret FROM s")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
au.set_authorizer(None)
print(au.execute("SELECT secret FROM s").fetchall())

# progress handler aborting
calls = []
def progress():
    calls.append(1)
    return 1
au.set_progress_handler(progress, 1)
try:
    au.execute("SELECT 1 UNION SELECT 2").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e, bool(calls))
au.set_progress_handler(None, 1)

# trace callback
traced = []
au.set_trace_callback(traced.append)
au.execute("SELECT 42")
au.set_trace_callback(None)
au.execute("SELECT 43")
print(traced)

# connection and cursor factories
class MyConnection(sqlite3.Connection):
    pass
class MyCursor(sqlite3.Cursor):
    pass
mc = sqlite3.connect(":memory:", factory=MyConnection)
print(type(mc).__name__, type(mc.cursor(MyCursor)).__name__, type(mc.execute("SELECT 1")).__name__)

# limits, interrupt, blob results from a BLOB column, NULL
print(mc.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) > 0)
print(mc.execute("SELECT x'', NULL, zeroblob(2), 1e300 * 1e10").fetchone())

# strings with quotes and unicode through parameters
mc.execute("CREATE TABLE u(s TEXT)")
mc.execute("INSERT INTO u VALUES (?)", ("it's \"quoted\" \u20ac \U0001F600",))
print(mc.execute("SELECT s, length(s) FROM u").fetchone())
