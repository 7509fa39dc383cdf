# inspect.signature of builtin functions and methods, from their __text_signature__ (CPython's,
# with $module/$self/$type dropped when bound), and Signature.bind on them.
import inspect

for f in (len, print, sorted, dict.get, str.split, divmod, object.__init__, list.append, sum, isinstance,
          open, [].append, {}.get, 'x'.split, (1).to_bytes, dict.fromkeys, int.from_bytes, object.__new__,
          (1).__add__, int.__add__, __import__, max, getattr, int, range):
    try:
        print(getattr(f, '__qualname__', f), inspect.signature(f), getattr(f, '__text_signature__', None))
    except ValueError as e:
        print(getattr(f, '__qualname__', f), 'ValueError', str(e).split(' <')[0])
print(inspect.signature(len).parameters['obj'].kind, str(inspect.signature(sorted).parameters['key'].kind))
ba = inspect.signature(divmod).bind(7, 2)
print(ba.arguments, ba.args)
try:
    inspect.signature(divmod).bind(1)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.signature(len).bind(obj=[1])
except TypeError as e:
    print('TypeError', e)
print(len.__text_signature__, print.__doc__.splitlines()[0], dict.fromkeys.__doc__.splitlines()[0])
