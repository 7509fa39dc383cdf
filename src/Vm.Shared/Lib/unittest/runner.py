"""unittest.runner: the text runner under the module path CPython's code imports it from."""
from unittest.textrunner import TextTestRunner, TextTestResult
