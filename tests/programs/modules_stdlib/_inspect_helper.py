"""Helper module for the inspect corpus programs."""
# A comment above the function
# on two lines.
def helper_function(a, b=2):
    """Helper doc."""
    return a + b


class HelperClass:
    """Helper class."""

    def method(self, x):
        return x * 2

    class Nested:
        def deep(self):
            pass


@staticmethod
def decorated(x,
              y=(1,
                 2)):
    # body comment
    s = """triple
quoted: not the end
"""
    return s


one_liner = lambda v: v + 1  # trailing


def compact(): return 42


async def acoro():
    await something()

if True:
    def indented_def(q):
        return q

    # after
x = 1
