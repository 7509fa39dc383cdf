"""Skipping tests and marking expected failures (the decorators and SkipTest).

A decorated test function or class carries two attributes the runner reads:
``__unittest_skip__``/``__unittest_skip_why__`` for a skip and ``__unittest_expecting_failure__``
for an expected failure. Other tools read the same attributes, so their names are part of the
interface, not a detail.
"""

import functools
import types

__unittest = True


class SkipTest(Exception):
    """Raise this in a test (or setUp, setUpClass, setUpModule) to skip it; the argument is the reason."""


class StopRequested(Exception):
    """Internal: unwinds out of a test when a subtest failed under failfast or an expected failure happened."""


def skip(reason):
    """Unconditionally skip the decorated test or class."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def raise_skip(*args, **kwargs):
                raise SkipTest(reason)
            item = raise_skip
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        # Used bare, as @skip: the "reason" is the function itself.
        func, reason = reason, ''
        return mark(func)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skip the decorated test if condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Mark the test as expected to fail: a failure or error in it is not counted as one."""
    test_item.__unittest_expecting_failure__ = True
    return test_item
