// Calling a builtin type without type.__call__'s general protocol: CPython's vectorcall slots of
// the builtin types (int_vectorcall, float_vectorcall, range_vectorcall, type_vectorcall, ...).
//
// type.__call__(T, *args) looks T.__new__ up and calls it, then looks T.__init__ up and calls it.
// For an exact builtin type T whose __new__ is its own builtin (which, for T itself, is T.New with
// the arguments) and whose __init__ is object.__init__ (which accepts any arguments when __new__
// is overridden and __init__ is not: a no-op), that is T.New(T, args), so T's FastCall is T.New.
// Why this stays true: builtin types cannot be changed (`int.__new__ = f` raises TypeError); a
// subclass is a new type without a FastCall (PyType.FastCall is not inherited); the check runs
// once every builtin type has its methods. Types with their own __init__ (list, dict, set) have
// a FastCall written where they are defined, doing what their __new__ and __init__ do; int and
// float have one that raises a bad literal without a .NET throw (NumberTypes.TextCalls.cs).
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class TypeFastCalls
{
    /// <summary>Sets the FastCall of the builtin types that qualify (see the note above).</summary>
    internal static void Install(PyRuntime rt)
    {
        var objectInit = rt.ObjectType.Dict.GetStr(rt.Intern("__init__"));
        PyType[] types = [rt.IntType, rt.FloatType, rt.ComplexType, rt.StrType, rt.BoolType, rt.BytesType,
            rt.FrozenSetType, rt.RangeType, rt.SliceType];
        foreach (var t in types.Concat(IteratorTypes(rt)))
        {
            if (t.FastCall != null || t.New is not { } make) continue;
            if (t.Dict.GetStr(rt.Intern("__new__")) == null || t.Lookup(rt.Intern("__init__")) != objectInit) continue;
            var type = t;
            t.FastCall = (ts, a, kw) => make(ts, type, a, kw);
        }
        // type(x): the one-argument form; type(name, bases, dict) takes the general path.
        rt.TypeType.FastCall = (ts, a, kw) => a.Length == 1 && kw == null ? a[0].Type : null;
    }

    /// <summary>enumerate, zip, map, filter, reversed: the builtins module's iterator types.</summary>
    private static IEnumerable<PyType> IteratorTypes(PyRuntime rt)
    {
        foreach (var name in (string[])["enumerate", "zip", "map", "filter", "reversed"])
            if (rt.BuiltinsDict?.GetStr(rt.Intern(name)) is PyType t && (t.Flags & TypeFlags.HeapType) == 0)
                yield return t;
    }
}
