using Vm.Bytecode;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class CoreTypes<TSync>
{
    private static void InstallFunctionTypes(PyThreadState ts)
    {
        var rt = ts.Rt;
        // ---- function
        var fn = rt.FunctionType;
        Def.Getter(rt, fn, "__name__", (ts2, o) => ((PyFunction)o).Name, (ts2, o, v) => ((PyFunction)o).Name = v as PyStr ?? throw ts2.Rt.TypeError("__name__ must be set to a string object"));
        Def.Getter(rt, fn, "__qualname__", (ts2, o) => ((PyFunction)o).QualName, (ts2, o, v) => ((PyFunction)o).QualName = v as PyStr ?? throw ts2.Rt.TypeError("__qualname__ must be set to a string object"));
        Def.Getter(rt, fn, "__doc__", (ts2, o) => ((PyFunction)o).Doc ?? ts2.Rt.None, (ts2, o, v) => ((PyFunction)o).Doc = v);
        Def.Getter(rt, fn, "__module__", (ts2, o) => ((PyFunction)o).Module ?? ts2.Rt.None, (ts2, o, v) => ((PyFunction)o).Module = v);
        Def.Getter(rt, fn, "__defaults__", (ts2, o) => (PyObject?)((PyFunction)o).Defaults ?? ts2.Rt.None,
            (ts2, o, v) => SetDefaults(ts2, (PyFunction)o, v));
        Def.Getter(rt, fn, "__kwdefaults__", (ts2, o) => (PyObject?)((PyFunction)o).KwDefaults ?? ts2.Rt.None,
            (ts2, o, v) => ((PyFunction)o).KwDefaults = v as PyDict);
        Def.Getter(rt, fn, "__code__", (ts2, o) => ((PyFunction)o).Code, (ts2, o, v) => ((PyFunction)o).Code = v as PyCode ?? throw ts2.Rt.TypeError("__code__ must be set to a code object"));
        Def.Getter(rt, fn, "__globals__", (ts2, o) => ((PyFunction)o).Globals);
        Def.Getter(rt, fn, "__builtins__", (ts2, o) => ((PyFunction)o).Builtins);
        Def.Getter(rt, fn, "__closure__", (ts2, o) => (PyObject?)((PyFunction)o).Closure ?? ts2.Rt.None);
        // Made on first read by any thread: published once, counted (Ops.Attributes.cs).
        Def.Getter(rt, fn, "__annotations__", (ts2, o) => Ops<TSync>.GetOrCreateDictField(ts2, ref ((PyFunction)o).Annotations),
            (ts2, o, v) => Ops<TSync>.ExchangeDictField(ts2, ref ((PyFunction)o).Annotations, v == null || ReferenceEquals(v, ts2.Rt.None) ? null
                : v as PyDict ?? throw ts2.Rt.TypeError("__annotations__ must be set to a dict object")));
        Def.Getter(rt, fn, "__dict__", (ts2, o) => Ops<TSync>.GetOrCreateDict(ts2, o, (PyFunction)o),
            (ts2, o, v) => Ops<TSync>.ReplaceDict(ts2, o, (PyFunction)o, v as PyDict
                ?? throw (v == null ? ts2.Rt.TypeError("cannot delete __dict__") : ts2.Rt.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'"))));
        Def.Getter(rt, fn, "__type_params__", (ts2, o) => ((PyFunction)o).TypeParams ?? ts2.Rt.EmptyTuple,
            (ts2, o, v) => Ops<TSync>.StoreShared(ts2, ref ((PyFunction)o).TypeParams,
                v is PyTuple ? v : throw ts2.Rt.TypeError("__type_params__ must be set to a tuple")));
        Def.Method(rt, fn, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr($"<function {((PyStr)((PyFunction)a[0]).QualName).Value} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]):x12}>"));
        Def.Method(rt, fn, "__get__", (ts2, a, kw) =>
            a.Length < 2 || ReferenceEquals(a[1], ts2.Rt.None) ? a[0] : Ops<TSync>.NewBoundMethod(ts2, a[0], a[1]));
        Def.Method(rt, fn, "__call__", (ts2, a, kw) => Ops<TSync>.Call(ts2, a[0], a.Slice(1), kw));
        fn.Flags |= TypeFlags.HasDict;

        // ---- bound method
        var m = rt.MethodType;
        Def.Getter(rt, m, "__func__", (ts2, o) => ((PyMethod)o).Func);
        Def.Getter(rt, m, "__self__", (ts2, o) => ((PyMethod)o).Self);
        Def.Getter(rt, m, "__name__", (ts2, o) => Ops<TSync>.GetAttr(ts2, ((PyMethod)o).Func, "__name__"));
        Def.Getter(rt, m, "__qualname__", (ts2, o) => Ops<TSync>.GetAttr(ts2, ((PyMethod)o).Func, "__qualname__"));
        Def.Getter(rt, m, "__doc__", (ts2, o) => Ops<TSync>.GetAttr(ts2, ((PyMethod)o).Func, "__doc__"));
        Def.Method(rt, m, "__repr__", (ts2, a, kw) =>
        {
            var bm = (PyMethod)a[0];
            var qn = Ops<TSync>.TryGetAttr(ts2, bm.Func, ts2.Rt.Intern("__qualname__")) is PyStr q ? q.Value : "?";
            return ts2.Rt.NewStr($"<bound method {qn} of {Ops<TSync>.ReprValue(ts2, bm.Self)}>");
        });
        Def.Method(rt, m, "__eq__", (ts2, a, kw) =>
            a[1] is PyMethod o2 ? ts2.Rt.NewBool(ReferenceEquals(((PyMethod)a[0]).Func, o2.Func) && ReferenceEquals(((PyMethod)a[0]).Self, o2.Self)) : ts2.Rt.NotImplemented);
        Def.Method(rt, m, "__hash__", (ts2, a, kw) => ts2.Rt.NewInt(Ops<TSync>.Hash(ts2, ((PyMethod)a[0]).Func) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(((PyMethod)a[0]).Self)));
        Def.Method(rt, m, "__getattr__", (ts2, a, kw) => Ops<TSync>.GetAttr(ts2, ((PyMethod)a[0]).Func, (PyStr)a[1]));
        Def.Method(rt, m, "__call__", (ts2, a, kw) => Ops<TSync>.Call(ts2, a[0], a.Slice(1), kw));

        // ---- builtin functions and method descriptors
        foreach (var bt in new[] { rt.BuiltinFunctionType, rt.MethodDescriptorType, rt.WrapperDescriptorType, rt.MethodWrapperType })
        {
            Def.Getter(rt, bt, "__name__", (ts2, o) => ts2.Rt.NewStr(((PyBuiltinFunction)o).Name));
            Def.Method(rt, bt, "__call__", (ts2, a, kw) => Ops<TSync>.Call(ts2, a[0], a.Slice(1), kw));
            Def.Getter(rt, bt, "__qualname__", (ts2, o) => ts2.Rt.NewStr(BuiltinQualName(ts2, (PyBuiltinFunction)o)));
            Def.Getter(rt, bt, "__doc__", (ts2, o) =>
                (((PyBuiltinFunction)o).Doc ?? BuiltinDocs.For(ts2.Rt, (PyBuiltinFunction)o)) is { } d ? ts2.Rt.NewStr(d) : ts2.Rt.None);
            Def.Getter(rt, bt, "__self__", (ts2, o) => ReportedSelf(ts2, (PyBuiltinFunction)o));
            Def.Getter(rt, bt, "__text_signature__", (ts2, o) =>
                BuiltinDocs.SignatureFor(ts2.Rt, (PyBuiltinFunction)o) is { } sig ? ts2.Rt.NewStr(sig) : ts2.Rt.None);
            Def.Getter(rt, bt, "__module__", (ts2, o) => ((PyBuiltinFunction)o).ModuleName is { } mn ? ts2.Rt.NewStr(mn) : ts2.Rt.None);
            Def.Method(rt, bt, "__repr__", (ts2, a, kw) =>
            {
                var b = (PyBuiltinFunction)a[0];
                bool slot = ReferenceEquals(b.Type, ts2.Rt.WrapperDescriptorType) || ReferenceEquals(b.Type, ts2.Rt.MethodWrapperType);
                if (b.IsMethodDescriptor) return ts2.Rt.NewStr($"<{(slot ? "slot wrapper" : "method")} '{b.Name}' of '{b.OwnerType!.Name}' objects>");
                if (slot && b.Self != null)
                    return ts2.Rt.NewStr($"<method-wrapper '{b.Name}' of {b.Self.Type.Name} object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(b.Self):x12}>");
                if ((b.Self ?? b.StaticOwner) is { } bound && bound is not PyModule) // a static method: CPython's is bound to its type
                    return ts2.Rt.NewStr($"<built-in method {b.Name} of {bound.Type.Name} object at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(bound):x12}>");
                return ts2.Rt.NewStr($"<built-in function {b.Name}>");
            });
            Def.Method(rt, bt, "__get__", (ts2, a, kw) => Ops<TSync>.BindDescriptor(ts2, a[0], a.Length > 1 && a[1] != ts2.Rt.None ? a[1] : null, a.Length > 2 && a[2] is PyType t2 ? t2 : a[1].Type));
        }

        InstallDescriptorTypes(ts);
        InstallGenerator(ts);
        InstallMisc(ts);
    }

    /// <summary>A builtin's __qualname__ as CPython's meth_get__qualname__/wrapper_qualname: a method
    /// bound to an object (or a class method to a class) names that object's type (or that class),
    /// `L().append` is 'L.append'; descriptors, method-wrappers and static methods their defining type.</summary>
    private static string BuiltinQualName(PyThreadState ts, PyBuiltinFunction b)
    {
        bool wrapper = ReferenceEquals(b.Type, ts.Rt.MethodWrapperType);
        PyType? owner = b.Self == null || b.Self is PyModule || wrapper ? b.OwnerType ?? b.StaticOwner
            : b.Self as PyType ?? b.Self.Type;
        return owner != null ? owner.QualName + "." + b.Name : b.Name;
    }

    /// <summary>A builtin's __self__ as CPython reports it: the bound object; a type's __new__ its
    /// type; a module function its module (when imported); None for a static method.</summary>
    private static PyObject ReportedSelf(PyThreadState ts, PyBuiltinFunction b)
    {
        if (b.Self != null) return b.Self;
        if (b.StaticOwner != null) return b.Name == "__new__" ? b.StaticOwner : ts.Rt.None;
        if (b.OwnerType == null && b.ModuleName != null && ts.Rt.Modules.GetStr(ts.Rt.Intern(b.ModuleName)) is PyModule m) return m;
        return ts.Rt.None;
    }

    private static void InstallDescriptorTypes(PyThreadState ts)
    {
        var rt = ts.Rt;
        // ---- property
        var p = rt.PropertyType;
        p.New = (ts2, cls, a, kw) => new PyProperty(cls);
        Def.StaticMethod(rt, p, "__new__", (ts2, a, kw) => new PyProperty((PyType)a[0]));
        Def.Method(rt, p, "__init__", (ts2, a, kw) =>
        {
            var self = (PyProperty)a[0];
            var bound = Args.Bind(ts2, "property", a.Slice(1), kw, ["fget", "fset", "fdel", "doc"], 0);
            Ops<TSync>.Store(ts2, ref self.Getter, NoneToNull(ts2, bound[0]));
            Ops<TSync>.Store(ts2, ref self.Setter, NoneToNull(ts2, bound[1]));
            Ops<TSync>.Store(ts2, ref self.Deleter, NoneToNull(ts2, bound[2]));
            self.Doc = bound[3];
            if (self.Doc == null && self.Getter != null) self.Doc = Ops<TSync>.TryGetAttr(ts2, self.Getter, ts2.Rt.Intern("__doc__"));
            if (self.Getter != null) self.Name = Ops<TSync>.TryGetAttr(ts2, self.Getter, ts2.Rt.Intern("__name__"));
            return ts2.Rt.None;
        });
        Def.Getter(rt, p, "fget", (ts2, o) => ((PyProperty)o).Getter ?? ts2.Rt.None);
        Def.Getter(rt, p, "fset", (ts2, o) => ((PyProperty)o).Setter ?? ts2.Rt.None);
        Def.Getter(rt, p, "fdel", (ts2, o) => ((PyProperty)o).Deleter ?? ts2.Rt.None);
        Def.Getter(rt, p, "__doc__", (ts2, o) => ((PyProperty)o).Doc ?? ts2.Rt.None, (ts2, o, v) => ((PyProperty)o).Doc = v);
        Def.Getter(rt, p, "__name__", (ts2, o) => ((PyProperty)o).Name ?? throw ts2.Rt.AttributeError("'property' object has no attribute '__name__'"), (ts2, o, v) => ((PyProperty)o).Name = v);
        Def.Getter(rt, p, "__isabstractmethod__", (ts2, o) =>
        {
            var pp = (PyProperty)o;
            foreach (var f in new[] { pp.Getter, pp.Setter, pp.Deleter })
                if (f != null && Ops<TSync>.TryGetAttr(ts2, f, ts2.Rt.Intern("__isabstractmethod__")) is { } v && Ops<TSync>.IsTrue(ts2, v)) return ts2.Rt.True;
            return ts2.Rt.False;
        });
        Def.Method(rt, p, "getter", (ts2, a, kw) => CopyProperty(ts2, (PyProperty)a[0], a[1], null, null));
        Def.Method(rt, p, "setter", (ts2, a, kw) => CopyProperty(ts2, (PyProperty)a[0], null, a[1], null));
        Def.Method(rt, p, "deleter", (ts2, a, kw) => CopyProperty(ts2, (PyProperty)a[0], null, null, a[1]));
        // property's own accessors, never a subclass's override (Ops.PropertyHook): super().__get__ in one ends here.
        Def.Method(rt, p, "__get__", (ts2, a, kw) => a.Length < 2 || a[1] == ts2.Rt.None ? a[0] : Ops<TSync>.PropertyGet(ts2, (PyProperty)a[0], a[1]));
        Def.Method(rt, p, "__set__", (ts2, a, kw) =>
        {
            Args.Count(ts2, "__set__", a.Length - 1, 2, 2);
            Ops<TSync>.PropertySet(ts2, (PyProperty)a[0], a[1], a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, p, "__delete__", (ts2, a, kw) =>
        {
            Args.Count(ts2, "__delete__", a.Length - 1, 1, 1);
            Ops<TSync>.PropertySet(ts2, (PyProperty)a[0], a[1], null);
            return ts2.Rt.None;
        });
        Def.Method(rt, p, "__set_name__", (ts2, a, kw) =>
        {
            var pp = (PyProperty)a[0];
            pp.Name = a[2];
            return ts2.Rt.None;
        });

        // ---- staticmethod / classmethod
        foreach (var (t, isClass) in new[] { (rt.StaticMethodType, false), (rt.ClassMethodType, true) })
        {
            var ic = isClass;
            t.New = (ts2, cls, a, kw) => NewMethodWrapper(ts2, cls, a.Length > 0 ? a[0] : ts2.Rt.None, ic);
            Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
            {
                if (a.Length != 2) throw ts2.Rt.TypeError($"{(ic ? "classmethod" : "staticmethod")} expected 1 argument, got {a.Length - 1}");
                return NewMethodWrapper(ts2, (PyType)a[0], a[1], ic);
            });
            Def.Method(rt, t, "__init__", (ts2, a, kw) => ts2.Rt.None);
            Def.Getter(rt, t, "__func__", (ts2, o) => ((PyMethodWrapper)o).Callable);
            Def.Getter(rt, t, "__wrapped__", (ts2, o) => ((PyMethodWrapper)o).Callable);
            Def.Getter(rt, t, "__isabstractmethod__", (ts2, o) =>
                Ops<TSync>.TryGetAttr(ts2, ((PyMethodWrapper)o).Callable, ts2.Rt.Intern("__isabstractmethod__")) ?? ts2.Rt.False);
            Def.Method(rt, t, "__get__", (ts2, a, kw) =>
            {
                var w = (PyMethodWrapper)a[0];
                var owner = a.Length > 2 && a[2] is PyType ot ? ot : a[1].Type;
                return Ops<TSync>.BindMethodWrapper(ts2, w, owner);
            });
            // staticmethod objects are callable since 3.10; classmethod objects are not.
            if (!ic) Def.Method(rt, t, "__call__", (ts2, a, kw) => Ops<TSync>.Call(ts2, ((PyMethodWrapper)a[0]).Callable, a.Slice(1), kw));
            var kind = ic ? "classmethod" : "staticmethod";
            Def.Method(rt, t, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr($"<{kind}({Ops<TSync>.ReprValue(ts2, ((PyMethodWrapper)a[0]).Callable)})>"));
            t.Flags |= TypeFlags.HasDict;
        }

        InstallMemberDescriptor(ts); // CoreTypes.MemberDescriptor.cs
        InstallBuiltinDescriptors(ts); // CoreTypes.BuiltinDescriptors.cs

        // ---- super
        var s = rt.SuperType;
        Def.StaticMethod(rt, s, "__new__", (ts2, a, kw) => NewSuper(ts2, a.Slice(1)));
        Def.Method(rt, s, "__init__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, s, "__repr__", (ts2, a, kw) =>
        {
            var sp = (PySuper)a[0];
            return ts2.Rt.NewStr(sp.ObjType != null ? $"<super: <class '{sp.ThisType.Name}'>, <{sp.ObjType.Name} object>>" : $"<super: <class '{sp.ThisType.Name}'>, NULL>");
        });
        Def.Getter(rt, s, "__thisclass__", (ts2, o) => ((PySuper)o).ThisType);
        Def.Getter(rt, s, "__self__", (ts2, o) => ((PySuper)o).Obj ?? ts2.Rt.None);
        Def.Getter(rt, s, "__self_class__", (ts2, o) => (PyObject?)((PySuper)o).ObjType ?? ts2.Rt.None);
    }

    /// <summary>staticmethod/classmethod wrap their callable the way functools.wraps does
    /// (CPython 3.10+): __module__, __name__, __qualname__, __doc__ and __annotations__ (not the
    /// callable's __dict__).</summary>
    private static PyMethodWrapper NewMethodWrapper(PyThreadState ts, PyType cls, PyObject callable, bool isClass)
    {
        var w = new PyMethodWrapper(cls, callable, isClass);
        ObjectLifecycle<TSync>.IncRef(ts, callable); // counted: PyMethodWrapper.CollectChildren
        var rt = ts.Rt;
        var d = Ops<TSync>.NewDict(ts);
        ObjectLifecycle<TSync>.IncRef(ts, d); // the wrapper holds a counted reference
        foreach (var name in (ReadOnlySpan<string>)["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"])
        {
            var v = Ops<TSync>.TryGetAttr(ts, callable, rt.Intern(name));
            if (v != null) DictOps<TSync>.SetItem(ts, d, rt.Intern(name), v);
        }
        w.Dict = d;
        return w;
    }

    /// <summary>function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None).</summary>
    private static PyObject NewFunction(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        var b = Args.Bind(ts, "function", a, kw, ["code", "globals", "name", "argdefs", "closure", "kwdefaults"], 2);
        var code = b[0] as PyCode ?? throw rt.TypeError($"function() argument 'code' must be code, not {b[0]!.Type.Name}");
        var globals = b[1] as PyDict ?? throw rt.TypeError($"function() argument 'globals' must be dict, not {b[1]!.Type.Name}");
        var name = NoneToNull(ts, b[2]);
        if (name != null && name is not PyStr) throw rt.TypeError("arg 3 (name) must be None or string");
        var defaults = NoneToNull(ts, b[3]);
        if (defaults != null && defaults is not PyTuple) throw rt.TypeError("arg 4 (defaults) must be None or tuple");
        var closure = NoneToNull(ts, b[4]);
        int nfree = code.Unit.FreeVars.Length;
        if (closure is not (null or PyTuple)) throw rt.TypeError("arg 5 (closure) must be tuple");
        int nclosure = closure is PyTuple ct ? ct.Count : 0;
        if (nfree != nclosure)
            throw rt.ValueError($"{code.Name.Value} requires closure of length {nfree}, not {nclosure}");
        if (closure is PyTuple cells && cells.Items.Any(c => c is not PyCell))
            throw rt.TypeError($"arg 5 (closure) expected cell, found {cells.Items.First(c => c is not PyCell).Type.Name}");
        var kwdefaults = NoneToNull(ts, b[5]);
        if (kwdefaults != null && kwdefaults is not PyDict) throw rt.TypeError("arg 6 (kwdefaults) must be None or dict");
        var fn = new PyFunction(rt.FunctionType, code, globals, rt.BuiltinsFor(globals), (PyStr?)name ?? code.Name, (PyStr?)name ?? code.QualName);
        if (defaults != null) { ObjectLifecycle<TSync>.IncRef(ts, defaults); fn.Defaults = (PyTuple)defaults; }
        if (kwdefaults != null) { ObjectLifecycle<TSync>.IncRef(ts, kwdefaults); fn.KwDefaults = (PyDict)kwdefaults; }
        if (closure != null) { ObjectLifecycle<TSync>.IncRef(ts, closure); fn.Closure = (PyTuple)closure; Interpreter<TSync>.CountClosure(fn); }
        fn.Doc = code.Unit.DocString != null ? rt.NewStr(code.Unit.DocString) : null;
        fn.Module = globals.GetStr(rt.S.__name__);
        return fn;
    }

    /// <summary>
    /// f.__defaults__ = v (None or del: no defaults). The function holds a counted reference to
    /// the tuple; the old tuple's reference is released after its items leave per-thread counting
    /// (the free-threaded policy may have deferred them while this function anchored them).
    /// </summary>
    private static void SetDefaults(PyThreadState ts, PyFunction fn, PyObject? v)
    {
        var t = NoneToNull(ts, v);
        if (t != null && t is not PyTuple) throw ts.Rt.TypeError("__defaults__ must be set to a tuple object");
        if (t != null) ObjectLifecycle<TSync>.IncRef(ts, t);
        var old = fn.Defaults;
        fn.Defaults = (PyTuple?)t;
        if (old == null) return;
        TSync.OnDefaultsReleasing(ts, old);
        ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    private static PyObject? NoneToNull(PyThreadState ts, PyObject? o) => o == null || ReferenceEquals(o, ts.Rt.None) ? null : o;

    private static PyObject CopyProperty(PyThreadState ts, PyProperty p, PyObject? g, PyObject? s, PyObject? d)
    {
        g = NoneToNull(ts, g); // getter(None) / setter(None) / deleter(None) keep the old function
        s = NoneToNull(ts, s);
        d = NoneToNull(ts, d);
        var np = new PyProperty(p.Type)
        {
            Getter = g ?? p.Getter,
            Setter = s ?? p.Setter,
            Deleter = d ?? p.Deleter,
            Doc = p.Doc,
            Name = p.Name,
        };
        if (g != null && p.Doc == null) np.Doc = Ops<TSync>.TryGetAttr(ts, g, ts.Rt.Intern("__doc__"));
        // The accessors are counted references of the new property (PyProperty.CollectChildren).
        foreach (var acc in (ReadOnlySpan<PyObject?>)[np.Getter, np.Setter, np.Deleter])
            if (acc != null) ObjectLifecycle<TSync>.IncRef(ts, acc);
        return np;
    }

    /// <summary>super() / super(type) / super(type, obj).</summary>
    private static PyObject NewSuper(PyThreadState ts, ReadOnlySpan<PyObject> a)
    {
        var rt = ts.Rt;
        PyType thisType;
        PyObject? obj;
        if (a.Length == 0)
        {
            var f = ts.Frame ?? throw rt.RuntimeError("super(): no current frame");
            var code = f.Code;
            if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0) throw rt.RuntimeError("super(): no arguments");
            obj = f.Slots[0];
            if (obj == null)
            {
                // self may live in a cell (captured by an inner function).
                var c2a = code.Unit.Cell2Arg;
                for (int i = 0; i < c2a.Length; i++)
                    if (c2a[i] == 0) obj = ((PyCell)f.Slots[code.NLocals + i]!).Contents;
            }
            if (obj == null) throw rt.RuntimeError("super(): arg[0] deleted");
            int idx = Array.IndexOf(code.Unit.FreeVars, "__class__");
            if (idx < 0) throw rt.RuntimeError("super(): __class__ cell not found");
            var cell = (PyCell)f.Slots[code.NLocals + code.Unit.CellVars.Length + idx]!;
            thisType = cell.Contents as PyType ?? throw rt.RuntimeError("super(): empty __class__ cell");
        }
        else
        {
            thisType = a[0] as PyType ?? throw rt.TypeError($"super() argument 1 must be a type, not {a[0].Type.Name}");
            obj = a.Length > 1 ? a[1] : null;
        }
        var objType = obj != null ? Ops<TSync>.SuperCheck(ts, thisType, obj) : null;
        return new PySuper(rt.SuperType, thisType, obj, objType);
    }

    private static void InstallGenerator(PyThreadState ts)
    {
        var rt = ts.Rt;
        var g = rt.GeneratorType;
        Def.Method(rt, g, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, g, "__next__", (ts2, a, kw) => Generators<TSync>.Send(ts2, (PyGenerator)a[0], ts2.Rt.None));
        Def.Method(rt, g, "send", (ts2, a, kw) => Generators<TSync>.Send(ts2, (PyGenerator)a[0], a[1]))
            .Intrinsic = BuiltinIntrinsic.GeneratorSend; // the eval loop ends the generator without a .NET throw (Interpreter.BuiltinCalls.cs)
        Def.Method(rt, g, "throw", (ts2, a, kw) =>
        {
            var exc = a[1];
            PyBaseException e;
            if (exc is PyType et)
                e = Interpreter<TSync>.ToException(ts2, a.Length > 2 && a[2] != ts2.Rt.None ? Ops<TSync>.Call(ts2, et, [a[2]], null) : et, "exceptions must be classes or instances deriving from BaseException, not " + exc.Type.Name);
            else e = Interpreter<TSync>.ToException(ts2, exc, "exceptions must be classes or instances deriving from BaseException, not " + exc.Type.Name);
            return Generators<TSync>.Throw(ts2, (PyGenerator)a[0], e);
        });
        Def.Method(rt, g, "close", (ts2, a, kw) =>
        {
            return Generators<TSync>.Close(ts2, (PyGenerator)a[0]);
        });
        Def.Getter(rt, g, "__name__", (ts2, o) => ((PyGenerator)o).Name,
            (ts2, o, v) => ((PyGenerator)o).Name = v is PyStr && v.Type == ts2.Rt.StrType ? v : throw ts2.Rt.TypeError("__name__ must be set to a string object"));
        Def.Getter(rt, g, "__qualname__", (ts2, o) => ((PyGenerator)o).QualName,
            (ts2, o, v) => ((PyGenerator)o).QualName = v is PyStr && v.Type == ts2.Rt.StrType ? v : throw ts2.Rt.TypeError("__qualname__ must be set to a string object"));
        g.HasFinalizer = true; // a suspended generator is closed when it is deallocated
        Def.Getter(rt, g, "gi_running", (ts2, o) => ts2.Rt.NewBool(((PyGenerator)o).Running != 0));
        Def.Getter(rt, g, "gi_frame", (ts2, o) =>
        {
            var gen = (PyGenerator)o;
            if (gen.Finished) return ts2.Rt.None;
            return ts2.Rt.EscapingFrameObject(gen.Frame); // (its f_back chain may be read later: no reuse)
        });
        Def.Getter(rt, g, "gi_yieldfrom", (ts2, o) =>
        {
            var f = ((PyGenerator)o).Frame;
            bool delegating = !f.Finished && f.Ip < f.Code.Code.Length && f.Sp > f.StackBase &&
                              Vm.Bytecode.Instr.Op(f.Code.Code[f.Ip]) == Vm.Bytecode.Opcode.YIELD_FROM;
            if (!delegating) return ts2.Rt.None;
            var d = f.Slots[f.Sp - 1]!;
            var gen = (PyGenerator)o;
            if (!d.IsImmortal && !ReferenceEquals(Volatile.Read(ref gen.YieldFromHold), d))
            {
                ObjectLifecycle<TSync>.IncRef(ts2, d);
                if (Interlocked.Exchange(ref gen.YieldFromHold, d) is { } old) ObjectLifecycle<TSync>.DecRef(ts2, old);
            }
            return d;
        });
        Def.Getter(rt, g, "gi_code", (ts2, o) => ((PyGenerator)o).Frame.Code);
        Def.Getter(rt, g, "gi_suspended", (ts2, o) => ts2.Rt.NewBool(((PyGenerator)o).Started && !((PyGenerator)o).Finished && ((PyGenerator)o).Running == 0));
        Def.Method(rt, g, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr($"<generator object {((PyStr)((PyGenerator)a[0]).QualName).Value} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]):x12}>"));

        var it = rt.IteratorType;
        Def.Method(rt, it, "__iter__", (ts2, a, kw) => a[0]);
        Def.Method(rt, it, "__next__", (ts2, a, kw) => ((PyIterBase)a[0]).Next(ts2) ?? throw ts2.Rt.StopIteration());
        Def.Method(rt, it, "__length_hint__", (ts2, a, kw) => ts2.Rt.NewInt(Math.Max(0, ((PyIterBase)a[0]).LengthHint)));
    }

    private static void InstallMisc(PyThreadState ts)
    {
        var rt = ts.Rt;
        var mod = rt.ModuleType;
        mod.New = (ts2, cls, a, kw) => new PyModule(cls, a.Length > 0 ? Ops<TSync>.StrValue(ts2, a[0]) : "?", ts2.Rt.NewModuleDict(a.Length > 0 ? Ops<TSync>.StrValue(ts2, a[0]) : "?", null));
        Def.NewCallsNative(rt, mod);
        Def.Method(rt, mod, "__init__", (ts2, a, kw) =>
        {
            var m = (PyModule)a[0];
            if (a.Length > 2) DictOps<TSync>.SetItem(ts2, m.Dict!, ts2.Rt.Intern("__doc__"), a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, mod, "__repr__", (ts2, a, kw) =>
        {
            var m = (PyModule)a[0];
            var file = m.Dict?.GetStr(ts2.Rt.Intern("__file__")) as PyStr;
            return ts2.Rt.NewStr(file != null ? $"<module '{m.Name}' from '{file.Value}'>" : $"<module '{m.Name}' (built-in)>");
        });
        Def.Method(rt, mod, "__dir__", (ts2, a, kw) =>
        {
            // PEP 562: a module's own __dir__() answers dir(module)
            if (a[0] is PyModule m && m.Dict?.GetStr(ts2.Rt.Intern("__dir__")) is { } own) return Ops<TSync>.Call(ts2, own, [], null);
            return Ops<TSync>.NewList(ts2, DirOf(ts2, a[0]).ToArray());
        });
        mod.Flags |= TypeFlags.HasDict;

        // types.CellType(), types.MethodType(func, obj), types.FunctionType(code, globals, ...)
        rt.CellType.New = (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "cell", kw);
            Args.Count(ts2, "cell", a.Length, 0, 1);
            var c = new PyCell(cls, null);
            if (a.Length == 1) Ops<TSync>.Store(ts2, ref c.Contents, a[0]);
            return c;
        };
        Def.NewCallsNative(rt, rt.CellType);
        rt.MethodType.New = (ts2, cls, a, kw) =>
        {
            Args.NoKwargs(ts2, "method", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"method expected 2 arguments, got {a.Length}");
            if (!Ops<TSync>.IsCallable(ts2, a[0])) throw ts2.Rt.TypeError("first argument must be callable");
            if (ReferenceEquals(a[1], ts2.Rt.None)) throw ts2.Rt.TypeError("instance must not be None");
            return Ops<TSync>.NewBoundMethod(ts2, a[0], a[1]);
        };
        Def.NewCallsNative(rt, rt.MethodType);
        rt.FunctionType.New = (ts2, cls, a, kw) => NewFunction(ts2, a, kw);
        Def.NewCallsNative(rt, rt.FunctionType);

        Def.Getter(rt, rt.CellType, "cell_contents", (ts2, o) => ((PyCell)o).Contents ?? throw ts2.Rt.ValueError("Cell is empty"),
            (ts2, o, v) => Ops<TSync>.StoreShared(ts2, ref ((PyCell)o).Contents, v));
        var code = rt.CodeType;
        Def.Getter(rt, code, "co_name", (ts2, o) => ((PyCode)o).Name);
        Def.Getter(rt, code, "co_qualname", (ts2, o) => ((PyCode)o).QualName);
        Def.Getter(rt, code, "co_filename", (ts2, o) => ts2.Rt.NewStr(((PyCode)o).FileName));
        Def.Getter(rt, code, "co_firstlineno", (ts2, o) => ts2.Rt.NewInt(((PyCode)o).Unit.FirstLineNo));
        Def.Getter(rt, code, "co_argcount", (ts2, o) => ts2.Rt.NewInt(((PyCode)o).ArgCount));
        Def.Getter(rt, code, "co_posonlyargcount", (ts2, o) => ts2.Rt.NewInt(((PyCode)o).PosOnlyArgCount));
        Def.Getter(rt, code, "co_kwonlyargcount", (ts2, o) => ts2.Rt.NewInt(((PyCode)o).KwOnlyArgCount));
        Def.Getter(rt, code, "co_nlocals", (ts2, o) => ts2.Rt.NewInt(((PyCode)o).NLocals));
        Def.Getter(rt, code, "co_flags", (ts2, o) => ts2.Rt.NewInt((int)((PyCode)o).Flags));
        Def.Getter(rt, code, "co_varnames", (ts2, o) => ts2.Rt.NewTupleImmortalItems(((PyCode)o).VarNames.Cast<PyObject>().ToArray()));
        Def.Getter(rt, code, "co_names", (ts2, o) => ts2.Rt.NewTupleImmortalItems(((PyCode)o).Names.Cast<PyObject>().ToArray()));
        Def.Getter(rt, code, "co_freevars", (ts2, o) => ts2.Rt.NewTupleImmortalItems(((PyCode)o).Unit.FreeVars.Select(n => (PyObject)ts2.Rt.Intern(n)).ToArray()));
        Def.Getter(rt, code, "co_cellvars", (ts2, o) => ts2.Rt.NewTupleImmortalItems(((PyCode)o).Unit.CellVars.Select(n => (PyObject)ts2.Rt.Intern(n)).ToArray()));
        Def.Getter(rt, code, "co_consts", (ts2, o) => ts2.Rt.NewTupleImmortalItems(((PyCode)o).Consts));
        Def.Method(rt, code, "replace", (ts2, a, kw) => CodeReplace(ts2, a, kw));
        Def.Method(rt, code, "co_lines", (ts2, a, kw) => CodeLines(ts2, (PyCode)a[0]));
        Def.Method(rt, code, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr($"<code object {((PyCode)a[0]).Name.Value} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]):x12}, file \"{((PyCode)a[0]).FileName}\", line {((PyCode)a[0]).Unit.FirstLineNo}>"));

        var tb = rt.TracebackType;
        Def.Getter(rt, tb, "tb_lineno", (ts2, o) => ts2.Rt.NewInt(((PyTraceback)o).Line));
        Def.Getter(rt, tb, "tb_next", (ts2, o) => (PyObject?)((PyTraceback)o).Next ?? ts2.Rt.None);
        Def.Getter(rt, tb, "tb_frame", (ts2, o) => ((PyTraceback)o).Frame is { } fr ? ts2.Rt.EscapingFrameObject(fr) : ts2.Rt.None);
        Def.Getter(rt, rt.FrameType, "f_code", (ts2, o) => ((PyNative<Frame>)o).State.Code);
        // A generator or coroutine not yet started is at its def line (CPython's frame has run RETURN_GENERATOR there).
        // (and during a 'call' trace event: Tracing/Interpreter.Tracing.cs)
        Def.Getter(rt, rt.FrameType, "f_lineno", (ts2, o) => ((PyNative<Frame>)o).State is var f && (f.Generator != null && !f.Executing || f.TraceInCall) && f.Ip == 0
            ? ts2.Rt.NewInt(f.Code.Unit.FirstLineNo) : ts2.Rt.NewInt(f.Line));
        Def.Getter(rt, rt.FrameType, "f_lasti", (ts2, o) => ts2.Rt.NewInt(((PyNative<Frame>)o).State.LastIp * 2));
        Def.Getter(rt, rt.FrameType, "f_trace", (ts2, o) => ((PyNative<Frame>)o).State.FTrace ?? ts2.Rt.None,
            (ts2, o, v) => Interpreter<TSync>.SetFTrace(ts2, ((PyNative<Frame>)o).State, v));
        Def.Getter(rt, rt.FrameType, "f_trace_lines", (ts2, o) => ts2.Rt.NewBool(((PyNative<Frame>)o).State.TraceLines),
            (ts2, o, v) => ((PyNative<Frame>)o).State.TraceLines = v != null && FrameTraceFlag(ts2, v, "f_trace_lines"));
        Def.Getter(rt, rt.FrameType, "f_trace_opcodes", (ts2, o) => ts2.Rt.NewBool(((PyNative<Frame>)o).State.TraceOpcodes),
            (ts2, o, v) => ((PyNative<Frame>)o).State.TraceOpcodes = v != null && FrameTraceFlag(ts2, v, "f_trace_opcodes"));
        Def.Getter(rt, rt.FrameType, "f_locals", (ts2, o) => FrameLocalsProxy<TSync>.Of(ts2, ((PyNative<Frame>)o).State));
        Def.Getter(rt, rt.FrameType, "f_globals", (ts2, o) => ((PyNative<Frame>)o).State.Globals);
        Def.Getter(rt, rt.FrameType, "f_back", (ts2, o) => ((PyNative<Frame>)o).State.Back is { } b ? ts2.Rt.EscapingFrameObject(b) : ts2.Rt.None);
    }

    /// <summary>code.co_lines(): (start, end, line) for each run of instructions on one line, in
    /// bytes (two per instruction, as CPython's offsets); the trace module's executable lines.</summary>
    private static PyObject CodeLines(PyThreadState ts, PyCode code)
    {
        var rt = ts.Rt;
        var unit = code.Unit;
        int n = unit.Code.Length;
        var runs = new List<PyObject>();
        for (int i = 0; i < n;)
        {
            int line = unit.LineAt(i), j = i + 1;
            while (j < n && unit.LineAt(j) == line) j++;
            runs.Add(Ops<TSync>.NewTuple(ts, [rt.NewInt(2 * i), rt.NewInt(2 * j), line > 0 ? rt.NewInt(line) : rt.None]));
            i = j;
        }
        return Ops<TSync>.GetIter(ts, Ops<TSync>.NewList(ts, runs.ToArray()));
    }

    private static bool FrameTraceFlag(PyThreadState ts, PyObject v, string name) =>
        v is PyBool ? Ops<TSync>.IsTrue(ts, v) : throw ts.Rt.TypeError($"attribute value type must be bool");

    /// <summary>
    /// code.replace(**changes): a new code object with the named fields replaced. pyvm's bytecode is
    /// not CPython's, so the fields that describe it (co_code, co_consts, co_names, co_varnames,
    /// co_nlocals, co_stacksize, the argument counts, the line table ...) cannot be replaced and
    /// raise ValueError naming the field; of co_flags only CO_ITERABLE_COROUTINE (0x100, what
    /// types.coroutine sets) may change, the other bits describe how the code was compiled.
    /// </summary>
    private static PyObject CodeReplace(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        int nkw = kw?.Items.Length ?? 0;
        if (a.Length - nkw != 1) throw rt.TypeError("replace() takes no positional arguments");
        var co = (PyCode)a[0];
        var unit = co.Unit.Copy();
        PyStr name = co.Name, qualName = co.QualName;
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kw!.Items[i]).Value;
            var v = a[a.Length - nkw + i];
            switch (key)
            {
                case "co_name":
                    name = v as PyStr ?? throw rt.TypeError($"replace() argument 'co_name' must be str, not {v.Type.Name}");
                    unit.Name = name.Value;
                    break;
                case "co_qualname":
                    qualName = v as PyStr ?? throw rt.TypeError($"replace() argument 'co_qualname' must be str, not {v.Type.Name}");
                    unit.QualName = qualName.Value;
                    break;
                case "co_filename":
                    unit.FileName = (v as PyStr ?? throw rt.TypeError($"replace() argument 'co_filename' must be str, not {v.Type.Name}")).Value;
                    break;
                case "co_firstlineno":
                    unit.FirstLineNo = (int)Ops<TSync>.IndexToLong(ts, v);
                    break;
                case "co_flags":
                {
                    long flags = Ops<TSync>.IndexToLong(ts, v);
                    const long mutable = (long)CodeFlags.IterableCoroutine;
                    if ((flags & ~mutable) != ((long)co.Flags & ~mutable))
                        throw rt.ValueError("code.replace(): pyvm can change only the CO_ITERABLE_COROUTINE bit (0x100) of co_flags");
                    unit.Flags = (CodeFlags)flags;
                    break;
                }
                default:
                    if (key.StartsWith("co_", StringComparison.Ordinal) && rt.CodeType.Lookup(rt.Intern(key)) != null || key is "co_code" or "co_linetable" or "co_exceptiontable" or "co_stacksize")
                        throw rt.ValueError($"code.replace(): pyvm cannot replace '{key}' (its bytecode is not CPython's)");
                    throw rt.TypeError($"replace() got an unexpected keyword argument '{key}'");
            }
        }
        return new PyCode(rt.CodeType, unit, co.Consts, co.Names, co.VarNames, name, qualName);
    }

    private static void InstallSingletons(PyThreadState ts)
    {
        var rt = ts.Rt;
        Def.Method(rt, rt.NoneType, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr("None"));
        Def.Method(rt, rt.NoneType, "__bool__", (ts2, a, kw) => ts2.Rt.False);
        Def.Method(rt, rt.NoneType, "__hash__", (ts2, a, kw) => ts2.Rt.NewInt(0xFCA86420L));
        Def.StaticMethod(rt, rt.NoneType, "__new__", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, rt.NotImplementedType, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr("NotImplemented"));
        Def.Method(rt, rt.EllipsisType, "__repr__", (ts2, a, kw) => ts2.Rt.NewStr("Ellipsis"));
        Def.Method(rt, rt.ObjectType, "__reduce__", (ts2, a, kw) => throw ts2.Rt.TypeError($"cannot pickle '{a[0].Type.Name}' object"));
    }
}
