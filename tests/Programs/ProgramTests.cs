// The CPython-differential corpus: every tests/programs/**/<name>.py with a <name>.out beside it
// runs on both backends and must print exactly what CPython 3.13 printed.
// Programs listed in tests/programs/skip.txt (each with a reason) are not run yet.
using System.Text;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Programs;

public sealed class ProgramTests
{
    public static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "programs");

    public static Dictionary<string, string> LoadSkips(string listName = "skip.txt")
    {
        var skips = new Dictionary<string, string>();
        var file = Path.Combine(ProgramsDir, listName);
        if (!File.Exists(file)) return skips;
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            var path = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            skips[path] = reason;
        }
        return skips;
    }

    public static IEnumerable<string> AllPrograms() =>
        Directory.EnumerateFiles(ProgramsDir, "*.py", SearchOption.AllDirectories)
            .Where(p => File.Exists(Path.ChangeExtension(p, ".out")))
            .Select(p => Path.GetRelativePath(ProgramsDir, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("threading/"))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases()
    {
        var skips = LoadSkips();
        foreach (var p in AllPrograms())
        {
            if (skips.ContainsKey(p)) continue;
            yield return [p, "gil"];
            yield return [p, "free-threaded"];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ProgramPrintsWhatCPythonPrinted(string program, string backend) => Check(program, backend, null);

    /// <summary>The corpus with the baseline compiler compiling every eligible function at its first
    /// call (PYVM_JIT=always, Runtime/Compiler/): compiled code must print what the interpreter prints.
    /// Not multiprocessing/ (its work runs in child VMs, which do not compile) nor the programs in
    /// jit-skip.txt (each with its reason).</summary>
    public static IEnumerable<object[]> CompiledCases()
    {
        var skips = LoadSkips("jit-skip.txt");
        return Cases().Where(c => !((string)c[0]).StartsWith("multiprocessing/") && !skips.ContainsKey((string)c[0]));
    }

    [Theory]
    [MemberData(nameof(CompiledCases))]
    public void CompiledProgramPrintsWhatCPythonPrinted(string program, string backend) => Check(program, backend, 2);

    /// <summary>The corpus with the baseline compiler off (PYVM_JIT=0): the default runs compile hot code
    /// (PyRuntime.JitMode 1), so this keeps the interpreter's own path of every program tested.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void InterpretedProgramPrintsWhatCPythonPrinted(string program, string backend) => Check(program, backend, 0);

    private static void Check(string program, string backend, int? jitMode)
    {
        var (stdout, stderr, status) = Run(program, backend, jitMode: jitMode);
        var expected = File.ReadAllText(Path.Combine(ProgramsDir, Path.ChangeExtension(program, ".out"))).Replace("\r\n", "\n");
        Assert.True(expected == stdout,
            $"{program} on {backend}: output differs (exit {status})\n--- expected\n{Tail(expected)}\n--- actual\n{Tail(stdout)}\n--- stderr\n{Tail(stderr)}\n--- first difference at char {FirstDiff(expected, stdout)}");
        // stderr: written exactly when CPython wrote to it (regen.sh keeps that as <name>.err), and
        // ending with the same line (the exception or warning a user reads last).
        var errPath = Path.Combine(ProgramsDir, Path.ChangeExtension(program, ".err"));
        if (StderrSkips.ContainsKey(program)) return;
        if (!File.Exists(errPath))
            Assert.True(stderr.Length == 0, $"{program} on {backend}: wrote to stderr, CPython did not:\n{Tail(stderr)}");
        else
        {
            var want = LastLine(File.ReadAllText(errPath));
            Assert.True(want == LastLine(stderr),
                $"{program} on {backend}: stderr should end with\n{want}\n--- stderr\n{Tail(stderr)}");
        }
    }

    /// <summary>Programs whose stderr is not compared yet, with the reason (stderr-skip.txt).</summary>
    private static readonly Dictionary<string, string> StderrSkips = LoadSkips("stderr-skip.txt");

    private static string LastLine(string s) =>
        s.Replace("\r\n", "\n").Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";

    [Fact]
    public void EverySkippedProgramHasAReasonAndExists()
    {
        foreach (var (path, reason) in LoadSkips().Concat(LoadSkips("stderr-skip.txt")).Concat(LoadSkips("jit-skip.txt")))
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), $"skip of {path} has no reason");
            Assert.True(File.Exists(Path.Combine(ProgramsDir, path)), $"skip.txt names a missing program {path}");
        }
    }

    private static string Tail(string s) => s.Length <= 3000 ? s : "..." + s[^3000..];

    private static int FirstDiff(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++) if (a[i] != b[i]) return i;
        return n;
    }

    /// <summary>multiprocessing children of in-process runs are the pyvm.dll built beside the tests.</summary>
    public static RuntimeOptions WithChildCommand(RuntimeOptions o)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(host) || !File.Exists(host)) host = "dotnet";
        o.ChildCommand = [host, Path.Combine(AppContext.BaseDirectory, "pyvm.dll")];
        return o;
    }

    /// <summary>Runs a corpus program in-process on the given backend; returns stdout, stderr and the exit status.
    /// <paramref name="jitMode"/> sets PyRuntime.JitMode (2: every eligible function compiled at its first call).</summary>
    public static (string Stdout, string Stderr, int Status) Run(string program, string backend, int timeoutMs = 120_000, int? jitMode = null)
    {
        var path = Path.Combine(ProgramsDir, program);
        Func<RuntimeOptions, PyRuntime> engine = backend == "gil"
            ? o => GilEngine.Create(WithChildCommand(o))
            : o => FreeThreadedEngine.Create(WithChildCommand(o));
        Func<RuntimeOptions, PyRuntime> create = jitMode is not { } mode ? engine : o =>
        {
            var rt = engine(o);
            rt.JitMode = mode;
            return rt;
        };
        var input = Path.ChangeExtension(path, ".in"); // the program's stdin (regen.sh feeds CPython the same file)
        var r = CapturedRun.RunFile(create, path, timeoutMs, File.Exists(input) ? File.ReadAllText(input) : "");
        return (r.Stdout, r.Stderr, r.Status);
    }
}
