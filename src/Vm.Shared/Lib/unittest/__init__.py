"""unittest: the standard unit testing framework (TestCase, suites, loaders, runners, main).

The package is split by what each file holds: testcase (TestCase and fixtures), assertions (the
assert* methods), expectations and logcapture (assertRaises/assertWarns/assertLogs blocks),
skipping (skip decorators), suites, loading, results, textrunner, program (main) and interrupts
(Control-C handling); mock is unittest.mock.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext']

__unittest = True

from unittest.results import TestResult
from unittest.skipping import SkipTest, skip, skipIf, skipUnless, expectedFailure
from unittest.testcase import (TestCase, FunctionTestCase, addModuleCleanup, doModuleCleanups,
                               enterModuleContext)
from unittest.suites import BaseTestSuite, TestSuite
from unittest.loading import TestLoader, defaultTestLoader
from unittest.program import TestProgram, main
from unittest.textrunner import TextTestRunner, TextTestResult
from unittest.interrupts import installHandler, registerResult, removeResult, removeHandler
