// _posixsubprocess: the one native call Lib/subprocess.py needs to start a child -
// spawn(executable, args, env, cwd, stdin, stdout, stderr, pass_fds, search_path) -> pid, through
// posix_spawn (PosixNative.Spawn.cs). The descriptors in pass_fds are made inheritable only while
// the child is being started, under the same lock multiprocessing's children start under
// (ChildProcess.StartPassing), so a child another thread starts meanwhile cannot inherit them.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class SubprocessModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_posixsubprocess";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Function(rt, d, "spawn", Spawn, Mod);
        return m;
    }

    private static PyObject? Spawn(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var b = Args.Bind(ts, "spawn", a, kw, ["executable", "args", "env", "cwd", "stdin", "stdout", "stderr", "pass_fds", "search_path"], 9);
        var executable = Ops<TSync>.StrValue(ts, b[0]!);
        var argv = Ops<TSync>.ToArray(ts, b[1]!).Select(o => Ops<TSync>.StrValue(ts, o)).ToList();
        List<string>? env = ReferenceEquals(b[2], rt.None) ? null : Ops<TSync>.ToArray(ts, b[2]!).Select(o => Ops<TSync>.StrValue(ts, o)).ToList();
        string? cwd = ReferenceEquals(b[3], rt.None) ? null : Ops<TSync>.StrValue(ts, b[3]!);
        int[] stdio = [(int)Args.ToLong(ts, b[4]!), (int)Args.ToLong(ts, b[5]!), (int)Args.ToLong(ts, b[6]!)];
        var passFds = Ops<TSync>.ToArray(ts, b[7]!).Select(o => (int)Args.ToLong(ts, o)).ToArray();
        bool searchPath = Ops<TSync>.IsTrue(ts, b[8]!);
        int pid;
        using (new Detached<TSync>(ts))
            pid = ChildProcess.StartPassing(passFds, () => PosixNative.Spawn(executable, searchPath, argv, env, cwd, stdio));
        if (pid < 0)
        {
            int errno = -pid;
            // a missing working directory is reported with its own name, as CPython's child does
            PyObject filename = errno == PosixNative.ENoEnt && cwd != null && !Directory.Exists(cwd) ? rt.NewStr(cwd) : b[0]!;
            throw IoModule<TSync>.OsError(ts, "OSError", errno, OsModule<TSync>.StrError(errno), filename);
        }
        return rt.NewInt(pid);
    }
}
