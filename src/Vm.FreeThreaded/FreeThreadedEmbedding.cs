// Registers the free-threaded backend with the embedding API (Vm.Hosting.PythonEngine) when this assembly loads.
using System.Runtime.CompilerServices;
using Vm.Hosting;

namespace Vm.FreeThreaded;

internal static class FreeThreadedEmbedding
{
#pragma warning disable CA2255 // a library registering its backend on load is the intended use here
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        EngineBackends.Register(Backend.FreeThreaded, options => new EngineCore<FreeThreadedSync>(Backend.FreeThreaded, FreeThreadedEngine.Create(EngineCore.RuntimeOptionsOf(options)), options));
}
