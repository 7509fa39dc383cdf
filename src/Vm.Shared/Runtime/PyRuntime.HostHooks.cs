// Hooks an embedding host (Vm.Hosting.PythonEngine) installs to watch and restrict scripts.
// All are null unless a host sets them, so the VM pays nothing for them otherwise: HostHook is
// only reached from the eval breaker's slow path, when EvalBreakerBits.HostHook is set.
using Vm.Objects;

namespace Vm.Runtime;

public abstract partial class PyRuntime
{
    /// <summary>Called at an eval-breaker check (backward jump or call) of a thread whose
    /// <see cref="EvalBreakerBits.HostHook"/> bit is set; may throw PyException to stop the thread.</summary>
    public Action<PyThreadState>? HostHook;

    /// <summary>Called when a thread state is created, before it runs any code.</summary>
    public Action<PyThreadState>? ThreadStateCreated;

    /// <summary>Called before every import (statement, __import__ or host) with the importing
    /// thread, whose ts.Frame is the importing frame; may throw PyException to refuse it.</summary>
    public Action<PyThreadState, string>? ImportFilter;
}
