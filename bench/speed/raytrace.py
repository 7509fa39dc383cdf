# workload: family=speed quick=1
# A small ray tracer: vector objects with operator overloads, spheres, a plane, diffuse light.
import math
from _speed import run


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        length = math.sqrt(self.dot(self))
        return V(self.x / length, self.y / length, self.z / length)


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre, self.radius, self.shade = centre, radius, shade

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).norm()


class Plane:
    def __init__(self, y, shade):
        self.y, self.shade = y, shade

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.y - origin.y) / direction.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return V(0.0, 1.0, 0.0)


SCENE = [Sphere(V(0.0, 0.0, 5.0), 1.0, 0.9), Sphere(V(1.5, 0.5, 6.0), 0.7, 0.6),
         Sphere(V(-1.6, -0.3, 4.5), 0.5, 0.8), Plane(-1.0, 0.5)]
LIGHT = V(-1.0, 2.0, -1.0).norm()


def trace(origin, direction, depth):
    nearest, obj = None, None
    for o in SCENE:
        t = o.hit(origin, direction)
        if t is not None and (nearest is None or t < nearest):
            nearest, obj = t, o
    if obj is None:
        return 0.1
    p = origin + direction * nearest
    n = obj.normal(p)
    lit = max(0.0, n.dot(LIGHT))
    for o in SCENE:
        if o is not obj and o.hit(p, LIGHT) is not None:
            lit *= 0.3
            break
    colour = obj.shade * (0.2 + 0.8 * lit)
    if depth < 2:
        r = direction - n * (2 * direction.dot(n))
        colour = 0.8 * colour + 0.2 * trace(p, r, depth + 1)
    return colour


def render(w, h):
    eye = V(0.0, 0.0, 0.0)
    total = 0
    for j in range(h):
        for i in range(w):
            d = V((i - w / 2) / w, (h / 2 - j) / h, 1.0).norm()
            total += int(trace(eye, d, 0) * 255)
    return total


def work():
    return render(40, 30)


if __name__ == "__main__":
    run(work, 12, expect=77484)
