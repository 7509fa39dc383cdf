"""TestSuite: a collection of tests (and suites) run in order, with class and module fixtures.

Running a suite tracks, on the result, the class of the test that ran last. When the next test's
class differs, the previous class's tearDownClass (and class cleanups) run, and when its module
differs, the previous module's tearDownModule (and module cleanups); then the new module's
setUpModule and class's setUpClass. A fixture that fails is reported as an error named like
"setUpClass (module.Class)", and the tests it guards are not run. The outermost suite of a run
(the first to see the result) tears down the last class and module at the end.
"""

import sys

from unittest import testcase
from unittest.formatting import class_name
from unittest.skipping import SkipTest

__unittest = True


def _call_if_present(obj, name):
    method = getattr(obj, name, None)
    if method is not None:
        method()


def _is_single_test(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class FixtureError:
    """Stands in for a test in the result when a class or module fixture failed."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<FixtureError description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class DebugRun:
    """The result stand-in of TestSuite.debug(): fixture errors are raised, not recorded."""
    _previous_class = None
    _module_setup_failed = False
    _run_entered = False
    shouldStop = False


class BaseTestSuite:
    """A list of tests, run in order; no class or module fixtures."""

    release_after_run = True

    def __init__(self, tests=()):
        self._members = []
        self._released_count = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (class_name(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._members)

    def countTestCases(self):
        total = self._released_count
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (testcase.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._members.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self.release_after_run:
                self._release(index)
        return result

    def _release(self, index):
        """Drop the test at index once it ran (so a long run does not keep every test alive)."""
        try:
            test = self._members[index]
        except TypeError:
            return  # the tests are not in a list we can change
        if hasattr(test, 'countTestCases'):
            self._released_count += test.countTestCases()
        self._members[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without collecting results (exceptions go to the caller)."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule."""

    def run(self, result, debug=False):
        outermost = False
        if getattr(result, '_run_entered', False) is False:
            result._run_entered = outermost = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._finish_previous_class(test, result)
                self._start_module(test, result)
                self._start_class(test, result)
                result._previous_class = test.__class__
                if (getattr(test.__class__, '_class_setup_failed', False)
                        or getattr(result, '_module_setup_failed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self.release_after_run:
                self._release(index)
        if outermost:
            self._finish_previous_class(None, result)
            self._finish_module(result)
            result._run_entered = False
        return result

    def debug(self):
        self.run(DebugRun(), True)

    # -- fixture errors ---------------------------------------------------------------------

    def _call_fixture(self, result, func, fixture, owner):
        """Run one fixture function, reporting what it raises as an error named after it
        (raised as is under debug()). Returns whether it raised."""
        try:
            func()
        except Exception as e:
            if isinstance(result, DebugRun):
                raise
            self._report_fixture_error(result, e, fixture, owner)
            return True
        return False

    def _report_fixture_error(self, result, exc, fixture, owner, exc_info=None):
        holder = FixtureError(f'{fixture} ({owner})')
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, SkipTest):
            add_skip(holder, str(exc))
        else:
            result.addError(holder, exc_info or sys.exc_info())

    # -- classes ----------------------------------------------------------------------------

    def _start_class(self, test, result):
        previous = getattr(result, '_previous_class', None)
        current = test.__class__
        if current == previous:
            return
        if getattr(result, '_module_setup_failed', False):
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._class_setup_failed = False
        except TypeError:
            pass  # a builtin type (the "test" is a plain function)
        set_up = getattr(current, 'setUpClass', None)
        cleanups = getattr(current, 'doClassCleanups', None)
        if set_up is None:
            return
        _call_if_present(result, '_capture_output')
        try:
            failed = self._call_fixture(result, set_up, 'setUpClass', class_name(current))
            if failed:
                try:
                    current._class_setup_failed = True
                except TypeError:
                    pass
            if failed and cleanups is not None:
                cleanups()
                for info in current.tearDown_exceptions:
                    self._report_fixture_error(result, info[1], 'setUpClass', class_name(current), info)
        finally:
            _call_if_present(result, '_release_output')

    def _finish_previous_class(self, test, result):
        previous = getattr(result, '_previous_class', None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, '_class_setup_failed', False):
            return
        if getattr(result, '_module_setup_failed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        _call_if_present(result, '_capture_output')
        try:
            if tear_down is not None:
                self._call_fixture(result, tear_down, 'tearDownClass', class_name(previous))
            if cleanups is not None:
                cleanups()
                for info in previous.tearDown_exceptions:
                    if isinstance(result, DebugRun):
                        raise info[1]
                    self._report_fixture_error(result, info[1], 'tearDownClass', class_name(previous), info)
        finally:
            _call_if_present(result, '_release_output')

    # -- modules ----------------------------------------------------------------------------

    @staticmethod
    def _previous_module(result):
        previous = getattr(result, '_previous_class', None)
        return None if previous is None else previous.__module__

    def _start_module(self, test, result):
        previous = self._previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._finish_module(result)
        result._module_setup_failed = False
        module = sys.modules.get(current)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        _call_if_present(result, '_capture_output')
        try:
            if self._call_fixture(result, set_up, 'setUpModule', current):
                result._module_setup_failed = True
            if result._module_setup_failed:
                self._call_fixture(result, testcase.doModuleCleanups, 'setUpModule', current)
        finally:
            _call_if_present(result, '_release_output')

    def _finish_module(self, result):
        previous = self._previous_module(result)
        if previous is None or getattr(result, '_module_setup_failed', False):
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        _call_if_present(result, '_capture_output')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                self._call_fixture(result, tear_down, 'tearDownModule', previous)
            self._call_fixture(result, testcase.doModuleCleanups, 'tearDownModule', previous)
        finally:
            _call_if_present(result, '_release_output')
