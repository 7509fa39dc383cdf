// Calls of builtin functions and methods of builtin types from the eval loop (issue 9): what
// CPython 3.13 specialises as CALL_BUILTIN_FAST, CALL_LEN, CALL_ISINSTANCE,
// CALL_METHOD_DESCRIPTOR_FAST and LOAD_ATTR_METHOD_NO_DICT / LOAD_ATTR_GETSET-like accesses.
//
// - CALL / CALL_METHOD of a PyBuiltinFunction call its native function directly with the
//   arguments on the stack (CallBuiltin), instead of CallFromStack -> Ops.Call.
//   Fast path == slow path: Ops.Call's PyBuiltinFunction case does exactly this once a method
//   descriptor's self is an instance of its owner type; CallBuiltin only skips the subtype walk
//   when self's type IS the owner type, and sends everything else (bound builtins, a missing or
//   foreign self) to Ops.Call itself.
// - len(x) and isinstance(x, T) (PyBuiltinFunction.Intrinsic, set on the builtins module's own
//   objects) run inline: the same Ops.Len / CoreBuiltins.IsInstance the native function calls,
//   without its delegate call and argument checks, when the argument count is the valid one and
//   there are no keywords (other calls take the native function, which raises CPython's errors).
//   So do lst.append(x) on an exact list and d.get(k[, default]) on an exact dict (the method
//   descriptor unbound, self's type the owner: the native function's own argument checks pass,
//   and it calls the same ListOps.Append / DictOps.GetItemOrNull).
//   The test is on the callable object itself, so `len = lambda x: 0`, a module global or a
//   monkeypatched builtins.len, names another object and is called as such.
// - Fixed-arity entries (CPython's CALL_METHOD_DESCRIPTOR_NOARGS / _O / _FAST, CALL_BUILTIN_O):
//   a builtin that has PyBuiltinFunction.FastN for a call with N positional arguments and no
//   keywords is called through it, with the arguments as parameters (no span, no argument
//   parsing). Taken only where Fn would be called directly (an exact self for a method
//   descriptor), and FastN is the body Fn runs once its checks pass (Def.Method0/MethodN build
//   both from one body), so the result, the errors raised inside the body and the critical
//   sections of mutating methods (ListOps/DictOps/SetOps) are Fn's. A subclass overriding the
//   method never gets here (LOAD_METHOD finds the override); a subclass instance calling the
//   inherited builtin takes Fn. Tests: BuiltinFastEntryTests, tests/programs/speed_caches/builtin_fast_entries.py.
// - CALL / CALL_METHOD of a builtin (non-heap) type (tuple(x), str(x), range(n)) go straight to
//   CallFromStack and the type's FastCall: PushFrame would return at once for it (PushInitFrame
//   enters __init__ frames of heap types only).
// - LOAD_METHOD on a receiver without an instance dict (list, dict, str, set, int, float, ... and
//   their subclasses without __dict__) caches the class lookup at the site (NoDictMethod), and
//   LOAD_ATTR on an instance of a builtin (non-heap) type caches a getset descriptor (x.real,
//   z.imag; NoDictGetSet). Classes as receivers are never cached (they skip the fill). Both use the per-site caches of
//   Interpreter.AttrCache.cs (its design note holds for them: immutable entries published by one
//   reference write, keyed by class and version tag, the tag read before the lookup), plus the
//   receiver's .NET class, which the fill checked: not a PyType, PySuper or any class with an
//   instance dict (IHasDict); it is compared as a method-table pointer (Objects/ClrClass.cs), not
//   through GetType(). Why each equals the slow path:
//     NoDictMethod: LoadMethod finds a method descriptor or Python function on the class and then
//       looks for an instance attribute that could shadow it; a receiver of a .NET class without
//       IHasDict has none, so it returns the descriptor unbound. The class's __getattribute__
//       flag is checked at every use (LoadMethod checks it too; it is not covered by the tag).
//     NoDictGetSet: for a non-heap type (no __getattribute__ or __getattr__ hooks) TryGetAttr is
//       GenericGetAttr, which calls a getset descriptor's getter before looking at any instance
//       storage (it is a data descriptor).
//     ModuleAttr (LOAD_ATTR and LOAD_METHOD on an exact module, `math.sqrt`): the `module` type
//       has no attribute of that name (checked at the fill, under the tag), so GenericGetAttr
//       returns the module dict's value; the site remembers the name's entry index and reads it
//       as AttrCache.cs's DictValueAt does for a materialised __dict__ (the key there must be the
//       name object itself, else the general path). LoadMethod finds no method on the type and
//       returns that same attribute, bound.
// The free-threaded backend runs these sites from many threads: nothing here writes shared state
// except the site entries (published as in AttrCache.cs); the native functions keep their own
// thread safety. Tests: tests/programs/speed_caches/builtin_call_paths.py, BuiltinCallCacheStressTests.
using System.Runtime.CompilerServices;
using Vm.Builtins;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// CALL / CALL_METHOD of a builtin: calls it with the arguments slots[argsFrom..sp), drops
    /// slots[dropFrom..sp) as the instruction does (CALL_METHOD's slot at, a NullMarker or the unbound
    /// descriptor its type holds, is not dropped), and puts the result at <paramref name="at"/>. Returns the new stack
    /// pointer, or -1 with the exception pending (the stack as it was, for the unwinding to drop).
    /// </summary>
    /// <remarks>One call out of Eval instead of five: Eval is past the JIT's inlining budget, so the
    /// span's constructor and each Put were calls of their own there (Tier1 listing).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CallBuiltinOnStack(PyThreadState ts, PyBuiltinFunction bf, PyObject?[] slots, int at, int dropFrom, int argsFrom, int sp, PyTuple? kwnames)
    {
        var r = CallBuiltin(ts, bf, new ReadOnlySpan<PyObject>(Unsafe.As<PyObject[]>(slots), argsFrom, sp - argsFrom), kwnames);
        if (r == null) return -1;
        DropRangeKeeping(ts, slots, dropFrom, sp, r);
        Put(slots, at, r);
        return at + 1;
    }

    /// <summary>A call of builtin <paramref name="bf"/> from the eval loop (throws PyException on error).</summary>
    /// <remarks>Null: the exception is pending in ts.CurrentException (next() and generator.send
    /// end a generator with StopIteration without a .NET throw).</remarks>
    private static PyObject? CallBuiltin(PyThreadState ts, PyBuiltinFunction bf, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (bf.Intrinsic != BuiltinIntrinsic.None && kwnames == null)
        {
            if (bf.Intrinsic == BuiltinIntrinsic.Len && args.Length == 1)
                return ts.Rt.NewInt(Ops<TSync>.Len(ts, args[0]));
            if (bf.Intrinsic == BuiltinIntrinsic.IsInstance && args.Length == 2)
                return ReferenceEquals(args[0].Type, args[1]) || CoreBuiltins<TSync>.IsInstance(ts, args[0], args[1]) ? ts.Rt.True : ts.Rt.False;
            if (bf.Intrinsic == BuiltinIntrinsic.Next && args.Length == 1)
            {
                // next(it) as the builtin does it, with the end of iteration raised through the
                // frame's error path.
                if (args[0] is PyGenerator { Kind: GeneratorKind.Generator } g) return Generators<TSync>.SendOrNull(ts, g, ts.Rt.None);
                if (args[0] is PyIterBase nb)
                {
                    if (nb.Next(ts) is { } v) return v;
                    ts.CurrentException = ts.Rt.StopIteration().Value;
                    return null;
                }
            }
            if (bf.Intrinsic == BuiltinIntrinsic.GeneratorSend && args.Length == 2 && args[0] is PyGenerator sg)
                return Generators<TSync>.SendOrNull(ts, sg, args[1]);
            if (bf.Intrinsic == BuiltinIntrinsic.ListAppend && args.Length == 2 && bf.Self == null && args[0].GetType() == typeof(PyList) && ReferenceEquals(args[0].Type, bf.OwnerType))
            {
                ListOps<TSync>.Append(ts, Unsafe.As<PyList>(args[0]), args[1]);
                return ts.Rt.None;
            }
            if (bf.Intrinsic == BuiltinIntrinsic.DictGet && (args.Length == 2 || args.Length == 3) && bf.Self == null && args[0].GetType() == typeof(PyDict) && ReferenceEquals(args[0].Type, bf.OwnerType))
                return DictOps<TSync>.GetItemOrNull(ts, Unsafe.As<PyDict>(args[0]), args[1]) ?? (args.Length == 3 ? args[2] : ts.Rt.None);
        }
        if (bf.Self == null && (bf.OwnerType == null || args.Length > (kwnames?.Count ?? 0) && ReferenceEquals(args[0].Type, bf.OwnerType)))
        {
            if (kwnames == null)
            {
                // The fixed-arity entries (PyBuiltinFunction.Fast1..3): Fn's body without its
                // argument checks, which a call with this count, no keywords and an exact self passes.
                if (args.Length == 1) { if (bf.Fast1 is { } f1) return f1(ts, args[0]); }
                else if (args.Length == 2) { if (bf.Fast2 is { } f2) return f2(ts, args[0], args[1]); }
                else if (args.Length == 3 && bf.Fast3 is { } f3) return f3(ts, args[0], args[1], args[2]);
            }
            return bf.Fn(ts, args, kwnames);
        }
        return Ops<TSync>.Call(ts, bf, args, kwnames);
    }

    /// <summary>
    /// LOAD_METHOD on a receiver other than an exact PyInstance: LoadMethod's answer, with the
    /// class lookup cached for receivers without an instance dict and a module's attribute
    /// found through the site's remembered entry index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject LoadNoDictMethod(PyThreadState ts, PyCode code, int site, PyObject o, PyStr name, out PyObject? self)
    {
        if (o is PyType t) return LoadTypeMethod(ts, code, site, t, name, out self); // AttrCache.cs: C.m(), C.cm()
        var tp = o.Type;
        var e = ValidAttrEntry(code, site, tp);
        if (e != null && ClrClass.Of(o) == e.Clr)
        {
            if (e.Kind == AttrKind.NoDictMethod && !(tp.IsHeapType && tp.CustomGetAttribute))
            {
                self = o;
                return e.Descr!;
            }
            if (e.Kind == AttrKind.ModuleAttr && ModuleAttrAt(Unsafe.As<PyModule>(o), e.DictIndex, name) is { } v)
            {
                self = null;
                return v;
            }
        }
        var m = LoadNoDictMethodFill(ts, code, site, o, name, out bool unbound);
        self = unbound ? o : null;
        return m;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadNoDictMethodFill(PyThreadState ts, PyCode code, int site, PyObject o, PyStr name, out bool unbound)
    {
        var tp = o.Type;
        long tag = tp.VersionTag; // before the lookup (AttrCache.cs)
        if (o.GetType() == typeof(PyModule))
        {
            unbound = false;
            return ModuleAttrFill(code, site, Unsafe.As<PyModule>(o), tp, tag, name) ?? LoadMethod(ts, o, name, out unbound);
        }
        if (!(tp.IsHeapType && tp.CustomGetAttribute) && o is not (PyType or PySuper or IHasDict))
        {
            var descr = tp.Lookup(name);
            if (descr is PyFunction || descr is PyBuiltinFunction { IsMethodDescriptor: true })
            {
                PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.NoDictMethod, descr, -1, null, ClrClass.Of(o)));
                unbound = true;
                return descr;
            }
        }
        return LoadMethod(ts, o, name, out unbound);
    }

    /// <summary>LOAD_ATTR on an instance of a builtin type: a getset descriptor's value or a module's attribute, or null for the general path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadNoDictAttr(PyThreadState ts, PyCode code, int site, PyObject o, PyStr name)
    {
        var tp = o.Type;
        if (tp.IsHeapType) return null;
        var e = ValidAttrEntry(code, site, tp);
        if (e != null && ClrClass.Of(o) == e.Clr)
        {
            if (e.Kind == AttrKind.NoDictGetSet) return Unsafe.As<PyGetSetDescriptor>(e.Descr!).Getter(ts, o);
            if (e.Kind == AttrKind.ModuleAttr && ModuleAttrAt(Unsafe.As<PyModule>(o), e.DictIndex, name) is { } v) return v;
        }
        if (o is PyType) return null; // never cached: skip the fill
        return LoadNoDictAttrFill(ts, code, site, o, name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadNoDictAttrFill(PyThreadState ts, PyCode code, int site, PyObject o, PyStr name)
    {
        var tp = o.Type;
        long tag = tp.VersionTag; // before the lookup (AttrCache.cs)
        if (o.GetType() == typeof(PyModule)) return ModuleAttrFill(code, site, Unsafe.As<PyModule>(o), tp, tag, name);
        if (o is PyType or PySuper or IHasDict) return null;
        if (tp.Lookup(name) is not PyGetSetDescriptor gs) return null;
        PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.NoDictGetSet, gs, -1, null, ClrClass.Of(o)));
        return gs.Getter(ts, o);
    }

    /// <summary>The module's attribute at entry <paramref name="index"/> of its dict when the key there is the name itself, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? ModuleAttrAt(PyModule m, int index, PyStr name) => m.Dict is { } d ? DictValueAt(d, index, name) : null;

    /// <summary>
    /// A module's attribute <paramref name="name"/> found in its dict, remembered at the site by
    /// its entry index; null (nothing remembered) when the module's type has an attribute of that
    /// name (a descriptor would take part), the type is a user subclass, or the dict lacks it.
    /// </summary>
    private static PyObject? ModuleAttrFill(PyCode code, int site, PyModule m, PyType tp, long tag, PyStr name)
    {
        if (tp.IsHeapType || tp.Lookup(name) != null || m.Dict is not { } d) return null;
        var table = d.Table;
        int i = PyDict.FindStrIndex(table, name);
        if (i < 0) return null;
        ref var de = ref table.Entries[i];
        var v = Volatile.Read(ref de.Value);
        // Only the very name object is remembered: DictValueAt compares keys by identity.
        if (v == null || !ReferenceEquals(Volatile.Read(ref de.Key), name)) return null;
        if (!ReferenceEquals(d.Table, table)) return null; // read from a table d replaced meanwhile (PyDict.GetStr)
        PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.ModuleAttr, null, i, null, ClrClass.Of(m)));
        return v;
    }
}
