"""Connection.iterdump(): the database as the SQL text that recreates it."""


def _literal(text):
    return "'" + text.replace("'", "''") + "'"


def _ident(name):
    return '"' + name.replace('"', '""') + '"'


def _iterdump(connection, filter=None):
    cur = connection.cursor()
    cur.row_factory = None
    if cur.execute("PRAGMA foreign_key_check").fetchall():
        yield "PRAGMA foreign_keys=OFF;"
    yield "BEGIN TRANSACTION;"
    where = ' AND "name" LIKE ?' if filter else ""
    params = [filter] if filter else []
    tables = cur.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" WHERE "sql" NOT NULL AND "type" == \'table\''
        + where + ' ORDER BY "name"', params).fetchall()
    sequence = []
    virtual = False
    for name, _kind, sql in tables:
        if name == "sqlite_sequence":
            sequence.append('DELETE FROM "sqlite_sequence";')
            for tname, seq in cur.execute('SELECT * FROM "sqlite_sequence";').fetchall():
                sequence.append(f'INSERT INTO "sqlite_sequence" VALUES({_literal(tname)},{seq});')
            continue
        if name == "sqlite_stat1":
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith("sqlite_"):
            continue
        elif sql.startswith("CREATE VIRTUAL TABLE"):
            if not virtual:
                virtual = True
                yield "PRAGMA writable_schema=ON;"
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table',"
                   f"{_literal(name)},{_literal(name)},0,{_literal(sql)});")
        else:
            yield sql + ";"
        table = _ident(name)
        columns = [str(info[1]) for info in cur.execute(f"PRAGMA table_info({table})").fetchall()]
        values = "||','||".join(f"quote({_ident(c)})" for c in columns)
        for (line,) in cur.execute(f"SELECT 'INSERT INTO {table} VALUES('||{values}||')' FROM {table};").fetchall():
            yield line + ";"
    others = cur.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" WHERE "sql" NOT NULL AND '
        '"type" IN (\'index\', \'trigger\', \'view\')' + where, params).fetchall()
    for _name, _kind, sql in others:
        yield sql + ";"
    if virtual:
        yield "PRAGMA writable_schema=OFF;"
    yield from sequence
    yield "COMMIT;"
