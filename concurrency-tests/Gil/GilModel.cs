// What the GIL scenarios drive: the GIL plus the eval loop's drop-request check. The real backend
// is RealGil (the production Gil and GilSync code paths); the seeded bugs are SeededGil (a
// test-only copy of Gil with one defect). The scenarios are written once against this interface.
using Vm.Gil;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.Gil;

public interface IGilModel
{
    void Take(PyThreadState ts);
    void Drop(PyThreadState ts);
    /// <summary>The eval loop's check at a backward jump or call (GilSync.HandleEvalBreaker).</summary>
    void HandleEvalBreaker(PyThreadState ts);
    /// <summary>Before a blocking operation (GilSync.Detach).</summary>
    void Detach(PyThreadState ts);
    /// <summary>After a blocking operation (GilSync.Attach).</summary>
    void Attach(PyThreadState ts);
    bool IsHeldBy(PyThreadState ts);
    /// <summary>Hand-overs to a different thread so far (the switch number).</summary>
    long Switches { get; }
    /// <summary>Successful Take calls so far.</summary>
    long Acquisitions { get; }
    int Waiters { get; }
    void SetSwitchInterval(double seconds);
}

/// <summary>The production GIL, reached the way the eval loop reaches it (GilSync on the runtime's GilRuntimeState).</summary>
public sealed class RealGil : IGilModel
{
    private readonly Vm.Gil.Gil _gil;

    public RealGil(Vm.Gil.Gil gil) { _gil = gil; }

    public void Take(PyThreadState ts) => _gil.Take(ts);
    public void Drop(PyThreadState ts) => _gil.Drop(ts);
    public void HandleEvalBreaker(PyThreadState ts) => GilSync.HandleEvalBreaker(ts);
    public void Detach(PyThreadState ts) => GilSync.Detach(ts);
    public void Attach(PyThreadState ts) => GilSync.Attach(ts);
    public bool IsHeldBy(PyThreadState ts) => _gil.IsHeldBy(ts);
    public long Switches => _gil.GetStats().Switches;
    public long Acquisitions => _gil.GetStats().Acquisitions;
    public int Waiters => _gil.WaiterCount;
    public void SetSwitchInterval(double seconds) => _gil.SetSwitchInterval(seconds);
}
