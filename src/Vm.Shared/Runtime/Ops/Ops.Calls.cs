using Vm.Objects;

namespace Vm.Runtime;

public static partial class Ops<TSync>
{
    /// <summary>Calls any callable (throws PyException on error).</summary>
    public static PyObject Call(PyThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        switch (callable)
        {
            case PyFunction f:
                return Interpreter<TSync>.CallFunction(ts, f, args, kwnames);
            case PyBuiltinFunction bf:
                if (bf.Self != null) return CallBuiltinWithSelf(ts, bf, bf.Self, args, kwnames);
                if (bf.OwnerType != null)
                {
                    if (args.Length - (kwnames?.Count ?? 0) < 1)
                        throw ts.Rt.TypeError($"unbound method {bf.OwnerType.Name}.{bf.Name}() needs an argument");
                    if (!args[0].Type.IsSubtypeOf(bf.OwnerType) && !(bf.OwnerType == ts.Rt.TypeType && args[0] is PyType))
                        throw ts.Rt.TypeError($"descriptor '{bf.Name}' for '{bf.OwnerType.Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
                }
                return bf.Fn(ts, args, kwnames) ?? throw Interpreter<TSync>.TakeException(ts);
            case PyMethod m:
                return CallWithSelf(ts, m.Func, m.Self, args, kwnames);
            case PyType t:
                return TypeOps<TSync>.CallType(ts, t, args, kwnames);
        }
        var call = callable.Type.Lookup(ts.Rt.S.__call__);
        if (call == null) throw ts.Rt.TypeError($"'{callable.Type.Name}' object is not callable");
        if (call is PyFunction || call is PyBuiltinFunction { IsMethodDescriptor: true })
            return CallWithSelf(ts, call, callable, args, kwnames);
        return Call(ts, BindDescriptor(ts, call, callable, callable.Type), args, kwnames);
    }

    public static PyObject Call(PyThreadState ts, PyObject callable, params PyObject[] args) => Call(ts, callable, args, null);

    /// <summary>o.name(*args).</summary>
    public static PyObject CallMethod(PyThreadState ts, PyObject o, string name, ReadOnlySpan<PyObject> args)
    {
        var m = Interpreter<TSync>.LoadMethod(ts, o, ts.Rt.Intern(name), out bool unbound);
        if (!unbound) return Call(ts, m, args, null);
        return CallWithSelf(ts, m, o, args, null);
    }

    public static bool IsCallable(PyThreadState ts, PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyMethod or PyType || o.Type.Lookup(ts.Rt.S.__call__) != null;
}
