// exit() and quit(): the builtins CPython's site module adds (_sitebuiltins.Quitter). Their repr tells
// an interactive user how to leave; calling one closes sys.stdin, as CPython does (a program reading
// its input must not block on it any more), and raises SystemExit with the code given.
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

/// <summary>An exit/quit object: its name and the end-of-input key named in its repr.</summary>
public sealed class PyQuitter(PyType type, string name) : PyObject(type)
{
    public string Name { get; } = name;
}

public static class SiteBuiltins<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Defines exit and quit in the builtins dict b.</summary>
    public static void Define(PyRuntime rt, PyDict b)
    {
        var t = rt.NewBuiltinType("Quitter", null, TypeFlags.None);
        Vm.Modules.ModuleSupport<TSync>.SetModule(rt, t, "_sitebuiltins");
        Def.Method(rt, t, "__repr__", (ts, a, kw) =>
            ts.Rt.NewStr($"Use {Self(ts, a).Name}() or Ctrl-D (i.e. EOF) to exit"));
        Def.Method(rt, t, "__call__", (ts, a, kw) =>
        {
            Self(ts, a);
            Args.NoKwargs(ts, "__call__", kw);
            Args.Count(ts, "__call__", a.Length - 1, 0, 1);
            if (ts.Rt.SysModule.Dict!.GetStr(ts.Rt.Intern("stdin")) is { } stdin && stdin != ts.Rt.None)
            {
                try
                {
                    Ops<TSync>.CallMethod(ts, stdin, "close", []);
                }
                catch (PyException e)
                {
                    Ops<TSync>.DiscardException(ts, e);
                }
            }
            var exitType = ts.Rt.ExceptionTypes["SystemExit"];
            throw new PyException(a.Length == 1 ? ts.Rt.NewException(exitType, ts.Rt.EmptyTuple)
                : ExceptionLinks<TSync>.New(ts, exitType, [a[1]]));
        });
        Def.Value(rt, b, "exit", new PyQuitter(t, "exit"));
        Def.Value(rt, b, "quit", new PyQuitter(t, "quit"));
    }

    private static PyQuitter Self(PyThreadState ts, ReadOnlySpan<PyObject> a) =>
        a.Length > 0 && a[0] is PyQuitter q ? q : throw ts.Rt.TypeError("descriptor requires a 'Quitter' object");
}
