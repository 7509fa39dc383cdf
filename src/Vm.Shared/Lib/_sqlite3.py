"""The DB-API 2.0 layer of sqlite3 (CPython's _sqlite3 module): Connection, Cursor, Row, adaptation
and conversion, legacy and PEP 249 transaction control, and error mapping, over the C API calls of
the native _sqlite3_capi module (Modules/Sqlite/SqliteCapi.cs).

Threads: a connection made with check_same_thread=False may be used from several threads; each
operation that spans several C calls (execute: prepare, bind, step; fetch: step, row) holds the
connection's re-entrant lock, so two threads never interleave on one statement. A user function
that runs SQL on its own connection re-enters the lock. The default check_same_thread=True raises
ProgrammingError in any other thread before touching SQLite."""

import _sqlite3_capi as _c
from _thread import get_ident as _get_ident, RLock as _RLock

sqlite_version = _c.sqlite_version
sqlite_version_info = tuple(int(p) for p in sqlite_version.split("."))
_deprecated_version = "2.6.0"
paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
LEGACY_TRANSACTION_CONTROL = -1

SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2
_ACTION_CODES = (
    "CREATE_INDEX CREATE_TABLE CREATE_TEMP_INDEX CREATE_TEMP_TABLE CREATE_TEMP_TRIGGER "
    "CREATE_TEMP_VIEW CREATE_TRIGGER CREATE_VIEW DELETE DROP_INDEX DROP_TABLE DROP_TEMP_INDEX "
    "DROP_TEMP_TABLE DROP_TEMP_TRIGGER DROP_TEMP_VIEW DROP_TRIGGER DROP_VIEW INSERT PRAGMA READ "
    "SELECT TRANSACTION UPDATE ATTACH DETACH ALTER_TABLE REINDEX ANALYZE CREATE_VTABLE DROP_VTABLE "
    "FUNCTION SAVEPOINT RECURSIVE").split()
for _i, _n in enumerate(_ACTION_CODES, 1):
    globals()["SQLITE_" + _n] = _i
SQLITE_COPY = 0
SQLITE_LIMIT_LENGTH = 0
SQLITE_LIMIT_SQL_LENGTH = 1
SQLITE_LIMIT_COLUMN = 2
SQLITE_LIMIT_EXPR_DEPTH = 3
SQLITE_LIMIT_COMPOUND_SELECT = 4
SQLITE_LIMIT_VDBE_OP = 5
SQLITE_LIMIT_FUNCTION_ARG = 6
SQLITE_LIMIT_ATTACHED = 7
SQLITE_LIMIT_LIKE_PATTERN_LENGTH = 8
SQLITE_LIMIT_VARIABLE_NUMBER = 9
SQLITE_LIMIT_TRIGGER_DEPTH = 10
SQLITE_LIMIT_WORKER_THREADS = 11

# Result codes: primary names, then extended ones (code = primary | (n << 8)).
_PRIMARY = ("OK ERROR INTERNAL PERM ABORT BUSY LOCKED NOMEM READONLY INTERRUPT IOERR CORRUPT NOTFOUND "
            "FULL CANTOPEN PROTOCOL EMPTY SCHEMA TOOBIG CONSTRAINT MISMATCH MISUSE NOLFS AUTH FORMAT "
            "RANGE NOTADB NOTICE WARNING").split()
_ERRNAMES = {i: "SQLITE_" + n for i, n in enumerate(_PRIMARY)}
_ERRNAMES[100] = "SQLITE_ROW"
_ERRNAMES[101] = "SQLITE_DONE"
_EXTENDED = {
    "ERROR": "MISSING_COLLSEQ RETRY SNAPSHOT",
    "IOERR": "READ SHORT_READ WRITE FSYNC DIR_FSYNC TRUNCATE FSTAT UNLOCK RDLOCK DELETE BLOCKED NOMEM "
             "ACCESS CHECKRESERVEDLOCK LOCK CLOSE DIR_CLOSE SHMOPEN SHMSIZE SHMLOCK SHMMAP SEEK "
             "DELETE_NOENT MMAP GETTEMPPATH CONVPATH VNODE AUTH BEGIN_ATOMIC COMMIT_ATOMIC "
             "ROLLBACK_ATOMIC DATA CORRUPTFS",
    "LOCKED": "SHAREDCACHE VTAB",
    "BUSY": "RECOVERY SNAPSHOT TIMEOUT",
    "CANTOPEN": "NOTEMPDIR ISDIR FULLPATH CONVPATH DIRTYWAL SYMLINK",
    "CORRUPT": "VTAB SEQUENCE INDEX",
    "READONLY": "RECOVERY CANTLOCK ROLLBACK DBMOVED CANTINIT DIRECTORY",
    "ABORT": "ROLLBACK",
    "CONSTRAINT": "CHECK COMMITHOOK FOREIGNKEY FUNCTION NOTNULL PRIMARYKEY TRIGGER UNIQUE VTAB ROWID "
                  "PINNED DATATYPE",
    "NOTICE": "RECOVER_WAL RECOVER_ROLLBACK",
    "WARNING": "AUTOINDEX",
    "AUTH": "USER",
    "OK": "LOAD_PERMANENTLY SYMLINK",
}
for _p, _names in _EXTENDED.items():
    _base = _PRIMARY.index(_p)
    for _i, _n in enumerate(_names.split(), 1):
        _ERRNAMES[_base | (_i << 8)] = "SQLITE_%s_%s" % (_p, _n)
for _code, _name in _ERRNAMES.items():
    globals()[_name] = _code
del _i, _n, _p, _names, _base, _code, _name


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError,
             IntegrityError, InternalError, ProgrammingError, NotSupportedError):
    _cls.__module__ = "sqlite3"
Error.sqlite_errorcode = None
Error.sqlite_errorname = None
del _cls

_EXC_OF_PRIMARY = {
    2: InternalError, 12: InternalError, 11: DatabaseError, 18: DataError,
    19: IntegrityError, 20: IntegrityError, 21: InterfaceError, 25: InterfaceError,
}
for _p in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
    _EXC_OF_PRIMARY[_p] = OperationalError
del _p


def _error(code, msg):
    if code & 0xff == 7:
        return MemoryError()
    e = _EXC_OF_PRIMARY.get(code & 0xff, DatabaseError)(msg)
    e.sqlite_errorcode = code
    e.sqlite_errorname = _ERRNAMES.get(code, "unknown error code")
    return e


def _db_error(db):
    return _error(_c.errcode(db), _c.errmsg(db))


class PrepareProtocol:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("PrepareProtocol() takes no arguments")


PrepareProtocol.__module__ = "sqlite3"

adapters = {}
converters = {}
_base_type_adapted = False
_callback_tracebacks = False


def register_adapter(type, adapter, /):
    global _base_type_adapted
    if type in (int, float, str, bytearray):
        _base_type_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    if not isinstance(typename, str):
        raise TypeError("register_converter() argument 1 must be str, not %s" % type(typename).__name__)
    converters[typename.upper()] = converter


_NOT_GIVEN = object()
_NOT_CALLABLE = ()


def adapt(obj, proto=PrepareProtocol, alt=_NOT_GIVEN, /):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    # A TypeError from __adapt__ or __conform__ means "cannot adapt": the next way is tried.
    conform = getattr(proto, "__adapt__", None)
    if conform is not None:
        try:
            r = conform(obj)
        except TypeError:
            r = None
        if r is not None:
            return r
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        try:
            r = conform(proto)
        except TypeError:
            r = None
        if r is not None:
            return r
    if alt is not _NOT_GIVEN:
        return alt
    raise ProgrammingError("can't adapt")


def complete_statement(statement):
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be str, not %s" % type(statement).__name__)
    return _c.complete(statement)


def enable_callback_tracebacks(enable, /):
    global _callback_tracebacks
    _callback_tracebacks = bool(enable)


def enable_shared_cache(enable):
    raise NotSupportedError("shared cache is not supported")


_DML = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _caller_stacklevel():
    """The warnings stacklevel of the first frame outside this module (for a warnings.warn made here)."""
    import sys
    f = sys._getframe(1)
    level = 1
    while f is not None and f.f_globals.get("__name__") in ("_sqlite3", "sqlite3.dbapi2"):
        f = f.f_back
        level += 1
    return level


def _skip_sql_space(sql):
    """sql without leading whitespace and comments."""
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in " \t\n\r\f":
            i += 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            if j < 0:
                return ""
            i = j + 1
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            if j < 0:
                return ""
            i = j + 2
        else:
            break
    return sql[i:]


def _is_dml(sql):
    head = _skip_sql_space(sql)[:7].upper()
    return head.startswith(_DML)


class _Statement:
    """A prepared statement with what binding needs to know of it (read once at prepare)."""
    __slots__ = ("handle", "sql", "is_dml", "readonly", "in_use", "names", "named")

    def __init__(self, handle, sql):
        self.handle = handle
        self.sql = sql
        self.is_dml = _is_dml(sql)
        self.readonly = _c.readonly(handle)
        self.in_use = False
        self.names = tuple(_c.bind_parameter_name(handle, i)
                           for i in range(1, _c.bind_parameter_count(handle) + 1))
        self.named = any(nm is not None and nm[0] != "?" for nm in self.names)


def _valid_isolation_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None, not %s" % type(level).__name__)
    if str.upper(level) not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
    return level


class Connection:
    _db = None
    _initialized = False
    _check_same_thread = False
    _lock = None
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, *args, **kwargs):
        if args:
            import warnings
            warnings.warn(
                "Passing more than 1 positional argument to _sqlite3.Connection() is deprecated. Parameters "
                "'timeout', 'detect_types', 'isolation_level', 'check_same_thread', 'factory', "
                "'cached_statements' and 'uri' will become keyword-only parameters in Python 3.15.",
                DeprecationWarning, stacklevel=_caller_stacklevel())
        self._open(database, *args, **kwargs)

    def _open(self, database, timeout=5.0, detect_types=0, isolation_level="",
              check_same_thread=True, factory=None, cached_statements=128, uri=False, *,
              autocommit=LEGACY_TRANSACTION_CONTROL):
        import os
        if self._initialized:
            self.close()
            self._initialized = False
        self._db = None
        name = os.fsdecode(os.fspath(database)) if not isinstance(database, str) else database
        isolation_level = _valid_isolation_level(isolation_level)
        if not (autocommit is True or autocommit is False or autocommit == LEGACY_TRANSACTION_CONTROL):
            raise ValueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL")
        flags = 0x2 | 0x4 | (0x40 if uri else 0)
        rc, db = _c.open(name, flags)
        if rc != 0:
            raise _error(rc, db)
        self._db = db
        _c.busy_timeout(db, int(timeout * 1000))
        self._thread = _get_ident()
        self._check_same_thread = bool(check_same_thread)
        self._lock = _RLock()
        self._detect_types = detect_types
        self._isolation_level = isolation_level
        self._autocommit = autocommit
        self._cache = {}
        self._cache_size = cached_statements
        self._functions = {}
        self._blobs = []
        self.row_factory = None
        self.text_factory = str
        self._initialized = True
        if autocommit is False:
            self._exec_simple("BEGIN")

    # -- checks --
    def _check(self):
        if not self._initialized:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._check_same_thread and _get_ident() != self._thread:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                "The object was created in thread id %d and this is thread id %d."
                % (self._thread, _get_ident()))
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    def _exec_simple(self, sql):
        rc, h, _ = _c.prepare(self._db, sql)
        if rc != 0:
            raise _db_error(self._db)
        try:
            rc = _c.step(h)
            if rc not in (100, 101):
                raise _db_error(self._db)
        finally:
            _c.finalize(h)

    # -- statements --
    def _statement(self, sql):
        """A prepared statement for sql (from the cache when one is free); None for an empty one."""
        st = self._cache.pop(sql, None)
        if st is not None:
            st.in_use = True
            return st
        self._check_sql(sql)
        if "\0" in sql:
            raise ProgrammingError("the query contains a null character")
        rc, h, tail = _c.prepare(self._db, sql)
        if rc != 0:
            raise _db_error(self._db)
        if _skip_sql_space(tail).lstrip(";").strip():
            if h is not None:
                _c.finalize(h)
            raise ProgrammingError("You can only execute one statement at a time.")
        if h is None:
            return None
        st = _Statement(h, sql)
        st.in_use = True
        return st

    def _check_sql(self, sql):
        n = len(sql.encode("utf-8"))
        if n > _c.limit(self._db, 1, -1):
            raise DataError("query string is too large")

    def _release(self, st):
        """A statement a cursor is done with: reset it and keep it cached, or finalize it."""
        st.in_use = False
        if self._db is None:
            return
        _c.reset(st.handle)
        _c.clear_bindings(st.handle)
        if st.sql not in self._cache and len(self._cache) < self._cache_size:
            self._cache[st.sql] = st
        else:
            _c.finalize(st.handle)

    def _begin_if_needed(self, st):
        if (self._autocommit == LEGACY_TRANSACTION_CONTROL and self._isolation_level is not None
                and st.is_dml and _c.get_autocommit(self._db)):
            self._exec_simple("BEGIN " + self._isolation_level)

    # -- public API --
    def cursor(self, factory=_NOT_GIVEN):
        self._check()
        cur = Cursor(self) if factory is _NOT_GIVEN else factory(self)
        if not issubclass(type(cur), Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cur).__name__)
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._end_transaction("COMMIT")

    def rollback(self):
        self._end_transaction("ROLLBACK")

    def _end_transaction(self, verb):
        """COMMIT or ROLLBACK: when a transaction is open (legacy control), or always and then
        BEGIN again (autocommit=False); nothing with autocommit=True."""
        self._check()
        with self._lock:
            if self._autocommit == LEGACY_TRANSACTION_CONTROL:
                if not _c.get_autocommit(self._db):
                    self._exec_simple(verb)
            elif self._autocommit is False:
                self._exec_simple(verb)
                self._exec_simple("BEGIN")

    def close(self):
        if not self._initialized or (self._check_same_thread and _get_ident() != self._thread):
            self._check()
        if self._db is None:
            return
        with self._lock:
            if self._autocommit is False and not _c.get_autocommit(self._db):
                self._exec_simple("ROLLBACK")
            for blob in self._blobs:
                h, blob._handle = blob._handle, None
                if h is not None:
                    _c.blob_close(h)
            self._blobs.clear()
            for st in self._cache.values():
                _c.finalize(st.handle)
            self._cache.clear()
            db, self._db = self._db, None
            _c.close(db)
            self._functions.clear()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                if self._db is not None:
                    self.rollback()
                raise
        else:
            self.rollback()
        return False

    @property
    def in_transaction(self):
        self._check()
        return not _c.get_autocommit(self._db)

    @property
    def total_changes(self):
        self._check()
        return _c.total_changes(self._db)

    @property
    def isolation_level(self):
        self._check()
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        self._check()
        if value is None and self._autocommit == LEGACY_TRANSACTION_CONTROL and not _c.get_autocommit(self._db):
            self._isolation_level = _valid_isolation_level(value)
            self._exec_simple("COMMIT")
            return
        self._isolation_level = _valid_isolation_level(value)

    @property
    def autocommit(self):
        self._check()
        return self._autocommit

    @autocommit.setter
    def autocommit(self, value):
        self._check()
        if not (value is True or value is False or value == LEGACY_TRANSACTION_CONTROL):
            raise ValueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL")
        if value is True and not _c.get_autocommit(self._db):
            self._exec_simple("COMMIT")
        elif value is False and _c.get_autocommit(self._db):
            self._exec_simple("BEGIN")
        self._autocommit = value

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        # None is stored as a function that fails when called, as CPython does (it removes nothing).
        rc = _c.create_function(self._db, name, narg, 0x800 if deterministic else 0,
                                _NOT_CALLABLE if func is None else func)
        if rc != 0:
            raise OperationalError("Error creating function")

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        rc = _c.create_aggregate(self._db, name, n_arg, 0,
                                 _NOT_CALLABLE if aggregate_class is None else aggregate_class)
        if rc != 0:
            raise OperationalError("Error creating aggregate")

    def create_collation(self, name, callable_, /):
        self._check()
        if not isinstance(name, str):
            raise TypeError("create_collation() argument 1 must be str, not %s" % type(name).__name__)
        if callable_ is not None and not callable(callable_):
            raise TypeError("parameter must be callable")
        name.encode("utf-8")
        rc = _c.create_collation(self._db, name, callable_)
        if rc != 0:
            raise _db_error(self._db)

    def set_authorizer(self, authorizer_callback):
        self._check()
        if authorizer_callback is not None and not callable(authorizer_callback):
            raise TypeError("parameter must be callable")
        _c.set_authorizer(self._db, authorizer_callback)

    def set_progress_handler(self, progress_handler, n):
        self._check()
        _c.set_progress_handler(self._db, progress_handler, n)

    def set_trace_callback(self, trace_callback):
        self._check()
        _c.set_trace_callback(self._db, trace_callback)

    def create_window_function(self, name, num_params, aggregate_class, /):
        self._check()
        raise NotSupportedError("create_window_function() is not supported by this VM's sqlite3")

    def blobopen(self, table, column, row, /, *, readonly=False, name="main"):
        self._check()
        rc, h = _c.blob_open(self._db, name, table, column, row, not readonly)
        if rc != 0:
            raise _db_error(self._db)
        return Blob._open(self, h)

    def interrupt(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        _c.interrupt(self._db)

    def getlimit(self, category, /):
        self._check()
        r = _c.limit(self._db, category, -1)
        if r < 0:
            raise ProgrammingError("'category' is out of bounds")
        return r

    def setlimit(self, category, limit, /):
        self._check()
        r = _c.limit(self._db, category, limit)
        if r < 0:
            raise ProgrammingError("'category' is out of bounds")
        return r

    def iterdump(self, *, filter=None):
        self._check()
        from sqlite3.dump import _iterdump
        return _iterdump(self, filter)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        self._check()
        if not isinstance(target, Connection):
            raise TypeError("backup() argument 'target' must be sqlite3.Connection, not %s" % type(target).__name__)
        target._check()
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        if progress is not None and not callable(progress):
            raise TypeError("progress argument must be a callable")
        if pages == 0:
            pages = -1
        b = _c.backup_init(target._db, "main", self._db, name)
        if b is None:
            raise _db_error(target._db)
        import time
        try:
            while True:
                rc = _c.backup_step(b, pages)
                if progress is not None:
                    progress(rc, _c.backup_remaining(b), _c.backup_pagecount(b))
                if rc in (5, 6):
                    time.sleep(sleep)
                elif rc != 0:
                    break
        finally:
            rc2 = _c.backup_finish(b)
        if rc2 != 0:
            raise _db_error(target._db)

    def __call__(self, sql, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("expected str, got %s" % type(sql).__name__)
        st = self._statement(sql)
        if st is None:
            return None
        self._release(st)
        return Statement._wrap(st)


Connection.__module__ = "sqlite3"


class Cursor:
    _connection = None
    _closed = False
    _busy = False
    _st = None

    def __init__(self, connection, /):
        if self._busy:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s" % type(connection).__name__)
        self._connection = connection
        self._st = None
        self._next = None
        self._closed = False
        self._names = None
        self._converters = None
        self.arraysize = 1
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.row_factory = None

    @property
    def connection(self):
        return self._connection

    def _check(self):
        if self._connection is None:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._busy:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        self._connection._check()
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")

    def close(self):
        if self._connection is None:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._busy:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        self._connection._check()
        if self._st is not None:
            with self._connection._lock:
                self._finish()
        self._closed = True

    def _finish(self):
        st, self._st = self._st, None
        self._next = None
        if st is not None:
            self._connection._release(st)

    def _bind(self, st, params):
        h = st.handle
        names = st.names
        n = len(names)
        if type(params) is tuple or type(params) is list or (
                not isinstance(params, dict) and hasattr(type(params), "__getitem__")
                and hasattr(type(params), "__len__")):
            given = len(params)
            if given != n:
                raise ProgrammingError(
                    "Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied."
                    % (n, given))
            plain = not _base_type_adapted
            for i in range(n):
                if st.named:
                    name = names[i]
                    if name is not None and name[0] != "?":
                        import warnings
                        warnings.warn(
                            "Binding %d ('%s') is a named parameter, but you supplied a sequence which requires "
                            "nameless (qmark) placeholders. Starting with Python 3.14 an sqlite3.ProgrammingError "
                            "will be raised." % (i + 1, name), DeprecationWarning, stacklevel=_caller_stacklevel())
                value = params[i]
                t = type(value)
                # Exact int/str/float/bytes/None need no adaptation unless an adapter was registered for a base type.
                if plain and (t is int or t is str or t is float or value is None or t is bytes):
                    rc = _c.bind(h, i + 1, value)
                    if rc != 0:
                        self._bind_failed(rc, i + 1, value)
                else:
                    self._bind_one(h, i + 1, value)
        elif isinstance(params, dict):
            for i in range(n):
                name = names[i]
                if name is None or name[0] == "?":
                    raise ProgrammingError(
                        "Binding %d has no name, but you supplied a dictionary (which has only names)." % (i + 1))
                key = name[1:]
                try:
                    value = params[key]
                except KeyError:
                    raise ProgrammingError("You did not supply a value for binding parameter :%s." % key) from None
                self._bind_one(h, i + 1, value)
        else:
            raise ProgrammingError("parameters are of unsupported type")

    def _bind_one(self, h, i, value):
        t = type(value)
        if _base_type_adapted or t not in (int, float, str, bytearray, bytes, type(None)):
            value = adapt(value, PrepareProtocol, value)
            t = type(value)
        if value is None or t is int or t is float or t is str or t is bytes:
            rc = _c.bind(h, i, value)
        elif isinstance(value, int):
            rc = _c.bind(h, i, int(value))
        elif isinstance(value, float):
            rc = _c.bind(h, i, float(value))
        elif isinstance(value, str):
            rc = _c.bind(h, i, str(value))
        elif isinstance(value, (bytes, bytearray, memoryview)):
            rc = _c.bind(h, i, bytes(value))
        else:
            rc = -1
        if rc != 0:
            self._bind_failed(rc, i, value)

    def _bind_failed(self, rc, i, value):
        if rc == -1:
            raise ProgrammingError("Error binding parameter %d: type '%s' is not supported" % (i, type(value).__name__))
        if rc == -3:
            value.encode("utf-8")
        raise _db_error(self._connection._db)

    def _column_setup(self, st):
        conn = self._connection
        h = st.handle
        n = _c.column_count(h)
        if n == 0:
            self.description = None
            self._names = None
            self._converters = None
            return
        names = []
        convs = []
        any_conv = False
        for i in range(n):
            name = _c.column_name(h, i)
            conv = None
            if conn._detect_types & PARSE_COLNAMES:
                lb = name.find("[")
                if lb >= 0:
                    rb = name.find("]", lb)
                    if rb >= 0:
                        conv = converters.get(name[lb + 1:rb].upper())
            if conv is None and conn._detect_types & PARSE_DECLTYPES:
                decl = _c.column_decltype(h, i)
                if decl:
                    key = decl.split("(")[0].split(" ")[0].upper()
                    conv = converters.get(key)
            if conn._detect_types & PARSE_COLNAMES:
                cut = name.find(" [")
                if cut >= 0:
                    name = name[:cut]
            names.append(name)
            convs.append(conv)
            any_conv = any_conv or conv is not None
        self._names = names
        self._converters = convs if any_conv else None
        self.description = tuple((nm, None, None, None, None, None, None) for nm in names)

    def _step(self, many=False):
        """Steps the current statement; returns True when a row is ready. lastrowid follows execute()
        only (executemany leaves it unchanged, as CPython does)."""
        conn = self._connection
        st = self._st
        rc = _c.step(st.handle)
        if rc == 100:
            return True
        if rc == 101:
            if st.is_dml:
                self.rowcount += _c.changes(conn._db)
            if not many:
                self.lastrowid = _c.last_insert_rowid(conn._db)
            return False
        err = _db_error(conn._db)
        self._finish()
        raise err

    def _make_row(self):
        conn = self._connection
        h = self._st.handle
        tf = conn.text_factory
        try:
            values = _c.row(h, tf is not str)
        except ValueError:
            raise self._decode_error(h) from None
        convs = self._converters
        if convs is not None or tf is not str:
            out = []
            for i, v in enumerate(values):
                conv = convs[i] if convs is not None else None
                if conv is not None:
                    if v is not None:
                        raw = _c.column_blob(h, i)
                        v = conv(raw) if raw else None
                elif type(v) is bytes and tf is not bytes and tf is not str:
                    if _c.column_type(h, i) == 3:
                        v = tf(v)
                elif type(v) is bytes and tf is str:
                    pass
                out.append(v)
            values = tuple(out)
        if self.row_factory is not None:
            return self.row_factory(self, values)
        return values

    def _decode_error(self, h):
        for i in range(_c.column_count(h)):
            if _c.column_type(h, i) == 3:
                raw = _c.column_blob(h, i)
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    return OperationalError("Could not decode to UTF-8 column '%s' with text '%s'"
                                            % (_c.column_name(h, i), raw.decode("utf-8", "replace")))
        return OperationalError("Could not decode to UTF-8")

    def execute(self, sql, parameters=(), /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        with self._connection._lock:
            self._busy = True
            try:
                self._run(sql, (parameters,), False)
            finally:
                self._busy = False
        return self

    def executemany(self, sql, seq_of_parameters, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not %s" % type(sql).__name__)
        with self._connection._lock:
            self._busy = True
            try:
                self._run(sql, iter(seq_of_parameters), True)
            finally:
                self._busy = False
        return self

    def _run(self, sql, param_iter, many):
        conn = self._connection
        self._finish()
        self.description = None
        st = conn._statement(sql)
        if st is None:
            self.rowcount = -1
            return
        self._st = st
        if many and st.readonly:
            self._finish()
            raise ProgrammingError("executemany() can only execute DML statements.")
        try:
            conn._begin_if_needed(st)
        except BaseException:
            self._finish()
            raise
        self.rowcount = 0 if st.is_dml else -1
        has_row = False
        first = True
        try:
            for params in param_iter:
                if self._st is None:
                    break
                _c.reset(st.handle)
                self._bind(st, params)
                has_row = self._step(many)
                if first:
                    self._column_setup(st)
                    first = False
                if many:
                    while has_row:
                        has_row = self._step(many)
        except BaseException:
            if self._st is not None:
                self._finish()
            raise
        if has_row:
            self._next = True
        else:
            self._finish()

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s" % type(sql_script).__name__)
        conn = self._connection
        if "\0" in sql_script:
            raise ValueError("embedded null character")
        conn._check_sql(sql_script)
        with conn._lock:
            self._finish()
            if conn._autocommit == LEGACY_TRANSACTION_CONTROL and not _c.get_autocommit(conn._db):
                conn._exec_simple("COMMIT")
            rest = sql_script
            while True:
                rc, h, tail = _c.prepare(conn._db, rest)
                if rc != 0:
                    raise _db_error(conn._db)
                if h is not None:
                    try:
                        while True:
                            rc = _c.step(h)
                            if rc == 100:
                                continue
                            if rc != 101:
                                raise _db_error(conn._db)
                            break
                    finally:
                        _c.finalize(h)
                if not tail.strip() or tail == rest:
                    break
                rest = tail
        return self

    def fetchone(self):
        self._check()
        if self._next is None:
            return None
        with self._connection._lock:
            if self._st is None:
                return None
            self._busy = True
            try:
                row = self._make_row()
            finally:
                self._busy = False
            if not self._step():
                self._finish()
            return row

    def __del__(self):
        # A dropped cursor resets its statement (an unfinished SELECT would keep its table locked).
        st = self._st
        if st is not None:
            self._st = None
            try:
                with self._connection._lock:
                    self._connection._release(st)
            except Exception:
                pass

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        for _ in range(size):
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
        return rows

    def fetchall(self):
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


Cursor.__module__ = "sqlite3"


class Row:
    __slots__ = ("_description", "_data")

    def __new__(cls, cursor, data, /):
        if not issubclass(type(cursor), Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s" % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def keys(self):
        d = self._description
        return [] if d is None else [c[0] for c in d]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, str):
            d = self._description
            if d is not None:
                k = _ascii_lower(key)
                for i, c in enumerate(d):
                    if _ascii_lower(c[0]) == k:
                        return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        if hasattr(type(key), "__index__"):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


Row.__module__ = "sqlite3"


def _ascii_lower(s):
    return s.translate(_LOWER)


_LOWER = {c: c + 32 for c in range(65, 91)}


class Statement:
    """What calling a connection returns: a compiled statement (CPython's sqlite3.Statement)."""
    __slots__ = ("_st",)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sqlite3.Statement' instances")

    @classmethod
    def _wrap(cls, st):
        self = object.__new__(cls)
        self._st = st
        return self


Statement.__module__ = "sqlite3"


class Blob:
    """Incremental I/O on one BLOB value (Connection.blobopen)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sqlite3.Blob' instances")

    @classmethod
    def _open(cls, connection, handle):
        self = object.__new__(cls)
        self._connection = connection
        self._handle = handle
        self._offset = 0
        connection._blobs.append(self)
        return self

    def _check(self):
        self._connection._check()
        if self._handle is None:
            raise ProgrammingError("Cannot operate on a closed blob.")

    def close(self):
        self._connection._check()
        h, self._handle = self._handle, None
        if h is not None:
            _c.blob_close(h)

    def __len__(self):
        self._check()
        return _c.blob_bytes(self._handle)

    def _read(self, n, offset):
        r = _c.blob_read(self._handle, n, offset)
        if type(r) is int:
            raise _db_error(self._connection._db)
        return r

    def _write(self, data, offset):
        rc = _c.blob_write(self._handle, data, offset)
        if rc != 0:
            raise _db_error(self._connection._db)

    def read(self, length=-1, /):
        self._check()
        size = _c.blob_bytes(self._handle)
        left = size - self._offset
        if length < 0 or length > left:
            length = left
        if length <= 0:
            return b""
        data = self._read(length, self._offset)
        self._offset += length
        return data

    def write(self, data, /):
        self._check()
        data = bytes(memoryview(data))
        if len(data) > _c.blob_bytes(self._handle) - self._offset:
            raise ValueError("data longer than blob length")
        self._write(data, self._offset)
        self._offset += len(data)

    def tell(self):
        self._check()
        return self._offset

    def seek(self, offset, origin=0, /):
        self._check()
        size = _c.blob_bytes(self._handle)
        if origin == 0:
            base = 0
        elif origin == 1:
            base = self._offset
        elif origin == 2:
            base = size
        else:
            raise ValueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
        target = base + offset
        if target > 2**31 - 1:
            raise OverflowError("seek offset results in overflow")
        if target < 0 or target > size:
            raise ValueError("offset out of blob range")
        self._offset = target

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self._check()
        self.close()
        return False

    def _index(self, key, size):
        try:
            i = key.__index__()
        except AttributeError:
            raise TypeError("Blob indices must be integers") from None
        if not -2**63 <= i < 2**63:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError("Blob index out of range")
        return i

    def __getitem__(self, key):
        self._check()
        size = _c.blob_bytes(self._handle)
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            if step == 1:
                return self._read(stop - start, start) if stop > start else b""
            whole = self._read(size, 0) if size else b""
            return whole[key]
        if not hasattr(type(key), "__index__"):
            raise TypeError("Blob indices must be integers")
        return self._read(1, self._index(key, size))[0]

    def __setitem__(self, key, value):
        self._check()
        size = _c.blob_bytes(self._handle)
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            data = bytes(memoryview(value))
            count = len(range(start, stop, step))
            if len(data) != count:
                raise IndexError("Blob slice assignment is wrong size")
            if count == 0:
                return
            if step == 1:
                self._write(data, start)
                return
            whole = bytearray(self._read(size, 0))
            whole[start:stop:step] = data
            self._write(bytes(whole), 0)
            return
        if not hasattr(type(key), "__index__"):
            raise TypeError("Blob indices must be integers")
        i = self._index(key, size)
        if not hasattr(type(value), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        try:
            v = value.__index__()
        except OverflowError:
            v = -1
        if not 0 <= v < 256:
            raise ValueError("byte must be in range(0, 256)")
        self._write(bytes((v,)), i)

    def __delitem__(self, key):
        self._check()
        raise TypeError("Blob doesn't support item deletion" if not isinstance(key, slice)
                        else "Blob doesn't support slice deletion")

    __iter__ = None
    __hash__ = None


Blob.__module__ = "sqlite3"


def connect(database, *args, **kwargs):
    """Opens a connection to the SQLite database file database (":memory:" for one in memory)."""
    if args:
        import warnings
        warnings.warn(
            "Passing more than 1 positional argument to sqlite3.connect() is deprecated. Parameters "
            "'timeout', 'detect_types', 'isolation_level', 'check_same_thread', 'factory', "
            "'cached_statements' and 'uri' will become keyword-only parameters in Python 3.15.",
            DeprecationWarning, stacklevel=2)
    factory = args[4] if len(args) > 4 else kwargs.get("factory", Connection)
    return factory(database, *args, **kwargs)
