using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>
/// What the match statement's instructions ask of objects (PEP 634): which subjects sequence and
/// mapping patterns accept, a mapping pattern's key lookups and a class pattern's attributes.
/// </summary>
public static class PatternMatching<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>MATCH_COPY of a floating value: the list in the KEEP slot (made on first use) holds
    /// a counted reference until the match statement pops it.</summary>
    public static void Keep(PyThreadState ts, PyObject?[] slots, int keepAt, PyObject v)
    {
        if (slots[keepAt] is not PyList keep)
        {
            keep = Ops<TSync>.NewList(ts);
            RefArray.Set(slots, keepAt, keep);
        }
        ListOps<TSync>.Append(ts, keep, v);
    }

    /// <summary>
    /// A sequence pattern matches a collections.abc.Sequence that is not str, bytes or bytearray.
    /// The builtin types answer directly; other objects ask the ABC (registration counts, as
    /// CPython's type flag it sets does).
    /// </summary>
    public static bool IsSequence(PyThreadState ts, PyObject o)
    {
        switch (o)
        {
            case PyList or PyTuple or PyRange or PyMemoryView:
                return true;
            case PyStr or PyBytes or PyByteArray or PyDict or PyInt or PyFloat or PyComplex or PySet or PyMappingProxy:
                return false;
        }
        if (ReferenceEquals(o, ts.Rt.None)) return false;
        return IsAbcInstance(ts, o, "Sequence");
    }

    /// <summary>A mapping pattern matches a collections.abc.Mapping.</summary>
    public static bool IsMapping(PyThreadState ts, PyObject o)
    {
        switch (o)
        {
            case PyDict or PyMappingProxy:
                return true;
            case PyList or PyTuple or PyRange or PyStr or PyBytes or PyByteArray or PyInt or PyFloat or PyComplex or PySet:
                return false;
        }
        if (ReferenceEquals(o, ts.Rt.None)) return false;
        return IsAbcInstance(ts, o, "Mapping");
    }

    private static bool IsAbcInstance(PyThreadState ts, PyObject o, string abcName)
    {
        var module = Importer<TSync>.Import(ts, "collections.abc");
        var abc = Ops<TSync>.GetAttr(ts, module, abcName);
        return CoreBuiltins<TSync>.IsInstance(ts, o, abc);
    }

    /// <summary>
    /// The values of <paramref name="keys"/> in the mapping (a new tuple), or null when one is
    /// missing. Lookups use the mapping's get(); a key given twice is a ValueError.
    /// </summary>
    public static PyTuple? MatchKeys(PyThreadState ts, PyObject map, PyTuple keys)
    {
        var rt = ts.Rt;
        var keyItems = keys.Items;
        var values = new PyObject[keyItems.Length];
        var seen = Ops<TSync>.NewSet(ts);
        bool exactDict = map is PyDict && map.Type == rt.DictType;
        PyObject? get = null, missing = null;
        int found = 0;
        try
        {
            for (int i = 0; i < keyItems.Length; i++)
            {
                var key = keyItems[i];
                if (SetOps<TSync>.Contains(ts, seen, key))
                    throw rt.Error("ValueError", $"mapping pattern checks duplicate key ({Ops<TSync>.ReprValue(ts, key)})");
                SetOps<TSync>.Add(ts, seen, key);
                PyObject? v;
                if (exactDict)
                {
                    v = DictOps<TSync>.GetItemOrNull(ts, (PyDict)map, key);
                }
                else
                {
                    get ??= Ops<TSync>.GetAttr(ts, map, "get");
                    missing ??= Ops<TSync>.Call(ts, rt.ObjectType);
                    v = Ops<TSync>.Call(ts, get, key, missing);
                    if (ReferenceEquals(v, missing)) v = null;
                }
                if (v == null) return null;
                values[found++] = v;
            }
            return Ops<TSync>.NewTuple(ts, values);
        }
        finally
        {
            if (found < keyItems.Length)
            {
                // the values of a failed lookup are released (a get() may have made them)
                for (int i = 0; i < found; i++) ObjectLifecycle<TSync>.DropBorrowed(ts, values[i]);
            }
            ObjectLifecycle<TSync>.DropBorrowed(ts, seen);
        }
    }

    /// <summary>
    /// A class pattern's test: null when <paramref name="subject"/> is no instance of
    /// <paramref name="cls"/> or lacks an attribute, else a new tuple of the attributes for the
    /// <paramref name="positional"/> sub-patterns (named by __match_args__, or the subject itself
    /// for the builtins that match themselves) and then the keyword ones.
    /// </summary>
    public static PyTuple? MatchClass(PyThreadState ts, PyObject subject, PyObject cls, int positional, PyTuple kwNames)
    {
        var rt = ts.Rt;
        if (cls is not PyType type) throw rt.TypeError("called match pattern must be a class");
        if (!CoreBuiltins<TSync>.IsInstance(ts, subject, cls)) return null;
        var attrs = new List<PyObject>(positional + kwNames.Items.Length);
        var seen = new List<string>();
        try
        {
            if (positional > 0)
            {
                var matchArgs = Ops<TSync>.TryGetAttr(ts, type, rt.Intern("__match_args__"));
                bool matchSelf = false;
                PyObject[] argNames;
                if (matchArgs == null)
                {
                    argNames = [];
                    matchSelf = MatchesItself(rt, type);
                }
                else if (matchArgs is PyTuple t && t.Type == rt.TupleType)
                {
                    argNames = t.Items;
                }
                else
                {
                    throw rt.TypeError($"{type.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                }
                int allowed = matchSelf ? 1 : argNames.Length;
                if (allowed < positional)
                {
                    throw rt.TypeError($"{type.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({positional} given)");
                }
                if (matchSelf)
                {
                    attrs.Add(subject);
                }
                else
                {
                    for (int i = 0; i < positional; i++)
                    {
                        if (argNames[i] is not PyStr name || name.Type != rt.StrType)
                            throw rt.TypeError($"__match_args__ elements must be strings (got {argNames[i].Type.Name})");
                        var v = ClassAttr(ts, subject, type, name, seen);
                        if (v == null) return null;
                        attrs.Add(v);
                    }
                }
            }
            foreach (var item in kwNames.Items)
            {
                var v = ClassAttr(ts, subject, type, (PyStr)item, seen);
                if (v == null) return null;
                attrs.Add(v);
            }
            var result = Ops<TSync>.NewTuple(ts, attrs.ToArray());
            attrs.Clear();
            return result;
        }
        finally
        {
            // attributes read for a failed match are released (a property may have made them)
            foreach (var v in attrs) ObjectLifecycle<TSync>.DropBorrowed(ts, v);
        }
    }

    /// <summary>bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple and their
    /// subclasses take one positional sub-pattern that matches the subject itself.</summary>
    private static bool MatchesItself(PyRuntime rt, PyType t)
        => t.IsSubtypeOf(rt.IntType) || t.IsSubtypeOf(rt.FloatType) || t.IsSubtypeOf(rt.StrType)
            || t.IsSubtypeOf(rt.BytesType) || t.IsSubtypeOf(rt.ByteArrayType) || t.IsSubtypeOf(rt.ListType)
            || t.IsSubtypeOf(rt.TupleType) || t.IsSubtypeOf(rt.DictType) || t.IsSubtypeOf(rt.SetType)
            || t.IsSubtypeOf(rt.FrozenSetType);

    private static PyObject? ClassAttr(PyThreadState ts, PyObject subject, PyType type, PyStr name, List<string> seen)
    {
        if (seen.Contains(name.Value))
            throw ts.Rt.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Ops<TSync>.ReprValue(ts, name)}");
        seen.Add(name.Value);
        try
        {
            return Ops<TSync>.TryGetAttr(ts, subject, name);
        }
        catch (PyException e) when (Ops<TSync>.IsInstance(e.Value, ts.Rt.ExceptionTypes["AttributeError"]))
        {
            Ops<TSync>.DiscardException(ts, e); // a missing attribute is no match
            return null;
        }
    }

    /// <summary>`**rest`: a new dict of the mapping's items without <paramref name="keys"/>.</summary>
    public static PyDict DictWithout(PyThreadState ts, PyObject map, PyTuple keys)
    {
        var rest = Ops<TSync>.NewDict(ts);
        DictOps<TSync>.Merge(ts, rest, map);
        foreach (var k in keys.Items) Ops<TSync>.DelItem(ts, rest, k);
        return rest;
    }
}
