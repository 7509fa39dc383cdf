# Bank account simulation with classes, properties, exceptions and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance is {account.balance:.2f}")
        self.shortfall = amount - account.balance
class Account:
    _next_id = 1000
    interest_rate = 0.0
    def __init__(self, owner, opening=0.0):
        self.owner = owner
        self.id = Account._next_id
        Account._next_id += 1
        self._balance = 0.0
        self.log = []
        if opening:
            self.deposit(opening)
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self
    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        if gained:
            self.deposit(gained) if gained > 0 else self.log.append(("fee", gained))
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self.balance:.2f})"
class Savings(Account):
    interest_rate = 0.02
class Checking(Account):
    overdraft = 100.0
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, opening=0.0):
        acct = cls(owner, opening)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)
    total = lambda self: round(sum(a.balance for a in self.accounts.values()), 2)
bank = Bank()
alice = bank.open(Savings, "alice", 500)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Account, "carol")
bank.transfer(alice, bob, 120.5)
bob.withdraw(200)
print(alice, bob, carol)
for attempt in [(carol, alice, 10), (bob, carol, 1)]:
    try:
        bank.transfer(*attempt)
    except InsufficientFunds as e:
        print("failed:", e, "| shortfall:", round(e.shortfall, 2))
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    acct.apply_interest()
print(sorted(bank.accounts.values(), key=lambda a: a.balance), bank.total())
print(alice.log)
print(bob.log)
print(max(bank.accounts.values(), key=lambda a: len(a.log)).owner, [a.id for a in bank.accounts.values()])
