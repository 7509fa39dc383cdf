"""unittest.mock: stand-in objects that record how they are used, and patch() to put them in place.

Design (written from the library documentation):
- Every mock instance gets a class of its own (made in __new__), so magic methods configured on
  one mock (``m.__len__.return_value = 3``) live on its class, where Python looks them up, and
  never leak to other mocks.
- A mock's own state is kept in attributes whose names start with ``_mk_``; any other missing
  attribute is created on first access as a child mock, remembered, and returned again later.
- Calls are recorded on the called mock (call_args, call_args_list, mock_calls) and reported up
  the chain of parents (mock_calls, and method_calls while the chain is attribute accesses), with
  the dotted path by which the parent reached the called mock ("a.b", "a()", "().c").
Call objects and sentinels are in unittest.mockcalls, patch() in unittest.mockpatching.
"""

from unittest.mockcalls import sentinel, DEFAULT, ANY, call, Call, CallList, format_call

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'mock_open', 'seal')

__unittest = True


# -- the mock classes -----------------------------------------------------------------------------

def _is_dunder(name):
    return name.startswith('__') and name.endswith('__') and len(name) > 4


def _is_exception(value):
    return isinstance(value, BaseException) or (isinstance(value, type) and issubclass(value, BaseException))


_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _adopt(parent, value, new_name, name):
    """Make a free mock (no name, no parent) the child of parent, so its calls are recorded
    there too; never when value is parent or one of its ancestors (that would make a loop)."""
    if not isinstance(value, NonCallableMock):
        return
    if value._mk_parent is not None or value._mk_name is not None or value._mk_segment:
        return
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return
        ancestor = ancestor._mk_parent
    object.__setattr__(value, '_mk_parent', parent)
    object.__setattr__(value, '_mk_segment', new_name)
    if name is not None:
        object.__setattr__(value, '_mk_name', name)


class NonCallableMock:
    """A mock that cannot be called (Mock adds calling)."""

    def __new__(cls, *args, **kwargs):
        own_class = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _segment='', unsafe=False, **kwargs):
        setup = object.__setattr__
        setup(self, '_mk_parent', parent)
        setup(self, '_mk_name', name)
        setup(self, '_mk_segment', _segment)
        setup(self, '_mk_children', {})
        setup(self, '_mk_deleted', set())
        setup(self, '_mk_wraps', wraps)
        setup(self, '_mk_unsafe', unsafe)
        setup(self, '_mk_return', DEFAULT)
        setup(self, '_mk_effect', None)
        setup(self, '_mk_sealed', False)
        setup(self, '_mk_spec_class', None)
        setup(self, '_mk_allowed', None)
        setup(self, '_mk_spec_set', False)
        if spec_set is not None:
            spec = spec_set
        self._mk_apply_spec(spec, spec_set is not None)
        setup(self, 'called', False)
        setup(self, 'call_count', 0)
        setup(self, 'call_args', None)
        setup(self, 'call_args_list', CallList())
        setup(self, 'mock_calls', CallList())
        setup(self, 'method_calls', CallList())
        self.configure_mock(**kwargs)

    # -- spec -------------------------------------------------------------------------------

    def _mk_apply_spec(self, spec, strict):
        allowed = None
        spec_class = None
        if spec is not None:
            if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
                allowed = set(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                allowed = set(dir(spec))
        object.__setattr__(self, '_mk_spec_class', spec_class)
        object.__setattr__(self, '_mk_allowed', allowed)
        object.__setattr__(self, '_mk_spec_set', strict)

    def mock_add_spec(self, spec, spec_set=False):
        """Give the mock a spec (only its attributes may be read; with spec_set, also set)."""
        self._mk_apply_spec(spec, spec_set)

    @property
    def __class__(self):
        if self._mk_spec_class is None:
            return type(self)
        return self._mk_spec_class

    # -- configuration ----------------------------------------------------------------------

    def configure_mock(self, **kwargs):
        """Set attributes, with dotted names reaching child mocks ('method.return_value': 3)."""
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *path, last = dotted.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, value)

    def _mk_child_class(self):
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMagicMock) and not issubclass(klass, MagicMock):
            return MagicMock
        if issubclass(klass, PropertyMock):
            return MagicMock
        if not issubclass(klass, CallableMixin):
            return Mock
        return klass

    def _mk_make_child(self, **kwargs):
        if self._mk_sealed:
            where = self._mk_full_name()
            name = kwargs.get('name') or kwargs.get('_segment', '')
            raise AttributeError('%s.%s' % (where, name) if name != '()' else where + '()')
        return self._mk_child_class()(**kwargs)

    def _get_child_mock(self, **kwargs):
        """The documented hook for the class of child mocks (override to customise)."""
        return self._mk_make_child(**kwargs)

    @property
    def return_value(self):
        value = self._mk_return
        if value is DEFAULT:
            value = self._get_child_mock(_segment='()', parent=self)
            object.__setattr__(self, '_mk_return', value)
        return value

    @return_value.setter
    def return_value(self, value):
        _adopt(self, value, '()', None)
        object.__setattr__(self, '_mk_return', value)

    @property
    def side_effect(self):
        return self._mk_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
            else:
                value = EffectIterator(value)
        object.__setattr__(self, '_mk_effect', value)

    def attach_mock(self, mock, attribute):
        """Make mock a child of this one under attribute (its calls are recorded here too)."""
        object.__setattr__(mock, '_mk_parent', self)
        object.__setattr__(mock, '_mk_segment', attribute)
        object.__setattr__(mock, '_mk_name', attribute)
        self._mk_children[attribute] = mock

    def reset_mock(self, visit=None, *, return_value=False, side_effect=False):
        """Forget recorded calls, here and in every child (optionally return values and side effects)."""
        visited = visit if visit is not None else []
        if id(self) in visited:
            return
        visited.append(id(self))
        setup = object.__setattr__
        setup(self, 'called', False)
        setup(self, 'call_args', None)
        setup(self, 'call_count', 0)
        setup(self, 'mock_calls', CallList())
        setup(self, 'call_args_list', CallList())
        setup(self, 'method_calls', CallList())
        if return_value:
            setup(self, '_mk_return', DEFAULT)
        if side_effect:
            setup(self, '_mk_effect', None)
        for child in self._mk_children.values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        returned = self._mk_return
        if isinstance(returned, NonCallableMock) and returned is not self:
            returned.reset_mock(visited)

    # -- attributes -------------------------------------------------------------------------

    def __getattr__(self, name):
        if name.startswith('_mk_'):
            raise AttributeError(name)
        if name in self._mk_deleted:
            raise AttributeError(name)
        if name in self._mk_children:
            return self._mk_children[name]
        if self._mk_allowed is not None:
            if name not in self._mk_allowed or _is_dunder(name):
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_dunder(name):
            raise AttributeError(name)
        if not self._mk_unsafe and (name.startswith(_ASSERT_TYPOS) or name in ('autospect', 'auto_spec', 'set_spec')):
            raise AttributeError(f"{name!r} is not a valid assertion. Use a spec "
                                 f"for the mock if {name!r} is meant to be an attribute.")
        wraps = None
        if self._mk_wraps is not None:
            wraps = getattr(self._mk_wraps, name)
        child = self._get_child_mock(parent=self, name=name, wraps=wraps, _segment=name)
        self._mk_children[name] = child
        return child

    def __setattr__(self, name, value):
        if name.startswith('_mk_') or name in ('return_value', 'side_effect', '__class__'):
            if name == '__class__':
                object.__setattr__(self, '_mk_spec_class', value)
                return
            object.__setattr__(self, name, value)
            return
        if (self._mk_spec_set and self._mk_allowed is not None and name not in self._mk_allowed
                and name not in type(self).__dict__ and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if self._mk_sealed and name not in self._mk_children and not hasattr(type(self), name) \
                and name not in self.__dict__:
            raise AttributeError("Cannot set %s.%s" % (self._mk_full_name(), name))
        self._mk_deleted.discard(name)
        if _is_dunder(name):
            self._mk_set_magic(name, value)
            return
        if isinstance(value, NonCallableMock):
            _adopt(self, value, name, name)
            self._mk_children[name] = value
            self.__dict__.pop(name, None)
            return
        self._mk_children.pop(name, None)
        object.__setattr__(self, name, value)

    def _mk_set_magic(self, name, value):
        if isinstance(value, NonCallableMock):
            self._mk_children[name] = value
            setattr(type(self), name, MagicSlot(name))
        else:
            setattr(type(self), name, value)

    def __delattr__(self, name):
        if _is_dunder(name) and name in type(self).__dict__:
            delattr(type(self), name)
            self._mk_children.pop(name, None)
            self._mk_deleted.add(name)
            return
        if name in self._mk_deleted:
            raise AttributeError(name)
        present = name in self._mk_children or name in self.__dict__
        self._mk_children.pop(name, None)
        self.__dict__.pop(name, None)
        if not present and self._mk_allowed is not None and name not in self._mk_allowed:
            raise AttributeError(name)
        self._mk_deleted.add(name)

    def __dir__(self):
        names = set(dir(type(self)))
        names.update(self.__dict__)
        names.update(n for n in self._mk_children if n not in self._mk_deleted)
        if self._mk_allowed is not None:
            names.update(self._mk_allowed)
        return sorted(n for n in names if not n.startswith('_mk_'))

    # -- names and repr ---------------------------------------------------------------------

    def _mk_full_name(self):
        parts = []
        node = self
        while node is not None:
            if node._mk_parent is None:
                parts.append(node._mk_name or 'mock')
            else:
                parts.append(node._mk_segment)
            node = node._mk_parent
        text = ''
        for part in reversed(parts):
            if not text:
                text = part
            elif part == '()':
                text += '()'
            else:
                text += '.' + part
        return text

    def __repr__(self):
        details = ''
        if self._mk_parent is not None or self._mk_name is not None:
            details = ' name=%r' % self._mk_full_name()
        if self._mk_spec_class is not None:
            details += ' %s=%r' % ('spec_set' if self._mk_spec_set else 'spec', self._mk_spec_class.__name__)
        return "<%s%s id='%s'>" % (type(self).__name__, details, id(self))

    # -- assertions -------------------------------------------------------------------------

    def _mk_display_name(self):
        return self._mk_name or 'mock'

    def _mk_calls_note(self):
        if not self.mock_calls:
            return ''
        return '\nCalls: %s.' % (self.mock_calls,)

    def _mk_call_text(self, args, kwargs):
        return format_call(self._mk_display_name(), args, kwargs)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mk_display_name(), self.call_count, self._mk_calls_note()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._mk_display_name())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mk_display_name(), self.call_count, self._mk_calls_note()))

    def assert_called_with(self, /, *args, **kwargs):
        """The last call had these arguments."""
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % self._mk_call_text(args, kwargs))
        expected = Call((args, kwargs), pair=True)
        if self.call_args != expected:
            actual = self.call_args
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (self._mk_call_text(args, kwargs), self._mk_call_text(actual.args, actual.kwargs)))

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mk_display_name(), self.call_count, self._mk_calls_note()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        """Some call had these arguments."""
        expected = Call((args, kwargs), pair=True)
        if expected not in list(self.call_args_list):
            raise AssertionError('%s call not found' % self._mk_call_text(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        """mock_calls contains calls (in this order, one after the other, unless any_order)."""
        expected = list(calls)
        actual = list(self.mock_calls)
        if not any_order:
            if expected not in CallList(actual):
                raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r'
                                     % (CallList(expected), CallList(actual)))
            return
        remaining = list(actual)
        missing = []
        for wanted in expected:
            try:
                remaining.remove(wanted)
            except ValueError:
                missing.append(wanted)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mk_display_name(), tuple(missing), actual))


class EffectIterator:
    """An iterable side_effect: each call takes the next value."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.iterator)


class CallableMixin:
    """What makes a mock callable: recording the call, then the side effect or return value."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _segment='', **kwargs):
        super().__init__(spec=spec, wraps=wraps, name=name, spec_set=spec_set, parent=parent,
                         _segment=_segment, **kwargs)
        object.__setattr__(self, '_mk_return', return_value)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._mk_record(args, kwargs)
        return self._mk_respond(args, kwargs)

    def _mk_record(self, args, kwargs):
        object.__setattr__(self, 'called', True)
        object.__setattr__(self, 'call_count', self.call_count + 1)
        pair = Call((args, kwargs), pair=True)
        object.__setattr__(self, 'call_args', pair)
        self.call_args_list.append(pair)
        self.mock_calls.append(Call(('', args, kwargs)))
        path = ''
        by_attributes = True
        node = self
        while node._mk_parent is not None:
            segment = node._mk_segment
            if segment == '()':
                by_attributes = False
            if not path:
                path = segment
            elif path.startswith('()'):
                path = segment + path
            else:
                path = segment + '.' + path
            parent = node._mk_parent
            parent.mock_calls.append(Call((path, args, kwargs)))
            if by_attributes:
                parent.method_calls.append(Call((path, args, kwargs)))
            node = parent

    def _mk_respond(self, args, kwargs):
        effect = self._mk_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, EffectIterator):
                value = next(effect)
                if _is_exception(value):
                    raise value
            else:
                value = effect(*args, **kwargs)
            if value is not DEFAULT:
                return value
        if self._mk_return is not DEFAULT:
            return self._mk_return
        if self._mk_wraps is not None:
            return self._mk_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes are mocks made on first use; calls are recorded."""


# -- magic methods --------------------------------------------------------------------------------

def _iter_default(mock):
    configured = mock.__iter__._mk_return
    return iter([]) if configured is DEFAULT else iter(configured)


def _comparison_default(name, when_same):
    """__eq__/__ne__ until configured: the configured return value, else identity."""
    def make(mock):
        def compare(other):
            configured = getattr(mock, name)._mk_return
            if configured is not DEFAULT:
                return configured
            return when_same if mock is other else NotImplemented
        return compare
    return make


# Magic methods a MagicMock supports, with what they return until configured (None: a child mock).
MAGIC_RESULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
}
MAGIC_COMPUTED = {
    '__hash__': lambda mock: lambda: object.__hash__(mock),
    '__str__': lambda mock: lambda: object.__str__(mock),
    '__sizeof__': lambda mock: lambda: object.__sizeof__(mock),
    '__fspath__': lambda mock: lambda: "%s/%s" % (type(mock).__name__, id(mock)),
    '__iter__': lambda mock: lambda: _iter_default(mock),
    '__eq__': _comparison_default('__eq__', True),
    '__ne__': _comparison_default('__ne__', False),
}
# (__get__/__set__/__delete__, __reversed__, __missing__, __format__ and __dir__ are only there
# once assigned: a mock must not become a descriptor or change formatting by default.)
MAGIC_RETURNING_MOCKS = (
    '__getitem__ __setitem__ __delitem__ __enter__ __round__ __floor__ '
    '__trunc__ __ceil__ __neg__ __pos__ __abs__ __invert__ __add__ __sub__ __mul__ __matmul__ __truediv__ __floordiv__ __mod__ __divmod__ '
    '__lshift__ __rshift__ __and__ __xor__ __or__ __pow__ __radd__ __rsub__ __rmul__ __rmatmul__ '
    '__rtruediv__ __rfloordiv__ __rmod__ __rdivmod__ __rlshift__ __rrshift__ __rand__ __rxor__ '
    '__ror__ __rpow__ __iadd__ __isub__ __imul__ __imatmul__ __itruediv__ __ifloordiv__ __imod__ '
    '__ilshift__ __irshift__ __iand__ __ixor__ __ior__ __ipow__').split()
MAGIC_NAMES = set(MAGIC_RESULTS) | set(MAGIC_COMPUTED) | set(MAGIC_RETURNING_MOCKS)


class MagicSlot:
    """On a mock's own class: reading the magic method gives the mock's child for it."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mk_magic_child(self.name)


class MagicMixin:
    def __init__(self, /, *args, **kwargs):
        self._mk_install_magics()
        super().__init__(*args, **kwargs)
        self._mk_install_magics()

    def _mk_install_magics(self):
        own_class = type(self)
        allowed = getattr(self, '_mk_allowed', None)
        for name in MAGIC_NAMES:
            if allowed is not None and name not in allowed:
                if name in own_class.__dict__ and isinstance(own_class.__dict__[name], MagicSlot):
                    delattr(own_class, name)
                continue
            if name not in own_class.__dict__:
                setattr(own_class, name, MagicSlot(name))

    def _mk_magic_child(self, name):
        children = self._mk_children
        if name in children:
            return children[name]
        child = MagicMock(parent=self, name=name, _segment=name)
        if name in MAGIC_RESULTS:
            object.__setattr__(child, '_mk_return', MAGIC_RESULTS[name])
        elif name in MAGIC_COMPUTED:
            object.__setattr__(child, '_mk_effect', MAGIC_COMPUTED[name](self))
        children[name] = child
        return child

    def mock_add_spec(self, spec, spec_set=False):
        NonCallableMock.mock_add_spec(self, spec, spec_set)
        self._mk_install_magics()


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (len, iteration, comparisons, with-blocks ...) preconfigured."""


class PropertyMock(Mock):
    """A mock for a property on a class: reading the property calls it, setting calls it with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


def seal(mock):
    """After seal, reading an attribute that was never set on mock (or its children) raises."""
    object.__setattr__(mock, '_mk_sealed', True)
    for child in list(mock._mk_children.values()):
        if isinstance(child, NonCallableMock) and child._mk_parent is mock:
            seal(child)
    returned = mock._mk_return
    if isinstance(returned, NonCallableMock) and returned._mk_parent is mock:
        seal(returned)


from unittest.mockpatching import patch, mock_open  # noqa: E402 (they build the classes above)
