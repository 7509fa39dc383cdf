# unittest.main: argv with -v/-q/-k/-f/-b and test names, exit codes (0, 1, 5 when no tests ran),
# exit=False and the result it keeps.
import io, os, re, sys, unittest

class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)
    def test_div(self):
        print("noisy output from test_div")
        self.assertEqual(6 // 3, 1)
    def test_mul(self):
        self.assertEqual(3 * 3, 9)

class Other(unittest.TestCase):
    def test_add_strings(self):
        self.assertEqual("a" + "b", "ab")

def main(*args, **kwargs):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        program = unittest.main(argv=["prog", *args], **kwargs)
        status = "returned, result %r" % (program.result.wasSuccessful(),)
    except SystemExit as e:
        status = "exit code %r" % (e.code,)
    finally:
        text, sys.stderr = sys.stderr.getvalue(), saved
    text = text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
    print("$ prog", " ".join(args), sorted(kwargs))
    print(re.sub(r"in \d+\.\d\d\ds\n", "in TIME\n", text), end="")
    print("->", status)

main()
main("-v", "Calc.test_add", "Other")
main("-k", "add")
main("-k", "*mul", "-q")
main("-k", "nothing_matches")
unittest.defaultTestLoader.testNamePatterns = None
main("-f", "-v", "Calc")
main("-b", "Calc.test_div")
main("Calc.test_mul", exit=False, verbosity=2)
main(exit=False, defaultTest="Other")
main(exit=False, defaultTest=["Calc.test_add", "Other.test_add_strings"])
stream = io.StringIO()
main("-v", "Other", testRunner=unittest.TextTestRunner(stream=stream, verbosity=0), exit=False)
print(repr(re.sub(r"\d+\.\d\d\ds", "TIME", stream.getvalue())))
print(unittest.main is unittest.TestProgram)
