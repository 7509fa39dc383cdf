"""`python -m unittest [options] [tests]`: run tests named on the command line, or discover them."""

import os
import sys

if sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen"):
    sys.argv[0] = os.path.basename(sys.executable or "python") + " -m unittest"

from unittest.program import main

main(module=None)
