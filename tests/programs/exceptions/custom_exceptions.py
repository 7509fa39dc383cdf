# Custom exception classes with __init__, __str__, extra state and hierarchies
class BankError(Exception):
    """Base class for bank errors."""
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"need {self.amount - self.balance} more (balance {self.balance}, requested {self.amount})"
class AccountLocked(BankError):
    def __init__(self, reason="locked"):
        super().__init__(reason)
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.locked = False
    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked()
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance
a = Account(100)
for amt in (30, 80, 70):
    try:
        print("withdrew, left", a.withdraw(amt))
    except InsufficientFunds as e:
        print(type(e).__name__ + ":", e, "| args:", e.args)
a.locked = True
try:
    a.withdraw(1)
except BankError as e:
    print(type(e).__name__ + ":", e, repr(e))
class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")
try:
    raise ValidationError({"name": "required", "age": "must be positive"})
except ValueError as e:
    print(e, e.errors)
class WithDefaultMsg(Exception):
    def __init__(self, msg="default message", *, code=0):
        super().__init__(msg)
        self.code = code
for exc in (WithDefaultMsg(), WithDefaultMsg("custom", code=7)):
    print(str(exc), exc.code, exc.args)
print(BankError.__doc__, InsufficientFunds.__mro__[1].__name__)
class NoStr(Exception):
    def __init__(self, x):
        self.x = x
n = NoStr(5)
print(repr(str(n)), n.args, repr(n))
class Weird(Exception):
    def __str__(self):
        return "weird: " + ",".join(map(str, self.args))
print(Weird(1, 2, 3), [Weird("a")])
