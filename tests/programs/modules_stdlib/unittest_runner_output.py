# unittest's TextTestRunner at verbosity 2, 1 and 0: ok/FAIL/ERROR/skipped/expected failure/
# unexpected success, subtests, the ==== / ---- report and the summary line.
import io, os, re, unittest

def run(case, verbosity):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(case)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = stream.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
    print(re.sub(r"in \d+\.\d\d\ds\n", "in TIME\n", text), end="")
    return result

class Sample(unittest.TestCase):
    def test_passes(self):
        """Adds two numbers."""
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_errors(self):
        raise ValueError("something broke")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        pass

    def test_subtests(self):
        for n in range(5):
            with self.subTest(n=n):
                self.assertEqual(n % 3, 0)

    def test_skip_inside(self):
        self.skipTest("decided at run time")

for verbosity in (2, 1, 0):
    print("--- verbosity", verbosity)
    result = run(Sample, verbosity)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())

class AllGood(unittest.TestCase):
    def test_a(self):
        pass
    @unittest.skipIf(True, "condition held")
    def test_b(self):
        pass
    @unittest.skipUnless(True, "never shown")
    def test_c(self):
        pass

print("--- all good")
result = run(AllGood, 1)
print(result.wasSuccessful(), result.skipped[0][1])

class Empty(unittest.TestCase):
    pass

print("--- empty")
run(Empty, 1)
