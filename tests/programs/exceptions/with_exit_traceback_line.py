# An exception raised by __exit__ when a with-block ends normally: the traceback points at the
# with statement's context expression (not the last line of the body).
import os, traceback

class Failing:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        if self.name == "boom":
            raise KeyError(self.name)
        return False

def frames(func):
    try:
        func()
    except KeyError as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(os.path.abspath(__file__), "FILE"), end="")

def single():
    with Failing("boom"):
        x = 1
        y = x + 1

def two_items():
    with Failing("fine") as a, Failing("boom") as b:
        pass

def nested_body():
    with Failing("boom"):
        for i in range(2):
            pass

frames(single)
frames(two_items)
frames(nested_body)
