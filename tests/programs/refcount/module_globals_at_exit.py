# At exit, after atexit callbacks, module globals are released and the objects they hold run
# __del__ in dict order, with the module's other globals still readable; sys.argv was cleared
# (set to None) before. (Objects inside containers go later, in an order CPython's collector
# decides: tests/Runtime/ModuleFinalizationTests.cs checks them without the order.)
import atexit
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name, COUNTER, sys.argv)


COUNTER = 3
first = Resource("first global")
_private = Resource("underscore global")
last = Resource("last global")
atexit.register(print, "atexit callback runs first")
print("end of script")
