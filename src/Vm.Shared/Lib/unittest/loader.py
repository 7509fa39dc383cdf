"""unittest.loader: the loader under the module path CPython's code imports it from."""
from unittest.loading import TestLoader, defaultTestLoader
