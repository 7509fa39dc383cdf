"""Interface to the expat non-validating XML parser (see pyexpat)."""
import sys

from pyexpat import *

sys.modules['xml.parsers.expat.model'] = model
sys.modules['xml.parsers.expat.errors'] = errors
