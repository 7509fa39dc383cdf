"""unittest.case: the test case classes and skip decorators under the module path CPython's code imports them from."""
from unittest.testcase import TestCase, FunctionTestCase, addModuleCleanup, doModuleCleanups, enterModuleContext
from unittest.skipping import SkipTest, skip, skipIf, skipUnless, expectedFailure
