"""Size-limited representations of objects (reprlib).

Written for the FreeThreaded VM from the documented interface of CPython's reprlib: Repr with
its limits and repr_TYPE methods, the module-level repr(), and recursive_repr.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call that re-enters for the same object (and thread) returns fillvalue."""

    def decorate(user_repr):
        active = set()

        def wrapper(self):
            token = (id(self), get_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return user_repr(self)
            finally:
                active.discard(token)

        for name in ('__module__', '__doc__', '__name__', '__qualname__', '__type_params__'):
            try:
                setattr(wrapper, name, getattr(user_repr, name))
            except (AttributeError, TypeError):
                pass
        wrapper.__annotations__ = getattr(user_repr, '__annotations__', {})
        wrapper.__wrapped__ = user_repr
        return wrapper

    return decorate


def _shorten(text, limit, filler):
    """text cut in the middle to at most limit characters (filler marks the cut)."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - len(filler)) // 2)
    tail = max(0, limit - len(filler) - head)
    return text[:head] + filler + (text[len(text) - tail:] if tail else '')


def _in_order(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Representations with limits on depth, items shown and string lengths."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4, maxset=6,
                 maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40, maxother=30, fillvalue='...',
                 indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = type(x).__name__
        if ' ' in kind:
            kind = '_'.join(kind.split())
        method = getattr(self, 'repr_' + kind, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    # -- containers ------------------------------------------------------------------------

    def _separator(self, level):
        """The text between items and the opening/closing padding, for the indent setting."""
        if self.indent is None:
            return ', ', '', ''
        step = ' ' * self.indent if isinstance(self.indent, int) else self.indent
        if isinstance(self.indent, int) and self.indent < 0:
            raise ValueError(f'Repr.indent cannot be negative int (was {self.indent!r})')
        if not isinstance(self.indent, (int, str)):
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(self.indent)}')
        depth = self.maxlevel - level + 1
        inner = '\n' + step * depth
        outer = '\n' + step * (depth - 1)
        return ',' + inner, inner, ',' + outer

    def _items(self, items, level, opening, closing, limit, trailing_comma=False):
        if level <= 0 and items:
            return opening + self.fillvalue + closing
        shown = [self.repr1(item, level - 1) for item in islice(items, limit)]
        if len(items) > limit:
            shown.append(self.fillvalue)
        if not shown:
            return opening + closing
        between, first, last = self._separator(level)
        body = first + between.join(shown) + (last if self.indent is not None else '')
        if trailing_comma and len(shown) == 1 and self.indent is None:
            body += ','
        return opening + body + closing

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, trailing_comma=True)

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._items(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        shown = []
        for key in islice(_in_order(x), self.maxdict):
            shown.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        between, first, last = self._separator(level)
        return '{' + first + between.join(shown) + (last if self.indent is not None else '') + '}'

    # -- scalars ---------------------------------------------------------------------------

    def repr_str(self, x, level):
        if len(x) <= self.maxstring:
            return builtins.repr(x)
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        try:
            text = builtins.repr(x)
        except ValueError as e:
            # Too many digits for str(): say how many there are instead.
            digits = x.bit_length() * 0.30102999566398120 + 1
            return '<%s instance with roughly %d digits>' % (type(x).__name__, digits)
        return _shorten(text, self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        return _shorten(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
