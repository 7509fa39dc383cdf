// A child VM process started by multiprocessing. Chosen fds are passed by clearing their
// FD_CLOEXEC flag only while the child is being started, under SpawnLock, so a child started
// meanwhile by another thread cannot inherit them (.NET starts children with fork+exec and
// relies on FD_CLOEXEC for every other descriptor). Unless the runtime lets children inherit
// stdout/stderr, their output is drained by two pump threads into buffers that the parent
// takes (TakeOutput) and writes through its own sys.stdout/sys.stderr when it joins the child.
using System.Diagnostics;
using System.Text;

namespace Vm.Modules;

internal sealed class ChildProcess
{
    private static readonly object SpawnLock = new();

    private readonly Process _process;
    private readonly MemoryStream? _out, _err;
    private readonly Thread? _outPump, _errPump;
    private int _sentSignal;

    public int Pid { get; }

    private ChildProcess(Process p, bool captured)
    {
        _process = p;
        Pid = p.Id;
        if (!captured) return;
        _out = new MemoryStream();
        _err = new MemoryStream();
        _outPump = Pump(p.StandardOutput.BaseStream, _out);
        _errPump = Pump(p.StandardError.BaseStream, _err);
    }

    /// <summary>Runs <paramref name="start"/> (which starts a child) with <paramref name="passFds"/> inheritable,
    /// under SpawnLock: no child another thread starts meanwhile inherits them.</summary>
    internal static T StartPassing<T>(IReadOnlyList<int> passFds, Func<T> start)
    {
        lock (SpawnLock)
        {
            foreach (var fd in passFds) PosixNative.SetCloexec(fd, false);
            try
            {
                return start();
            }
            finally
            {
                foreach (var fd in passFds) PosixNative.SetCloexec(fd, true);
            }
        }
    }

    public static ChildProcess Start(IReadOnlyList<string> argv, IReadOnlyList<int> passFds, string? cwd, bool inheritStdio)
    {
        var psi = new ProcessStartInfo(argv[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = !inheritStdio,
            RedirectStandardError = !inheritStdio,
        };
        for (int i = 1; i < argv.Count; i++) psi.ArgumentList.Add(argv[i]);
        if (cwd != null) psi.WorkingDirectory = cwd;
        var p = StartPassing(passFds, () => Process.Start(psi) ?? throw new InvalidOperationException("the child process did not start"));
        p.StandardInput.Close();
        return new ChildProcess(p, !inheritStdio);
    }

    private static Thread Pump(Stream from, MemoryStream to)
    {
        var t = new Thread(() =>
        {
            var buf = new byte[8192];
            int n;
            try
            {
                while ((n = from.Read(buf, 0, buf.Length)) > 0)
                    lock (to) to.Write(buf, 0, n);
            }
            catch (IOException) { }
        }) { IsBackground = true, Name = "child-output" };
        t.Start();
        return t;
    }

    /// <summary>Waits up to timeoutMs (-1 = forever) for the exit; returns the exit code or null.</summary>
    public int? Wait(int timeoutMs)
    {
        if (!_process.WaitForExit(timeoutMs)) return null;
        _outPump?.Join();
        _errPump?.Join();
        return ExitCode();
    }

    public int? Poll() => _process.HasExited ? Wait(-1) : null;

    private int ExitCode()
    {
        int code = _process.ExitCode;
        // .NET reports "killed by signal s" as 128 + s; multiprocessing reports -s.
        if (_sentSignal != 0 && code == 128 + _sentSignal) return -_sentSignal;
        if (code > 128 && code < 128 + 32 && _sentSignal != 0) return -(code - 128);
        return code;
    }

    public void Signal(int sig)
    {
        if (_process.HasExited) return;
        _sentSignal = sig;
        PosixNative.Kill(Pid, sig);
    }

    /// <summary>The child's output so far (stdout, stderr), removed from the buffers.</summary>
    public (string Out, string Err) TakeOutput() => (Take(_out), Take(_err));

    private static string Take(MemoryStream? m)
    {
        if (m == null) return "";
        lock (m)
        {
            var s = Encoding.UTF8.GetString(m.GetBuffer(), 0, (int)m.Length);
            m.SetLength(0);
            return s;
        }
    }
}
