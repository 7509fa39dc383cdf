// The GIL backend's runtime: PyRuntime<GilSync> with the GIL as its backend state.
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Gil;

public sealed class GilHooks : BackendHooks
{
    public override RuntimeBackendState CreateRuntimeState(PyRuntime rt)
    {
        var state = new GilRuntimeState(rt);
        rt.OnSwitchIntervalChanged = seconds => state.Gil.SetSwitchInterval(seconds);
        rt.GilStats = ts => GilStatsDict(ts, state.Gil);
        return state;
    }

    public override void OnThreadCreated(PyThreadState ts) { }

    public override void OnThreadExiting(PyThreadState ts) { }

    private static PyObject GilStatsDict(PyThreadState ts, Gil gil)
    {
        var s = gil.GetStats();
        var rt = ts.Rt;
        var d = Ops<GilSync>.NewDict(ts);
        DictOps<GilSync>.SetItem(ts, d, rt.Intern("acquisitions"), rt.NewInt(s.Acquisitions));
        DictOps<GilSync>.SetItem(ts, d, rt.Intern("contended_acquisitions"), rt.NewInt(s.ContendedAcquisitions));
        DictOps<GilSync>.SetItem(ts, d, rt.Intern("drop_requests"), rt.NewInt(s.DropRequests));
        DictOps<GilSync>.SetItem(ts, d, rt.Intern("forced_switches"), rt.NewInt(s.ForcedSwitches));
        DictOps<GilSync>.SetItem(ts, d, rt.Intern("switches"), rt.NewInt(s.Switches));
        DictOps<GilSync>.SetItem(ts, d, rt.Intern("wait_time"), rt.NewFloat(s.WaitTime.TotalSeconds));
        return d;
    }
}

public static class GilEngine
{
    /// <summary>Creates a GIL runtime; its main thread state holds the GIL when this returns.</summary>
    public static PyRuntime<GilSync> Create(RuntimeOptions? options = null)
    {
        var rt = new PyRuntime<GilSync>(new GilHooks(), options);
        rt.Attach(rt.MainThread);
        return rt;
    }
}
