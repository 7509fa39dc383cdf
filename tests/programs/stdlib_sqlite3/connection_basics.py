# connect, execute, commit/rollback, transactions, context manager, row_factory, text_factory
import sqlite3

con = sqlite3.connect(":memory:")
print(type(con).__name__, con.isolation_level == "", con.in_transaction, con.total_changes)
cur = con.cursor()
cur.execute("CREATE TABLE movie(title TEXT, year INTEGER, score REAL)")
print(con.in_transaction)
cur.execute("INSERT INTO movie VALUES ('Monty Python', 1975, 8.2)")
print(con.in_transaction, cur.rowcount, cur.lastrowid)
con.commit()
print(con.in_transaction, con.total_changes)
data = [("And Now", 1971, 7.5), ("Brian", 1979, 8.0), ("Meaning", 1983, 7.5)]
cur.executemany("INSERT INTO movie VALUES (?, ?, ?)", data)
print(cur.rowcount, con.in_transaction)
con.rollback()
print(con.execute("SELECT count(*) FROM movie").fetchone())
cur.executemany("INSERT INTO movie VALUES (?, ?, ?)", (d for d in data))
con.commit()
for row in con.execute("SELECT title, year FROM movie ORDER BY year"):
    print(row)
print(cur.execute("SELECT * FROM movie WHERE score > ?", (7.6,)).fetchall())
print(cur.description)
print(cur.execute("SELECT year FROM movie ORDER BY year").fetchmany(2), cur.fetchmany(), cur.fetchone(), cur.fetchone())
cur.arraysize = 3
print(len(cur.execute("SELECT * FROM movie").fetchmany()))

# context manager: commit on success, rollback on exception, connection stays open
with con:
    con.execute("INSERT INTO movie VALUES ('ctx', 2000, 1.0)")
print(con.in_transaction, con.execute("SELECT count(*) FROM movie").fetchone()[0])
try:
    with con:
        con.execute("INSERT INTO movie VALUES ('gone', 2001, 1.0)")
        raise ValueError("boom")
except ValueError as e:
    print("rolled back:", e, con.execute("SELECT count(*) FROM movie WHERE title='gone'").fetchone()[0])

# isolation_level None: autocommit
con.isolation_level = None
con.execute("INSERT INTO movie VALUES ('auto', 2002, 1.0)")
print(con.in_transaction, con.isolation_level)
con.isolation_level = "IMMEDIATE"
con.execute("UPDATE movie SET score = 2 WHERE title = 'auto'")
print(con.in_transaction)
con.commit()
try:
    con.isolation_level = "BOGUS"
except ValueError as e:
    print("ValueError:", e)

# executescript commits first, runs several statements
cur.executescript("""
    CREATE TABLE t(a, b);
    INSERT INTO t VALUES (1, 'x');
    INSERT INTO t VALUES (2, 'y');
""")
print(con.execute("SELECT * FROM t").fetchall())

# row_factory and sqlite3.Row
con.row_factory = sqlite3.Row
r = con.execute("SELECT a AS Num, b AS Letter FROM t").fetchone()
print(type(r).__name__, r[0], r["num"], r["LETTER"], r[-1], r[0:2], len(r), r.keys(), tuple(r))
r2 = con.execute("SELECT a AS Num, b AS Letter FROM t").fetchone()
print(r == r2, hash(r) == hash(r2), r != r2)
try:
    r["nope"]
except IndexError as e:
    print("IndexError:", e)
con.row_factory = lambda c, row: {d[0]: v for d, v in zip(c.description, row)}
print(con.execute("SELECT a, b FROM t").fetchall())
con.row_factory = None

# text_factory
con.text_factory = bytes
print(con.execute("SELECT b, x'41' FROM t").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("SELECT b FROM t").fetchall())
con.text_factory = str

# types round trip
cur.execute("CREATE TABLE ty(v)")
for v in (None, 0, -2**63, 2**63 - 1, 1.5, "héllo", b"\x00\x01", bytearray(b"ba"), memoryview(b"mv"), True):
    cur.execute("INSERT INTO ty VALUES (?)", (v,))
print(con.execute("SELECT v, typeof(v) FROM ty").fetchall())
try:
    cur.execute("INSERT INTO ty VALUES (?)", (2**63,))
except OverflowError as e:
    print("OverflowError:", e)

# named parameters from a mapping
print(con.execute("SELECT :a + :b, :a", {"a": 2, "b": 3}).fetchone())
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
