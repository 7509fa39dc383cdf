# Exceptions that pass through try/except* are released when the last reference goes: the
# parts a clause did not handle, the groups split off for each clause, and what a clause raised.
class D(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __del__(self):
        print("del", self.name)


class G(ExceptionGroup):
    def __del__(self):
        print("del group", self.message)


def unhandled():
    try:
        raise G("unhandled", [D("a")])
    except* ValueError:
        print("not reached")


def two_clauses():
    try:
        raise G("two", [D("b"), ValueError(1), TypeError(2)])
    except* ValueError:
        print("clause 1")
    except* TypeError:
        print("clause 2")


def raise_in_clause():
    try:
        raise G("raising", [D("c"), ValueError(3)])
    except* ValueError:
        raise D("raised in clause")


def naked():
    try:
        raise D("naked")
    except* D as eg:
        print("caught naked in", type(eg).__name__, len(eg.exceptions))


def nested():
    try:
        raise G("outer", [G("inner", [D("d"), ValueError(4)]), D("e")])
    except* ValueError:
        print("inner value error")


for fn in (unhandled, two_clauses, raise_in_clause, naked, nested):
    print("--", fn.__name__)
    try:
        fn()
    except BaseException as e:
        print("escaped", type(e).__name__, repr(e.exceptions) if isinstance(e, BaseExceptionGroup) else repr(e))
    print("after", fn.__name__)
print("end")
