# Docstrings on modules, functions, classes, methods; inspect.cleandoc style
"""Module docstring for docstrings.py."""
print(__doc__)
def f():
    """One line."""
print(f.__doc__)
def g():
    """
    Multi-line docstring.

        Indented line.
    Last line.
    """
print(repr(g.__doc__))
class C:
    """Class doc."""
    def m(self):
        'single quoted doc'
    x = 1
print(C.__doc__, C.m.__doc__, C().__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)
def not_doc():
    a = 1
    """after statement"""
print(not_doc.__doc__)
def fdoc():
    f"""f-string is not a docstring"""
print(fdoc.__doc__)
def bytes_doc():
    b"""bytes are not docstrings"""
print(bytes_doc.__doc__)
def concat():
    "con" "cat"
print(concat.__doc__)
print(repr(g.__doc__.strip().splitlines()[0]))
f.__doc__ = "changed"
print(f.__doc__)
print(len.__doc__.splitlines()[0])
lam = lambda: None
print(lam.__doc__)
class Prop:
    @property
    def p(self):
        "property doc"
        return 1
print(Prop.p.__doc__)
