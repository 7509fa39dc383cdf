# workload: family=cpu quick=0
# Attribute reads through a user data descriptor (__get__/__set__) and a property.
from _harness import run


class Doubled:
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.slot) * 2

    def __set__(self, obj, value):
        setattr(obj, self.slot, value)


class Reading:
    level = Doubled()

    def __init__(self):
        self.level = 3
        self._offset = 1

    @property
    def offset(self):
        return self._offset


def work(n):
    r = Reading()
    acc = 0
    for _ in range(n):
        acc += r.level + r.offset
    return acc


if __name__ == "__main__":
    run(work, 30_000, expect=lambda n: 7 * n)
