// frame.f_locals of a function frame: FrameLocalsProxy (PEP 667, CPython 3.13), a mapping that reads and
// writes the frame's variables while it runs, so a trace function (a debugger's `x = 5`) changes what the
// code sees next. Module and class frames answer their namespace mapping itself; locals() stays a snapshot.
//
// - Keys: the frame's bound variables in co_varnames order, then its cell and free variables not among
//   them, then the extra locals (Frame.ExtraLocals: names that are not variables, and non-str keys).
// - Writes to a variable store into its slot or its cell. Deleting raises TypeError, as 3.13.0 does.
// - Reference counts: the new value is counted. The replaced one loses its count but is never deallocated
//   here (DecRefNoDealloc): the value stack of this frame or of the compiled code running it may hold it
//   uncounted (a LOAD_FAST before a call that writes through the proxy), and so may a callee's borrowed
//   parameter (Interpreter.Calls.cs, CanBorrow). A replaced object that nothing else holds then stays
//   floating: the .NET GC reclaims it, but its __del__ does not run. A parameter slot the frame borrowed
//   from its caller is forgotten instead of released, as STORE_FAST does.
// - Threads: a frame's variables are its thread's; another thread writing them through a proxy (a frame
//   from sys._current_frames()) races with the running code as it does in CPython.
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class FrameLocalsProxy<TSync> where TSync : struct, ISyncPolicy
{
    public static PyType ProxyType(PyRuntime rt) => rt.LazyType("FrameLocalsProxy", Create);

    /// <summary>frame.f_locals for f (escaped: it has a frame object).</summary>
    public static PyObject Of(PyThreadState ts, Frame f) => f.Locals ?? new PyNative<Frame>(ProxyType(ts.Rt), f);

    private static Frame F(PyObject o) => ((PyNative<Frame>)o).State;

    /// <summary>The slot index of the variable <paramref name="name"/> (a cell's slot for a cell or free
    /// variable, also for an argument the frame moved into its cell), or -1.</summary>
    private static int SlotOf(Frame f, string name)
    {
        var code = f.Code;
        var unit = code.Unit;
        for (int i = 0; i < unit.CellVars.Length; i++)
            if (unit.CellVars[i] == name) return code.NLocals + i;
        for (int i = 0; i < unit.FreeVars.Length; i++)
            if (unit.FreeVars[i] == name) return code.NLocals + unit.CellVars.Length + i;
        for (int i = 0; i < code.NLocals; i++)
            if (code.VarNames[i].Value == name) return i;
        return -1;
    }

    private static PyObject? ValueAt(Frame f, int slot) =>
        slot >= f.Code.NLocals ? (f.Slots[slot] as PyCell)?.Contents : f.Slots[slot];

    /// <summary>The frame's bound variables and extra locals, in the proxy's key order, as a new dict.</summary>
    public static PyDict Snapshot(PyThreadState ts, Frame f)
    {
        var d = Ops<TSync>.NewDict(ts);
        var code = f.Code;
        var unit = code.Unit;
        var seen = new HashSet<string>();
        for (int i = 0; i < code.NLocals + unit.CellVars.Length + unit.FreeVars.Length; i++)
        {
            string name = i < code.NLocals ? code.VarNames[i].Value
                : i < code.NLocals + unit.CellVars.Length ? unit.CellVars[i - code.NLocals] : unit.FreeVars[i - code.NLocals - unit.CellVars.Length];
            if (!seen.Add(name)) continue;
            if (ValueAt(f, SlotOf(f, name)) is { } v) DictOps<TSync>.SetItem(ts, d, ts.Rt.Intern(name), v);
        }
        if (f.ExtraLocals is { } extra)
            foreach (var kv in extra.Snapshot()) DictOps<TSync>.SetItem(ts, d, kv.Key, kv.Value);
        return d;
    }

    private static PyObject? Lookup(PyThreadState ts, Frame f, PyObject key)
    {
        if (key is PyStr s && SlotOf(f, s.Value) is var slot && slot >= 0) return ValueAt(f, slot);
        return f.ExtraLocals is { } extra ? DictOps<TSync>.GetItemOrNull(ts, extra, key) : null;
    }

    private static void Store(PyThreadState ts, Frame f, PyObject key, PyObject value)
    {
        if (key is PyStr s && SlotOf(f, s.Value) is var slot && slot >= 0)
        {
            if (!value.IsImmortal) TSync.IncRef(ts, value);
            PyObject? old;
            if (slot >= f.Code.NLocals && f.Slots[slot] is PyCell cell)
            {
                old = cell.Contents;
                cell.Contents = value;
            }
            else
            {
                old = f.Slots[slot];
                f.Slots[slot] = value;
                if (slot < 64 && (f.BorrowedParams & (1UL << slot)) != 0)
                {
                    f.BorrowedParams &= ~(1UL << slot); // the caller's reference, never counted here
                    return;
                }
            }
            if (old != null && !old.IsImmortal) TSync.DecRefNoDealloc(ts, old);
            return;
        }
        if (f.ExtraLocals == null) Interlocked.CompareExchange(ref f.ExtraLocals, Ops<TSync>.NewDict(ts), null);
        DictOps<TSync>.SetItem(ts, f.ExtraLocals, key, value);
    }

    private static PyType Create(PyRuntime rt)
    {
        var t = rt.NewBuiltinType("FrameLocalsProxy", null, TypeFlags.None);
        Def.Method(rt, t, "__getitem__", (ts, a, kw) => Lookup(ts, F(a[0]), a[1])
            ?? throw ts.Rt.Error("KeyError", $"local variable '{Ops<TSync>.ReprValue(ts, a[1])}' is not defined"));
        Def.Method(rt, t, "__setitem__", (ts, a, kw) =>
        {
            Store(ts, F(a[0]), a[1], a[2]);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "__delitem__", (ts, a, kw) => throw ts.Rt.TypeError("cannot remove variables from FrameLocalsProxy"));
        Def.Method(rt, t, "__contains__", (ts, a, kw) => ts.Rt.NewBool(Lookup(ts, F(a[0]), a[1]) != null));
        Def.Method(rt, t, "__len__", (ts, a, kw) => ts.Rt.NewInt(Ops<TSync>.Len(ts, Snapshot(ts, F(a[0])))));
        Def.Method(rt, t, "get", (ts, a, kw) =>
        {
            if (a.Length is < 2 or > 3) throw ts.Rt.TypeError($"get expected at least 1 argument, got {a.Length - 1}");
            return Lookup(ts, F(a[0]), a[1]) ?? (a.Length == 3 ? a[2] : ts.Rt.None);
        });
        Def.Method(rt, t, "setdefault", (ts, a, kw) =>
        {
            if (a.Length is < 2 or > 3) throw ts.Rt.TypeError($"setdefault expected at least 1 argument, got {a.Length - 1}");
            if (Lookup(ts, F(a[0]), a[1]) is { } known) return known;
            var v = a.Length == 3 ? a[2] : ts.Rt.None;
            Store(ts, F(a[0]), a[1], v);
            return v;
        });
        Def.Method(rt, t, "update", (ts, a, kw) =>
        {
            var f = F(a[0]);
            var source = Ops<TSync>.Call(ts, ts.Rt.DictType, a.Slice(1), kw); // dict(other, **kw): mappings and pairs
            foreach (var kv in ((PyDict)source).Snapshot()) Store(ts, f, kv.Key, kv.Value);
            return ts.Rt.None;
        });
        // Views, iteration, comparison and repr see a snapshot dict of the variables at the time of the call.
        foreach (var name in new[] { "keys", "values", "items", "copy", "__iter__", "__reversed__" })
        {
            var n = name;
            Def.Method(rt, t, n, (ts, a, kw) => Ops<TSync>.CallMethod(ts, Snapshot(ts, F(a[0])), n, a.Slice(1)));
        }
        foreach (var name in new[] { "__eq__", "__ne__", "__or__" })
        {
            var n = name;
            Def.Method(rt, t, n, (ts, a, kw) => Ops<TSync>.CallMethod(ts, Snapshot(ts, F(a[0])), n,
                [a[1] is PyNative<Frame> other && ReferenceEquals(other.Type, a[0].Type) ? Snapshot(ts, other.State) : a[1]]));
        }
        Def.Method(rt, t, "__ror__", (ts, a, kw) => Ops<TSync>.BinaryOp(ts, a[1], Snapshot(ts, F(a[0])), BinaryOpArg.Or));
        Def.Method(rt, t, "__repr__", (ts, a, kw) =>
        {
            var key = ts.Rt.EscapingFrameObject(F(a[0]));
            if (!ReprGuard.Enter(ts, key)) return ts.Rt.NewStr("{...}");
            try { return Ops<TSync>.Repr(ts, Snapshot(ts, F(a[0]))); }
            finally { ReprGuard.Leave(ts, key); }
        });
        Def.Value(rt, t.Dict, "__hash__", rt.None);
        return t;
    }
}
