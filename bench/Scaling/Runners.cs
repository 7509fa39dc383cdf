// The runners a workload is measured on: the VM's GIL backend and free-threaded backend (threads
// in one `pyvm` process), processes (T `pyvm -X gil=1` processes started by the workload with
// multiprocessing, or launched by the harness), and any CPython. Each returns one Sample per (workload, T) measurement.
using System.Diagnostics;

namespace Vm.Bench.Scaling;

/// <summary>
/// One measurement: the kernel's wall time in seconds (or why there is none), the CPU time the
/// interpreter process(es) used meanwhile (NaN when not reported), and GIL statistics.
/// </summary>
public sealed record Sample(double Seconds, string? Error, IReadOnlyDictionary<string, long> GilStats, double CpuSeconds = double.NaN)
{
    public bool Ok => Error == null;
    public static Sample Failed(string error) => new(double.NaN, error, new Dictionary<string, long>());
}

public abstract class Runner(string name, string kind, string description)
{
    /// <summary>Short name used in tables, CSV and the chart legend.</summary>
    public string Name { get; } = name;
    /// <summary>gil, free-threaded, processes or cpython.</summary>
    public string Kind { get; } = kind;
    public string Description { get; } = description;

    public abstract Task<Sample> MeasureAsync(Workload w, int threads, ScalingOptions o);

    /// <summary>True when the runner measures by interleaving (<see cref="Interleaving"/>).</summary>
    public virtual bool Interleaves(ScalingOptions o) => false;

    /// <summary>One interleaved run: the kernels 1, T, 1, T, ..., 1 of one process, in order.</summary>
    public virtual Task<List<Kernel>> MeasureInterleavedAsync(Workload w, int threads, ScalingOptions o) =>
        throw new NotSupportedException($"{Name} does not interleave");

    /// <summary>The per-thread work: the calibrated n, else the workload's own size times --scale.</summary>
    protected static IEnumerable<string> WorkArgs(Workload w, ScalingOptions o) => w.N is { } n
        ? ["--n", n.ToString(System.Globalization.CultureInfo.InvariantCulture)]
        : ["--scale", (o.Scale ?? 1.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>Turns one `@@bench` run into a Sample (kernel time and gil_* statistics).</summary>
    protected static Sample FromOutput(ChildProcess.Output r)
    {
        if (r.TimedOut) return Sample.Failed("timed out");
        var f = ChildProcess.ParseBenchLine(r.Stdout);
        if (f == null || r.ExitCode != 0)
        {
            var why = f != null && f.TryGetValue("detail", out var d) ? d.Replace('_', ' ') : ChildProcess.LastLine(r.Stderr);
            return Sample.Failed($"exit {r.ExitCode}: {(why.Length > 0 ? why : "no result line")}");
        }
        return SampleFromFields(f);
    }

    /// <summary>One `@@bench` line's kernel time, CPU time and gil_* statistics (failed when ok is not 1).</summary>
    public static Sample SampleFromFields(Dictionary<string, string> f)
    {
        if (f.GetValueOrDefault("ok") != "1") return Sample.Failed("check failed: " + f.GetValueOrDefault("detail", "?").Replace('_', ' '));
        var stats = f.Where(kv => kv.Key.StartsWith("gil_", StringComparison.Ordinal) && long.TryParse(kv.Value, out _))
            .ToDictionary(kv => kv.Key[4..], kv => long.Parse(kv.Value));
        return new Sample(ChildProcess.Number(f, "kernel"), null, stats, ChildProcess.Number(f, "cpu"));
    }
}

/// <summary>T threads in one interpreter process.</summary>
public sealed class ThreadsRunner(string name, string kind, string description, InterpreterCommand cmd)
    : Runner(name, kind, description)
{
    public InterpreterCommand Command { get; } = cmd;

    public override async Task<Sample> MeasureAsync(Workload w, int threads, ScalingOptions o)
    {
        var psi = Command.StartInfo(w.Path, ["--mode", "threads", "--threads", threads.ToString(), .. WorkArgs(w, o)]);
        return FromOutput(await ChildProcess.RunAsync(psi, o.Timeout));
    }

    public override bool Interleaves(ScalingOptions o) => o.Method == ScalingOptions.Interleaved;

    /// <summary>
    /// The kernels of one interleaved process, in order. A process that fails part-way keeps the
    /// kernels it reported; the one it did not (the failure) is a failed sample at the next seq.
    /// </summary>
    public override async Task<List<Kernel>> MeasureInterleavedAsync(Workload w, int threads, ScalingOptions o)
    {
        var psi = Command.StartInfo(w.Path, ["--mode", "interleaved", "--threads", threads.ToString(), "--rounds", o.Repetitions.ToString(), .. WorkArgs(w, o)]);
        var r = await ChildProcess.RunAsync(psi, o.Timeout);
        var kernels = Interleaving.ParseKernels(r.Stdout);
        var expected = Interleaving.Sequence(threads, o.Repetitions);
        if ((r.ExitCode != 0 || r.TimedOut) && kernels.Count < expected.Length && kernels.All(k => k.Sample.Ok))
        {
            int next = kernels.Count == 0 ? 0 : kernels[^1].Seq + 1;
            var why = r.TimedOut ? "timed out" : $"exit {r.ExitCode}: {ChildProcess.LastLine(r.Stderr)}";
            kernels.Add(new Kernel(next, next < expected.Length ? expected[next] : threads, Sample.Failed(why)));
        }
        return kernels;
    }
}

/// <summary>
/// T single-threaded processes doing the same per-thread work at once. The harness launches them
/// itself: each warms up, prints "@@ready" and waits; once all are ready each gets "go" on stdin,
/// and time(T) = max(end) - min(start) over their wall-clock kernel bounds. With
/// <c>useMultiprocessing</c> the workload does the same inside Python with multiprocessing.
/// </summary>
public sealed class ProcessesRunner(string name, string description, InterpreterCommand cmd, bool useMultiprocessing)
    : Runner(name, "processes", description)
{
    public override async Task<Sample> MeasureAsync(Workload w, int threads, ScalingOptions o)
    {
        if (useMultiprocessing)
        {
            var psi = cmd.StartInfo(w.Path, ["--mode", "multiprocessing", "--threads", threads.ToString(), .. WorkArgs(w, o)]);
            return FromOutput(await ChildProcess.RunAsync(psi, o.Timeout));
        }
        var procs = new List<Process>();
        try
        {
            for (int i = 0; i < threads; i++)
                procs.Add(Process.Start(cmd.StartInfo(w.Path, ["--mode", "process", .. WorkArgs(w, o)], redirectStdin: true))
                          ?? throw new InvalidOperationException("cannot start " + cmd));
            var stderr = procs.Select(p => p.StandardError.ReadToEndAsync()).ToArray();
            using var cts = new CancellationTokenSource(o.Timeout);
            // Barrier: wait for every "@@ready", then release them all.
            foreach (var p in procs)
            {
                string? line;
                while ((line = await p.StandardOutput.ReadLineAsync(cts.Token)) != null && line.Trim() != "@@ready") { }
                if (line == null)
                {
                    await p.WaitForExitAsync(cts.Token);
                    return Sample.Failed($"exit {p.ExitCode} before ready: {ChildProcess.LastLine(await stderr[procs.IndexOf(p)])}");
                }
            }
            foreach (var p in procs) { p.StandardInput.WriteLine("go"); p.StandardInput.Flush(); }
            var outputs = await Task.WhenAll(procs.Select(p => p.StandardOutput.ReadToEndAsync(cts.Token)));
            foreach (var p in procs) await p.WaitForExitAsync(cts.Token);
            double start = double.MaxValue, end = double.MinValue, cpu = 0;
            for (int i = 0; i < procs.Count; i++)
            {
                var s = FromOutput(new ChildProcess.Output(procs[i].ExitCode, outputs[i], await stderr[i], false));
                if (!s.Ok) return s;
                var f = ChildProcess.ParseBenchLine(outputs[i])!;
                start = Math.Min(start, ChildProcess.Number(f, "start"));
                end = Math.Max(end, ChildProcess.Number(f, "end"));
                cpu += s.CpuSeconds;
            }
            return new Sample(end - start, null, new Dictionary<string, long>(), cpu);
        }
        catch (OperationCanceledException)
        {
            return Sample.Failed("timed out");
        }
        finally
        {
            foreach (var p in procs)
            {
                try { if (!p.HasExited) p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                p.Dispose();
            }
        }
    }
}

/// <summary>Finds the interpreters: pyvm beside the harness, and the CPythons asked for.</summary>
public static class Interpreters
{
    /// <summary>`dotnet pyvm.dll` from the harness's own folder (the bench project references the CLI).</summary>
    public static InterpreterCommand FindPyvm()
    {
        foreach (var dir in new[] { AppContext.BaseDirectory, RepoRoot.Find() is { } root ? Path.Combine(root, "src", "Vm.Cli", "bin", "Release", "net10.0") : null })
        {
            if (dir == null) continue;
            var dll = Path.Combine(dir, "pyvm.dll");
            if (File.Exists(dll) && File.Exists(Path.Combine(dir, "pyvm.runtimeconfig.json")))
                return new InterpreterCommand(DotnetHost(), [dll]);
        }
        throw new InvalidOperationException("pyvm.dll not found beside the harness; build with `dotnet build -c Release bench`");
    }

    /// <summary>
    /// The repository's ./pyvm launcher (the composite ReadyToRun build, republished when the
    /// sources change): what users run, and its precompiled code needs far less warm-up than
    /// the JIT-only pyvm.dll beside the harness. Null outside a repository checkout.
    /// </summary>
    public static InterpreterCommand? FindLauncher()
    {
        if (OperatingSystem.IsWindows() || RepoRoot.Find() is not { } root) return null;
        var launcher = Path.Combine(root, "pyvm");
        return File.Exists(launcher) ? new InterpreterCommand(launcher, []) : null;
    }

    /// <summary>`--pyvm PATH`: a pyvm.dll runs under dotnet, anything else (a launcher) directly.</summary>
    public static InterpreterCommand FromPath(string path)
    {
        var full = Path.GetFullPath(path);
        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new InterpreterCommand(DotnetHost(), [full]) : new InterpreterCommand(full, []);
    }

    public static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self != null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (root != null)
        {
            var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate)) return candidate;
        }
        return "dotnet";
    }

    /// <summary>The pyvm runtimeconfig's GC settings (they shape scaling), for the report header.</summary>
    public static string PyvmGcSettings(InterpreterCommand pyvm)
    {
        try
        {
            // A launcher runs src/Vm.Cli/bin/Release/r2r/pyvm.dll and sets DOTNET_GCgen0size itself.
            bool launcher = pyvm.PrefixArgs.Count == 0;
            var cfg = launcher
                ? Path.Combine(Path.GetDirectoryName(pyvm.FileName)!, "src", "Vm.Cli", "bin", "Release", "r2r", "pyvm.runtimeconfig.json")
                : Path.ChangeExtension(pyvm.PrefixArgs[0], ".runtimeconfig.json");
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(cfg));
            if (!doc.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var props)) return "defaults";
            var gc = props.EnumerateObject().Where(p => p.Name.StartsWith("System.GC.", StringComparison.Ordinal))
                .Select(p => $"{p.Name["System.GC.".Length..]}={p.Value}").ToList();
            var gen0 = Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "0x1000000";
            gc.Add($"DOTNET_GCgen0size={gen0}");
            return string.Join(", ", gc);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            return "unknown";
        }
    }

    /// <summary>Asks a CPython for its version and whether its GIL is on; null (with a reason) when it cannot run.</summary>
    public static async Task<(string? Label, string Note)> ProbeCPythonAsync(string path)
    {
        const string Probe = "import sys, platform; print(platform.python_implementation(), platform.python_version(), 'gil' if getattr(sys, '_is_gil_enabled', lambda: True)() else 'free-threaded')";
        try
        {
            var psi = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(Probe);
            var r = await ChildProcess.RunAsync(psi, TimeSpan.FromSeconds(30));
            var parts = r.Stdout.Trim().Split(' ');
            if (r.ExitCode != 0 || parts.Length != 3) return (null, $"{path}: did not run ({ChildProcess.LastLine(r.Stderr)})");
            var version = parts[1] + (parts[2] == "free-threaded" ? "t" : "");
            if (!Version.TryParse(parts[1], out var v) || v < new Version(3, 9))
                return (null, $"{path}: {parts[0]} {parts[1]} is too old (need 3.9+)");
            return ($"{parts[0].ToLowerInvariant()}-{version}", $"{path}: {parts[0]} {version} ({(parts[2] == "gil" ? "with the GIL" : "free-threaded build")})");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"{path}: not found ({e.Message})");
        }
    }
}
