# unittest.TestLoader: test method names, prefix, ordering, name patterns, loading by name,
# FunctionTestCase and suites.
import sys, unittest

class Alpha(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def check_c(self): pass
    def helper(self): pass
    test_not_callable = 5

class Beta(unittest.TestCase):
    def runTest(self): pass

class Gamma(Alpha):
    def test_z(self): pass

def names(suite):
    out = []
    for test in suite:
        out.extend(names(test) if isinstance(test, unittest.TestSuite) else [test.id()])
    return out

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(Gamma))
print(names(loader.loadTestsFromTestCase(Beta)), names(loader.loadTestsFromTestCase(unittest.TestCase)))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Gamma))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Gamma))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_a", "*Gamma*"]
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(Gamma))
loader = unittest.TestLoader()
module = sys.modules[__name__]
print(names(loader.loadTestsFromModule(module)))
print(names(loader.loadTestsFromName("Alpha.test_a", module)))
print(names(loader.loadTestsFromName("Gamma", module)))
print(names(loader.loadTestsFromNames(["Beta", "Alpha.test_b"], module)))
suite = loader.loadTestsFromName("Alpha", module)
print(suite.countTestCases(), type(suite).__name__, loader.errors)
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)

def check_numbers():
    """Numbers add up."""
    assert 1 + 1 == 2
ftc = unittest.FunctionTestCase(check_numbers)
print(ftc.id(), ftc.shortDescription(), ftc.countTestCases())
print(unittest.FunctionTestCase(check_numbers, description="custom").shortDescription())
result = unittest.TestResult()
ftc.run(result)
print(result.testsRun, result.wasSuccessful())
suite = unittest.TestSuite()
suite.addTest(Alpha("test_a"))
suite.addTests([Alpha("test_b"), unittest.TestSuite([Beta()])])
print(suite.countTestCases(), names(suite))
print(suite == unittest.TestSuite([Alpha("test_a"), Alpha("test_b"), unittest.TestSuite([Beta()])]))
for bad in (Alpha, 5, "text"):
    try:
        suite.addTest(bad) if bad != "text" else suite.addTests(bad)
    except TypeError as e:
        print("TypeError:", e)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, list(suite)[:2], suite.countTestCases())
print(unittest.defaultTestLoader.testMethodPrefix, unittest.TestLoader.suiteClass is unittest.TestSuite)
