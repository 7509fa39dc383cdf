// The multiprocessing resource tracker at the end of a program: shared memory blocks that the main
// process, a child and a grandchild created and never unlinked are unlinked once the program ends,
// with CPython's warning on stderr; a block that was unlinked is not reported.
using Xunit;

namespace Vm.Tests.Programs;

public sealed class ResourceTrackerTests
{
    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void LeakedBlocksOfTheWholeProcessTreeAreUnlinkedAtExitWithAWarning(string backend)
    {
        var (stdout, stderr, status) = ProgramTests.Run("multiprocessing/_leak_at_exit.py", backend);
        Assert.True(status == 0, $"exit {status}\n{stderr}");
        var names = stdout.Trim().Split(' ');
        Assert.Equal(3, names.Length);
        Assert.Contains("UserWarning: resource_tracker: There appear to be 3 leaked shared_memory objects to clean up at shutdown: {", stderr);
        foreach (var name in names)
        {
            Assert.Contains($"'/{name}'", stderr);
            Assert.False(File.Exists(Path.Combine("/dev/shm", name)), $"{name} is still linked");
        }
        Assert.Equal(1, CountOccurrences(stderr, "resource_tracker:"));
    }

    private static int CountOccurrences(string s, string what)
    {
        int n = 0;
        for (int i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
