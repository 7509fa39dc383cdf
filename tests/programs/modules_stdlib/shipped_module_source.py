# Stdlib modules have a loader with get_source, so linecache, traceback and inspect find the
# source of their code (pyvm ships them inside the VM as "<frozen NAME>" modules; CPython reads
# Lib/*.py files). Only what both implementations share is printed.
import inspect
import json
import collections
import linecache
import textwrap
import traceback

for m in (json, collections, textwrap):
    loader = m.__spec__.loader
    print(m.__name__, loader is m.__loader__, isinstance(loader.get_source(m.__name__), str),
          loader.is_package(m.__name__))

print(inspect.getsource(textwrap.dedent).splitlines()[0])
print(inspect.getsource(json.JSONDecoder).splitlines()[0].split('(')[0].rstrip(':'))
lines, start = inspect.getsourcelines(json.dumps)
print(lines[0].split('(')[0], start > 1)
print(len(inspect.getsource(textwrap)) > 1000, inspect.getsourcefile(textwrap.dedent) is not None)
code = json.loads.__code__
print(linecache.getline(code.co_filename, code.co_firstlineno).split('(')[0])
print(len(linecache.getlines(code.co_filename)) > 10)

try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(type(e).__name__, e)
    print(len(frames) > 1, all(f.line for f in frames), 'json' in frames[-1].filename)
    text = traceback.format_exc()
    print(sum(1 for line in text.splitlines() if line.startswith('    ') and line.strip()) >= len(frames))

try:
    textwrap.dedent(5)
except Exception as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(type(e).__name__, frames[-1].name, bool(frames[-1].line))

try:
    textwrap.dedent(b'  x')
except TypeError as e:
    print('TypeError', e)
try:
    textwrap.dedent(5)
except TypeError as e:
    print('TypeError', e)

import importlib.machinery
print(json.__loader__ is importlib.machinery.FrozenImporter or hasattr(json.__loader__, 'get_source'))
