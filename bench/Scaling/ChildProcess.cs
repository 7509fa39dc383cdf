// Launching interpreters as child processes and reading the workloads' `@@bench` lines.
using System.Diagnostics;
using System.Globalization;

namespace Vm.Bench.Scaling;

/// <summary>An interpreter command line: the program and the arguments before the script.</summary>
public sealed record InterpreterCommand(string FileName, IReadOnlyList<string> PrefixArgs)
{
    public ProcessStartInfo StartInfo(string script, IEnumerable<string> args, bool redirectStdin = false)
    {
        var psi = new ProcessStartInfo(FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectStdin,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        foreach (var a in PrefixArgs) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        // pyvm children get the same GC gen0 budget the ./pyvm launcher sets (the runtime reads it
        // only from the environment); a value set by the caller wins.
        if (Path.GetFileNameWithoutExtension(FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            && System.Environment.GetEnvironmentVariable("DOTNET_GCgen0size") == null)
            psi.Environment["DOTNET_GCgen0size"] = "0x1000000";
        return psi;
    }

    public override string ToString() => string.Join(' ', new[] { FileName }.Concat(PrefixArgs));
}

public static class ChildProcess
{
    public readonly record struct Output(int ExitCode, string Stdout, string Stderr, bool TimedOut);

    /// <summary>Runs a process to completion (killing it after <paramref name="timeout"/>).</summary>
    public static async Task<Output> RunAsync(ProcessStartInfo psi, TimeSpan timeout)
    {
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {psi.FileName}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        using var running = new CancellationTokenSource();
        var equalize = RealTimeThreads.EqualizeAsync(p.Id, running.Token); // a no-op unless under SCHED_RR/FIFO
        bool timedOut = false;
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await p.WaitForExitAsync();
        }
        running.Cancel();
        await equalize;
        return new(timedOut ? -1 : p.ExitCode, await stdout, await stderr, timedOut);
    }

    /// <summary>The fields of the last `@@bench k=v ...` line in <paramref name="stdout"/>, or null.</summary>
    public static Dictionary<string, string>? ParseBenchLine(string stdout) => ParseBenchLines(stdout).LastOrDefault();

    /// <summary>The fields of every `@@bench k=v ...` line in <paramref name="stdout"/>, in order.</summary>
    public static List<Dictionary<string, string>> ParseBenchLines(string stdout) =>
        [.. stdout.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("@@bench", StringComparison.Ordinal)).Select(Fields)];

    private static Dictionary<string, string> Fields(string line)
    {
        var d = new Dictionary<string, string>();
        foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            int eq = part.IndexOf('=');
            if (eq > 0) d[part[..eq]] = part[(eq + 1)..];
        }
        return d;
    }

    public static double Number(Dictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    /// <summary>The last meaningful stderr line (an exception message), shortened.</summary>
    public static string LastLine(string text)
    {
        var last = text.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "";
        return last.Length > 200 ? last[..200] : last;
    }
}
