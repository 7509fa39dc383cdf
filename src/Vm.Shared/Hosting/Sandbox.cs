// Capabilities of EngineOptions (AllowFileSystem, AllowEnvironment, AllowProcesses,
// AllowedModules, MaxRecursionDepth): applied once, when the engine is created, by replacing the
// functions that reach the file system, the environment or processes with ones that raise
// PermissionError, and by an import filter. Native modules are patched when they are created
// (their factories are wrapped), os.py gets an epilogue replacing environ and getenv.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Hosting;

internal static class Sandbox<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>posix functions that touch files or directories.</summary>
    private static readonly string[] s_fileFunctions =
    [
        "getcwd", "getcwdb", "chdir", "listdir", "scandir", "mkdir", "makedirs", "rmdir", "remove", "unlink",
        "rename", "replace", "stat", "lstat", "fstat", "access", "utime", "chmod", "chown", "link", "symlink",
        "readlink", "truncate", "open", "_isdir", "_isfile", "_exists", "_islink", "_realpath", "_home",
    ];

    /// <summary>posix functions that start, signal or end processes.</summary>
    private static readonly string[] s_processFunctions =
    [
        "_exit", "abort", "kill", "killpg", "system", "fork", "forkpty", "execv", "execve", "execvp",
        "spawnv", "spawnve", "posix_spawn", "posix_spawnp", "popen", "waitpid", "wait",
    ];

    /// <summary>Modules that exist to run other processes.</summary>
    private static readonly string[] s_processModules = ["subprocess", "multiprocessing", "_posixsubprocess", "_multiprocessing"];

    private const string EnvironmentEpilogue = """


        # ---- added by the embedding host: the environment is not available to this script ----
        def _host_denied(*args, **kwargs):
            raise PermissionError("access to environment variables is not allowed by the host")

        class _HostDeniedEnviron:
            def _deny(self, *args, **kwargs):
                _host_denied()
            __getitem__ = __setitem__ = __delitem__ = __contains__ = __iter__ = __len__ = _deny
            get = keys = values = items = copy = setdefault = pop = popitem = update = clear = _deny
            def __repr__(self):
                return 'environ(<not allowed by the host>)'

        environ = _HostDeniedEnviron()
        getenv = putenv = unsetenv = _host_denied
        """;

    public static void Apply(EngineCore engine, PyThreadState ts, EngineOptions o)
    {
        var rt = ts.Rt;
        if (!o.AllowFileSystem)
        {
            Deny(rt, rt.BuiltinsDict, "open", "file system");
            Wrap(rt, "io", d => DenyIo(rt, d));
            Wrap(rt, "_io", d => DenyIo(rt, d));
        }
        Wrap(rt, "posix", d =>
        {
            if (!o.AllowFileSystem) foreach (var n in s_fileFunctions) DenyIfPresent(rt, d, n, "file system");
            if (!o.AllowProcesses) foreach (var n in s_processFunctions) DenyIfPresent(rt, d, n, "process control");
            if (!o.AllowEnvironment)
            {
                Def.SetRaw(rt, d, "environ", new PyDict(rt.DictType)); // owned by the module for the runtime's life (a raw store of a fresh dict left it uncounted)
                foreach (var n in new[] { "putenv", "unsetenv" }) DenyIfPresent(rt, d, n, "environment");
            }
        });
        if (!o.AllowEnvironment)
        {
            var shipped = rt.ShippedModuleSource;
            rt.ShippedModuleSource = name =>
            {
                var src = shipped?.Invoke(name);
                return src != null && name == "os" ? src + EnvironmentEpilogue : src;
            };
        }
        if (o.MaxRecursionDepth is int cap) CapRecursionLimit(rt, cap);
        var allowed = o.AllowedModules?.ToHashSet(StringComparer.Ordinal);
        var hostModules = o.HostModules.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        bool denyProcesses = !o.AllowProcesses;
        if (allowed != null || denyProcesses)
        {
            rt.ImportFilter = (ts2, name) =>
            {
                var top = name.Split('.')[0];
                if (denyProcesses && s_processModules.Contains(top))
                    throw ts2.Rt.Error("PermissionError", $"process control is not allowed by the host (import of '{name}')");
                if (allowed == null || hostModules.Contains(top) || IsAllowed(allowed, name)) return;
                // Modules shipped with the VM import what they need; only scripts are restricted.
                if (ts2.Frame?.Code.FileName.StartsWith("<frozen ", StringComparison.Ordinal) == true) return;
                throw ts2.Rt.Error("ImportError", $"import of '{name}' is not allowed by the host");
            };
        }
    }

    private static bool IsAllowed(HashSet<string> allowed, string name)
    {
        for (string n = name; ; )
        {
            if (allowed.Contains(n)) return true;
            int dot = n.LastIndexOf('.');
            if (dot < 0) return false;
            n = n.Substring(0, dot);
        }
    }

    private static void DenyIo(PyRuntime rt, PyDict d)
    {
        Deny(rt, d, "open", "file system");
        Deny(rt, d, "open_code", "file system");
        if (d.GetStr(rt.Intern("FileIO")) is PyType fileIo)
        {
            fileIo.New = (ts, cls, a, kw) => throw Denied(ts.Rt, "file system");
            Deny(rt, fileIo.Dict, "__new__", "file system");
        }
    }

    /// <summary>Patches a native module's dict each time its factory creates it.</summary>
    private static void Wrap(PyRuntime rt, string module, Action<PyDict> patch)
    {
        if (!rt.NativeModules.TryGetValue(module, out var factory)) return;
        rt.NativeModules[module] = ts =>
        {
            var m = factory(ts);
            if (m.Dict != null) patch(m.Dict);
            return m;
        };
    }

    private static void DenyIfPresent(PyRuntime rt, PyDict d, string name, string what)
    {
        if (d.GetStr(rt.Intern(name)) != null) Deny(rt, d, name, what);
    }

    private static void Deny(PyRuntime rt, PyDict d, string name, string what)
    {
        var f = new PyBuiltinFunction(rt.BuiltinFunctionType, name, (ts, a, kw) => throw Denied(ts.Rt, what));
        Def.SetRaw(rt, d, name, name == "__new__" ? new PyMethodWrapper(rt.StaticMethodType, f, false) : f);
    }

    private static PyException Denied(PyRuntime rt, string what) =>
        rt.Error("PermissionError", $"{what} access is not allowed by the host");

    /// <summary>sys.setrecursionlimit may lower the limit but not raise it above the host's cap.</summary>
    private static void CapRecursionLimit(PyRuntime rt, int cap)
    {
        var sys = rt.SysModule.Dict!;
        if (sys.GetStr(rt.Intern("setrecursionlimit")) is not PyBuiltinFunction original) return;
        Def.Function(rt, sys, "setrecursionlimit", (ts, a, kw) =>
        {
            if (a.Length == 1 && a[0] is PyInt n && n.Big > cap)
                throw ts.Rt.Error("PermissionError", $"the host limits the recursion depth to {cap}");
            return original.Fn(ts, a, kw);
        }, "sys");
    }
}
