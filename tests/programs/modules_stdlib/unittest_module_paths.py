# unittest's classes under the submodule paths real code imports them from (unittest.case, .suite, .loader,
# .result, .runner, .signals), and Ctrl-C handling through unittest.signals now that signal exists.
import io
import unittest
from unittest.case import TestCase, SkipTest, skip, skipIf, expectedFailure
from unittest.suite import TestSuite
from unittest.loader import TestLoader, defaultTestLoader
from unittest.result import TestResult
from unittest.runner import TextTestRunner
from unittest.signals import installHandler, removeHandler, registerResult, removeResult

print(TestCase is unittest.TestCase, SkipTest is unittest.SkipTest, TestSuite is unittest.TestSuite)
print(TestLoader is unittest.TestLoader, defaultTestLoader is unittest.defaultTestLoader)
print(TestResult is unittest.TestResult, TextTestRunner is unittest.TextTestRunner, installHandler is unittest.installHandler)


class Sample(TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    @skip('not today')
    def test_skipped(self):
        pass

    @expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)


installHandler()
suite = TestLoader().loadTestsFromTestCase(Sample)
stream = io.StringIO()
result = TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
removeHandler()
import signal
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
