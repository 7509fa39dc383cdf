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
        long[] starts = [OffsetOf(o, ref o.RefLocal), OffsetOf(o, ref o.RefShared), OffsetOf(o, ref o.MutexWord)];
        return (starts.Min(), starts.Max() + sizeof(int));
    }

    [Fact]
    public void WrittenWordsOfNeighbouringLists_AreACacheLineApart()
    {
        var rt = Runtimes.FreeThreaded();
        var l = new PyList(rt.ListType);
        var (start, end) = HeaderWrittenWords(l);
        start = Math.Min(start, Math.Min(OffsetOf(l, ref l._items), OffsetOf(l, ref l._size)));
        end = Math.Max(end, Math.Max(OffsetOf(l, ref l._items) + IntPtr.Size, OffsetOf(l, ref l._size) + sizeof(int)));
        long size = BytesPerObject(() => new PyList(rt.ListType));
        output.WriteLine($"list: {size} bytes, written words [{start}, {end}) of its fields");
        // The next list's written words begin `size` bytes after this one's. Objects are 8-byte
        // aligned, so relative to an object a cache line starts at a multiple of 8: the last line
        // this list writes starts at the latest at AlignDown(end - 1, 8), and the next list's first
        // written byte must lie beyond it.
        long lastLineStart = (end - 1) & ~7L;
        Assert.True(size + start >= lastLineStart + CacheLine,
            $"list: written words [{start}, {end}) of a {size}-byte object: the next list's begin at {size + start}, inside the line at {lastLineStart}");
    }
}
