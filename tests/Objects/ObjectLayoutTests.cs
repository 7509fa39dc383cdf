// The padding of containers against false sharing (src/Vm.Shared/Objects/HotFieldPadding.cs):
// checked on the real layout the runtime gives the fields, so a field added to PyObject or to a
// padded container that brings two neighbours' written words back onto one cache line fails here.
using System.Runtime.CompilerServices;
using Vm.Objects;
using Vm.Tests.Builtins.Containers;
using Xunit;
using Xunit.Abstractions;

namespace Vm.Tests.Objects;

public sealed class ObjectLayoutTests(ITestOutputHelper output)
{
    private const int CacheLine = 64;

    /// <summary>Stands for any object: its first field's address is the start of an object's fields.</summary>
    private sealed class RawObject
    {
        public byte FirstField = 0;
    }

    private static long OffsetOf<T>(object o, ref T field) =>
        (long)Unsafe.ByteOffset(ref Unsafe.As<RawObject>(o).FirstField, ref Unsafe.As<T, byte>(ref field));

    /// <summary>Bytes one object takes in the heap (header included): what allocating it costs.</summary>
    private static long BytesPerObject(Func<object> make)
    {
        var keep = new object[1000];
        make(); // the first call may allocate what the method needs once
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < keep.Length; i++) keep[i] = make();
        long after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(keep);
        return (after - before) / keep.Length;
    }

    /// <summary>[start, end) of the header words every mutation or foreign reference writes.</summary>
    private static (long Start, long End) HeaderWrittenWords(PyObject o)
    {
        long[] starts = [OffsetOf(o, ref o.RefLocal), OffsetOf(o, ref o.RefShared), OffsetOf(o, ref o.FlagBits)];
        return (starts.Min(), starts.Max() + sizeof(int));
    }

    [Fact]
    public void WrittenWordsOfNeighbouringLists_AreACacheLineApart()
    {
        var rt = Runtimes.FreeThreaded();
        var l = new PyList(rt.ListType);
        AssertNeighboursApart("list", l, () => new PyList(rt.ListType),
            (OffsetOf(l, ref l._items), IntPtr.Size), (OffsetOf(l, ref l._size), sizeof(int)));
    }

    [Fact]
    public void WrittenWordsOfNeighbouringDicts_AreACacheLineApart()
    {
        var rt = Runtimes.FreeThreaded();
        var d = new PyDict(rt.DictType);
        AssertNeighboursApart("dict", d, () => new PyDict(rt.DictType),
            (OffsetOf(d, ref d._table), IntPtr.Size), (OffsetOf(d, ref d._used), sizeof(int)), (OffsetOf(d, ref d.Version), sizeof(int)));
    }

    /// <param name="own">The offsets and sizes of the fields the type's own mutations write.</param>
    private void AssertNeighboursApart(string name, PyObject o, Func<object> make, params (long Offset, int Size)[] own)
    {
        var (start, end) = HeaderWrittenWords(o);
        foreach (var (offset, size) in own)
        {
            start = Math.Min(start, offset);
            end = Math.Max(end, offset + size);
        }
        long bytes = BytesPerObject(make);
        output.WriteLine($"{name}: {bytes} bytes, written words [{start}, {end}) of its fields");
        // The next object's written words begin `bytes` bytes after this one's. Objects are 8-byte
        // aligned, so relative to an object a cache line starts at a multiple of 8: the last line
        // this object writes starts at the latest at AlignDown(end - 1, 8), and the next object's
        // first written byte must lie beyond it.
        long lastLineStart = (end - 1) & ~7L;
        Assert.True(bytes + start >= lastLineStart + CacheLine,
            $"{name}: written words [{start}, {end}) of a {bytes}-byte object: the next one's begin at {bytes + start}, inside the line at {lastLineStart}");
    }
}
