# Single inheritance: overriding, extending, attribute lookup through the chain
class Animal:
    kind = "animal"
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} the {self.kind} says {self.sound}"
    def describe(self):
        return "I am " + self.speak()
class Dog(Animal):
    kind = "dog"
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
for obj in (a, d, p):
    print(obj.speak())
print(p.describe())
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Animal))
print(type(p) is Puppy, type(p) is Dog)
print("speak" in Puppy.__dict__, "speak" in Dog.__dict__, "kind" in Dog.__dict__)
Animal.sound = "changed"
print(a.speak(), d.speak())
d.sound = "instance woof"
print(d.speak(), Dog.sound)
del d.sound
print(d.speak())
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area()})"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3))
try:
    Blob().area()
except NotImplementedError as e:
    print(type(e).__name__ + ":", e)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounter(Counter):
    pass
Counter(); SubCounter(); SubCounter()
print(Counter.count, SubCounter.count)
