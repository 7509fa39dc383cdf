# Failures of with-block asserts (assertRaises, assertRaisesRegex, assertWarns) in the runner's report:
# the traceback points at the with statement.
import io, os, re, unittest

class Blocks(unittest.TestCase):
    def test_raises_missing(self):
        with self.assertRaises(KeyError):
            value = {"a": 1}["a"]
            value += 1

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "^expected"):
            int("nope")

    def test_warns_missing(self):
        with self.assertWarns(DeprecationWarning, msg="no warning came"):
            total = sum([1, 2])

    def test_unexpected_exception(self):
        with self.assertRaises(KeyError):
            [][1]

    def test_nested_context(self):
        with self.subTest(case="inner"):
            with self.assertRaises(ZeroDivisionError):
                pass

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Blocks)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = stream.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
print(re.sub(r"in \d+\.\d\d\ds\n", "in TIME\n", text), end="")
print(len(result.failures), len(result.errors))
