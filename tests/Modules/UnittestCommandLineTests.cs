// `pyvm -m unittest`: the shipped unittest package run as a command, as CPython's
// `python -m unittest` is: tests named on the command line (module, class, method, file path)
// or discovered, the report on stderr, and the exit status (0 passed, 1 failed, 5 no tests ran).
using System.Text.RegularExpressions;
using Vm.Tests.Robustness;
using Xunit;

namespace Vm.Tests.Modules;

public sealed class UnittestCommandLineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pyvm-unittest-" + Guid.NewGuid().ToString("N"));

    public UnittestCommandLineTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "test_sample.py"), """
            import unittest

            class Sample(unittest.TestCase):
                def test_passes(self):
                    self.assertEqual(1 + 1, 2)

                def test_fails(self):
                    self.assertIn(3, [1, 2])
            """);
        Directory.CreateDirectory(Path.Combine(_dir, "suite"));
        File.WriteAllText(Path.Combine(_dir, "suite", "__init__.py"), "");
        File.WriteAllText(Path.Combine(_dir, "suite", "test_inner.py"), """
            import unittest

            class Inner(unittest.TestCase):
                def test_inner(self):
                    pass
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ChildVm.Result Unittest(string backend, params string[] args) =>
        ChildVm.Run(backend, args[^1], vmOptions: ["-m", "unittest", .. args[..^1]], workingDirectory: _dir, timeoutMs: 300_000);

    private static string WithoutTime(string s) => Regex.Replace(s, @"in \d+\.\d{3}s\n", "in T\n");

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void Verbose_run_of_a_module_reports_each_test_and_fails_with_status_1(string backend)
    {
        var r = Unittest(backend, "-v", "test_sample");
        Assert.Equal(1, r.ExitCode);
        var err = WithoutTime(r.Stderr);
        Assert.StartsWith("test_fails (test_sample.Sample.test_fails) ... FAIL\n" +
                          "test_passes (test_sample.Sample.test_passes) ... ok\n\n" + new string('=', 70) + "\n" +
                          "FAIL: test_fails (test_sample.Sample.test_fails)\n", err);
        Assert.Contains("    self.assertIn(3, [1, 2])\n", err);
        Assert.EndsWith("AssertionError: 3 not found in [1, 2]\n\n" + new string('-', 70) + "\nRan 2 tests in T\n\nFAILED (failures=1)\n", err);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void One_test_method_by_dotted_name_passes_with_status_0()
    {
        var r = Unittest("gil", "test_sample.Sample.test_passes");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(".\n" + new string('-', 70) + "\nRan 1 test in T\n\nOK\n", WithoutTime(r.Stderr));
    }

    [Fact]
    public void A_file_path_and_a_name_pattern_select_tests()
    {
        var r = Unittest("gil", "-k", "passes", "test_sample.py");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Ran 1 test in", r.Stderr);
    }

    [Fact]
    public void Without_names_tests_are_discovered_in_the_current_directory_and_packages()
    {
        var r = Unittest("gil", "-v");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("test_inner (suite.test_inner.Inner.test_inner) ... ok\n", r.Stderr);
        Assert.Contains("Ran 3 tests in", r.Stderr);
    }

    [Fact]
    public void No_matching_test_exits_with_status_5()
    {
        var r = Unittest("gil", "-k", "nothing_has_this_name", "test_sample");
        Assert.Equal(5, r.ExitCode);
        Assert.EndsWith("NO TESTS RAN\n", r.Stderr);
    }
}
