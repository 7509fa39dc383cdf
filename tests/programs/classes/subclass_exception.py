# Subclassing Exception: args, __str__, extra attributes, hierarchies
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(f"{resource} {ident} not found")
        self.resource = resource
        self.ident = ident
class Invalid(AppError):
    def __init__(self, field, reason="bad value"):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
for exc in (AppError("plain"), NotFound("user", 42), Invalid("email"), Invalid("age", "negative")):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise NotFound("file", "x.txt")
except NotFound as e:
    print(e.resource, e.ident, isinstance(e, AppError), isinstance(e, Exception))
class NoInit(Exception):
    pass
e = NoInit(1, 2, 3)
print(e, repr(e), e.args)
print(str(NoInit()), repr(NoInit()), str(NoInit("single")), repr(NoInit("single")))
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
try:
    int("bad")
except ValueError as e:
    print(type(e).__name__, isinstance(e, WithRepr))
class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(attempts)
        self.attempts = attempts
try:
    try:
        raise Retry(3)
    except Retry as r:
        raise AppError("gave up") from r
except AppError as e:
    print(e, "caused by", repr(e.__cause__), e.__cause__.attempts)
class KeyLike(KeyError):
    pass
print(str(KeyLike("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print([c.__name__ for c in NotFound.__mro__])
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
class BadInit(Exception):
    def __init__(self):
        pass
b = BadInit()
print(b.args, repr(b), str(b))
