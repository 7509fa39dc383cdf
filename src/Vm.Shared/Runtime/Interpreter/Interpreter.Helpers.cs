using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    private static PyException UnboundLocal(PyThreadState ts, PyCode code, int index) =>
        ts.Rt.Error("UnboundLocalError",
            $"cannot access local variable '{code.Unit.VarNames[index]}' where it is not associated with a value");

    private static PyException UnboundDeref(PyThreadState ts, PyCode code, int index)
    {
        int ncell = code.Unit.CellVars.Length;
        if (index < ncell)
            return ts.Rt.Error("UnboundLocalError",
                $"cannot access local variable '{code.Unit.CellVars[index]}' where it is not associated with a value");
        return ts.Rt.NameError(
            $"cannot access free variable '{code.Unit.FreeVars[index - ncell]}' where it is not associated with a value in enclosing scope");
    }

    /// <summary>tuple[i] for an int index (tuple.__getitem__'s int branch, with its error).</summary>
    /// <summary>The IndexError of an int subscript out of range of list or tuple <paramref name="o"/>.</summary>
    private static PyException IndexOutOfRange(PyThreadState ts, PyObject o) =>
        o is PyList ? ListOps<TSync>.IndexOutOfRange(ts) : o is PyStr ? Vm.Builtins.StrType<TSync>.IndexOutOfRange(ts.Rt) : ts.Rt.IndexError("tuple index out of range");

    /// <summary>t[i] as tuple.__getitem__ does it with an int, or null when i is out of range
    /// (the caller raises IndexError: "tuple index out of range").</summary>
    private static PyObject? TupleIndexOrNull(PyTuple t, long i)
    {
        var items = t.Items;
        if (i < 0) i += items.Length;
        if ((ulong)i >= (ulong)items.Length) return null;
        return items[i];
    }

    /// <summary>mapping[key] or null (KeyError swallowed) for locals mappings.</summary>
    internal static PyObject? MappingGet(PyThreadState ts, PyObject mapping, PyStr key)
    {
        if (mapping is PyDict d && d.Type == ts.Rt.DictType) return DictOps<TSync>.GetItemOrNull(ts, d, key);
        if (mapping is PyDict d2) return DictOps<TSync>.GetItemOrNull(ts, d2, key) ?? MappingGetSlow(ts, mapping, key);
        return MappingGetSlow(ts, mapping, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    private static PyObject? MappingGetSlow(PyThreadState ts, PyObject mapping, PyStr key)
    {
        try
        {
            return Ops<TSync>.GetItem(ts, mapping, key);
        }
        catch (PyException e) when (Ops<TSync>.IsInstance(e.Value, ts.Rt.ExceptionTypes["KeyError"]))
        {
            Ops<TSync>.DiscardException(ts, e);
            return null;
        }
    }

    /// <summary>LOAD_METHOD: returns an unbound function to call with self (unbound=true), or the bound attribute.</summary>
    internal static PyObject LoadMethod(PyThreadState ts, PyObject o, PyStr name, out bool unbound)
    {
        var tp = o.Type;
        if (o is not PyType && o is not PySuper && !(tp.IsHeapType && (tp.CustomGetAttribute)))
        {
            var descr = tp.Lookup(name);
            if (descr is PyFunction || descr is PyBuiltinFunction { IsMethodDescriptor: true })
            {
                // A plain method: an instance attribute of the same name would shadow it.
                var own = InstanceDictOps<TSync>.OwnAttr(ts, o, name);
                if (own != null)
                {
                    unbound = false;
                    return own;
                }
                unbound = true;
                return descr;
            }
        }
        unbound = false;
        return Ops<TSync>.GetAttr(ts, o, name);
    }

    /// <summary>A call from the eval loop: Python functions run without a .NET throw on error (null result).</summary>
    internal static PyObject? CallFromStack(PyThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (callable is PyFunction pf) return CallFunctionOrNull(ts, pf, args, kwnames);
        if (callable is PyMethod m && m.Func is PyFunction mf) return CallFunctionWithSelfOrNull(ts, mf, m.Self, args, kwnames);
        // A builtin type's own call (TypeFastCalls.cs): what TypeOps.CallType would reach first.
        if (callable is PyType { FastCall: { } fast })
        {
            if (fast(ts, args, kwnames) is { } made) return made;
            if (ts.CurrentException != null) return null; // it raised (int("x")): no .NET throw
        }
        return Ops<TSync>.Call(ts, callable, args, kwnames);
    }

    /// <summary>
    /// CALL_EX's call of slots[fnIndex] with the positional arguments in slots[fnIndex + 1] and the
    /// keyword arguments (a dict) above them. The operands stay on the stack, where the caller
    /// releases them; an iterable that is not a tuple is replaced there by the tuple of its items
    /// (and released), as CPython's PySequence_Tuple, so fresh items are counted and go with it.
    /// </summary>
    internal static PyObject? CallEx(PyThreadState ts, Frame f, PyObject?[] slots, int fnIndex, bool hasKwargs)
    {
        var callable = slots[fnIndex]!;
        var argsObj = slots[fnIndex + 1]!;
        var kwargs = hasKwargs ? slots[fnIndex + 2] : null;
        if (argsObj is not PyTuple t)
        {
            if (!Ops<TSync>.IsIterable(ts, argsObj))
                throw ts.Rt.TypeError($"{DictOps<TSync>.FuncDesc(ts, callable)} argument after * must be an iterable, not {argsObj.Type.Name}");
            t = Ops<TSync>.NewTuple(ts, Ops<TSync>.ToArray(ts, argsObj));
            Put(slots, fnIndex + 1, t);
            ObjectLifecycle<TSync>.DropBorrowed(ts, argsObj);
        }
        var args = t.Items;
        if (kwargs == null || (kwargs is PyDict kd0 && kd0.Count == 0))
            return CallFromStack(ts, callable, args, null);
        var kd = kwargs as PyDict ?? throw ts.Rt.TypeError($"{DictOps<TSync>.FuncDesc(ts, callable)} argument after ** must be a mapping, not {kwargs.Type.Name}");
        var pairs = kd.Snapshot();
        var all = new PyObject[args.Length + pairs.Count];
        args.CopyTo(all, 0);
        var names = new PyObject[pairs.Count];
        for (int i = 0; i < pairs.Count; i++)
        {
            if (pairs[i].Key is not PyStr) throw ts.Rt.TypeError("keywords must be strings");
            names[i] = pairs[i].Key;
            all[args.Length + i] = pairs[i].Value;
        }
        return CallFromStack(ts, callable, all, ts.Rt.NewTupleImmortalItems(names));
    }

    /// <summary>
    /// A function with a closure is counted (not deferred) so that `del f` releases what it
    /// captured at once, as in CPython; its cells are counted too. Call before publishing fn.
    /// </summary>
    internal static void CountClosure(PyFunction fn) => fn.MakeMortalUnpublished();

    internal static PyFunction MakeFunction(PyThreadState ts, Frame f, PyCode code, PyStr qualname, PyTuple? defaults,
        PyDict? kwdefaults, PyTuple? annotations, PyTuple? closure)
    {
        var rt = ts.Rt;
        var fn = new PyFunction(rt.FunctionType, code, f.Globals, f.Builtins, code.Name, qualname);
        if (defaults != null) { ObjectLifecycle<TSync>.IncRef(ts, defaults); fn.Defaults = defaults; }
        if (kwdefaults != null) { ObjectLifecycle<TSync>.IncRef(ts, kwdefaults); fn.KwDefaults = kwdefaults; }
        if (closure != null) { ObjectLifecycle<TSync>.IncRef(ts, closure); fn.Closure = closure; CountClosure(fn); }
        if (annotations != null)
        {
            var d = Ops<TSync>.NewDict(ts);
            for (int i = 0; i + 1 < annotations.Count; i += 2) DictOps<TSync>.SetItem(ts, d, annotations.Items[i], annotations.Items[i + 1]);
            ObjectLifecycle<TSync>.IncRef(ts, d); // counted, as __annotations__ assignment counts (CollectChildren)
            fn.Annotations = d;
        }
        fn.Doc = code.Unit.DocString != null ? rt.NewStr(code.Unit.DocString) : null;
        fn.Module = f.Globals.GetStr(rt.S.__name__);
        return fn;
    }

    /// <summary>
    /// A tuple or list (of type <paramref name="builtin"/> or a subclass) whose iteration is the
    /// builtin's: its items can be read directly. A subclass that defines its own __iter__ is
    /// unpacked by iterating, as CPython does.
    /// </summary>
    private static bool IteratesAsItself(PyRuntime rt, PyObject seq, PyType builtin) =>
        ReferenceEquals(seq.Type, builtin) || ReferenceEquals(seq.Type.Lookup(rt.S.__iter__), builtin.Lookup(rt.S.__iter__));

    /// <summary>Unpacks exactly `before` items (after &lt; 0), or before + list + after items (UNPACK_EX).</summary>
    internal static PyObject[] UnpackIterable(PyThreadState ts, PyObject seq, int before, int after)
    {
        var rt = ts.Rt;
        PyObject[] items;
        if (seq is PyTuple t && IteratesAsItself(rt, seq, rt.TupleType)) items = t.Items;
        else if (seq is PyList l && IteratesAsItself(rt, seq, rt.ListType)) items = ListOps<TSync>.Snapshot(ts, l);
        else
        {
            if (!Ops<TSync>.IsIterable(ts, seq))
                throw rt.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
            // A tuple or list here is a subclass with its own __iter__: iterate it.
            if (after < 0 || seq is PyTuple or PyList)
            {
                // Stop early: too many values must not exhaust an infinite iterator.
                var it = Ops<TSync>.GetIter(ts, seq);
                var buf = new List<PyObject>(before);
                while (true)
                {
                    var v = Ops<TSync>.Next(ts, it);
                    if (v == null) break;
                    if (after < 0 && buf.Count == before)
                        throw rt.ValueError($"too many values to unpack (expected {before})");
                    buf.Add(v);
                }
                items = buf.ToArray();
            }
            else items = Ops<TSync>.ToArray(ts, seq);
        }
        if (after < 0)
        {
            if (items.Length < before)
                throw rt.ValueError($"not enough values to unpack (expected {before}, got {items.Length})");
            if (items.Length > before)
                throw rt.ValueError($"too many values to unpack (expected {before})");
            return items;
        }
        if (items.Length < before + after)
            throw rt.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        var res = new PyObject[before + 1 + after];
        Array.Copy(items, 0, res, 0, before);
        int midLen = items.Length - before - after;
        var mid = new PyObject[midLen];
        Array.Copy(items, before, mid, 0, midLen);
        res[before] = Ops<TSync>.NewList(ts, mid);
        Array.Copy(items, before + midLen, res, before + 1, after);
        return res;
    }

    /// <summary>`except t:` — t is an exception class or a flat tuple of them (checked before
    /// matching, as CPython's CHECK_EXC_MATCH does: a bad entry fails even after a match).</summary>
    internal static bool ExceptionMatches(PyThreadState ts, PyObject e, PyObject t)
    {
        // `except E` naming the raised exception's own class: a BaseException subclass, as e is an exception.
        if (ReferenceEquals(e.Type, t)) return true;
        if (t is PyTuple tup)
        {
            foreach (var x in tup.Items) CheckExceptType(ts, x);
            foreach (var x in tup.Items) if (e.Type.IsSubtypeOf((PyType)x)) return true;
            return false;
        }
        CheckExceptType(ts, t);
        return e.Type.IsSubtypeOf((PyType)t);
    }

    private static void CheckExceptType(PyThreadState ts, PyObject t)
    {
        // TypeFlags.Exception is set on BaseException's subclasses only (ExceptionsSetup, TypeOps).
        if (t is not PyType tt || ((tt.Flags & TypeFlags.Exception) == 0 && !tt.IsSubtypeOf(ts.Rt.ExceptionTypes["BaseException"])))
            throw ts.Rt.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>Builds the exception for RAISE_VARARGS (instantiating classes, setting __cause__).</summary>
    internal static PyBaseException MakeRaise(PyThreadState ts, PyObject? exc, PyObject? cause, bool hasCause)
    {
        var rt = ts.Rt;
        if (exc == null)
        {
            if (ts.HandledException is PyBaseException cur) return cur;
            return rt.NewException(rt.ExceptionTypes["RuntimeError"], "No active exception to reraise");
        }
        var e = ToException(ts, exc, "exceptions must derive from BaseException");
        e.ContextDecided = false; // an explicit raise: its context is decided here (SetContext)
        if (hasCause)
        {
            if (cause == null || ReferenceEquals(cause, rt.None)) ExceptionLinks<TSync>.SetCause(ts, e, null);
            else ExceptionLinks<TSync>.SetCause(ts, e, ToException(ts, cause, "exception causes must derive from BaseException"));
            e.SuppressContext = true;
        }
        return e;
    }

    internal static PyBaseException ToException(PyThreadState ts, PyObject o, string msg)
    {
        if (o is PyBaseException be) return be;
        if (o is PyType t && t.IsSubtypeOf(ts.Rt.ExceptionTypes["BaseException"]))
        {
            var inst = Ops<TSync>.Call(ts, t, [], null);
            if (inst is PyBaseException ie) return ie;
            throw ts.Rt.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {inst.Type.Name}");
        }
        throw ts.Rt.TypeError(msg);
    }
}
