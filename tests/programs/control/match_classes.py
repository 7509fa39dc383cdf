# Class patterns: isinstance, __match_args__, keyword sub-patterns, self-matching builtins, errors.
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclasses.dataclass
class Circle:
    center: Point
    radius: float


Pair = collections.namedtuple("Pair", "left right")


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Circle(Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), radius=r):
            return f"circle r={r}"
        case Pair(l, r) if l == r:
            return f"equal pair {l}"
        case Pair(left=[*items]):
            return f"pair with list {items}"
        case Pair():
            return "some pair"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) | bytes(s):
            return f"string-like {s!r}"
        case list([a, b]) | tuple((a, b)):
            return f"two items {a} {b}"
        case dict({"a": a}):
            return f"dict with a={a}"
        case bool():
            return "unreachable bool"
        case object(__class__=cls):
            return f"object of {cls.__name__}"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 11), Circle(Point(0, 0), 1),
          Pair(1, 1), Pair([1, 2], 3), Pair(1, 2), 7, 2.5, True, "hi", b"yo", [1, 2], (3, 4), [1, 2, 3],
          {"a": 1}, None]:
    print(where(s))


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class NotStrings:
    __match_args__ = (1,)


class TwoArgs:
    __match_args__ = ("a", "b")
    a = b = 0


def attempt(subject, case):
    try:
        match subject:
            case NoArgs(_) if case == 1:
                pass
            case BadArgs(_) if case == 2:
                pass
            case NotStrings(_) if case == 3:
                pass
            case TwoArgs(_, _, _) if case == 4:
                pass
            case TwoArgs(_, a=_) if case == 5:
                pass
            case int(_, _) if case == 6:
                pass
            case len() if case == 7:
                pass
        print(case, "no error")
    except TypeError as e:
        print(case, "TypeError:", e)


for case, subject in enumerate([NoArgs(), BadArgs(), NotStrings(), TwoArgs(), TwoArgs(), 5, 5], 1):
    attempt(subject, case)

# a missing attribute is simply no match; a raising property is an error
class Prop:
    @property
    def p(self):
        raise ValueError("boom")

    @property
    def q(self):
        raise AttributeError("hidden")


match Prop():
    case Prop(missing=1) | Prop(q=1):
        print("matched?")
    case Prop():
        print("no such attribute: no match")
try:
    match Prop():
        case Prop(p=1):
            pass
except ValueError as e:
    print("ValueError:", e)
