namespace Vm.Objects;

/// <summary>
/// The one native calling convention (vectorcall): positional arguments, then the values of the
/// keyword arguments named by <paramref name="kwnames"/> (null when there are none).
/// For methods, args[0] is self. A native raises by throwing PyException, or, cheaper (no .NET
/// throw: ~2 µs), by returning null with the exception pending: `return ts.RaisePending(...)`.
/// Every caller of Fn handles null: the eval loop's direct call (Interpreter.BuiltinCalls.cs)
/// sends it to the frame's error path, Ops.Call turns it back into a throw.
/// </summary>
public delegate PyObject? NativeFn(Vm.Runtime.PyThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>A fixed-arity entry of a builtin (<see cref="PyBuiltinFunction.Fast1"/>): one positional argument, no keywords.</summary>
public delegate PyObject? NativeFn1(Vm.Runtime.PyThreadState ts, PyObject a0);
/// <summary>A fixed-arity entry of a builtin: two positional arguments, no keywords.</summary>
public delegate PyObject? NativeFn2(Vm.Runtime.PyThreadState ts, PyObject a0, PyObject a1);
/// <summary>A fixed-arity entry of a builtin: three positional arguments, no keywords.</summary>
public delegate PyObject? NativeFn3(Vm.Runtime.PyThreadState ts, PyObject a0, PyObject a1, PyObject a2);

/// <summary>A builtin function, or a method descriptor when <see cref="OwnerType"/> is set.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly NativeFn Fn;
    /// <summary>For a method descriptor: the type whose instances it binds to.</summary>
    public readonly PyType? OwnerType;
    /// <summary>For a bound builtin (e.g. `[].append`): the self passed as args[0].</summary>
    public readonly PyObject? Self;
    public readonly string? Doc;
    /// <summary>"builtins" or a module name, for repr.</summary>
    public string? ModuleName;
    /// <summary>For a static or class method stored on a type (str.maketrans, T.__new__,
    /// dict.fromkeys): that type, for __qualname__ ("str.maketrans"); a __new__'s __self__ is it
    /// too (CPython's tp_new wrapper is bound to its type). Reported only: calls never pass it.</summary>
    public PyType? StaticOwner;
    /// <summary>What the eval loop may compute inline instead of calling Fn (set once, at setup:
    /// Interpreter.BuiltinCalls.cs); None for every other builtin.</summary>
    public BuiltinIntrinsic Intrinsic;
    /// <summary>
    /// Fixed-arity entries (CPython's METH_NOARGS / METH_O / METH_FASTCALL methods called through
    /// CALL_METHOD_DESCRIPTOR_*), set once at setup: the eval loop calls FastN instead of Fn when
    /// there are exactly N positional arguments (a method's self counts), no keywords, and for a
    /// method descriptor self's type is exactly <see cref="OwnerType"/> (never a subclass).
    /// For those arguments each must do exactly what Fn does (it skips only Fn's argument-count,
    /// keyword and self checks, which such a call passes); null: Fn handles that count.
    /// Interpreter.BuiltinCalls.cs calls them; BuiltinFastEntryTests compare each with Fn.
    /// </summary>
    public NativeFn1? Fast1;
    public NativeFn2? Fast2;
    public NativeFn3? Fast3;
    /// <summary>
    /// A one-argument math function of a float (math.sqrt, math.sin, ...: MathModule's F1), set once at
    /// setup. Fn, given one exact float x, returns FloatFn(x) boxed, or raises when that is a NaN from a
    /// non-NaN x or an infinity from a finite x (and does nothing else). Float chains
    /// (Interpreter.FloatChains.cs) compute it on the unboxed value. Null for every other builtin.
    /// </summary>
    public Func<double, double>? FloatFn;
    /// <summary>
    /// math.floor / math.ceil / math.trunc (MathModule's Rounding), set once at setup: Fn, given one
    /// exact float x, returns DoubleToInt(IntRoundFn(x)) (and does nothing else). Compiled float and
    /// int chains compute it on an unboxed value (JitEmitter.MathCalls.cs). Null for every other builtin.
    /// </summary>
    public Func<double, double>? IntRoundFn;
    /// <summary>builtins.abs, set once at setup: Fn of an exact float x returns abs(x) as a float, of a
    /// machine int other than long.MinValue its absolute value (compiled chains: JitEmitter.MathCalls.cs).</summary>
    public bool IsAbs;

    public PyBuiltinFunction(PyType type, string name, NativeFn fn, PyType? ownerType = null, PyObject? self = null, string? doc = null)
        : base(type)
    {
        Name = name;
        Fn = fn;
        OwnerType = ownerType;
        Self = self;
        Doc = doc;
        if (self == null) MakeImmortal();
    }

    public bool IsMethodDescriptor => OwnerType != null && Self == null;

    public override void CollectChildren(List<PyObject> sink)
    {
        if (Self != null) sink.Add(Self);
    }
}

/// <summary>Builtins whose call the eval loop computes inline (CPython's CALL_LEN, CALL_ISINSTANCE).</summary>
/// <summary>What the eval loop or compiled code may do inline instead of calling a builtin's Fn
/// (Interpreter.BuiltinCalls.cs, Interpreter.JitBuiltinMethods.cs). From ListAppend on they are
/// methods of one exact builtin type (Builtins/BuiltinMethodIntrinsics.cs marks them).</summary>
public enum BuiltinIntrinsic : byte { None, Len, IsInstance, Next, GeneratorSend, ListAppend, DictGet, ListPop, SetAdd, SetDiscard, SetRemove, StrPure }

/// <summary>A descriptor computed natively: `__get__`/`__set__` for builtin attributes (e.g. `list.__class__`, `function.__name__`).</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public readonly string Name;
    public readonly PyType OwnerType;
    public readonly Func<Vm.Runtime.PyThreadState, PyObject, PyObject> Getter;
    public readonly Action<Vm.Runtime.PyThreadState, PyObject, PyObject?>? Setter;
    /// <summary>A read-only C struct member in CPython (a member descriptor): assigning says "readonly attribute".</summary>
    public bool ReadOnlyMember { get; init; }

    public PyGetSetDescriptor(PyType type, string name, PyType owner,
        Func<Vm.Runtime.PyThreadState, PyObject, PyObject> getter,
        Action<Vm.Runtime.PyThreadState, PyObject, PyObject?>? setter) : base(type)
    {
        Name = name;
        OwnerType = owner;
        Getter = getter;
        Setter = setter;
        MakeImmortal();
    }
}
