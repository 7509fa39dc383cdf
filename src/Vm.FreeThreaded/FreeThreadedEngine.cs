// The free-threaded backend's runtime: PyRuntime<FreeThreadedSync> with the biased-refcount,
// critical-section and stop-the-world machinery as its backend state.
using Vm.Runtime;

namespace Vm.FreeThreaded;

public sealed class FreeThreadedHooks : BackendHooks
{
    private readonly bool _elide;
    private readonly bool _ownerSections;

    /// <param name="elideWhileSingleThreaded">Single-thread lock elision (CriticalSections.cs,
    /// "ELISION"). Only for a runtime whose attached threads all run the eval loop (which polls the
    /// eval breaker) or detach to wait, as FreeThreadedEngine.Create's do: the first attach of a
    /// second thread stops the world, and a first thread that waits attached without polling
    /// (a hand-written test driver) would hold that pause up for ever.</param>
    /// <param name="ownerSections">Owner sections (CriticalSections.cs, "OWNER SECTIONS"), under the same
    /// condition: a thread that needs an object another thread owns waits for that thread's next
    /// eval-breaker check or detach.</param>
    public FreeThreadedHooks(bool elideWhileSingleThreaded = false, bool ownerSections = true)
    {
        _elide = elideWhileSingleThreaded;
        _ownerSections = ownerSections;
    }

    public override RuntimeBackendState CreateRuntimeState(PyRuntime rt) =>
        new FtRuntimeState(rt, elideWhileSingleThreaded: _elide, ownerSections: _ownerSections);

    public override void OnThreadCreated(PyThreadState ts) => FtThreadState.Create(ts);

    public override void OnThreadExiting(PyThreadState ts) => FreeThreadedSync.OnThreadExit(ts);

    public override void StopTheWorld(PyThreadState ts) => FreeThreaded.StopTheWorld.Stop(ts);

    public override void StartTheWorld(PyThreadState ts) => FreeThreaded.StopTheWorld.Start(ts);
}

public static class FreeThreadedEngine
{
    /// <summary>PYVM_FT_ELIDE=0 turns single-thread lock elision off (CriticalSections.cs, "ELISION").</summary>
    private static readonly bool s_elide = Environment.GetEnvironmentVariable("PYVM_FT_ELIDE") != "0";

    /// <summary>PYVM_FT_OWNER=0 turns owner sections off (CriticalSections.cs, "OWNER SECTIONS").</summary>
    private static readonly bool s_ownerSections = Environment.GetEnvironmentVariable("PYVM_FT_OWNER") != "0";

    /// <summary>Creates a free-threaded runtime; its main thread state is attached when this returns.</summary>
    /// <param name="elideWhileSingleThreaded">False turns lock elision off for this runtime (a host
    /// whose threads run .NET code attached without ever polling the eval breaker cannot park for
    /// the pause that ends elision); null: on unless PYVM_FT_ELIDE=0.</param>
    /// <param name="ownerSections">False turns owner sections off, for the same kind of host (another thread
    /// would wait for the owner's eval-breaker check); null: on unless PYVM_FT_OWNER=0.</param>
    public static PyRuntime<FreeThreadedSync> Create(RuntimeOptions? options = null, bool? elideWhileSingleThreaded = null,
        bool? ownerSections = null)
    {
        var rt = new PyRuntime<FreeThreadedSync>(
            new FreeThreadedHooks(elideWhileSingleThreaded ?? s_elide, ownerSections ?? s_ownerSections), options);
        rt.Attach(rt.MainThread);
        return rt;
    }
}
