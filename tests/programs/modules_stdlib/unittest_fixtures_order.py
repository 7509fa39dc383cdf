# Order of unittest fixtures: setUpModule/setUpClass/setUp, tearDown, cleanups (LIFO), class and
# module cleanups, enterContext; failing fixtures and cleanups; class skips; nested subtests.
import io, os, re, sys, unittest

log = []
def run(suite, verbosity=2, **kw):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    text = buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
    print(re.sub(r"in \d+\.\d\d\ds\n", "in TIME\n", text), end="")
    return result

def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "moduleCleanup")
def tearDownModule():
    log.append("tearDownModule")

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        log.append("enter " + self.name); return self.name.upper()
    def __exit__(self, *a):
        log.append("exit " + self.name)

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.addClassCleanup(log.append, "A.classCleanup")
        log.append(cls.enterClassContext(CM("klass")))
    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")
    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(lambda: log.append("cleanup2"))
    def tearDown(self):
        log.append("tearDown " + self._testMethodName)
    def test_one(self):
        log.append("one")
        log.append(self.enterContext(CM("ctx")))
    def test_two(self):
        log.append("two")
        self.fail("two fails")
    def test_three(self):
        self.addCleanup(self.bad_cleanup)
    def bad_cleanup(self):
        raise RuntimeError("cleanup broke")

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("B.setUpClass")
        raise ValueError("class setup broke")
    def test_never(self):
        log.append("never")

@unittest.skip("whole class")
class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("C.setUpClass")
    def test_a(self): pass
    def test_b(self): pass

class D(unittest.TestCase):
    def setUp(self):
        self.skipTest("skipped in setUp")
    def test_x(self): pass

class E(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("teardown class")
    def test_e(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 2)
            with self.subTest(a=5):
                raise TypeError("in subtest")
        with self.subTest():
            self.fail("plain")
    def test_setup_error_then(self):
        pass
    def setUp(self):
        if self._testMethodName == "test_setup_error_then":
            self.addCleanup(log.append, "cleanup after setUp error")
            raise OSError("setUp broke")

loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
r = run(suite)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
for t, reason in r.skipped:
    print("skip:", t, "|", reason)
print("\n".join(log))
print(suite.countTestCases(), list(suite)[0])
