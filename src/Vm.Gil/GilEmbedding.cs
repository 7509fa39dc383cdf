// Registers the GIL backend with the embedding API (Vm.Hosting.PythonEngine) when this assembly loads.
using System.Runtime.CompilerServices;
using Vm.Hosting;

namespace Vm.Gil;

internal static class GilEmbedding
{
#pragma warning disable CA2255 // a library registering its backend on load is the intended use here
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => EngineBackends.Register(Backend.Gil, options =>
    {
        var rt = GilEngine.Create(EngineCore.RuntimeOptionsOf(options));
        var gilMonitor = ((GilRuntimeState)rt.BackendState!).Gil.CondMonitor;
        // Waits for the GIL itself are not script waits: a stop must never break them.
        return new EngineCore<GilSync>(Backend.Gil, rt, options, m => ReferenceEquals(m, gilMonitor));
    });
}
