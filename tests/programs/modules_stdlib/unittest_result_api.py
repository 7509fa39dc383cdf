# unittest TestCase/TestResult API: ids and descriptions, run() with and without a result, debug(),
# doCleanups, failfast and stop(), result hooks, buffered output, expected failures in subtests.
import io, sys, unittest

events = []

class Case(unittest.TestCase):
    def test_ok(self):
        """First line of the doc.

        More text."""
    def test_fail(self):
        self.fail("nope")
    def test_error(self):
        {}["missing"]
    def test_output(self):
        print("to stdout")
        self.fail("with output")
    @unittest.expectedFailure
    def test_sub_expected(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
        events.append("not reached")

t = Case("test_ok")
print(t.id(), "|", t, "|", repr(t), "|", t.shortDescription())
print(Case("test_fail").shortDescription(), t.countTestCases(), t == Case("test_ok"), t != Case("test_fail"))
print(len({t, Case("test_ok"), Case("test_fail")}))
try:
    Case("test_missing")
except ValueError as e:
    print("ValueError:", str(e).replace("__main__.", ""))
result = t.run()
print(type(result).__name__, result.testsRun, result.wasSuccessful(), repr(result).split(" ", 1)[1])

class Recorder(unittest.TestResult):
    def startTestRun(self): events.append("startTestRun")
    def stopTestRun(self): events.append("stopTestRun")
    def startTest(self, test):
        events.append("start " + test._testMethodName)
        super().startTest(test)
    def addSuccess(self, test): events.append("success")
    def addFailure(self, test, err): events.append("failure " + str(err[1]))
    def addError(self, test, err): events.append("error " + err[0].__name__)
    def addExpectedFailure(self, test, err): events.append("expected " + str(err[1]))

suite = unittest.TestLoader().loadTestsFromTestCase(Case)
runner = unittest.TextTestRunner(stream=io.StringIO(), resultclass=Recorder)
runner.run(suite)
print(events)

result = unittest.TestResult()
result.failfast = True
unittest.TestLoader().loadTestsFromTestCase(Case).run(result)
print(result.testsRun, result.shouldStop, [str(t) for t, _ in result.errors])
result = unittest.TestResult()
result.buffer = True
Case("test_output").run(result)
print(result.failures[0][1].splitlines()[-3:])
try:
    Case("test_error").debug()
except KeyError as e:
    print("debug raised KeyError", e)

class Cleanups(unittest.TestCase):
    def runTest(self):
        pass
c = Cleanups()
c.addCleanup(events.append, "cleanup ran")
c.addCleanup(lambda: 1 / 0)
print(c.doCleanups(), events[-1])
print(unittest.TestResult().wasSuccessful(), issubclass(unittest.SkipTest, Exception))
