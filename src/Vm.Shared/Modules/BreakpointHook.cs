// breakpoint() and sys.breakpointhook (PEP 553): breakpoint(*args, **kws) calls sys.breakpointhook with
// them; the default hook reads PYTHONBREAKPOINT at each call: unset or empty runs pdb.set_trace, "0"
// does nothing, "module.function" (or a builtin's name) imports and calls that; an unimportable name
// warns (RuntimeWarning) and does nothing. sys.__breakpointhook__ keeps the default.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class BreakpointHook<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Defines sys.breakpointhook and sys.__breakpointhook__ in the sys dict d.</summary>
    public static void DefineHook(PyRuntime rt, PyDict d)
    {
        var hook = Def.Function(rt, d, "breakpointhook", (ts, a, kw) => DefaultHook(ts, a, kw), "sys");
        Def.Value(rt, d, "__breakpointhook__", hook);
    }

    /// <summary>Defines the builtin breakpoint() in the builtins dict b.</summary>
    public static void DefineBuiltin(PyRuntime rt, PyDict b) =>
        Def.Function(rt, b, "breakpoint", (ts, a, kw) =>
        {
            var hook = ts.Rt.SysModule.Dict!.GetStr(ts.Rt.Intern("breakpointhook"))
                ?? throw ts.Rt.RuntimeError("lost sys.breakpointhook");
            return Ops<TSync>.Call(ts, hook, a, kw);
        });

    private static PyObject DefaultHook(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        string? setting = Environment.GetEnvironmentVariable("PYTHONBREAKPOINT");
        if (setting == "0") return rt.None;
        if (string.IsNullOrEmpty(setting)) setting = "pdb.set_trace";
        int dot = setting.LastIndexOf('.');
        string module = dot < 0 ? "builtins" : setting[..dot], attr = setting[(dot + 1)..];
        PyObject? hook = null;
        if (module.Length > 0 && attr.Length > 0)
        {
            try
            {
                var m = Importer<TSync>.ImportName(ts, (PyDict?)null, rt.Intern(module), rt.NewTupleImmortalItems([rt.Intern(attr)]), 0);
                hook = Ops<TSync>.TryGetAttr(ts, m, rt.Intern(attr));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(rt.ExceptionTypes["ImportError"]))
            {
                Ops<TSync>.DiscardException(ts, e);
            }
        }
        if (hook == null)
        {
            Warnings<TSync>.Warn(ts, "RuntimeWarning", $"Ignoring unimportable $PYTHONBREAKPOINT: \"{setting}\"");
            return rt.None;
        }
        return Ops<TSync>.Call(ts, hook, a, kw);
    }
}
