// Helpers for defining builtin functions, methods and attributes, and for parsing arguments
// with CPython's error messages. Every builtin uses the one vectorcall convention (NativeFn).
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class Def
{
    /// <summary>A method descriptor on type t (args[0] is self). A slot wrapper of fixed arity checks its
    /// argument count and refuses keywords first, with CPython's wrapper errors (<see cref="SlotArity"/>).</summary>
    public static PyBuiltinFunction Method(PyRuntime rt, PyType t, string name, NativeFn fn, string? doc = null) =>
        MethodAsGiven(rt, t, name, SlotArity(name) is not int n ? fn
            : n == 1 && MethOCoexist.Contains(t.Name + "." + name) ? CheckedArity(t.Name + "." + name, 1, fn) : CheckedSlot(name, n, fn), doc);

    private static PyBuiltinFunction MethodAsGiven(PyRuntime rt, PyType t, string name, NativeFn fn, string? doc = null)
    {
        var kind = SlotWrapperNames.Contains(name) ? rt.WrapperDescriptorType : rt.MethodDescriptorType;
        var f = new PyBuiltinFunction(kind, name, fn, t, null, doc);
        SetRaw(rt, t.Dict, name, f);
        return f;
    }

    /// <summary>
    /// The positional arguments (after self) CPython's wrapper for slot <paramref name="name"/> takes
    /// (wrap_unaryfunc, wrap_binaryfunc, wrap_objobjargproc, ...), or null for the wrappers that take a
    /// variable number (__call__, __init__, __get__, __pow__) and for names that are not slots.
    /// </summary>
    private static int? SlotArity(string name) => name switch
    {
        "__repr__" or "__str__" or "__hash__" or "__iter__" or "__next__" or "__len__" or "__neg__" or "__pos__"
            or "__abs__" or "__bool__" or "__invert__" or "__int__" or "__float__" or "__index__" or "__del__" => 0,
        "__setattr__" or "__set__" or "__setitem__" => 2,
        "__getitem__" => 1,
        "__call__" or "__init__" or "__get__" or "__pow__" or "__rpow__" or "__ipow__" => null,
        _ => SlotWrapperNames.Contains(name) ? 1 : null,
    };

    /// <summary>Slots a builtin type also defines as a METH_O method (METH_COEXIST), with METH_O's errors.</summary>
    private static readonly HashSet<string> MethOCoexist =
        ["list.__getitem__", "dict.__getitem__", "dict.__contains__", "set.__contains__", "frozenset.__contains__"];

    /// <summary><paramref name="fn"/> behind the argument checks of a slot wrapper taking <paramref name="n"/> arguments.</summary>
    private static NativeFn CheckedSlot(string name, int n, NativeFn fn) => (ts, a, kw) =>
    {
        if (kw != null && kw.Count > 0) throw ts.Rt.TypeError($"wrapper {name}() takes no keyword arguments");
        if (a.Length != n + 1)
            throw ts.Rt.TypeError(n == 2 ? $" expected 2 arguments, got {a.Length - 1}" : $"expected {n} argument{(n == 1 ? "" : "s")}, got {a.Length - 1}");
        return fn(ts, a, kw);
    };

    /// <summary>
    /// A METH_NOARGS method `t.name()` built from one body: Fn raises CPython's "t.name() takes no
    /// keyword arguments" / "t.name() takes no arguments (N given)" and otherwise runs the body on
    /// self (an instance of t, possibly of a subclass), and the body is the eval loop's Fast1
    /// (PyBuiltinFunction.Fast1), so the two cannot differ.
    /// </summary>
    public static PyBuiltinFunction Method0(PyRuntime rt, PyType t, string name, NativeFn1 body)
    {
        var f = MethodOfArity(rt, t, name, 0, (ts, a, _) => body(ts, a[0]));
        f.Fast1 = body;
        return f;
    }

    /// <summary>A METH_O method `t.name(x)` built from one body, as <see cref="Method0"/>: Fn raises
    /// "t.name() takes exactly one argument (N given)"; the body is Fast2.</summary>
    public static PyBuiltinFunction Method1(PyRuntime rt, PyType t, string name, NativeFn2 body)
    {
        var f = MethodOfArity(rt, t, name, 1, (ts, a, _) => body(ts, a[0], a[1]));
        f.Fast2 = body;
        return f;
    }

    /// <summary>A method taking exactly <paramref name="n"/> (0 or 1) positional arguments after self, with METH_NOARGS/METH_O's errors.</summary>
    private static PyBuiltinFunction MethodOfArity(PyRuntime rt, PyType t, string name, int n, NativeFn call) =>
        MethodAsGiven(rt, t, name, CheckedArity(t.Name + "." + name, n, call));

    /// <summary><paramref name="fn"/> behind METH_NOARGS's (<paramref name="n"/> 0) or METH_O's (1) checks, named <paramref name="qual"/>.</summary>
    private static NativeFn CheckedArity(string qual, int n, NativeFn fn) => (ts, a, kw) =>
    {
        Args.NoKwargs(ts, qual, kw);
        if (a.Length != n + 1)
            throw ts.Rt.TypeError(n == 0 ? $"{qual}() takes no arguments ({a.Length - 1} given)" : $"{qual}() takes exactly one argument ({a.Length - 1} given)");
        return fn(ts, a, kw);
    };

    /// <summary>The dunders CPython implements as type slots: their descriptors are `wrapper_descriptor`
    /// and, bound, `method-wrapper` (others are `method_descriptor` / `builtin_function_or_method`).</summary>
    private static readonly HashSet<string> SlotWrapperNames =
    [
        "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__setattr__", "__delattr__",
        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
        "__delete__", "__init__", "__del__", "__len__", "__setitem__", "__delitem__", "__contains__",
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
        "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
        "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
        "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__index__", "__floordiv__",
        "__rfloordiv__", "__truediv__", "__rtruediv__", "__matmul__", "__rmatmul__", "__iadd__", "__isub__",
        "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
        "__ifloordiv__", "__itruediv__", "__imatmul__",
    ];

    /// <summary>A static method (no self): e.g. str.maketrans, dict.fromkeys is a classmethod instead.</summary>
    public static void StaticMethod(PyRuntime rt, PyType t, string name, NativeFn fn)
    {
        var f = new PyBuiltinFunction(rt.BuiltinFunctionType, name, fn) { StaticOwner = t };
        SetRaw(rt, t.Dict, name, new PyMethodWrapper(rt.StaticMethodType, f, false));
    }

    /// <summary>A class method: args[0] is the class (a classmethod_descriptor, as CPython's METH_CLASS methods).</summary>
    public static void ClassMethod(PyRuntime rt, PyType t, string name, NativeFn fn)
    {
        var f = new PyBuiltinFunction(rt.BuiltinFunctionType, name, fn) { StaticOwner = t };
        SetRaw(rt, t.Dict, name, new PyMethodWrapper(rt.ClassMethodDescriptorType, f, true));
    }

    /// <summary>A computed attribute (getset descriptor).</summary>
    public static void Getter(PyRuntime rt, PyType t, string name, Func<PyThreadState, PyObject, PyObject> get,
        Action<PyThreadState, PyObject, PyObject?>? set = null)
    {
        SetRaw(rt, t.Dict, name, new PyGetSetDescriptor(rt.GetSetDescriptorType, name, t, get, set));
    }

    /// <summary>`__new__` as a static method that calls the class's native <see cref="PyType.New"/>
    /// (a subclass passes itself as the class, so subclassing keeps working).</summary>
    public static void NewCallsNative(PyRuntime rt, PyType t) =>
        StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            var cls = CheckNewType(ts2, a, t, t.Name); // fuzzing: pickle called function.__new__(function)
            return cls.New!(ts2, cls, a.Slice(1), kw);
        });

    /// <summary>cls checks of T.__new__(cls, ...): "list.__new__(X): X is not a type object (int)".</summary>
    public static PyType CheckNewType(PyThreadState ts, ReadOnlySpan<PyObject> a, PyType baseType, string name)
    {
        if (a.Length == 0) throw ts.Rt.TypeError($"{name}.__new__(): not enough arguments");
        if (a[0] is not PyType cls) throw ts.Rt.TypeError($"{name}.__new__(X): X is not a type object ({a[0].Type.Name})");
        if (!cls.IsSubtypeOf(baseType)) throw ts.Rt.TypeError($"{name}.__new__({cls.Name}): {cls.Name} is not a subtype of {name}");
        return cls;
    }

    /// <summary>A read-only data member (CPython's READONLY PyMemberDef: slice.start, range.stop, ...).</summary>
    public static void Member(PyRuntime rt, PyType t, string name, Func<PyThreadState, PyObject, PyObject> get) =>
        SetRaw(rt, t.Dict, name, new PyGetSetDescriptor(rt.GetSetDescriptorType, name, t, get, null) { ReadOnlyMember = true });

    /// <summary>A plain attribute value on a type or in a module dict.</summary>
    public static void Value(PyRuntime rt, PyDict d, string name, PyObject v) => SetRaw(rt, d, name, v);

    /// <summary>A builtin function in a module dict.</summary>
    public static PyBuiltinFunction Function(PyRuntime rt, PyDict d, string name, NativeFn fn, string module = "builtins")
    {
        var f = new PyBuiltinFunction(rt.BuiltinFunctionType, name, fn) { ModuleName = module };
        SetRaw(rt, d, name, f);
        return f;
    }

    /// <summary>
    /// A METH_O builtin function `name(x)` built from one body: Fn raises CPython's "name() takes no
    /// keyword arguments" / "name() takes exactly one argument (N given)" and otherwise runs the
    /// body, which is also the eval loop's Fast1 (PyBuiltinFunction.Fast1).
    /// </summary>
    public static PyBuiltinFunction Function1(PyRuntime rt, PyDict d, string name, NativeFn1 body)
    {
        var f = Function(rt, d, name, (ts, a, kw) =>
        {
            Args.NoKwargs(ts, name, kw);
            Args.Count(ts, name, a.Length, 1, 1);
            return body(ts, a[0]);
        });
        f.Fast1 = body;
        return f;
    }

    /// <summary>Sets a str-keyed entry during runtime setup (no Python code can run; values are immortal or owned).</summary>
    public static void SetRaw(PyRuntime rt, PyDict d, string name, PyObject v)
    {
        // Setup-time values are owned by their type/module for the runtime's whole life.
        v.MakeImmortal();
        d.SetLockHeldStr(rt, name, v);
    }
}

/// <summary>Argument checking with CPython's messages.</summary>
public static class Args
{
    public static void NoKwargs(PyThreadState ts, string fname, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0)
            throw ts.Rt.TypeError($"{fname}() takes no keyword arguments");
    }

    /// <summary>Positional count check for METH_VARARGS-style builtins (args excludes self).</summary>
    public static void Count(PyThreadState ts, string fname, int n, int min, int max)
    {
        if (n >= min && n <= max) return;
        if (min == max)
        {
            if (min == 0) throw ts.Rt.TypeError($"{fname}() takes no arguments ({n} given)");
            if (min == 1) throw ts.Rt.TypeError($"{fname}() takes exactly one argument ({n} given)");
            throw ts.Rt.TypeError($"{fname} expected {min} arguments, got {n}");
        }
        if (n < min) throw ts.Rt.TypeError($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw ts.Rt.TypeError($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>
    /// Binds positional and keyword arguments to named parameters (Argument Clinic style).
    /// Returns one slot per parameter (null = not given). `posOnly` leading parameters cannot be
    /// given by keyword; parameters from `kwOnlyFrom` on are keyword-only.
    /// </summary>
    public static PyObject?[] Bind(PyThreadState ts, string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames,
        string[] names, int required, int posOnly = 0, int kwOnlyFrom = int.MaxValue)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int maxPos = Math.Min(names.Length, kwOnlyFrom);
        var res = new PyObject?[names.Length];
        if (npos > maxPos)
        {
            if (maxPos == 0) throw ts.Rt.TypeError($"{fname}() takes no positional arguments");
            throw ts.Rt.TypeError($"{fname}() takes at most {maxPos} {(maxPos == 1 ? "argument" : "arguments")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) res[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var kn = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(names, kn);
            if (idx < 0 || idx < posOnly)
                throw ts.Rt.TypeError($"{fname}() got an unexpected keyword argument '{kn}'" + SuggestionDistance.KeywordTrailer(names[posOnly..], kn));
            if (res[idx] != null)
                throw ts.Rt.TypeError($"argument for {fname}() given by name ('{kn}') and position ({idx + 1})");
            res[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (res[i] == null)
            {
                if (i < posOnly || i < npos)
                    throw ts.Rt.TypeError($"{fname}() takes at least {required} positional argument{(required == 1 ? "" : "s")} ({npos} given)");
                throw ts.Rt.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }
        return res;
    }

    public static long ToLong(PyThreadState ts, PyObject o, string what = "")
    {
        if (o is PyInt i)
        {
            if (i.IsBig) throw ts.Rt.OverflowError("Python int too large to convert to C long");
            return i.Small;
        }
        if (o is PyFloat) throw ts.Rt.TypeError("'float' object cannot be interpreted as an integer");
        throw ts.Rt.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    public static string ToStr(PyThreadState ts, PyObject o, string fname, string argDesc)
    {
        if (o is PyStr s) return s.Value;
        throw ts.Rt.TypeError($"{fname}() argument {argDesc} must be str, not {o.Type.Name}");
    }
}
