# unittest's type-specific equality: list/tuple/sequence/set/dict/multi-line str diffs, counts, maxDiff.
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
    print("~" * 20)

show("lists", t.assertEqual, [1, 2, 3], [1, 2, 4])
show("list longer", t.assertListEqual, [1, 2, 3], [1, 2])
show("list shorter", t.assertEqual, ["a"], ["a", "b", "c"])
show("not a list", t.assertListEqual, (1,), [1])
show("tuples", t.assertEqual, (1, (2, 3)), (1, (2, 4)))
show("sequence types differ", t.assertSequenceEqual, [1, 2], (1, 2))
show("sequence", t.assertSequenceEqual, "abc", "abd")
show("nested long", t.assertEqual, [{"name": "x" * 30, "n": i} for i in range(3)],
     [{"name": "x" * 30, "n": i} for i in (0, 1, 5)])
show("sets", t.assertEqual, {1, 2, 3}, {3, 4})
show("frozenset", t.assertSetEqual, frozenset([1]), frozenset())
show("set vs int", t.assertSetEqual, {1}, 5)
show("dicts", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
show("dict extra", t.assertDictEqual, {"x": 1}, {"x": 1, "y": [1, 2]})
show("dict bad", t.assertDictEqual, [], {})
show("strings", t.assertEqual, "one\ntwo\nthree\n", "one\nTWO\nthree\n")
show("string newline", t.assertMultiLineEqual, "a\nb\n", "a\nb")
show("string empty", t.assertEqual, "", "text")
show("one line strings", t.assertEqual, "spam", "spam!")
show("not str", t.assertMultiLineEqual, 1, "a")
show("count equal", t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
show("count unhashable", t.assertCountEqual, [[1], [2], [2]], [[2], [1], [3]])
show("count ok", t.assertCountEqual, "abca", "aacb")
t.maxDiff = 60
show("diff too long", t.assertEqual, list(range(20)), list(range(1, 21)))
t.maxDiff = None
show("no diff limit", t.assertEqual, list(range(12)), list(range(1, 13)))
show("with msg", t.assertEqual, [1], [2], "lists of one")
