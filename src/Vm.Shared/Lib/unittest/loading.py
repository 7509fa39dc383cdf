"""TestLoader: finds tests in classes, modules, dotted names and directories, and builds suites.

A name that cannot be imported or looked up does not stop loading: it becomes a test that fails
with the error when run (and the message is kept in loader.errors).
"""

import fnmatch
import functools
import os
import sys
import traceback
import types

from unittest import testcase, suites
from unittest.formatting import compare_three_way
from unittest.skipping import SkipTest, skip

__unittest = True

class FailedLoad(testcase.TestCase):
    """Made for a name that could not be loaded: its one test raises the loading error."""


def _failing_test(name, exception, suite_class, message):
    def raise_it(self):
        raise exception
    cls = type(name, (FailedLoad,), {name: raise_it})
    cls.__name__ = 'FailedLoad'
    cls.__qualname__ = 'FailedLoad'
    cls.__module__ = __name__
    return suite_class((cls(name),)), message


def _import_failure(name, suite_class):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failing_test(name, ImportError(message), suite_class, message)


def _load_tests_failure(name, exception, suite_class):
    message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _failing_test(name, exception, suite_class, message)


class TestLoader:
    """Builds suites of tests; the default instance is unittest.defaultTestLoader."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(compare_three_way)
    testNamePatterns = None
    suiteClass = suites.TestSuite

    def __init__(self):
        self.errors = []
        self._top_dir = None
        self._packages_in_progress = set()

    # -- classes and modules ----------------------------------------------------------------

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one test per test method of testCaseClass."""
        if issubclass(testCaseClass, suites.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        if testCaseClass in (testcase.TestCase, testcase.FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods (those starting with testMethodPrefix
        and, if testNamePatterns is set, whose full name matches one of the patterns)."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attr):
            if not attr.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attr)
            return any(fnmatch.fnmatchcase(full, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in module (or what its load_tests returns)."""
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, testcase.TestCase)
                    and obj not in (testcase.TestCase, testcase.FunctionTestCase)):
                found.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(found)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            failing, message = _load_tests_failure(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return failing

    # -- names ------------------------------------------------------------------------------

    def loadTestsFromName(self, name, module=None):
        """Tests for a dotted name: a module, a TestCase class, a test method, a suite, or a
        callable returning a test; relative to module if given."""
        parts = name.split('.')
        failing = message = None
        if module is None:
            importable = parts[:]
            while importable:
                try:
                    module = __import__('.'.join(importable))
                    break
                except ImportError:
                    last = importable.pop()
                    failing, message = _import_failure(last, self.suiteClass)
                    if not importable:
                        self.errors.append(message)
                        return failing
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and failing is not None:
                    # In a package a missing attribute may be a module that failed to import.
                    self.errors.append(message)
                    return failing
                failing, message = _failing_test(
                    part, e, self.suiteClass, 'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(message)
                return failing
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, testcase.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, testcase.TestCase)):
            method_name = parts[-1]
            instance = parent(method_name)
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suites.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        test = obj()
        if isinstance(test, suites.TestSuite):
            return test
        if isinstance(test, testcase.TestCase):
            return self.suiteClass([test])
        raise TypeError("calling %s returned %s, not a test" % (obj, test))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    # -- discovery --------------------------------------------------------------------------

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Load the tests of every module under start_dir whose file name matches pattern,
        descending into packages; modules are imported relative to top_level_dir (default:
        start_dir), which is put first on sys.path."""
        if top_level_dir is None:
            top_level_dir = self._top_dir if self._top_dir is not None else start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        previous_top = self._top_dir
        self._top_dir = top_level_dir
        try:
            start = os.path.abspath(start_dir)
            if not os.path.isdir(start):
                # A dotted module or package name.
                __import__(start_dir)
                package = sys.modules[start_dir]
                paths = getattr(package, '__path__', None)
                if not paths:
                    raise TypeError('don\'t know how to discover from {!r}'.format(package))
                start = os.path.abspath(list(paths)[0])
            elif start != top_level_dir and not os.path.isfile(os.path.join(start, '__init__.py')):
                raise ImportError('Start directory is not importable: %r' % start_dir)
            tests = list(self._discover_in(start, pattern))
        finally:
            self._top_dir = previous_top
        return self.suiteClass(tests)

    def _dotted_name(self, path):
        rel = os.path.relpath(os.path.splitext(os.path.normpath(path))[0], self._top_dir)
        if os.path.isabs(rel) or rel.startswith('..'):
            raise ImportError('%r is not under the top level directory' % path)
        return rel.replace(os.path.sep, '.')

    def _import(self, path):
        name = self._dotted_name(path)
        try:
            __import__(name)
        except SkipTest as e:
            return None, self._skipped_module(name, str(e))
        except Exception:
            failing, message = _import_failure(name, self.suiteClass)
            self.errors.append(message)
            return None, failing
        return sys.modules[name], None

    def _skipped_module(self, name, reason):
        @skip(reason)
        def skipped(self):
            pass
        cls = type('ModuleSkipped', (testcase.TestCase,), {name: skipped})
        cls.__module__ = __name__
        return self.suiteClass((cls(name),))

    def _discover_in(self, directory, pattern):
        """Tests under directory. A package with a load_tests function decides what its tests
        are (it gets the package's own tests and the pattern, and may call discover() on its
        directory again: that inner call walks the files without calling load_tests again)."""
        package_init = os.path.join(directory, '__init__.py')
        if directory != self._top_dir and os.path.isfile(package_init):
            package, problem = self._import(directory)
            if problem is not None:
                yield problem
                return
            if directory not in self._packages_in_progress:
                if getattr(package, 'load_tests', None) is not None:
                    self._packages_in_progress.add(directory)
                    try:
                        yield self.loadTestsFromModule(package, pattern=pattern)
                    finally:
                        self._packages_in_progress.discard(directory)
                    return
                yield self.loadTestsFromModule(package, pattern=pattern)
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isfile(path):
                if not fnmatch.fnmatch(entry, '*.py') or not entry[:-3].isidentifier():
                    continue
                if not fnmatch.fnmatch(entry, pattern):
                    continue
                module, problem = self._import(path)
                if problem is not None:
                    yield problem
                else:
                    yield self.loadTestsFromModule(module, pattern=pattern)
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, '__init__.py')):
                yield from self._discover_in(path, pattern)


defaultTestLoader = TestLoader()
