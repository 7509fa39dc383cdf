# The failure message of every simple unittest assert method (longMessage on and off).
import unittest

class Checks(unittest.TestCase):
    def runTest(self):
        pass

t = Checks()

def show(label, method, *args, **kwargs):
    try:
        method(*args, **kwargs)
        print(label, "-> passed")
    except AssertionError as e:
        print(label, "->", e)
    except TypeError as e:
        print(label, "-> TypeError:", e)

show("assertTrue", t.assertTrue, 0)
show("assertFalse", t.assertFalse, [1])
show("assertIs", t.assertIs, 1, None)
show("assertIsNot", t.assertIsNot, None, None)
show("assertIsNone", t.assertIsNone, 5)
show("assertIsNotNone", t.assertIsNotNone, None)
show("assertIn", t.assertIn, 3, [1, 2])
show("assertNotIn", t.assertNotIn, 1, (1, 2))
show("assertIsInstance", t.assertIsInstance, 1, str)
show("assertNotIsInstance", t.assertNotIsInstance, True, int)
show("assertGreater", t.assertGreater, 1, 2)
show("assertGreaterEqual", t.assertGreaterEqual, 1, 2)
show("assertLess", t.assertLess, "b", "a")
show("assertLessEqual", t.assertLessEqual, 2.5, 1)
show("assertEqual", t.assertEqual, 1, 2)
show("assertEqual types", t.assertEqual, 1, "1")
show("assertNotEqual", t.assertNotEqual, "x", "x")
show("assertAlmostEqual", t.assertAlmostEqual, 1.0, 1.1)
show("assertAlmostEqual places", t.assertAlmostEqual, 1.0, 1.01, places=3)
show("assertAlmostEqual delta", t.assertAlmostEqual, 10, 12, delta=1)
show("assertAlmostEqual close", t.assertAlmostEqual, 1.0, 1.00000001)
show("assertAlmostEqual both", t.assertAlmostEqual, 1.0, 2.0, places=1, delta=1)
show("assertNotAlmostEqual", t.assertNotAlmostEqual, 1.0, 1.00000001)
show("assertNotAlmostEqual delta", t.assertNotAlmostEqual, 1.0, 1.1, delta=0.5)
show("assertRegex", t.assertRegex, "hello world", r"\d+")
show("assertRegex ok", t.assertRegex, "abc 42", r"\d+")
show("assertNotRegex", t.assertNotRegex, "abc123def", r"\d+")
show("fail", t.fail, "custom reason")
show("fail bare", t.fail)
show("long repr", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
show("long mixed", t.assertEqual, "abc" * 40, "abd" * 40)
show("with msg", t.assertEqual, 1, 2, "extra words")
show("with msg true", t.assertTrue, None, msg="was None")
t.longMessage = False
show("short msg", t.assertEqual, 1, 2, "only this")
show("short no msg", t.assertIn, "a", "xyz")
t.longMessage = True

class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "Point(%d)" % self.x

def points_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or "points differ in x: %d vs %d" % (a.x, b.x))

t.addTypeEqualityFunc(Point, points_equal)
show("type equality func", t.assertEqual, Point(1), Point(2))
show("type equality func ok", t.assertEqual, Point(3), Point(3))

class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")
try:
    t.assertIsNone(BadRepr())
except AssertionError as e:
    print("bad repr ->", str(e).startswith("<__main__.BadRepr object at 0x"), str(e).endswith("is not None"))
print(t.failureException.__name__, t.longMessage, t.maxDiff)
