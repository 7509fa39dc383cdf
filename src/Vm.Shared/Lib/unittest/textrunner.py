"""TextTestRunner and TextTestResult: run tests and report on a stream, as `python -m unittest` does.

Verbosity 0 prints only the summary, 1 a character per test (. F E s x u), 2 a line per test
("test_name (module.Class.test_name) ... ok").
"""

import sys
import time
import warnings

from unittest.results import TestResult
from unittest.interrupts import registerResult

__unittest = True


class LineStream:
    """Wraps a stream and adds writeln(); everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, text=None):
        if text:
            self.write(text)
        self.write('\n')


class TextTestResult(TestResult):
    """A TestResult that reports each test on a stream as it finishes, then the problems."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._at_line_start = True
        self.durations = durations

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            return '\n'.join((str(test), first_doc_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._at_line_start = False

    def _status(self, test, word):
        from unittest.testcase import SubTest
        is_subtest = isinstance(test, SubTest)
        if is_subtest or self._at_line_start:
            if not self._at_line_start:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(word)
        self.stream.flush()
        self._at_line_start = True

    def _report(self, test, word, char):
        """A finished test: its status word on its line (verbosity 2) or one character (1)."""
        if self.showAll:
            self._status(test, word)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def _report_plain(self, word, char):
        """Expected failures and unexpected successes end the test's line without repeating it."""
        if self.showAll:
            self.stream.writeln(word)
            self.stream.flush()
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._report(subtest, "FAIL", 'F')
            else:
                self._report(subtest, "ERROR", 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, "skipped {0!r}".format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report_plain("expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report_plain("unexpected success", 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % text)
            self.stream.flush()


class TextTestRunner:
    """Runs a test (usually a suite) with a TextTestResult and prints the summary."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False, durations=None):
        if stream is None:
            stream = sys.stderr
        self.stream = LineStream(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        try:
            return self.resultclass(self.stream, self.descriptions, self.verbosity, durations=self.durations)
        except TypeError:
            # A result class written before durations existed.
            return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _print_durations(self, result):
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda pair: pair[1], reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        self.stream.writeln("Slowest test durations")
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        hid_some = False
        for name, elapsed in slowest:
            if self.verbosity < 2 and elapsed < 0.001:
                hid_some = True
                continue
            self.stream.writeln("%-10s %s" % ("%.3fs" % elapsed, name))
        if hid_some:
            self.stream.writeln("\n(durations < 0.001s were hidden; use -v to show these durations)")
        else:
            self.stream.writeln("")

    def run(self, test):
        """Run test and print the report; returns the result."""
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            begin = getattr(result, 'startTestRun', None)
            if begin is not None:
                begin()
            try:
                test(result)
            finally:
                finish = getattr(result, 'stopTestRun', None)
                if finish is not None:
                    finish()
            elapsed = time.perf_counter() - started
        result.printErrors()
        if self.durations is not None:
            self._print_durations(result)
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        count = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (count, "s" if count != 1 else "", elapsed))
        self.stream.writeln()
        self._write_totals(result, count)
        self.stream.flush()
        return result

    def _write_totals(self, result, count):
        expected = unexpected = skipped = 0
        try:
            expected = len(result.expectedFailures)
            unexpected = len(result.unexpectedSuccesses)
            skipped = len(result.skipped)
        except AttributeError:
            pass
        notes = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                notes.append("failures=%d" % len(result.failures))
            if result.errors:
                notes.append("errors=%d" % len(result.errors))
        elif count == 0 and not skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if skipped:
            notes.append("skipped=%d" % skipped)
        if expected:
            notes.append("expected failures=%d" % expected)
        if unexpected:
            notes.append("unexpected successes=%d" % unexpected)
        if notes:
            self.stream.writeln(" (%s)" % (", ".join(notes),))
        else:
            self.stream.write("\n")
