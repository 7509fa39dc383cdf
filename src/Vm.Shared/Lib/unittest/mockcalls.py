"""Sentinels, ANY and call objects of unittest.mock (how recorded calls look and compare)."""

__unittest = True


# -- sentinels ------------------------------------------------------------------------------------

class SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class SentinelFactory:
    """sentinel.name is one unique object per name."""

    def __init__(self):
        self._mk_made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._mk_made.setdefault(name, SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = SentinelFactory()
DEFAULT = sentinel.DEFAULT


class AnyValue:
    """Equal to everything (for call comparisons where one argument does not matter)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = AnyValue()


# -- call objects ---------------------------------------------------------------------------------

def format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % item for item in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class Call(tuple):
    """A recorded (or expected) call: its path from the mock it was recorded on, args and kwargs.

    call_args entries are pairs (args, kwargs); mock_calls entries are triples
    (path, args, kwargs). Comparison ignores the path when either side has none.
    """

    def __new__(cls, value=(), path='', parent=None, pair=False, from_call=True):
        if len(value) == 3:
            path, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                path, args, kwargs = first, (second if isinstance(second, tuple) else ()), \
                    (second if isinstance(second, dict) else {})
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            only = value[0]
            if isinstance(only, str):
                path, args, kwargs = only, (), {}
            elif isinstance(only, tuple):
                args, kwargs = only, {}
            else:
                args, kwargs = (), only
        else:
            args, kwargs = (), {}
        self = tuple.__new__(cls, (args, kwargs) if pair else (path, args, kwargs))
        self._mk_path = path
        self._mk_args = tuple(args)
        self._mk_kwargs = dict(kwargs)
        self._mk_pair = pair
        self._mk_parent = parent
        self._mk_from_call = from_call
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def args(self):
        return self._mk_args

    @property
    def kwargs(self):
        return self._mk_kwargs

    @staticmethod
    def _parts(other):
        if isinstance(other, Call):
            return (None if other._mk_pair else other._mk_path), other._mk_args, other._mk_kwargs
        if not isinstance(other, tuple):
            return None
        probe = Call(other)
        return (probe._mk_path or None), probe._mk_args, probe._mk_kwargs

    def __eq__(self, other):
        if other is ANY:
            return True
        theirs = self._parts(other)
        if theirs is None:
            return NotImplemented
        their_path, their_args, their_kwargs = theirs
        my_path = None if self._mk_pair else self._mk_path
        if my_path is not None and their_path is not None and my_path != their_path:
            return False
        return (self._mk_args, self._mk_kwargs) == (their_args, their_kwargs)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mk_path is None:
            return Call(('', args, kwargs))
        return Call((self._mk_path, args, kwargs), parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mk_'):
            raise AttributeError(attr)
        path = self._mk_path
        if path is None:
            path = attr                                   # call.name
        elif self._mk_from_call:
            path = '%s().%s' % (path, attr) if path else '().%s' % attr   # call.a(1).name
        else:
            path = '%s.%s' % (path, attr)                 # call.a.name
        return Call(path=path, parent=self, from_call=False)

    def __getnewargs__(self):
        return (tuple(self),)

    def index(self, *args):
        return self.__getattr__('index')(*args)

    def count(self, *args):
        return self.__getattr__('count')(*args)

    def __repr__(self):
        if self._mk_pair:
            return format_call('call', self._mk_args, self._mk_kwargs)
        path = self._mk_path
        if not self._mk_from_call:
            # Not called yet (call, call.name): only the path.
            path = path or 'call'
            return 'call' + path if path.startswith('()') else path
        if not path:
            name = 'call'
        elif path.startswith('()'):
            name = 'call' + path
        else:
            name = 'call.' + path
        return format_call(name, self._mk_args, self._mk_kwargs)

    def call_list(self):
        """The calls of a chained call (call.a(1).b(2)) as a list: [call.a(1), call.a().b(2)]."""
        chain = []
        node = self
        while node is not None:
            if node._mk_from_call:
                chain.append(node)
            node = node._mk_parent
        return CallList(reversed(chain))


class CallList(list):
    """A list of calls; ``in`` also finds a contiguous run of calls (a sub-list)."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for start in range(len(self) - n + 1):
            if list(self[start:start + n]) == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


call = Call(path=None, from_call=False)
