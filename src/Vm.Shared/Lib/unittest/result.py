"""unittest.result: the result class under the module path CPython's code imports it from."""
from unittest.results import TestResult
