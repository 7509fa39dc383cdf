# Literal, value and or-patterns of the match statement.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Consts:
    LIMIT = 10
    NAME = "consts"


def classify(x):
    match x:
        case 0:
            return "int zero"
        case -3:
            return "minus three"
        case 1.5:
            return "one and a half"
        case -2 - 3j:
            return "complex"
        case 4j:
            return "imaginary"
        case "text" | b"bytes":
            return "text or bytes"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case Consts.LIMIT | Consts.NAME:
            return "a constant"
        case 1 | 2 | 3:
            return "small"
    return "no match"


values = [0, 0.0, -3, 1.5, -2 - 3j, 4j, "text", b"bytes", "concat", None, True, False,
          1, 1.0, Color.RED, Color.GREEN, 10, "consts", 3, 7, "x", [], 1 == 1]
for v in values:
    print(repr(v), "->", classify(v))

# True matches True only by identity; 1 == True compares equal but is not True
match 1:
    case True:
        print("1 is True?")
    case _:
        print("1 is not True")

# a value pattern compares subject == value, so __eq__ of the subject runs
class Loose:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 42

    __hash__ = None

match Loose():
    case 41:
        print("41")
    case 42:
        print("42")

match "abc":
    case "a" | "ab" | "abc" as s:
        print("captured", s)
