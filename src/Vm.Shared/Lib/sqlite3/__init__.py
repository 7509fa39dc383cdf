"""The sqlite3 module: a DB-API 2.0 interface to SQLite databases (PEP 249)."""

from sqlite3.dbapi2 import *
from sqlite3.dbapi2 import (_deprecated_names, _deprecated_version_info, _deprecated_version)
# sqlite3.version and sqlite3.version_info warn as dbapi2's do (its __getattr__ reads its own globals).
from sqlite3.dbapi2 import __getattr__
