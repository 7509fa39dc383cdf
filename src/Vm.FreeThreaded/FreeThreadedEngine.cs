// The free-threaded backend's runtime: PyRuntime<FreeThreadedSync> with the biased-refcount,
// critical-section and stop-the-world machinery as its backend state.
using Vm.Runtime;

namespace Vm.FreeThreaded;

public sealed class FreeThreadedHooks : BackendHooks
{
    /// <summary>PYVM_FT_ELIDE=0 turns single-thread lock elision off (CriticalSections.cs, "ELISION").</summary>
    private static readonly bool s_elide = Environment.GetEnvironmentVariable("PYVM_FT_ELIDE") != "0";

    public override RuntimeBackendState CreateRuntimeState(PyRuntime rt) => new FtRuntimeState(rt, elideWhileSingleThreaded: s_elide);

    public override void OnThreadCreated(PyThreadState ts) => FtThreadState.Create(ts);

    public override void OnThreadExiting(PyThreadState ts) => FreeThreadedSync.OnThreadExit(ts);

    public override void StopTheWorld(PyThreadState ts) => FreeThreaded.StopTheWorld.Stop(ts);

    public override void StartTheWorld(PyThreadState ts) => FreeThreaded.StopTheWorld.Start(ts);
}

public static class FreeThreadedEngine
{
    /// <summary>Creates a free-threaded runtime; its main thread state is attached when this returns.</summary>
    public static PyRuntime<FreeThreadedSync> Create(RuntimeOptions? options = null)
    {
        var rt = new PyRuntime<FreeThreadedSync>(new FreeThreadedHooks(), options);
        rt.Attach(rt.MainThread);
        return rt;
    }
}
