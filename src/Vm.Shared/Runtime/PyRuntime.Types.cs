using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>The builtin types and singletons of one runtime.</summary>
public abstract partial class PyRuntime
{
    public PyType TypeType = null!, ObjectType = null!, IntType = null!, BoolType = null!, FloatType = null!,
        ComplexType = null!, StrType = null!, BytesType = null!, ByteArrayType = null!, TupleType = null!,
        ListType = null!, DictType = null!, SetType = null!, FrozenSetType = null!, NoneType = null!,
        NotImplementedType = null!, EllipsisType = null!, FunctionType = null!, BuiltinFunctionType = null!,
        MethodDescriptorType = null!, GetSetDescriptorType = null!, MemberDescriptorType = null!, ClassMethodDescriptorType = null!, WrapperDescriptorType = null!, MethodWrapperType = null!, MethodType = null!, CodeType = null!,
        CellType = null!, ModuleType = null!, RangeType = null!, SliceType = null!, PropertyType = null!,
        StaticMethodType = null!, ClassMethodType = null!, SuperType = null!, GeneratorType = null!,
        IteratorType = null!, TracebackType = null!, WeakRefType = null!, FrameType = null!,
        DictKeysType = null!, DictValuesType = null!, DictItemsType = null!, MemoryViewType = null!;

    /// <summary>encodings.CodecRegistryError: CPython's start-up imports `encodings`, so the class exists (and is among LookupError's subclasses) before any import.</summary>
    public PyType CodecRegistryError = null!;

    public PySingleton None = null!, NotImplemented = null!, Ellipsis = null!;
    public PyBool True = null!, False = null!;
    public PyTuple EmptyTuple = null!;
    public PyStr EmptyStr = null!;
    /// <summary>The dummy key marking deleted set slots.</summary>
    public PyObject SetDummy = null!;

    /// <summary>Exception types by name (BaseException, ValueError, ...).</summary>
    public readonly Dictionary<string, PyType> ExceptionTypes = new();

    public const int SmallIntMin = -5, SmallIntMax = 1024;
    private PyInt[] _smallInts = null!;
    private PyStr[] _charStrs = null!;
    private readonly ConcurrentDictionary<string, PyStr> _interned = new();

    /// <summary>Creates the type objects and singletons; called by the concrete runtime before installing methods.</summary>
    protected void CreateCoreObjects()
    {
        TypeType = new PyType(null, "type");
        ObjectType = new PyType(TypeType, "object");
        TypeType.Type = TypeType;
        // Dicts need the dict type; create it before giving types their dicts.
        DictType = new PyType(TypeType, "dict");
        foreach (var t in new[] { TypeType, ObjectType, DictType }) t.Dict = new PyDict(DictType);
        ObjectType.Mro = [ObjectType];
        ObjectType.Flags = TypeFlags.BaseType;
        SetupBuiltinType(TypeType, ObjectType, TypeFlags.BaseType);
        SetupBuiltinType(DictType, ObjectType, TypeFlags.BaseType);

        IntType = Builtin("int");
        BoolType = Builtin("bool", IntType, TypeFlags.None);
        FloatType = Builtin("float");
        ComplexType = Builtin("complex");
        StrType = Builtin("str");
        BytesType = Builtin("bytes");
        ByteArrayType = Builtin("bytearray");
        TupleType = Builtin("tuple");
        ListType = Builtin("list");
        SetType = Builtin("set");
        FrozenSetType = Builtin("frozenset");
        NoneType = Builtin("NoneType", null, TypeFlags.None);
        NotImplementedType = Builtin("NotImplementedType", null, TypeFlags.None);
        EllipsisType = Builtin("ellipsis", null, TypeFlags.None);
        FunctionType = Builtin("function", null, TypeFlags.None);
        BuiltinFunctionType = Builtin("builtin_function_or_method", null, TypeFlags.None);
        MethodDescriptorType = Builtin("method_descriptor", null, TypeFlags.None);
        GetSetDescriptorType = Builtin("getset_descriptor", null, TypeFlags.None);
        MemberDescriptorType = Builtin("member_descriptor", null, TypeFlags.None);
        ClassMethodDescriptorType = Builtin("classmethod_descriptor", null, TypeFlags.None);
        WrapperDescriptorType = Builtin("wrapper_descriptor", null, TypeFlags.None);
        MethodWrapperType = Builtin("method-wrapper", null, TypeFlags.None);
        MethodType = Builtin("method", null, TypeFlags.None);
        CodeType = Builtin("code", null, TypeFlags.None);
        CellType = Builtin("cell", null, TypeFlags.None);
        ModuleType = Builtin("module");
        RangeType = Builtin("range", null, TypeFlags.None);
        SliceType = Builtin("slice", null, TypeFlags.None);
        PropertyType = Builtin("property");
        StaticMethodType = Builtin("staticmethod");
        ClassMethodType = Builtin("classmethod");
        SuperType = Builtin("super");
        GeneratorType = Builtin("generator", null, TypeFlags.None);
        IteratorType = Builtin("iterator", null, TypeFlags.None);
        TracebackType = Builtin("traceback", null, TypeFlags.None);
        WeakRefType = Builtin("weakref.ReferenceType");
        WeakRefType.Name = "weakref.ReferenceType";
        FrameType = Builtin("frame", null, TypeFlags.None);
        DictKeysType = Builtin("dict_keys", null, TypeFlags.None);
        DictValuesType = Builtin("dict_values", null, TypeFlags.None);
        DictItemsType = Builtin("dict_items", null, TypeFlags.None);
        MemoryViewType = Builtin("memoryview", null, TypeFlags.None);

        None = new PySingleton(NoneType, "None");
        NotImplemented = new PySingleton(NotImplementedType, "NotImplemented");
        Ellipsis = new PySingleton(EllipsisType, "Ellipsis");
        True = new PyBool(BoolType, true);
        False = new PyBool(BoolType, false);
        EmptyTuple = new PyTuple(TupleType, []);
        EmptyTuple.MakeImmortal();
        EmptyStr = PyStr.NewImmortal(StrType, "");
        SetDummy = new PySingleton(ObjectType, "<dummy key>");

        _smallInts = new PyInt[SmallIntMax - SmallIntMin + 1];
        for (int i = 0; i < _smallInts.Length; i++)
        {
            var o = new PyInt(IntType, i + SmallIntMin);
            o.MakeImmortal();
            _smallInts[i] = o;
        }
        _charStrs = new PyStr[256];
        for (int i = 0; i < 256; i++) _charStrs[i] = PyStr.NewImmortal(StrType, ((char)i).ToString());
        S = new SpecialNames(this);
    }

    private PyType Builtin(string name, PyType? baseType = null, TypeFlags flags = TypeFlags.BaseType)
    {
        var t = new PyType(TypeType, name);
        t.Dict = new PyDict(DictType);
        SetupBuiltinType(t, baseType ?? ObjectType, flags);
        return t;
    }

    /// <summary>Gives a builtin type its base, MRO and flags.</summary>
    public void SetupBuiltinType(PyType t, PyType baseType, TypeFlags flags)
    {
        t.Bases = [baseType];
        var mro = new PyType[baseType.Mro.Length + 1];
        mro[0] = t;
        Array.Copy(baseType.Mro, 0, mro, 1, baseType.Mro.Length);
        t.Mro = mro;
        t.Flags = flags;
        t.SolidBase = t;
        baseType.Subclasses ??= new();
        lock (baseType.Subclasses) baseType.Subclasses.Add(new WeakReference<PyType>(t));
    }

    /// <summary>Creates a builtin type (for modules: deque, Lock, ...).</summary>
    public PyType NewBuiltinType(string name, PyType? baseType = null, TypeFlags flags = TypeFlags.BaseType)
        => Builtin(name, baseType, flags);

    // ---- factories for immortal values (no counting needed) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyInt NewInt(long v)
    {
        if ((ulong)(v - SmallIntMin) <= (ulong)(SmallIntMax - SmallIntMin)) return _smallInts[v - SmallIntMin];
        return NewIntSlow(v);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyInt NewIntSlow(long v)
    {
        var o = new PyInt(IntType, v);
        o.MakeImmortal();
        return o;
    }

    public PyInt NewInt(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return NewInt((long)v);
        var o = new PyBigInt(IntType, v);
        o.MakeImmortal();
        return o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyBool NewBool(bool b) => b ? True : False;

    public PyFloat NewFloat(double v)
    {
        var o = new PyFloat(FloatType, v);
        o.MakeImmortal();
        return o;
    }

    public PyComplex NewComplex(Complex v)
    {
        var o = new PyComplex(ComplexType, v);
        o.MakeImmortal();
        return o;
    }

    public PyStr NewStr(string s)
    {
        if (s.Length <= 1)
        {
            if (s.Length == 0) return EmptyStr;
            if (s[0] < 256) return _charStrs[s[0]];
        }
        return PyStr.NewImmortal(StrType, s);
    }

    public PyStr NewStr(char c) => c < 256 ? _charStrs[c] : PyStr.NewImmortal(StrType, c.ToString());

    /// <summary>The interned str for s (identifiers, attribute names, dict keys of code).</summary>
    public PyStr Intern(string s) => _interned.GetOrAdd(s, static (k, rt) => rt.NewStr(k), this);

    public PyBytes NewBytes(byte[] b)
    {
        var o = new PyBytes(BytesType, b);
        o.MakeImmortal();
        return o;
    }

    public PyType GetExceptionType(string name) => ExceptionTypes[name];
}
