"""unittest.main (TestProgram): load tests from a module or from names on the command line, run
them with a TextTestRunner and exit with the outcome (0 success, 1 failure, 5 no tests ran).
"""

import os
import sys

from unittest import loading, textrunner
from unittest.interrupts import installHandler

__unittest = True

NO_TESTS_STATUS = 5

EXAMPLES_FOR_MODULE = """Examples:
  %(prog)s                     run every test of this module
  %(prog)s Suite               run the suite (or TestCase class) named Suite
  %(prog)s Case.test_thing     run one test method of class Case
"""

EXAMPLES_FOR_COMMAND = """Examples:
  %(prog)s test_mod                 run the tests of module test_mod
  %(prog)s test_mod.Case            run the tests of one TestCase class
  %(prog)s test_mod.Case.test_one   run one test method
  %(prog)s tests/test_file.py       run the tests of a file
  %(prog)s discover -s tests        find and run test*.py under tests/
"""


def _as_module_name(name):
    """A file path naming a test module (path/to/test_x.py) becomes its dotted module name."""
    if os.path.isfile(name) and name.lower().endswith('.py'):
        rel = os.path.relpath(os.path.normpath(name))
        if os.path.isabs(rel) or rel.startswith(os.pardir):
            return name
        return rel[:-3].replace('\\', '.').replace('/', '.')
    return name


def _name_pattern(text):
    """-k text: a substring unless it already has a wildcard."""
    return text if '*' in text else '*%s*' % text


class TestProgram:
    """Parses the command line, loads the tests and runs them; what unittest.main() builds."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loading.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        if warnings is None and not sys.warnoptions:
            # Show deprecation warnings during tests unless the user chose a filter.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    # -- command line -----------------------------------------------------------------------

    def _shared_options(self):
        import argparse  # only when a command line is parsed: it is the slowest import here
        parser = argparse.ArgumentParser(add_help=False)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('--durations', dest='durations', type=int, default=None, metavar="N",
                            help='Show the N slowest test cases (N=0 for all)')
        if self.failfast is None:
            parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                                help='Stop on first fail or error')
            self.failfast = False
        if self.catchbreak is None:
            parser.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                                help='Catch Ctrl-C and display results so far')
            self.catchbreak = False
        if self.buffer is None:
            parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                                help='Buffer stdout and stderr during tests')
            self.buffer = False
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append', type=_name_pattern,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return parser

    def _build_parsers(self):
        import argparse
        shared = self._shared_options()
        self._names_parser = argparse.ArgumentParser(parents=[shared])
        self._names_parser.prog = self.progName
        self._names_parser.add_argument('tests', nargs='*',
                                        help='a list of any number of test modules, classes and test methods.')
        if self.module is None:
            self._names_parser.epilog = EXAMPLES_FOR_COMMAND % {'prog': self.progName}
            self._discover_parser = argparse.ArgumentParser(parents=[shared])
            self._discover_parser.prog = '%s discover' % self.progName
            self._discover_parser.epilog = ('For test discovery all test modules must be importable '
                                            'from the top level directory of the project.')
            self._discover_parser.add_argument('-s', '--start-directory', dest='start',
                                               help="Directory to start discovery ('.' default)")
            self._discover_parser.add_argument('-p', '--pattern', dest='pattern',
                                               help="Pattern to match tests ('test*.py' default)")
            self._discover_parser.add_argument('-t', '--top-level-directory', dest='top',
                                               help='Top level directory of project (defaults to start directory)')
            for name in ('start', 'pattern', 'top'):
                self._discover_parser.add_argument(name, nargs='?', default=argparse.SUPPRESS,
                                                   help=argparse.SUPPRESS)
        else:
            self._names_parser.epilog = EXAMPLES_FOR_MODULE % {'prog': self.progName}
            self._discover_parser = None

    def parseArgs(self, argv):
        self._build_parsers()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._discover(argv[2:])
                return
            self._names_parser.parse_args(argv[1:], self)
            if not self.tests:
                # `python -m unittest -v` discovers from the current directory.
                self._discover([])
                return
        else:
            self._names_parser.parse_args(argv[1:], self)
        if self.tests:
            self.testNames = [_as_module_name(name) for name in self.tests]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _discover(self, args, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if args is not None:
            if self._discover_parser is None:
                self._build_parsers()
            self._discover_parser.parse_args(args, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader = self.testLoader if Loader is None else Loader()
            self.test = loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    # -- running ----------------------------------------------------------------------------

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = textrunner.TextTestRunner
        if isinstance(self.testRunner, type):
            options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                           warnings=self.warnings)
            try:
                try:
                    runner = self.testRunner(tb_locals=self.tb_locals, durations=self.durations, **options)
                except TypeError:
                    runner = self.testRunner(**options)
            except TypeError:
                runner = self.testRunner()
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(NO_TESTS_STATUS)
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram
