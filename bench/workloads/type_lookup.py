# workload: family=cpu quick=0
# Lookups on type objects: type(x), a class attribute found through the MRO, isinstance.
from _harness import run


class Animal:
    legs = 4


class Dog(Animal):
    pass


def work(n):
    pet = Dog()
    acc = 0
    for _ in range(n):
        acc += type(pet).legs
        if isinstance(pet, Animal):
            acc += 1
    return acc


if __name__ == "__main__":
    run(work, 100_000, expect=lambda n: 5 * n)
