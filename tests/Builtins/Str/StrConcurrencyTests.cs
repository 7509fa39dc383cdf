// bytearray under real threads on the free-threaded backend: appends from several threads all
// arrive (each append is atomic under the critical section), and lock-free readers (len, hex,
// iteration, slicing, bytes(ba)) running against writers never crash or see torn state.
// Shared str iterators may skip or repeat but never crash.
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins.Str;

public sealed class StrConcurrencyTests
{
    private const int Threads = 4;

    [Fact]
    public void ConcurrentByteArrayAppends_AllArrive()
    {
        var rt = StrRuntimes.FreeThreaded();
        var main = rt.MainThread;
        var ba = S<FreeThreadedSync>.New(main, rt.ByteArrayType);
        const int N = 5_000;
        S<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < N; i++)
            {
                if (i % 2 == 0) S<FreeThreadedSync>.Call(ts, ba, "append", ts.Rt.NewInt(id));
                else S<FreeThreadedSync>.Call(ts, ba, "extend", ts.Rt.NewBytes([(byte)id]));
            }
        });
        var data = ((PyByteArray)ba).ToArray();
        Assert.Equal(Threads * N, data.Length);
        for (int id = 0; id < Threads; id++) Assert.Equal(N, data.Count(b => b == id));
    }

    [Fact]
    public void ReadersRaceWriters_NeverCrash()
    {
        var rt = StrRuntimes.FreeThreaded();
        var main = rt.MainThread;
        var ba = S<FreeThreadedSync>.New(main, rt.ByteArrayType, rt.NewBytes(new byte[64]));
        S<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            var r = ts.Rt;
            for (int i = 0; i < 3_000; i++)
            {
                if (id == 0)
                {
                    // Writer: grow, shrink, splice, clear.
                    S<FreeThreadedSync>.Call(ts, ba, "extend", r.NewBytes(new byte[i % 50]));
                    if (i % 7 == 0) Ops<FreeThreadedSync>.DelItem(ts, ba, new PySlice(r.SliceType, r.NewInt(0), r.NewInt(30), r.None));
                    if (i % 13 == 0) S<FreeThreadedSync>.Call(ts, ba, "clear");
                    if (i % 5 == 0) S<FreeThreadedSync>.Call(ts, ba, "insert", r.NewInt(0), r.NewInt(1));
                }
                else
                {
                    Ops<FreeThreadedSync>.Len(ts, ba);
                    S<FreeThreadedSync>.Call(ts, ba, "hex");
                    S<FreeThreadedSync>.Call(ts, ba, "count", r.NewInt(0));
                    Ops<FreeThreadedSync>.ToArray(ts, ba);
                    Ops<FreeThreadedSync>.GetItem(ts, ba, new PySlice(r.SliceType, r.NewInt(1), r.None, r.NewInt(2)));
                    S<FreeThreadedSync>.New(ts, r.BytesType, ba);
                    try
                    {
                        Ops<FreeThreadedSync>.GetItem(ts, ba, r.NewInt(-1));
                    }
                    catch (PyException e) when (e.Value.Type.Name == "IndexError")
                    {
                        // Empty at that moment: fine.
                    }
                }
            }
        });
    }

    [Fact]
    public void SharedStrIterator_NeverCrashes()
    {
        var rt = StrRuntimes.FreeThreaded();
        var main = rt.MainThread;
        var text = rt.NewStr(string.Concat(Enumerable.Repeat("ab😀", 20_000)));
        var it = Ops<FreeThreadedSync>.GetIter(main, text);
        long seen = 0;
        S<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            while (Ops<FreeThreadedSync>.Next(ts, it) is { } v)
            {
                Assert.IsAssignableFrom<PyStr>(v);
                Interlocked.Increment(ref seen);
            }
        });
        Assert.True(seen > 0);
    }
}
