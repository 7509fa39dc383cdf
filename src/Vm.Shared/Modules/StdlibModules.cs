using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>Registers the native stdlib modules of a runtime (imported lazily by name).</summary>
public static partial class StdlibModules<TSync> where TSync : struct, ISyncPolicy
{
    public static void Register(PyRuntime rt)
    {
    }
}
