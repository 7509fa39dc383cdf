"""unittest.suite: the suite classes under the module path CPython's code imports them from."""
from unittest.suites import BaseTestSuite, TestSuite
