using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>Key equality through Python's == (for dict and set probing).</summary>
public struct PyKeyEq<TSync> : IKeyEquality where TSync : struct, Vm.Concurrency.ISyncPolicy
{
    public PyThreadState Ts;
    public PyKeyEq(PyThreadState ts) { Ts = ts; }
    public bool Equal(PyObject stored, PyObject probe) => Ops<TSync>.Eq(Ts, stored, probe);
}

public static partial class Ops<TSync>
{
    // ---------------------------------------------------------------- truth, str, repr, hash
    public static bool IsTrue(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        if (ReferenceEquals(o, rt.True)) return true;
        if (ReferenceEquals(o, rt.False) || ReferenceEquals(o, rt.None)) return false;
        // The type compared first: `o is PyInt` of a str was a class-hierarchy walk (CastHelpers) before its own case.
        var tp = o.Type;
        if (tp == rt.IntType && o is PyInt i) return i.IsBig || i.Small != 0;
        if (tp == rt.StrType && o is PyStr s) return s.Value.Length != 0;
        if (tp == rt.ListType && o is PyList l) return l.Count != 0;
        if (tp == rt.TupleType && o is PyTuple t) return t.Count != 0;
        if (tp == rt.DictType && o is PyDict d) return d.Count != 0;
        if (tp == rt.FloatType && o is PyFloat fl) return fl.Value != 0.0;
        var b = o.Type.Lookup(rt.S.__bool__);
        if (b != null)
        {
            var r = CallMethodDescr(ts, b, o, []);
            if (r is PyBool pb) return pb.Value;
            throw rt.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        var len = o.Type.Lookup(rt.S.__len__);
        if (len != null)
        {
            var r = CallMethodDescr(ts, len, o, []);
            return IndexToLong(ts, r, lenResult: true) != 0;
        }
        return true;
    }

    public static PyStr Str(PyThreadState ts, PyObject o)
    {
        if (o is PyStr s && o.Type == ts.Rt.StrType) return s;
        var m = o.Type.Lookup(ts.Rt.S.__str__);
        if (m == null) return Repr(ts, o);
        ts.EnterNativeRecursion(" while getting the str of an object");
        PyObject r;
        try { r = CallMethodDescr(ts, m, o, []); }
        finally { ts.LeaveNativeRecursion(); }
        if (r is PyStr rs) return rs;
        throw ts.Rt.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    public static string StrValue(PyThreadState ts, PyObject o) => Str(ts, o).Value;

    public static PyStr Repr(PyThreadState ts, PyObject o)
    {
        var m = o.Type.Lookup(ts.Rt.S.__repr__);
        if (m == null) return ts.Rt.NewStr(DefaultRepr(ts, o));
        ts.EnterNativeRecursion(" while getting the repr of an object");
        PyObject r;
        try { r = CallMethodDescr(ts, m, o, []); }
        finally { ts.LeaveNativeRecursion(); }
        if (r is PyStr rs) return rs;
        throw ts.Rt.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    }

    public static string ReprValue(PyThreadState ts, PyObject o) => Repr(ts, o).Value;

    public static string DefaultRepr(PyThreadState ts, PyObject o)
    {
        var mod = o.Type.Dict.GetStr(ts.Rt.S.__module__);
        string prefix = mod is PyStr ms && ms.Value != "builtins" ? ms.Value + "." : "";
        return $"<{prefix}{o.Type.QualName} object at 0x{RuntimeHelpers.GetHashCode(o):x12}>";
    }

    public static PyStr Ascii(PyThreadState ts, PyObject o)
    {
        // Code point by code point, so an escaped lone surrogate becomes \udXXX (Objects/LoneSurrogates.cs).
        return ts.Rt.NewStr(Vm.Builtins.Text.TextRepr.AsciiOf(Repr(ts, o).Value));
    }

    /// <summary>The name CPython's messages quote for a type (its tp_name): a class's own name, and for a builtin
    /// type of a module other than builtins the dotted "module.Name" (collections.OrderedDict).</summary>
    public static string MessageName(PyThreadState ts, PyType t) =>
        !t.IsHeapType && t.Dict.GetStr(ts.Rt.S.__module__) is PyStr m && m.Value != "builtins" ? m.Value + "." + t.Name : t.Name;

    public static long Hash(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        if (o is PyStr s && o.Type == rt.StrType) return s.Hash;
        if (o is PyInt i && (o.Type == rt.IntType || o.Type == rt.BoolType)) return Numbers.HashInt(i);
        var m = o.Type.Lookup(rt.S.__hash__);
        if (m == null || ReferenceEquals(m, rt.None))
            throw rt.TypeError($"unhashable type: '{MessageName(ts, o.Type)}'");
        // object.__hash__ (types, functions, instances without __eq__) and tuple.__hash__ computed here,
        // as the descriptor computes them, without the int the descriptor returns (48 bytes when the hash
        // is past the small-int cache: every lookup of a class in a dict or set paid it).
        // HashFastPathTests checks both against hash() through the descriptors.
        if (ReferenceEquals(m, rt.ObjectType.Lookup(rt.S.__hash__))) return NotMinusOne(RuntimeHelpers.GetHashCode(o));
        if (o is PyTuple t && ReferenceEquals(m, rt.TupleType.Lookup(rt.S.__hash__)))
            return NotMinusOne(Vm.Builtins.ContainerTypes<TSync>.TupleHash(ts, t));
        var r = CallMethodDescr(ts, m, o, []);
        if (r is not PyInt ri) throw rt.TypeError("__hash__ method should return an integer");
        long h = ri.IsBig ? Numbers.HashInt(ri) : ri.Small;
        return NotMinusOne(h);
    }

    private static long NotMinusOne(long h) => h == -1 ? -2 : h;

    // ---------------------------------------------------------------- comparison
    public static bool Eq(PyThreadState ts, PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        var rt = ts.Rt;
        if (a is PyStr sa && b is PyStr sb && a.Type == rt.StrType && b.Type == rt.StrType) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig && a.Type == rt.IntType && b.Type == rt.IntType) return ia.Small == ib.Small;
        return IsTrue(ts, RichCompare(ts, a, b, CompareOpArg.Eq));
    }

    private static readonly string[] s_cmpSymbols = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly CompareOpArg[] s_swapped = [CompareOpArg.Gt, CompareOpArg.GtE, CompareOpArg.Eq, CompareOpArg.NotEq, CompareOpArg.Lt, CompareOpArg.LtE];

    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static PyObject RichCompare(PyThreadState ts, PyObject a, PyObject b, CompareOpArg op)
    {
        // Ops.CompareFast.cs; below the native recursion limit, where entering it would raise RecursionError as CPython's compare does
        if (!ReferenceEquals(a.Type, b.Type) && ts.NativeRecursionDepth < PyThreadState.NativeRecursionLimit
            && TryEqualityOfDisjointKinds(ts.Rt, a.Type, b.Type, op) is { } known) return known;
        // PyObject_RichCompare counts as native recursion: comparing two deeply nested lists
        // stops with RecursionError at the native limit, as in CPython.
        ts.EnterNativeRecursion(" in comparison");
        try { return RichCompareNested(ts, a, b, op); }
        finally { ts.LeaveNativeRecursion(); }
    }

    private static PyObject RichCompareNested(PyThreadState ts, PyObject a, PyObject b, CompareOpArg op)
    {
        var rt = ts.Rt;
        var ta = a.Type;
        var tb = b.Type;
        if (ReferenceEquals(ta, tb) && TryCompareExactScalars(rt, a, b, op) is { } fast) return fast;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw rt.Error("RecursionError", "maximum recursion depth exceeded in comparison");
        if (ReferenceEquals(ta, tb) && ReferenceEquals(ta, rt.TupleType))
            return Vm.Builtins.ContainerTypes<TSync>.TupleCompare(ts, (PyTuple)a, (PyTuple)b, op);
        if (ReferenceEquals(ta, tb) && ReferenceEquals(ta, rt.ListType)) // list.__lt__ & co. without the method call
            return Vm.Builtins.ContainerTypes<TSync>.ListCompare(ts, (PyList)a, (PyList)b, op);
        var name = rt.S.Compare[(int)op];
        var swappedName = rt.S.Compare[(int)s_swapped[(int)op]];
        bool checkedReflected = false;
        if (ta != tb && tb.IsSubtypeOf(ta))
        {
            var rm = tb.Lookup(swappedName);
            if (rm != null && rm != ta.Lookup(swappedName))
            {
                checkedReflected = true;
                var r = CallMethodDescr(ts, rm, b, [a]);
                if (!ReferenceEquals(r, rt.NotImplemented)) return r;
            }
        }
        var m = ta.Lookup(name);
        if (m != null)
        {
            var r = CallMethodDescr(ts, m, a, [b]);
            if (!ReferenceEquals(r, rt.NotImplemented)) return r;
        }
        if (!checkedReflected)
        {
            var rm = tb.Lookup(swappedName);
            if (rm != null)
            {
                var r = CallMethodDescr(ts, rm, b, [a]);
                if (!ReferenceEquals(r, rt.NotImplemented)) return r;
            }
        }
        if (op == CompareOpArg.Eq) return Bool(ts, ReferenceEquals(a, b));
        if (op == CompareOpArg.NotEq) return Bool(ts, !ReferenceEquals(a, b));
        throw rt.TypeError($"'{s_cmpSymbols[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'");
    }

    public static bool RichCompareBool(PyThreadState ts, PyObject a, PyObject b, CompareOpArg op)
    {
        if (op == CompareOpArg.Eq) return Eq(ts, a, b);
        if (op == CompareOpArg.NotEq && ReferenceEquals(a, b)) return false;
        return IsTrue(ts, RichCompare(ts, a, b, op));
    }

    public static bool IsInstance(PyObject o, PyType t) => o.Type.IsSubtypeOf(t);

    // ---------------------------------------------------------------- containers
    public static bool Contains(PyThreadState ts, PyObject container, PyObject item)
    {
        var rt = ts.Rt;
        // `x in s` (n-queens' attacked-square sets): an exact set or frozenset, before the type tests below.
        // Exact types by their .NET class first (a class test, not a cast helper call each; each test
        // written as `GetType() == typeof(X)`, which compiles to a method-table compare: a Type kept in
        // a local made it a call of Object.GetType at every `in`).
        if (container.GetType() == typeof(PySet) && (container.Type == rt.SetType || container.Type == rt.FrozenSetType))
            return SetOps<TSync>.Contains(ts, Unsafe.As<PySet>(container), item);
        if (container.GetType() == typeof(PyList) && container.Type == rt.ListType)
        {
            var l = Unsafe.As<PyList>(container);
            for (int i = 0; ; i++)
            {
                var x = l.TryGetItem<TSync>(ts, i);
                if (x == null) return false;
                if (Eq(ts, x, item)) return true;
            }
        }
        if (container.GetType() == typeof(PyTuple) && container.Type == rt.TupleType)
        {
            foreach (var x in Unsafe.As<PyTuple>(container).Items) if (Eq(ts, x, item)) return true;
            return false;
        }
        switch (container)
        {
            case PyDict d when container.Type == rt.DictType: return DictOps<TSync>.GetItemOrNull(ts, d, item) != null;
            case PyStr s when container.Type == rt.StrType:
                if (item is not PyStr sub) throw rt.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
        }
        var m = container.Type.Lookup(rt.S.__contains__);
        if (m != null) return IsTrue(ts, CallMethodDescr(ts, m, container, [item]));
        if (!IsIterable(ts, container))
            throw rt.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        var it = GetIter(ts, container);
        try
        {
            while (Next(ts, it) is { } v)
            {
                bool eq = Eq(ts, v, item);
                ObjectLifecycle<TSync>.DropBorrowed(ts, v); // a fresh item (zip's tuple) dies here
                if (eq) return true;
            }
            return false;
        }
        finally
        {
            DropIterator(ts, it, container);
        }
    }

    /// <summary>Drops the iterator GetIter made for <paramref name="iterable"/> (a .NET local holds it
    /// uncounted): freeing it releases its counted reference to the iterable, as FOR_ITER's drop
    /// does. Not when the iterable was its own iterator: that one belongs to the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DropIterator(PyThreadState ts, PyObject it, PyObject iterable)
    {
        if (!ReferenceEquals(it, iterable)) ObjectLifecycle<TSync>.DropBorrowed(ts, it);
    }

    public static PyObject GetItem(PyThreadState ts, PyObject o, PyObject key)
    {
        var rt = ts.Rt;
        if (o is PyDict d && o.Type == rt.DictType) return DictOps<TSync>.GetItem(ts, d, key);
        var m = o.Type.Lookup(rt.S.__getitem__);
        if (m != null) return CallMethodDescr(ts, m, o, [key]);
        if (o is PyType t)
        {
            var cg = t.Lookup(rt.S.__class_getitem__);
            if (cg != null) return Call(ts, cg is PyFunction ? NewBoundMethod(ts, cg, t) : BindDescriptor(ts, cg, null, t), [key], null);
            throw rt.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw rt.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyThreadState ts, PyObject o, PyObject key, PyObject value)
    {
        var rt = ts.Rt;
        if (o is PyDict d && o.Type == rt.DictType) { DictOps<TSync>.SetItem(ts, d, key, value); return; }
        var m = o.Type.Lookup(rt.S.__setitem__);
        if (m == null) throw rt.TypeError($"'{o.Type.Name}' object does not support item assignment");
        CallMethodDescr(ts, m, o, [key, value]);
    }

    public static void DelItem(PyThreadState ts, PyObject o, PyObject key)
    {
        var rt = ts.Rt;
        var m = o.Type.Lookup(rt.S.__delitem__);
        if (m == null) throw rt.TypeError($"'{o.Type.Name}' object doesn't support item deletion");
        CallMethodDescr(ts, m, o, [key]);
    }

    public static long Len(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        if (!o.Type.IsHeapType)
        {
            switch (o)
            {
                case PyList l: return l.Count;
                case PyTuple t: return t.Count;
                case PyStr s: return s.Length;
                case PyDict d: return d.Count;
                case PySet st: return st.Count;
            }
        }
        var m = o.Type.Lookup(rt.S.__len__);
        if (m == null) throw rt.TypeError($"object of type '{o.Type.Name}' has no len()");
        var r = CallMethodDescr(ts, m, o, []);
        return IndexToLong(ts, r, lenResult: true);
    }

    /// <summary>operator.index(o) as a long (OverflowError if it does not fit).</summary>
    public static long IndexToLong(PyThreadState ts, PyObject o, bool lenResult = false)
    {
        var rt = ts.Rt;
        if (o is PyInt i)
        {
            if (i.IsBig)
            {
                if (lenResult && i.Big < 0) throw rt.ValueError("__len__() should return >= 0");
                throw rt.OverflowError(lenResult ? "cannot fit 'int' into an index-sized integer" : "Python int too large to convert to C ssize_t");
            }
            if (lenResult && i.Small < 0) throw rt.ValueError("__len__() should return >= 0");
            return i.Small;
        }
        var r = Index(ts, o);
        return IndexToLong(ts, r, lenResult);
    }

    /// <summary>operator.index(o).</summary>
    public static PyInt Index(PyThreadState ts, PyObject o)
    {
        if (o is PyInt i) return i;
        var m = o.Type.Lookup(ts.Rt.S.__index__);
        if (m == null) throw ts.Rt.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = CallMethodDescr(ts, m, o, []);
        if (r is PyInt ri) return ri;
        throw ts.Rt.TypeError($"__index__ returned non-int (type {r.Type.Name})");
    }

    // ---------------------------------------------------------------- iteration
    public static bool IsIterable(PyThreadState ts, PyObject o) =>
        o is PyIterBase or PyGenerator || o.Type.Lookup(ts.Rt.S.__iter__) != null ||
        o.Type.Lookup(ts.Rt.S.__getitem__) != null;

    public static PyObject GetIter(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        var m = o.Type.Lookup(rt.S.__iter__);
        if (m != null && !ReferenceEquals(m, rt.None))
        {
            var it = CallMethodDescr(ts, m, o, []);
            if (it is PyIterBase || it is PyGenerator || it.Type.Lookup(rt.S.__next__) != null) return it;
            throw rt.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        }
        var gi = o.Type.Lookup(rt.S.__getitem__);
        if (gi != null && m == null) return SequenceIter(ts, o, gi);
        throw rt.TypeError($"'{o.Type.Name}' object is not iterable");
    }

    /// <summary>The iterator over o[0], o[1], ... until IndexError or StopIteration. Its own method: a
    /// lambda capturing a parameter allocates its closure when the method is entered, whichever
    /// branch runs, so in GetIter it cost every iteration over a list or range 48 bytes.</summary>
    private static PyObject SequenceIter(PyThreadState ts, PyObject o, PyObject gi)
    {
        long idx = 0;
        bool done = false;
        return PyFuncIter.Create<TSync>(ts, ts.Rt.IteratorType, ts2 =>
        {
            if (done) return null;
            try
            {
                return CallMethodDescr(ts2, gi, o, [ts2.Rt.NewInt(idx++)]);
            }
            catch (PyException e) when (IsInstance(e.Value, ts2.Rt.ExceptionTypes["IndexError"]) ||
                                        IsInstance(e.Value, ts2.Rt.ExceptionTypes["StopIteration"]))
            {
                DiscardException(ts2, e);
                done = true;
                return null;
            }
        }, [o]);
    }

    /// <summary>next(it), or null at exhaustion.</summary>
    public static PyObject? Next(PyThreadState ts, PyObject it)
    {
        if (it is PyGenerator g) return Generators<TSync>.NextOrNull(ts, g); // (sealed: one compare, before PyIterBase's hierarchy walk)
        if (it is PyIterBase nit) return nit.Next(ts);
        var rt = ts.Rt;
        var m = it.Type.Lookup(rt.S.__next__);
        if (m == null) throw rt.TypeError($"'{it.Type.Name}' object is not an iterator");
        if (m is PyFunction pf)
        {
            var r = Interpreter<TSync>.CallFunctionOrNull(ts, pf, [it], null);
            if (r != null) return r;
            var e = (PyBaseException)ts.CurrentException!;
            if (e.Type.IsSubtypeOf(rt.ExceptionTypes["StopIteration"]))
            {
                ts.CurrentException = null;
                ObjectLifecycle<TSync>.DropBorrowed(ts, e);
                return null;
            }
            throw Interpreter<TSync>.TakeException(ts);
        }
        try
        {
            return CallMethodDescr(ts, m, it, []);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(rt.ExceptionTypes["StopIteration"]))
        {
            DiscardException(ts, e);
            return null;
        }
    }

    /// <summary>list(o) as an array.</summary>
    public static PyObject[] ToArray(PyThreadState ts, PyObject o)
    {
        var rt = ts.Rt;
        // A tuple subclass's items directly only while it iterates as a tuple (a subclass's own
        // __iter__ decides what list() sees, as in CPython, which copies only exact tuples).
        if (o is PyTuple t && (o.Type == rt.TupleType || IteratesAsTuple(ts, o.Type))) return t.Items;
        if (o is PyList l && o.Type == rt.ListType) return ListOps<TSync>.Snapshot(ts, l);
        // CPython preallocates from the length hint, so list(range(10**12)) fails at once with
        // MemoryError (OverflowError when the length is beyond ssize_t) instead of iterating.
        if (o is PyRange r)
        {
            var len = Vm.Builtins.ContainerTypes<TSync>.RangeLength(r);
            if (len > long.MaxValue) throw rt.OverflowError("Python int too large to convert to C ssize_t");
            if (len > Array.MaxLength) throw rt.MemoryError();
        }
        var it = GetIter(ts, o);
        PyObject[]? items = null;
        // counted: the items hold a count each while iteration runs Python code (a generator or user
        // iterator that drops its own reference to a value it produced: `yield d; del d`), given up
        // (DecRefNoDealloc) once the iterator is dropped; the caller stores them as before.
        bool counted = false;
        try
        {
            int hint = it is PyIterBase ib ? ib.LengthHint : -1;
            if (hint >= Array.MaxLength) throw rt.MemoryError();
            if (it is PyGenerator g)
            {
                counted = true;
                return items = GeneratorItems(ts, g);
            }
            counted = it is not PyIterBase { RunsNoPythonCode: true };
            return items = IteratorItems(ts, it, hint, counted);
        }
        finally
        {
            if (items == null || (!counted && !o.Type.IsHeapType)) DropIterator(ts, it, o);
            else if (!counted) DropIteratorKeepingAll(ts, it, o, items);
            else
            {
                DropIterator(ts, it, o);
                Holds<TSync>.GiveBackAll(ts, items);
            }
        }
    }

    /// <summary>A generator's remaining values, each counted (CollectingSink); released if it raises.</summary>
    private static PyObject[] GeneratorItems(PyThreadState ts, PyGenerator g)
    {
        // The generator's values are collected as it yields them (Interpreter/YieldSinks.cs).
        var res = new List<PyObject>();
        var sink = new CollectingSink<TSync>(res);
        try
        {
            while (Generators<TSync>.NextOrNull(ts, g, sink) is { } v)
            {
                Holds<TSync>.Hold(ts, v);
                res.Add(v);
            }
        }
        catch (PyException)
        {
            Holds<TSync>.ReleaseAll(ts, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(res));
            throw;
        }
        return res.ToArray();
    }

    private static bool IteratesAsTuple(PyThreadState ts, PyType t) =>
        ReferenceEquals(t.Lookup(ts.Rt.S.__iter__), ts.Rt.TupleType.Dict.GetStr(ts.Rt.S.__iter__));

    private const int MaxPooledItems = 1 << 13; // 64 KB arrays: below the large-object heap

    /// <summary>
    /// The remaining items of iterator <paramref name="it"/> in an array of exactly their number.
    /// A native iterator's length hint (range, list, tuple, dict, str iterators: exact) sizes the
    /// array at once, and when the hint was right that array is the result: no other allocation.
    /// Past the hint (or without one: map, filter, user iterators) the items go into arrays rented
    /// from the shared pool, doubling, and are copied once into the result; the rented arrays are
    /// cleared and returned, also when the iterator raises. The former List&lt;T&gt; plus ToArray
    /// allocated 3-5 times the result's 8 bytes per item (every doubling's array and a final copy),
    /// all of it garbage for the GC (`list(map(abs, repeat(1, 10)))`: 1384 bytes per call, now 1056).
    /// Arrays past <see cref="MaxPooledItems"/> are plain ones, as before: the pool would keep every
    /// size a long list went through alive after it (16 MB after a million items), which raised the
    /// peak of `bench memory`'s million-object batch by 8-13 MB.
    /// </summary>
    private static PyObject[] IteratorItems(PyThreadState ts, PyObject it, int hint, bool count)
    {
        PyObject[] buf = hint > 0 ? new PyObject[hint] : [];
        bool rented = false;
        int n = 0;
        try
        {
            while (Next(ts, it) is { } v)
            {
                if (n == buf.Length)
                {
                    int size = Math.Max(16, n <= Array.MaxLength / 2 ? n * 2 : Array.MaxLength);
                    var bigger = size <= MaxPooledItems ? System.Buffers.ArrayPool<PyObject>.Shared.Rent(size) : new PyObject[size];
                    Array.Copy(buf, bigger, n);
                    if (rented) System.Buffers.ArrayPool<PyObject>.Shared.Return(buf, clearArray: true);
                    buf = bigger;
                    rented = size <= MaxPooledItems;
                }
                if (count) Holds<TSync>.Hold(ts, v);
                RefArray.Set(buf, n++, v); // buf is an exact PyObject[] (made here or by the pool of PyObject)
            }
            if (!rented && n == buf.Length) return buf;
            if (n == 0) return [];
            var res = new PyObject[n];
            Array.Copy(buf, res, n);
            return res;
        }
        catch (PyException) when (count)
        {
            Holds<TSync>.ReleaseAll(ts, buf.AsSpan(0, n));
            throw;
        }
        finally
        {
            if (rented) System.Buffers.ArrayPool<PyObject>.Shared.Return(buf, clearArray: true);
        }
    }

    /// <summary>
    /// Drops the iterator GetIter made while <paramref name="items"/>, which it may have held the
    /// only reference to (a user __iter__ returning iter([...])), live on for the caller: an item
    /// only the iterator's container held becomes floating instead of being freed.
    /// </summary>
    private static void DropIteratorKeepingAll(PyThreadState ts, PyObject it, PyObject iterable, PyObject[] items)
    {
        if (ReferenceEquals(it, iterable) || !TSync.IsFloating(ts, it)) return;
        Holds<TSync>.HoldAll(ts, items);
        DropIterator(ts, it, iterable);
        Holds<TSync>.GiveBackAll(ts, items);
    }

    /// <summary>
    /// DropIterator for a native that returns an item it iterated (max's best item, reduce's
    /// value), uncounted: the iterator may have held the only reference to the item's container
    /// (a user __iter__ returning iter([...])), so <paramref name="keep"/> (null: nothing) stays
    /// alive, floating, for the caller.
    /// </summary>
    public static void DropIteratorKeeping(PyThreadState ts, PyObject it, PyObject iterable, PyObject? keep)
    {
        if (keep == null || keep.IsImmortal)
        {
            DropIterator(ts, it, iterable);
            return;
        }
        TSync.IncRef(ts, keep);
        DropIterator(ts, it, iterable);
        TSync.DecRefNoDealloc(ts, keep);
    }

    // ---------------------------------------------------------------- formatting
    public static PyStr Format(PyThreadState ts, PyObject v, PyStr spec)
    {
        var m = v.Type.Lookup(ts.Rt.S.__format__);
        if (m == null) throw ts.Rt.TypeError($"Type {v.Type.Name} doesn't define __format__");
        var r = CallMethodDescr(ts, m, v, [spec]);
        if (r is PyStr s) return s;
        throw ts.Rt.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }
}
