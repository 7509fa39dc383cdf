"""The context managers behind assertRaises/assertRaisesRegex and assertWarns/assertWarnsRegex.

Both are used either as ``with self.assertRaises(E) as cm:`` or called with a callable and its
arguments; the checks on leaving the block are the same in both forms.
"""

import re
import sys
import traceback
import warnings

__unittest = True


def _is_class_or_classes(value, base):
    if isinstance(value, type):
        return issubclass(value, base)
    if isinstance(value, tuple) and value:
        return all(isinstance(v, type) and issubclass(v, base) for v in value)
    return False


def _expected_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class ExpectationBlock:
    """What assertRaises and assertWarns share: argument checks, the callable form, and failing
    through the test case's failureException with its message rules."""

    required_base = BaseException
    required_text = ''

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def complain(self, text):
        raise self.test_case.failureException(self.test_case._merge_message(self.msg, text))

    def handle(self, assert_name, args, kwargs):
        """Either return self (no callable given: a context manager) or run the callable inside."""
        if not _is_class_or_classes(self.expected, self.required_base):
            raise TypeError('%s() arg 1 must be %s' % (assert_name, self.required_text))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function' % (next(iter(kwargs)),))
            return self
        func, rest = args[0], args[1:]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*rest, **kwargs)
        return None


class RaisesBlock(ExpectationBlock):
    required_base = BaseException
    required_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = _expected_name(self.expected)
            if self.obj_name:
                self.complain("{} not raised by {}".format(name, self.obj_name))
            self.complain("{} not raised".format(name))
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False  # an unexpected exception goes on up
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self.complain('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(exc_value)))
        return True


class WarnsBlock(ExpectationBlock):
    required_base = Warning
    required_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        # A warning already shown once from some module would be suppressed by its registry:
        # forget those so the block sees every warning.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.recorder = warnings.catch_warnings(record=True)
        self.seen = self.recorder.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.recorder.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None  # the block raised: let that through
        first_of_type = None
        for record in self.seen:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first_of_type is None:
                first_of_type = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_type is not None:
            self.complain('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(first_of_type)))
        name = _expected_name(self.expected)
        if self.obj_name:
            self.complain("{} not triggered by {}".format(name, self.obj_name))
        self.complain("{} not triggered".format(name))
