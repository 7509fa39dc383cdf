# sys.implementation.cache_tag is a tag (pyvm: 'freethreaded-313'), so importlib.util's PEP 3147
# helpers work (None made cache_from_source raise NotImplementedError).
import importlib.util
import sys

tag = sys.implementation.cache_tag
print(isinstance(tag, str) and len(tag) > 0)
p = importlib.util.cache_from_source('/a/b/mod.py')
print(p == '/a/b/__pycache__/mod.%s.pyc' % tag)
print(importlib.util.cache_from_source('/a/b/mod.py', optimization=2) == '/a/b/__pycache__/mod.%s.opt-2.pyc' % tag)
print(importlib.util.source_from_cache(p))
try:
    importlib.util.source_from_cache('/a/b/mod.pyc')
except ValueError as e:
    print('ValueError', e)
