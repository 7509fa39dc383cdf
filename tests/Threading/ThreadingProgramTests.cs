// The threading corpus: every tests/programs/threading/<name>.py with a <name>.out beside it
// (CPython 3.13's stdout) runs in-process on both backends and must print exactly that.
// ProgramTests leaves the threading/ folder to this theory. Programs listed in
// tests/programs/threading/skip.txt (one per line: `name.py  # reason`) are not run yet.
using Vm.Tests.Programs;
using Xunit;

namespace Vm.Tests.Threading;

public sealed class ThreadingProgramTests
{
    public static string ThreadingDir => Path.Combine(ProgramTests.ProgramsDir, "threading");

    public static Dictionary<string, string> LoadSkips()
    {
        var skips = new Dictionary<string, string>();
        var file = Path.Combine(ThreadingDir, "skip.txt");
        if (!File.Exists(file)) return skips;
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            var name = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            skips[name] = reason;
        }
        return skips;
    }

    public static IEnumerable<string> AllPrograms() =>
        Directory.EnumerateFiles(ThreadingDir, "*.py", SearchOption.TopDirectoryOnly)
            .Where(p => File.Exists(Path.ChangeExtension(p, ".out")))
            .Select(Path.GetFileName)
            .Select(n => n!)
            .Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases()
    {
        var skips = LoadSkips();
        foreach (var name in AllPrograms())
        {
            if (skips.ContainsKey(name)) continue;
            yield return [name, "gil"];
            yield return [name, "free-threaded"];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ThreadingProgramPrintsWhatCPythonPrinted(string program, string backend)
    {
        var (stdout, stderr, status) = ProgramTests.Run("threading/" + program, backend, timeoutMs: 60_000);
        var expected = File.ReadAllText(Path.Combine(ThreadingDir, Path.ChangeExtension(program, ".out"))).Replace("\r\n", "\n");
        Assert.True(expected == stdout,
            $"threading/{program} on {backend}: output differs (exit {status})\n--- expected\n{expected}\n--- actual\n{stdout}\n--- stderr\n{Tail(stderr)}");
        Assert.True(status == 0, $"threading/{program} on {backend}: exit status {status}\n--- stderr\n{Tail(stderr)}");
    }

    [Fact]
    public void TheCorpusHasAtLeastSixtyPrograms() => Assert.True(AllPrograms().Count() >= 60, $"only {AllPrograms().Count()} programs");

    [Fact]
    public void EverySkippedProgramHasAReasonAndExists()
    {
        foreach (var (name, reason) in LoadSkips())
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), $"skip of threading/{name} has no reason");
            Assert.True(File.Exists(Path.Combine(ThreadingDir, name)), $"threading/skip.txt names a missing program {name}");
        }
    }

    private static string Tail(string s) => s.Length <= 3000 ? s : "..." + s[^3000..];
}
