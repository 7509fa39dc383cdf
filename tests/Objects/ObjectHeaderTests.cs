// The object header's size (Objects/PyObject.cs): every int above the small-int cache and every float
// is an allocation, and its size sets how often gen0 collections stop every thread
// (docs/allocation.md). The header is four ints and the type reference since the critical-section
// mutex moved into FlagBits (Vm.FreeThreaded/ObjectMutex.cs): with the .NET object header and the
// 8-byte value, an int or a float is 48 bytes (56 with a separate mutex word).
using Vm.Objects;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class ObjectHeaderTests
{
    private static readonly PyType s_type = new(null, "t");

    private static double BytesPerObject(Func<int, PyObject> make)
    {
        const int N = 10_000;
        var keep = new PyObject[N];
        for (int i = 0; i < 100; i++) keep[i] = make(i); // JIT and allocation-context warm-up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < N; i++) keep[i] = make(i);
        long after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(keep);
        return (after - before) / (double)N;
    }

    [Fact]
    public void MachineIntAndFloat_Take48Bytes()
    {
        Assert.Equal(48, BytesPerObject(i => new PyInt(s_type, 1000 + i)));
        Assert.Equal(48, BytesPerObject(i => new PyFloat(s_type, i)));
    }

    /// <summary>An iterator is the header and its own fields: PyIterBase.HasPairs is a virtual property, not a
    /// bool field that padded every iterator by 8 bytes (one iterator per `for` loop).</summary>
    [Fact]
    public void RangeIterator_Takes72Bytes()
    {
        Assert.Equal(72, BytesPerObject(i => new Vm.Builtins.Containers.RangeIterator(s_type, i, 1, 10)));
    }
}
