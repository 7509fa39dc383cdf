using System.Numerics;
using System.Runtime.CompilerServices;

namespace Vm.Objects;

/// <summary>
/// `int`: a machine-word fast path (<see cref="Small"/>) with arbitrary precision
/// (<see cref="Big"/>) when the value does not fit in a long. Exactly one representation is used:
/// Big is non-null only for values outside the long range. Exact ints are immortal.
/// </summary>
public class PyInt : PyObject
{
    public readonly long Small;
    // Boxed so that a machine-word int carries one reference (8 bytes) instead of an inline
    // BigInteger? (24 bytes): every int above the small-int cache is an allocation, and its size
    // sets how often gen0 collections stop all threads (DESIGN.md, "Allocation and the .NET GC").
    private readonly StrongBox<BigInteger>? _big;

    public PyInt(PyType type, long value) : base(type)
    {
        Small = value;
    }

    public PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) Small = (long)value;
        else _big = new StrongBox<BigInteger>(value);
    }

    /// <summary>The value when it does not fit in a long, else null.</summary>
    public BigInteger? BigValue => _big?.Value;

    public bool IsBig
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _big != null;
    }

    public BigInteger Big => _big != null ? _big.Value : new BigInteger(Small);

    public override string ToString() => IsBig ? BigValue!.Value.ToString() : Small.ToString();
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
