"""patch(), patch.object/multiple/dict and mock_open of unittest.mock.

A Patcher replaces one attribute while it is active: as a with-block, as a decorator (the
function receives the made mock as an extra argument unless `new` was given; stacked decorators
pass their mocks bottom-up), or between start() and stop(). On leaving, the attribute is put
back as it was: restored if the target had it itself, deleted if it was made (create=True) or
inherited.
"""

import contextlib
import functools
import importlib
import sys

from unittest.mockcalls import DEFAULT
from unittest.mock import MagicMock, NonCallableMagicMock, NonCallableMock

__unittest = True


# -- patch ----------------------------------------------------------------------------------------

def _resolve(dotted):
    """The object named by a dotted path, importing modules along the way."""
    parts = dotted.split('.')
    name = parts.pop(0)
    found = importlib.import_module(name)
    for part in parts:
        name += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            found = importlib.import_module(name)
    return found


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _resolve(owner)), attribute


class Patcher:
    """One patch: replaces getter().attribute while active (a context manager, a decorator, or
    started and stopped by hand)."""

    active = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, new_callable, kwargs):
        if new is not DEFAULT and new_callable is not None:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.attribute_name = None   # the keyword name when used through patch.multiple
        self.extra = []

    def copy(self):
        twin = Patcher(self.getter, self.attribute, self.new, self.spec, self.create,
                       self.spec_set, self.new_callable, dict(self.kwargs))
        twin.attribute_name = self.attribute_name
        twin.extra = [p.copy() for p in self.extra]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self._decorate_class(func)
        return self._decorate_function(func)

    def _decorate_class(self, klass):
        from unittest.loading import TestLoader
        prefix = TestLoader.testMethodPrefix
        for name in dir(klass):
            if not name.startswith(prefix):
                continue
            value = getattr(klass, name)
            if callable(value):
                setattr(klass, name, self.copy()(value))
        return klass

    def _decorate_function(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def with_patches(*args, **kwargs):
            extra_args = []
            with contextlib.ExitStack() as stack:
                for patching in with_patches.patchings:
                    value = stack.enter_context(patching)
                    if patching.attribute_name is not None:
                        kwargs.update(value)
                    elif patching.new is DEFAULT:
                        extra_args.append(value)
                return func(*args, *extra_args, **kwargs)

        with_patches.patchings = [self]
        return with_patches

    def _replacement(self, original):
        if self.new is not DEFAULT:
            return self.new
        spec, spec_set = self.spec, self.spec_set
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original
        if self.new_callable is not None:
            factory = self.new_callable
        elif spec is not None or spec_set is not None:
            target_spec = spec_set if spec_set is not None else spec
            factory = MagicMock
            if isinstance(target_spec, type) or not callable(target_spec):
                factory = MagicMock if callable(target_spec) else NonCallableMagicMock
        else:
            factory = MagicMock
        options = dict(self.kwargs)
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        made = factory(**options)
        if isinstance(spec, type) and isinstance(made, NonCallableMock):
            made.return_value = NonCallableMagicMock(spec=spec)
        return made

    def __enter__(self):
        self.target = self.getter()
        try:
            self.original = self.target.__dict__[self.attribute]
            self.was_local = True
        except (AttributeError, KeyError):
            self.original = getattr(self.target, self.attribute, DEFAULT)
            self.was_local = False
        if self.original is DEFAULT and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (self.target, self.attribute))
        current = getattr(self.target, self.attribute, None) if self.original is not DEFAULT else None
        replacement = self._replacement(current)
        setattr(self.target, self.attribute, replacement)
        try:
            if self.attribute_name is not None:
                values = {}
                if self.new is DEFAULT:
                    values[self.attribute_name] = replacement
                for other in self.extra:
                    values.update(other.__enter__())
                return values
            return replacement
        except:
            self.__exit__(*sys.exc_info())
            raise

    def __exit__(self, *exc_info):
        if self.was_local and self.original is not DEFAULT:
            setattr(self.target, self.attribute, self.original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__', '__module__', '__defaults__',
                                                          '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.original)
        for other in reversed(self.extra):
            other.__exit__(*exc_info)
        return False

    def start(self):
        value = self.__enter__()
        Patcher.active.append(self)
        return value

    def stop(self):
        try:
            Patcher.active.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') while a function or block runs;
    by default with a MagicMock, which the decorated function receives as an extra argument."""
    if autospec is not None:
        raise NotImplementedError("autospec is not supported by this unittest.mock")
    if unsafe:
        kwargs['unsafe'] = True
    getter, attribute = _split_target(target)
    return Patcher(getter, attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace attribute of the object target (rather than a name found by import)."""
    if isinstance(target, str):
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    if autospec is not None:
        raise NotImplementedError("autospec is not supported by this unittest.mock")
    return Patcher(lambda: target, attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Several patches of one target at once: patch.multiple(obj, a=DEFAULT, b=3)."""
    if isinstance(target, str):
        getter = lambda: _resolve(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    first = Patcher(getter, attribute, new, spec, create, spec_set, new_callable, {})
    first.attribute_name = attribute
    for attribute, new in items[1:]:
        more = Patcher(getter, attribute, new, spec, create, spec_set, new_callable, {})
        more.attribute_name = attribute
        first.extra.append(more)
    return first


class DictPatcher:
    """patch.dict: set keys of a dictionary (optionally clearing it first) and restore it after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self.saved = None

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith('test') and callable(getattr(func, name)):
                    setattr(func, name, DictPatcher(self.in_dict, self.values, self.clear)(getattr(func, name)))
            return func

        @functools.wraps(func)
        def with_dict(*args, **kw):
            with DictPatcher(self.in_dict, self.values, self.clear):
                return func(*args, **kw)
        return with_dict

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve(self.in_dict)
        self.saved = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *exc_info):
        self.in_dict.clear()
        self.in_dict.update(self.saved)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _stop_all():
    """Stop every patch started with start()."""
    for patcher in reversed(list(Patcher.active)):
        patcher.stop()


patch.object = _patch_object
patch.multiple = _patch_multiple
patch.dict = DictPatcher
patch.stopall = _stop_all
patch.TEST_PREFIX = 'test'


# -- mock_open ------------------------------------------------------------------------------------

def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the handle's read/readline/readlines/iteration serve
    read_data; writes are recorded."""
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=['read', 'readline', 'readlines', 'write', 'writelines', 'close',
                             '__enter__', '__exit__', '__iter__', '__next__', 'flush', 'seek', 'tell'])
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    state = {}

    def reset(*args, **kwargs):
        state['lines'] = iter(read_data.splitlines(True))
        return DEFAULT

    def read(*args, **kwargs):
        return type(read_data)().join(state['lines'])

    def readline(*args, **kwargs):
        return next(state['lines'], type(read_data)())

    def readlines(*args, **kwargs):
        return list(state['lines'])

    def iterate():
        return iter(state['lines'])

    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = iterate
    handle.__next__ = MagicMock(side_effect=lambda: next(state['lines']))
    reset()
    mock.side_effect = reset
    mock.return_value = handle
    return mock
