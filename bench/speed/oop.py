# workload: family=speed quick=1
# Method-call-heavy OOP: __slots__ classes, properties with setters, inheritance, super().
from _speed import run


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative")
        self._balance = value
        self.history += 1

    def deposit(self, amount):
        self.balance = self.balance + amount

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance = self.balance - amount
            return True
        return False


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate // 100)


def kernel():
    accounts = [Savings("o%d" % i, 100 + i, 1 + i % 5) for i in range(50)]
    total = 0
    for step in range(40):
        for a in accounts:
            a.deposit(step)
            if not a.withdraw(3 * step):
                a.add_interest()
            total += a.balance
    v = Vec(1, 2)
    acc = 0
    for i in range(2000):
        w = v.scaled(i % 7)
        acc += v.dot(w)
    return total, acc, sum(a.history for a in accounts)



if __name__ == "__main__":
    run(kernel, 100, expect=(100832, 29975, 4000))
