// Per-instruction inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR on exact PyInstance
// receivers (issue 9): what the class lookup of the site's name found last time, keyed by the
// class and its version tag, so a repeated access skips PyType.Lookup (a hashed probe of the
// type's own cache) and, for an instance __dict__ entry, the probe of the __dict__ too.
//
// Design note (both backends; on the free-threaded one other threads run the same site, mutate
// the class and the instances while we read):
// - A site's entry is an immutable AttrSiteEntry (class, tag, kind, descriptor, dict index,
//   and the entries of up to 3 other classes seen at the site), published with one reference
//   write into code.AttrCache[ip] and read with one reference read: a racing reader sees the
//   old chain, the new one or none, never a torn mixture. Two racing fills may each drop the
//   other's class from the chain: a later miss refills it. A site that sees more than 4 live
//   classes becomes megamorphic (a sentinel entry matching no class) and stops caching.
// - The tag is PyType.VersionTag, which changes (to a never reused number) after every change
//   that could make a lookup on the class answer differently: an entry of its dict or of a dict
//   in its MRO added, replaced or removed, its __bases__/__mro__ or __dict__ replaced (see
//   PyType.AttributeCache.cs). A fill reads the tag BEFORE it looks the name up and stores the
//   entry under that tag: a change racing the fill leaves an entry that never validates. So a
//   validated entry holds what Lookup(name) returns now, the argument of the type's own cache.
// - Fast path == slow path, per kind (the slow path is Ops.GenericGetAttr / GenericSetAttr and
//   LoadMethod, for a class with neither __getattribute__ nor __getattr__ overridden, checked at
//   every use: those flags are not covered by the entry):
//     Dict: no attribute of that name anywhere in the MRO, so getattr reads the instance's own
//       storage. The entry remembers the name's index in the class's shared keys (or that the
//       first n keys lack it): with inline values the value is values[index], as the slow path's
//       key search finds it, because a shared-key index names one key for the class's life
//       (Objects/SharedKeys.cs); a materialised __dict__ is read at the same entry index when
//       the key there is the site's name object (a table never moves an entry: appends only; a
//       delete clears the key in place; a resize publishes a new table; and a key is in a table
//       at most once - the test LOAD_GLOBAL's cache makes, GlobalCache.cs), else probed. A null
//       (absent, or cleared by a racing delete) takes the slow path.
//     Slot: a __slots__ member descriptor (a data descriptor: it wins over the __dict__) of a
//       class the instance's class derives from (checked at the fill, under the tag: another
//       class's member raises TypeError on the slow path). StoreSlot likewise.
//     Property: an exact `property` (data descriptor); its fget/fset are read live from the
//       property at each use (property.__init__ may be called again), and must be Python
//       functions, else the slow path.
//     ClassValue: a class attribute that is an int, float, str, bytes, tuple or None of the
//       exact builtin type (no __get__, and builtin types cannot gain one): the instance's own
//       storage (read as for Dict, the index kept the same way) shadows it, else the value itself.
//     Method: LOAD_METHOD's plain function (or a builtin method descriptor): the instance
//       storage shadows it (read as for Dict, the index kept the same way), else the unbound
//       function and self. LOAD_METHOD of a name the class lacks uses a Dict entry (a function
//       stored on the instance).
//     ClassMethod, StaticMethod: LOAD_METHOD's exact classmethod of a Python function / exact
//       staticmethod (Descr: the function they wrap, readonly in PyMethodWrapper). Non-data
//       descriptors: the instance storage shadows them as for Method, else getattr binds the
//       classmethod's function to the class (the unbound function and the class go on the stack:
//       the same call, no bound method) and the staticmethod gives its function as it is.
//     TypeAttr, TypeClassMethod (LOAD_METHOD on a class whose metaclass is exactly `type`, keyed
//       by the class itself and its tag; the kinds keep them apart from its instances' entries):
//       type.__getattribute__ looks at the metaclass first, and `type` (a builtin type: its dict
//       never changes) had no attribute of that name at the fill, so the class's own lookup
//       decides: a Python function or method descriptor as it is, a staticmethod's function
//       (TypeAttr), an exact classmethod's Python function bound to the class (TypeClassMethod,
//       pushed unbound with the class).
// - STORE_ATTR caches the class lookup, what GenericSetAttr does with its result (the entry's
//   kind, decided at the fill: own storage, slot, exact property, other) and the name's
//   shared-key index (a hint SetAttr checks); the store itself is InstanceDictOps.SetAttr (the
//   instance's critical section for inline values, the dict's for a materialised __dict__) or
//   InstanceSlotOps.Exchange (the instance's section).
// Tests: tests/programs/speed_caches/attr_site_cache.py (invalidation), AttrSiteCacheStressTests.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>What a site found; NoDictMethod, NoDictGetSet and ModuleAttr are BuiltinCalls.cs's.
    /// STORE_ATTR's entries: Store (the instance's own storage), StoreSlot, StoreProperty, StoreOther (the general path).</summary>
    private enum AttrKind : byte { Dict, Slot, Property, ClassValue, Method, Store, NoDictMethod, NoDictGetSet, ModuleAttr, StoreSlot, StoreProperty, StoreOther,
        ClassMethod, StaticMethod, TypeAttr, TypeClassMethod }

    private sealed class AttrSiteEntry(PyType type, long tag, AttrKind kind, PyObject? descr, int dictIndex, AttrSiteEntry? next, nint clr = 0)
    {
        public readonly PyType Type = type;
        public readonly long Tag = tag;
        public readonly AttrKind Kind = kind;
        /// <summary>The class lookup's result (null for Dict; for Store, whatever it was).</summary>
        public readonly PyObject? Descr = descr;
        /// <summary>Dict and Method: the name's index in the class's shared keys, or ~(their count) when they lacked it (see OwnAttrAt).</summary>
        public readonly int DictIndex = dictIndex;
        /// <summary>The entry of another class seen at the same site (a polymorphic site), or null.</summary>
        public readonly AttrSiteEntry? Next = next;

        /// <summary>BuiltinCalls.cs's kinds: the .NET class of the receiver the fill checked (ClrClass.Of; 0 for other kinds).</summary>
        public readonly nint Clr = clr;

        public AttrSiteEntry With(AttrSiteEntry? next) => new(Type, Tag, Kind, Descr, DictIndex, next, Clr);
    }

    /// <summary>Classes a site remembers at once; a site that sees more live ones stops caching.</summary>
    private const int MaxAttrSiteClasses = 4;

    /// <summary>The site's entry once it has seen more than MaxAttrSiteClasses live classes: matches no class.</summary>
    private static readonly AttrSiteEntry s_megamorphic = new(new PyType(null, "megamorphic"), -1, AttrKind.Dict, null, -1, null);

    /// <summary>The site's entry when it was filled for <paramref name="tp"/> at its current tag, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AttrSiteEntry? ValidAttrEntry(PyCode code, int site, PyType tp)
    {
        var cache = code.AttrCache;
        if (cache == null) return null;
        for (var e = Unsafe.As<AttrSiteEntry?>(Volatile.Read(ref cache[site])); e != null; e = e.Next)
            if (ReferenceEquals(e.Type, tp)) return e.Tag == tp.VersionTag ? e : null;
        return null;
    }

    /// <summary>
    /// Publishes <paramref name="e"/> (Next null) as the site's first entry, keeping the site's
    /// entries of other classes that are still current (copied: entries are immutable). A site
    /// with more live classes than MaxAttrSiteClasses turns megamorphic: refilling it on every
    /// access would allocate and write a line the other threads read, for nothing.
    /// </summary>
    private static void PublishAttrEntry(PyCode code, int site, AttrSiteEntry e)
    {
        var cache = code.AttrCache;
        if (cache == null)
        {
            cache = new object?[code.Code.Length];
            cache = Interlocked.CompareExchange(ref code.AttrCache, cache, null) ?? cache;
        }
        var old = Unsafe.As<AttrSiteEntry?>(Volatile.Read(ref cache[site]));
        if (ReferenceEquals(old, s_megamorphic)) return;
        AttrSiteEntry? kept = null;
        int n = 1;
        for (var o = old; o != null; o = o.Next)
        {
            if (ReferenceEquals(o.Type, e.Type) || o.Tag != o.Type.VersionTag) continue; // replaced, or stale
            if (++n > MaxAttrSiteClasses)
            {
                Volatile.Write(ref cache[site], s_megamorphic);
                return;
            }
            kept = o.With(kept);
        }
        Volatile.Write(ref cache[site], kept == null ? e : e.With(kept));
    }

    /// <summary>
    /// The instance's own attribute <paramref name="name"/> (null: absent), where
    /// <paramref name="index"/> is what SharedKeyIndex said for name and the instance's class
    /// <paramref name="tp"/> at the fill. Inline values: the value at that index (a shared-key
    /// index is the name's for the class's life, so no key check is needed: CPython 3.13's
    /// LOAD_ATTR_INSTANCE_VALUE); for a name the keys lacked, nothing while the keys have not
    /// grown since (they only grow by appending), else the search. A materialised dict: the entry
    /// at the same index when its key is the name (the dict is built in index order), else the
    /// probe. The caller read the type with Volatile.Read before (InstanceDictOps.cs: a type
    /// changed by __class__ comes with a dict).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? OwnAttrAt(PyInstance inst, PyType tp, int index, PyStr name)
    {
        var dv = Volatile.Read(ref inst._dictOrValues);
        if (dv == null) return null;
        if (dv.GetType() == typeof(PyObject[]))
        {
            var values = Unsafe.As<PyObject?[]>(dv);
            if ((uint)index < (uint)values.Length) return Volatile.Read(ref RefArray.ElementRef(values, index)); // exact PyObject?[]: no LdelemaRef check
            if (index >= 0 || tp.InstanceKeys.Count == ~index) return null;
            return inst.GetOwnAttr(name);
        }
        var d = Unsafe.As<PyDict>(dv);
        if (!d.HasOnlyPlainKeys) return null; // a key only __eq__ compares: the callers' general path (HasGeneralDict)
        return DictValueAt(d, index, name) ?? d.GetStr(name);
    }

    /// <summary>
    /// name's index in the shared keys of <paramref name="tp"/>, or, when they lack it, the
    /// complement (~n, negative) of their count n read before the search: name is none of the
    /// first n keys (see OwnAttrAt).
    /// </summary>
    private static int SharedKeyIndex(PyType tp, PyStr name)
    {
        var keys = tp.InstanceKeysOrNull;
        if (keys == null) return ~0;
        int n = keys.Count;
        int ix = keys.IndexOf(name);
        return ix >= 0 ? ix : ~n;
    }

    /// <summary>The value at entry <paramref name="index"/> of d's current table when its key is <paramref name="name"/> itself, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? DictValueAt(PyDict d, int index, PyStr name)
    {
        var t = d.Table;
        var entries = t.Entries;
        if ((uint)index >= (uint)entries.Length) return null;
        ref var de = ref entries[index];
        var v = ReferenceEquals(Volatile.Read(ref de.Key), name) ? Volatile.Read(ref de.Value) : null;
        // kept only if t is still d's table: its arrays were not handed to another dict (PyDict.GetStr)
        return ReferenceEquals(d.Table, t) ? v : null;
    }

    /// <summary>
    /// LOAD_ATTR on an exact PyInstance: the attribute, or null for the slow path (which also
    /// raises); <paramref name="getter"/> set instead when a property's Python fget must be called.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadInstanceAttr(PyThreadState ts, PyCode code, int site, PyInstance inst, PyStr name, out PyFunction? getter)
    {
        getter = null;
        var tp = Volatile.Read(ref inst.Type);
        if (!PlainGetAttr(tp)) return null;
        var e = ValidAttrEntry(code, site, tp);
        if (e == null) return LoadInstanceAttrFill(ts, code, site, inst, name, out getter);
        switch (e.Kind)
        {
            case AttrKind.Dict:
                return OwnAttrAt(inst, tp, e.DictIndex, name);
            case AttrKind.Slot:
                return Unsafe.As<PySlotDescriptor>(e.Descr!).GetFrom(inst);
            case AttrKind.Property:
                getter = Unsafe.As<PyProperty>(e.Descr!).Getter as PyFunction;
                return null;
            case AttrKind.ClassValue:
                return OwnAttrAt(inst, tp, e.DictIndex, name) ?? (InstanceDictOps<TSync>.HasGeneralDict(inst) ? null : e.Descr);
            default:
                return null;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadInstanceAttrFill(PyThreadState ts, PyCode code, int site, PyInstance inst, PyStr name, out PyFunction? getter)
    {
        getter = null;
        var tp = inst.Type;
        long tag = tp.VersionTag; // before the lookup (see the design note)
        var descr = tp.Lookup(name);
        if (descr == null)
        {
            PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.Dict, null, SharedKeyIndex(tp, name), null));
            return InstanceDictOps<TSync>.OwnAttr(ts, inst, name);
        }
        if (descr is PySlotDescriptor sd && sd.AppliesTo(inst)) // another class's member: the slow path raises
        {
            PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.Slot, sd, -1, null));
            return sd.Get(inst);
        }
        if (descr is PyProperty p && ReferenceEquals(p.Type, ts.Rt.PropertyType))
        {
            PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.Property, p, -1, null));
            getter = p.Getter as PyFunction;
            return null;
        }
        if (IsInertClassValue(ts, descr))
        {
            PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.ClassValue, descr, SharedKeyIndex(tp, name), null));
            return InstanceDictOps<TSync>.OwnAttr(ts, inst, name) ?? descr;
        }
        return null; // functions (bound methods), other descriptors: the general path
    }

    /// <summary>A number, string, bytes, tuple or None of its exact builtin type: a class attribute
    /// getattr returns as it is (those types have no __get__ and, not being heap types, cannot gain
    /// one). Native descriptors (getset, member, wrapper) are left to the general path.</summary>
    private static bool IsInertClassValue(PyThreadState ts, PyObject v) =>
        !v.Type.IsHeapType && (v is PyInt or PyFloat or PyStr or PyBytes or PyTuple || ReferenceEquals(v, ts.Rt.None));

    /// <summary>
    /// LOAD_METHOD on an exact PyInstance (LoadMethod's answer, with the class lookup cached):
    /// the callable, and in <paramref name="self"/> what to call it with (null: it is bound).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject LoadInstanceMethod(PyThreadState ts, PyCode code, int site, PyInstance inst, PyStr name, out PyObject? self)
    {
        var tp = Volatile.Read(ref inst.Type);
        var e = ValidAttrEntry(code, site, tp);
        if (e != null && !(tp.IsHeapType && tp.CustomGetAttribute))
        {
            if (e.Kind is AttrKind.Method or AttrKind.ClassMethod or AttrKind.StaticMethod)
            {
                // A method (non-data descriptor): an instance attribute of the same name would shadow it.
                if (OwnAttrAt(inst, tp, e.DictIndex, name) is { } own)
                {
                    self = null;
                    return own;
                }
                if (InstanceDictOps<TSync>.HasGeneralDict(inst)) return LoadInstanceMethodFill(ts, code, site, inst, name, out self);
                self = e.Kind == AttrKind.Method ? inst : e.Kind == AttrKind.ClassMethod ? tp : null;
                return e.Descr!;
            }
            // No class attribute of that name: the instance's own (a function stored on it, say).
            if (e.Kind == AttrKind.Dict && PlainGetAttr(tp) && OwnAttrAt(inst, tp, e.DictIndex, name) is { } v)
            {
                self = null;
                return v;
            }
        }
        return LoadInstanceMethodFill(ts, code, site, inst, name, out self);
    }

    /// <summary>LoadMethod for an exact PyInstance, remembering the class lookup at the site.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadInstanceMethodFill(PyThreadState ts, PyCode code, int site, PyInstance inst, PyStr name, out PyObject? self)
    {
        var tp = inst.Type;
        long tag = tp.VersionTag; // before the lookup (see the design note)
        self = null;
        if (!(tp.IsHeapType && tp.CustomGetAttribute))
        {
            var descr = tp.Lookup(name);
            var kind = descr is PyFunction || descr is PyBuiltinFunction { IsMethodDescriptor: true } ? AttrKind.Method
                : descr is PyMethodWrapper w && MethodWrapperKind(ts, w) is var wk && wk != AttrKind.Dict ? wk
                : AttrKind.Dict;
            if (kind != AttrKind.Dict)
            {
                var callable = kind == AttrKind.Method ? descr! : ((PyMethodWrapper)descr!).Callable;
                PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, kind, callable, SharedKeyIndex(tp, name), null));
                if (InstanceDictOps<TSync>.OwnAttr(ts, inst, name) is { } own) return own;
                self = kind == AttrKind.Method ? inst : kind == AttrKind.ClassMethod ? tp : null;
                return callable;
            }
            if (descr == null && PlainGetAttr(tp))
            {
                PublishAttrEntry(code, site, new AttrSiteEntry(tp, tag, AttrKind.Dict, null, SharedKeyIndex(tp, name), null));
                if (InstanceDictOps<TSync>.OwnAttr(ts, inst, name) is { } v) return v;
            }
        }
        return Ops<TSync>.GetAttr(ts, inst, name); // raises, or __getattr__/__getattribute__ decide
    }

    /// <summary>ClassMethod for an exact classmethod of a Python function, StaticMethod for an exact staticmethod, else Dict (not cached).</summary>
    private static AttrKind MethodWrapperKind(PyThreadState ts, PyMethodWrapper w) =>
        ReferenceEquals(w.Type, ts.Rt.StaticMethodType) ? AttrKind.StaticMethod
        : ReferenceEquals(w.Type, ts.Rt.ClassMethodType) && w.Callable is PyFunction ? AttrKind.ClassMethod
        : AttrKind.Dict;

    /// <summary>
    /// LOAD_METHOD on a class (<c>C.m(...)</c>): the callable, and in <paramref name="self"/> what
    /// to call it with (null: nothing, it is bound or needs no self). Cached for a class whose
    /// metaclass is exactly `type` (TypeAttr, TypeClassMethod: see the design note).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadTypeMethod(PyThreadState ts, PyCode code, int site, PyType t, PyStr name, out PyObject? self)
    {
        self = null;
        var meta = ts.Rt.TypeType;
        if (ReferenceEquals(t.Type, meta))
        {
            if (ValidAttrEntry(code, site, t) is { } e)
            {
                if (e.Kind == AttrKind.TypeAttr) return e.Descr!;
                if (e.Kind == AttrKind.TypeClassMethod)
                {
                    self = t;
                    return e.Descr!;
                }
            }
            long tag = t.VersionTag; // before the lookup (see the design note)
            if (meta.Lookup(name) == null)
            {
                var descr = t.Lookup(name);
                var kind = descr is PyFunction || descr is PyBuiltinFunction { IsMethodDescriptor: true } ? AttrKind.TypeAttr
                    : descr is PyMethodWrapper w ? MethodWrapperKind(ts, w) switch
                    {
                        AttrKind.StaticMethod => AttrKind.TypeAttr,
                        AttrKind.ClassMethod => AttrKind.TypeClassMethod,
                        _ => AttrKind.Dict,
                    }
                    : AttrKind.Dict;
                if (kind != AttrKind.Dict)
                {
                    var callable = descr is PyMethodWrapper mw ? mw.Callable : descr!;
                    PublishAttrEntry(code, site, new AttrSiteEntry(t, tag, kind, callable, -1, null));
                    if (kind == AttrKind.TypeClassMethod) self = t;
                    return callable;
                }
            }
        }
        return LoadMethod(ts, t, name, out _); // a class's attribute is never unbound there
    }

    /// <summary>A store entry's DictIndex when the store does not go to the instance's own storage (a descriptor).</summary>
    private const int NoStoreIndex = int.MinValue;

    /// <summary>One of STORE_ATTR's entry kinds (Store, StoreSlot, StoreProperty, StoreOther).</summary>
    private static bool IsStoreKind(AttrKind k) => k == AttrKind.Store || k >= AttrKind.StoreSlot;

    /// <summary>
    /// STORE_ATTR's class lookup of <paramref name="name"/> on <paramref name="tp"/>, cached at the
    /// site: the entry's Descr is Lookup(name) and its kind what GenericSetAttr does with it (Store:
    /// no descriptor, the instance's own storage; StoreSlot: a __slots__ member; StoreProperty: an
    /// exact property, whose fset is read live at each store; StoreOther: anything else, the general
    /// path), its DictIndex, for StoreSlot, the member's index, for Store, the name's index in the class's shared
    /// keys (InstanceDictOps.SetAttr's hint, which
    /// it checks against the keys: a stale or wrong hint only costs the search). A site filled
    /// before the class's keys held the name (the first `self.x = v` of a class) is filled again
    /// once the keys have grown, so the index is known from the second store on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AttrSiteEntry StoreEntry(PyRuntime rt, PyCode code, int site, PyType tp, PyStr name)
    {
        var e = ValidAttrEntry(code, site, tp);
        if (e != null && IsStoreKind(e.Kind) && (e.DictIndex >= 0 || e.DictIndex == NoStoreIndex || (tp.InstanceKeysOrNull?.Count ?? 0) == ~e.DictIndex)) return e;
        return StoreEntryFill(rt, code, site, tp, name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AttrSiteEntry StoreEntryFill(PyRuntime rt, PyCode code, int site, PyType tp, PyStr name)
    {
        long tag = tp.VersionTag; // before the lookup (see the design note)
        var descr = tp.Lookup(name);
        bool own = descr == null || descr.IsPlainValue();
        var kind = own ? AttrKind.Store
            : descr is PySlotDescriptor sd && tp.IsSubtypeOf(sd.Owner) ? AttrKind.StoreSlot
            : descr is PyProperty p && ReferenceEquals(p.Type, rt.PropertyType) ? AttrKind.StoreProperty
            : AttrKind.StoreOther;
        int index = own ? SharedKeyIndex(tp, name) : kind == AttrKind.StoreSlot ? ((PySlotDescriptor)descr!).Index : NoStoreIndex;
        var e = new AttrSiteEntry(tp, tag, kind, descr, index, null);
        PublishAttrEntry(code, site, e);
        return e;
    }
}
