"""TestCase: one test method run with its fixtures, cleanups and subtests; FunctionTestCase;
the module-level cleanups.

How one run goes (TestCase.run): setUp, the test method, tearDown, then the cleanups last-in
first-out. Each of these parts runs inside a PartGuard, which turns an exception into a result
entry (skip, failure, error, or the expected failure of an @expectedFailure test) and remembers
whether every part so far succeeded; tearDown runs only if setUp succeeded, cleanups always run.
"""

import contextlib
import sys
import time
import warnings

from unittest.assertions import Assertions
from unittest.formatting import class_name
from unittest.skipping import SkipTest, StopRequested

__unittest = True


def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        warnings.warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        result.addSuccess(test)


def _report_problem(result, test, exc_info):
    if result is None or exc_info is None:
        return  # doCleanups called outside a run: only its return value tells
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


def _enter(cm, register_cleanup):
    """Enter cm now; its exit becomes a cleanup (ExitStack gives the protocol check and message)."""
    stack = contextlib.ExitStack()
    value = stack.enter_context(cm)
    register_cleanup(stack.close)
    return value


_NO_MESSAGE = object()


class RunState:
    """The state of one TestCase.run: where results go, whether all parts succeeded so far, and
    the failure an @expectedFailure test is waiting for."""

    def __init__(self, result=None):
        self.result = result
        self.expecting_failure = False
        self.success = True
        self.expected_failure = None
        self.subtests_supported = hasattr(result, 'addSubTest')

    @contextlib.contextmanager
    def guard(self, test, is_subtest=False):
        """Run one part of a test, reporting what it raised."""
        before = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _report_skip(self.result, test, str(e))
        except StopRequested:
            pass
        except:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expected_failure = info
            else:
                self.success = False
                if is_subtest:
                    self.result.addSubTest(test.test_case, test, info)
                else:
                    _report_problem(self.result, test, info)
            info = None
        else:
            if is_subtest and self.success:
                self.result.addSubTest(test.test_case, test, None)
        finally:
            self.success = self.success and before


class SubTestParams:
    """The keyword parameters of nested subTest blocks: the innermost block's first, then the
    enclosing ones' that it does not override."""

    def __init__(self, own, outer=None):
        self.own = dict(own)
        self.outer = outer

    def items(self):
        merged = dict(self.own)
        scope = self.outer
        while scope is not None:
            for k, v in scope.own.items():
                merged.setdefault(k, v)
            scope = scope.outer
        return merged.items()

    def __bool__(self):
        return bool(self.items())


class TestCase(Assertions):
    """A test: each method whose name starts with 'test' becomes one instance of the class."""

    _class_setup_failed = False
    _class_cleanup_stack = []

    def __init_subclass__(cls, *args, **kwargs):
        # Each test class has its own class-level cleanups.
        cls._class_setup_failed = False
        cls._class_cleanup_stack = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        # _testMethodName is read by many tools and test helpers; it keeps its well-known name.
        self._testMethodName = methodName
        self._run_state = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                # runTest may be missing on an instance made only to call assert methods.
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanup_stack = []
        self._current_subtest = None
        self._equality_by_type = {}

    # -- fixtures (override these) ----------------------------------------------------------

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    # -- cleanups ---------------------------------------------------------------------------

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (or after a failed setUp), last added first."""
        self._cleanup_stack.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter a context manager now and exit it as a cleanup; returns what __enter__ returned."""
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanup_stack.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter(cm, cls.addClassCleanup)

    def doCleanups(self):
        """Run the cleanups; returns whether they all succeeded."""
        state = self._run_state or RunState()
        while self._cleanup_stack:
            function, args, kwargs = self._cleanup_stack.pop()
            with state.guard(self):
                function(*args, **kwargs)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; what they raise is kept in cls.tearDown_exceptions."""
        cls.tearDown_exceptions = []
        while cls._class_cleanup_stack:
            function, args, kwargs = cls._class_cleanup_stack.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    # -- identity -----------------------------------------------------------------------------

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from unittest.results import TestResult
        return TestResult()

    def shortDescription(self):
        """First line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (class_name(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, class_name(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (class_name(self.__class__), self._testMethodName)

    # -- subtests and skipping ----------------------------------------------------------------

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A block reported as its own test: a failure inside it is recorded and the test goes on."""
        state = self._run_state
        if state is None or not state.subtests_supported:
            yield
            return
        parent = self._current_subtest
        scope = SubTestParams(params, None if parent is None else parent.params)
        self._current_subtest = SubTest(self, msg, scope)
        try:
            with state.guard(self._current_subtest, is_subtest=True):
                yield
            if not state.success:
                if state.result is not None and state.result.failfast:
                    raise StopRequested
            elif state.expected_failure:
                # The expected failure happened: stop the test here.
                raise StopRequested
        finally:
            self._current_subtest = parent

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    # -- running ------------------------------------------------------------------------------

    def _skip_reason(self, method):
        if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            return (getattr(self.__class__, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def _call_test_method(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def run(self, result=None):
        """Run the test, reporting to result (a fresh TestResult if none); returns the result."""
        finish = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            finish = getattr(result, 'stopTestRun', None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _report_skip(result, self, reason)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            state = RunState(result)
            started = time.perf_counter()
            try:
                self._run_state = state
                with state.guard(self):
                    self.setUp()
                if state.success:
                    state.expecting_failure = expecting
                    with state.guard(self):
                        self._call_test_method(method)
                    state.expecting_failure = False
                    with state.guard(self):
                        self.tearDown()
                self.doCleanups()
                record = getattr(result, 'addDuration', None)
                if record is not None:
                    record(self, time.perf_counter() - started)
                if state.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif state.expected_failure:
                        self._report_expected_failure(result, state.expected_failure)
                    else:
                        self._report_unexpected_success(result)
                return result
            finally:
                state.expected_failure = None
                self._run_state = None
        finally:
            result.stopTest(self)
            if finish is not None:
                finish()

    def _report_expected_failure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            add(self, exc_info)
        else:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes", RuntimeWarning)
            result.addSuccess(self)

    def _report_unexpected_success(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
        else:
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure", RuntimeWarning)
            try:
                raise self.failureException
            except self.failureException:
                result.addFailure(self, sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting the result: exceptions go to the caller."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self.setUp()
        self._call_test_method(method)
        self.tearDown()
        while self._cleanup_stack:
            function, args, kwargs = self._cleanup_stack.pop()
            function(*args, **kwargs)


class SubTest(TestCase):
    """One `with self.subTest(...)` block of a test, reported as its own test."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self._label_message = message
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _label(self):
        parts = []
        if self._label_message is not _NO_MESSAGE:
            parts.append("[{}]".format(self._label_message))
        pairs = list(self.params.items())
        if pairs:
            parts.append("({})".format(', '.join("{}={!r}".format(k, v) for k, v in pairs)))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._label())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._label())


class FunctionTestCase(TestCase):
    """Wraps a plain test function (with optional setUp/tearDown functions) as a TestCase."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._set_up = setUp
        self._tear_down = tearDown
        self._function = testFunc
        self._description = description

    def setUp(self):
        if self._set_up is not None:
            self._set_up()

    def tearDown(self):
        if self._tear_down is not None:
            self._tear_down()

    def runTest(self):
        self._function()

    def id(self):
        return self._function.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._set_up == other._set_up and self._tear_down == other._tear_down
                and self._function == other._function and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._set_up, self._tear_down, self._function, self._description))

    def __str__(self):
        return "%s (%s)" % (class_name(self.__class__), self._function.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (class_name(self.__class__), self._function)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._function.__doc__
        return doc and doc.split("\n")[0].strip() or None


# -- module-level cleanups (run after tearDownModule) -------------------------------------------

_module_cleanup_stack = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Call function(*args, **kwargs) after the module's tests (after tearDownModule)."""
    _module_cleanup_stack.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last added first; re-raise the first exception any of them raised."""
    problems = []
    while _module_cleanup_stack:
        function, args, kwargs = _module_cleanup_stack.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise problems[0]
