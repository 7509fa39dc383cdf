// The GIL policy's reference counting and flags (src/Vm.Gil/GilSync.cs).
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Gil;

public sealed class GilSyncTests
{
    private sealed class Obj : PyObject
    {
        public Obj(PyType t) : base(t) { }
    }

    private static readonly PyType s_type = new(null, "testobj");

    [Fact]
    public void NameAndGilEnabled()
    {
        Assert.Equal("gil", Name<GilSync>());
        Assert.True(Enabled<GilSync>());
    }

    private static string Name<T>() where T : struct, Vm.Concurrency.ISyncPolicy => T.Name;
    private static bool Enabled<T>() where T : struct, Vm.Concurrency.ISyncPolicy => T.GilEnabled;

    [Fact]
    public void RefCounting_IsPlainCountInRefLocal()
    {
        var rt = TestRuntime.WithGil();
        var ts = rt.NewThreadState();
        var o = new Obj(s_type);
        Assert.True(GilSync.IsFloating(ts, o));
        GilSync.IncRef(ts, o);
        GilSync.IncRef(ts, o);
        Assert.Equal(2, GilSync.RefCount(o));
        Assert.Equal(2, o.RefLocal);
        Assert.Equal(0, o.RefShared);
        Assert.False(GilSync.DecRef(ts, o));
        Assert.True(GilSync.DecRef(ts, o));
        Assert.True(GilSync.IsFloating(ts, o));
        GilSync.IncRef(ts, o);
        GilSync.DecRefNoDealloc(ts, o);
        Assert.True(GilSync.IsFloating(ts, o));
    }

    [Fact]
    public void TryClaimDealloc_OnlyOnce()
    {
        var rt = TestRuntime.WithGil();
        var ts = rt.NewThreadState();
        var o = new Obj(s_type);
        Assert.True(GilSync.TryClaimDealloc(ts, o));
        Assert.False(GilSync.TryClaimDealloc(ts, o));
        Assert.NotEqual(0, o.FlagBits & (int)ObjectFlags.Dead);
    }

    [Fact]
    public void CriticalSections_AreNoOps()
    {
        var rt = TestRuntime.WithGil();
        var ts = rt.NewThreadState();
        var a = new Obj(s_type);
        var b = new Obj(s_type);
        using (new Vm.Concurrency.CriticalSection<GilSync>(ts, a))
        using (new Vm.Concurrency.CriticalSection2<GilSync>(ts, a, b))
        {
            Assert.Equal(0, a.FlagBits & (int)(ObjectFlags.MutexLocked | ObjectFlags.MutexWaiters));
        }
    }

    [Fact]
    public void ObjectLifecycle_DeallocatesAtZero()
    {
        var rt = TestRuntime.WithGil();
        var ts = rt.NewThreadState();
        var o = new Obj(s_type);
        ObjectLifecycle<GilSync>.IncRef(ts, o);
        ObjectLifecycle<GilSync>.DecRef(ts, o);
        Assert.NotEqual(0, o.FlagBits & (int)ObjectFlags.Dead);
    }
}
