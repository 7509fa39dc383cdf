using System.Numerics;
using System.Runtime.CompilerServices;

namespace Vm.Objects;

/// <summary>
/// `int`: a machine-word fast path (<see cref="Small"/>) with arbitrary precision
/// (<see cref="Big"/>) when the value does not fit in a long. Exactly one representation is used:
/// a value outside the long range lives in a subclass (<see cref="PyBigInt"/>, or an int
/// subclass instance), flagged <see cref="ObjectFlags.BigInt"/>. Exact ints are immortal.
/// </summary>
public class PyInt : PyObject
{
    // No field for the big representation: every int above the small-int cache is an
    // allocation, and its size sets how often gen0 collections stop all threads (DESIGN.md,
    // "Allocation and the .NET GC"). A machine-word int is 48 bytes (it was 64 with a
    // reference to a boxed BigInteger that was null for every such int, and 56 with a separate
    // mutex word in the header: docs/allocation.md).
    //
    // No freelist (CPython reuses a freed int or float for the next one): reuse needs a precise
    // count of every .NET reference to the object, and by the VM's convention (PyObject.cs) the
    // value stack, .NET locals, borrowed parameters and closure cells hold uncounted references.
    // `f(x, g())` with x a global int that g() rebinds leaves the old int only on f's value stack:
    // its count is 0 when g() rebinds x, so a freelist would hand the object to the next int g()
    // makes and f would receive that value. Native code that keeps a Python function's result in a
    // .NET array (sorted's keys) and passes it back in (count 1, then 0 when that frame exits) has
    // the same problem. Precise counts would mean counted stack references (CPython 3.14's
    // stackrefs) throughout the eval loop and the builtins, and counting every int store (exact
    // ints are immortal: a store tests one flag today). What a freelist would save is measured
    // (docs/allocation.md): at one thread the gen0 collections cost ~8% and the allocator's
    // memory clearing ~5%; at two threads the cost is the stop-the-world suspension, whose count
    // the gen0 budget sets (./pyvm).
    public readonly long Small;

    public PyInt(PyType type, long value) : base(type)
    {
        Small = value;
    }

    /// <summary>For a subclass that holds a value outside the long range.</summary>
    private protected PyInt(PyType type) : base(type)
    {
        FlagBits |= (int)ObjectFlags.BigInt;
    }

    /// <summary>An int of <paramref name="type"/> (int itself: use the runtime's factories) holding value.</summary>
    public static PyInt Create(PyType type, BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? new PyInt(type, (long)value) : new PyBigInt(type, value);

    /// <summary>The value when it does not fit in a long, else null.</summary>
    public BigInteger? BigValue => IsBig ? BigStorage : null;

    public bool IsBig
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (FlagBits & (int)ObjectFlags.BigInt) != 0;
    }

    public BigInteger Big => IsBig ? BigStorage : new BigInteger(Small);

    /// <summary>The value of an int flagged <see cref="ObjectFlags.BigInt"/> (overridden by every class that sets it).</summary>
    private protected virtual BigInteger BigStorage => new(Small);

    public override string ToString() => IsBig ? BigStorage.ToString() : Small.ToString();
}

/// <summary>An exact int (or a subclass instance without a dict) outside the long range.</summary>
public sealed class PyBigInt : PyInt
{
    private readonly BigInteger _value;

    public PyBigInt(PyType type, BigInteger value) : base(type)
    {
        _value = value;
    }

    private protected override BigInteger BigStorage => _value;
}

/// <summary>`bool`: the two instances True and False of a runtime.</summary>
public sealed class PyBool : PyInt
{
    public readonly bool Value;

    public PyBool(PyType type, bool value) : base(type, value ? 1 : 0)
    {
        Value = value;
        MakeImmortal();
    }
}

/// <summary>`float`.</summary>
public class PyFloat : PyObject
{
    public readonly double Value;

    public PyFloat(PyType type, double value) : base(type)
    {
        Value = value;
    }
}

/// <summary>`complex`.</summary>
public class PyComplex : PyObject
{
    public readonly Complex Value;

    public PyComplex(PyType type, Complex value) : base(type)
    {
        Value = value;
    }
}

/// <summary>None, NotImplemented, Ellipsis: singletons of their types.</summary>
public sealed class PySingleton : PyObject
{
    public readonly string Repr;

    public PySingleton(PyType type, string repr) : base(type)
    {
        Repr = repr;
        MakeImmortal();
    }

    public override string ToString() => Repr;
}
