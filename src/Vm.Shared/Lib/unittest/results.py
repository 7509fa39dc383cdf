"""TestResult: what a test run collected.

failures/errors/expectedFailures hold (test, formatted traceback) pairs, skipped holds
(test, reason) pairs and unexpectedSuccesses the tests. With buffer set, a test's stdout and
stderr go to in-memory buffers that are echoed (after the traceback) only if the test failed.
"""

import io
import sys
import traceback

__unittest = True

STDOUT_NOTE = '\nStdout:\n%s'
STDERR_NOTE = '\nStderr:\n%s'


def _captured_notes():
    """What a buffered test wrote to stdout and stderr, as the notes added to its report
    ('' for a stream it did not write to)."""
    notes = []
    for buffer, template in ((sys.stdout, STDOUT_NOTE), (sys.stderr, STDERR_NOTE)):
        text = buffer.getvalue()
        if text and not text.endswith('\n'):
            text += '\n'
        notes.append(template % text if text else '')
    return notes


def stops_under_failfast(method):
    def wrapper(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _entries(tb):
    found = []
    while tb is not None:
        found.append(tb)
        tb = tb.tb_next
    return found


def _trim_stack(summary, tb, drop_assert_frames):
    """Drop from a formatted stack the unittest machinery's frames: the ones the test was called
    through (at the start) and, for a failure, the assert method's own (from the first unittest
    frame after the test's)."""
    entries = _entries(tb)
    if len(entries) != len(summary):
        return
    start = 0
    while start < len(entries) and _is_unittest_frame(entries[start]):
        start += 1
    stop = len(entries)
    if drop_assert_frames:
        stop = start
        while stop < len(entries) and not _is_unittest_frame(entries[stop]):
            stop += 1
        if stop == start:
            stop = len(entries)
    del summary[stop:]
    del summary[:start]


class TestResult:
    """Collects the outcome of each test; the runner reads it afterwards."""

    _previous_class = None
    _run_entered = False
    _module_setup_failed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._out_buffer = None
        self._err_buffer = None
        self._real_stdout = sys.stdout
        self._real_stderr = sys.stderr
        self._echo_output = False

    def printErrors(self):
        """Called by the runner after the tests ran."""

    def startTest(self, test):
        self.testsRun += 1
        self._echo_output = False
        self._capture_output()

    def _capture_output(self):
        if self.buffer:
            if self._err_buffer is None:
                self._err_buffer = io.StringIO()
                self._out_buffer = io.StringIO()
            sys.stdout = self._out_buffer
            sys.stderr = self._err_buffer

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTest(self, test):
        self._release_output()
        self._echo_output = False

    def _release_output(self):
        if not self.buffer:
            return
        if self._echo_output:
            out_note, err_note = _captured_notes()
            if out_note:
                self._real_stdout.write(out_note)
            if err_note:
                self._real_stderr.write(err_note)
        sys.stdout = self._real_stdout
        sys.stderr = self._real_stderr
        for buf in (self._out_buffer, self._err_buffer):
            if buf is not None:
                buf.seek(0)
                buf.truncate()

    def stopTestRun(self):
        """Called once after all tests ran."""

    @stops_under_failfast
    def addError(self, test, err):
        self.errors.append((test, self._format_problem(err, test)))
        self._echo_output = True

    @stops_under_failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._format_problem(err, test)))
        self._echo_output = True

    def addSubTest(self, test, subtest, err):
        """A subtest finished; err is None if it succeeded."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._format_problem(err, test)))
        self._echo_output = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._format_problem(err, test)))

    @stops_under_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Record how long a test took (with its fixtures and cleanups), in seconds."""
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """True unless a test failed, errored or unexpectedly succeeded."""
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _format_problem(self, err, test):
        """The traceback text of err as the report shows it, without unittest's own frames."""
        exc_type, value, tb = err
        report = traceback.TracebackException(exc_type, value, tb, capture_locals=self.tb_locals, compact=True)
        failure_type = getattr(test, 'failureException', None)
        pending = [(report, exc_type, value, tb)]
        seen = {id(value)}
        while pending:
            part, part_type, part_value, part_tb = pending.pop()
            if part is None:
                continue
            _trim_stack(part.stack, part_tb, part_type is failure_type)
            if part_value is None:
                continue
            for linked, linked_report in ((part_value.__cause__, part.__cause__),
                                          (part_value.__context__, part.__context__)):
                if linked is not None and id(linked) not in seen:
                    seen.add(id(linked))
                    pending.append((linked_report, type(linked), linked, linked.__traceback__))
        lines = list(report.format())
        if self.buffer:
            lines.extend(note for note in _captured_notes() if note)
        return ''.join(lines)

    def __repr__(self):
        from unittest.formatting import class_name
        return "<%s run=%i errors=%i failures=%i>" % (
            class_name(self.__class__), self.testsRun, len(self.errors), len(self.failures))
