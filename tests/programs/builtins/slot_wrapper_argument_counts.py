# Calling a builtin type's dunder methods directly with the wrong number of arguments (or with
# keywords) raises CPython's TypeError; the method does not run with arguments missing.

def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "TypeError:", e)


for o in ([0, 1], (0, 1), {1: 2}, {1}, frozenset([1]), "ab", b"ab", range(3)):
    attempt(type(o).__name__ + ".__contains__()", lambda: o.__contains__())
    attempt(type(o).__name__ + ".__contains__(1)", lambda: o.__contains__(1))
    attempt(type(o).__name__ + ".__len__(1)", lambda: o.__len__(1))
    attempt(type(o).__name__ + ".__iter__(1, 2)", lambda: o.__iter__(1, 2))
    if hasattr(o, "__getitem__"):
        attempt(type(o).__name__ + ".__getitem__()", lambda: o.__getitem__())

attempt("[].__len__(x=1)", lambda: [].__len__(x=1))
attempt("(1).__neg__(k=2)", lambda: (1).__neg__(k=2))
attempt("(1).__add__()", lambda: (1).__add__())
attempt("(1).__add__(1, 2)", lambda: (1).__add__(1, 2))
attempt("(1).__add__(2)", lambda: (1).__add__(2))
attempt("'a'.__eq__()", lambda: 'a'.__eq__())
attempt("object().__setattr__('a')", lambda: object().__setattr__('a'))
attempt("list.__setitem__([1], 0)", lambda: list.__setitem__([1], 0))
attempt("list.__setitem__([1], 0, 5)", lambda: list.__setitem__([1], 0, 5))
attempt("[].__iadd__()", lambda: [].__iadd__())
attempt("str.__len__('ab', 1)", lambda: str.__len__('ab', 1))
attempt("str.__len__('ab')", lambda: str.__len__('ab'))
attempt("(2).__pow__(3, 5)", lambda: (2).__pow__(3, 5))
attempt("(1.5).__hash__(0)", lambda: (1.5).__hash__(0))
attempt("[1].__repr__(0)", lambda: [1].__repr__(0))
attempt("iter([1]).__next__(0)", lambda: iter([1]).__next__(0))
attempt("{}.__delitem__()", lambda: {}.__delitem__())
