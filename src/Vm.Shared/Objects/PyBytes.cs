namespace Vm.Objects;

/// <summary>`bytes` (immutable). Exact bytes objects are immortal.</summary>
public class PyBytes : PyObject
{
    public readonly byte[] Value;
    internal long _hash = 0;

    public PyBytes(PyType type, byte[] value) : base(type)
    {
        Value = value;
    }
}

/// <summary>`bytearray` (mutable; mutations hold its critical section).</summary>
public class PyByteArray : PyObject
{
    internal byte[] _data;
    internal int _size;

    public PyByteArray(PyType type, byte[] data) : base(type)
    {
        _data = data;
        _size = data.Length;
    }

    public int Count => Volatile.Read(ref _size);

    public ReadOnlySpan<byte> Span => _data.AsSpan(0, _size);

    public byte[] ToArray() => Span.ToArray();

    public void SetLockHeld(byte[] data)
    {
        Volatile.Write(ref _data, data);
        Volatile.Write(ref _size, data.Length);
    }
}
