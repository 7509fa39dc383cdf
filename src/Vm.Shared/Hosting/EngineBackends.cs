// The backends register an engine factory here when their assembly loads (a module initializer
// in Vm.Gil and Vm.FreeThreaded). A host that references a backend's package but never touches
// its types still gets it: Create loads the assembly by name and runs its module initializer.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Vm.Hosting;

internal static class EngineBackends
{
    private static Func<EngineOptions, EngineCore>? s_gil;
    private static Func<EngineOptions, EngineCore>? s_freeThreaded;

    /// <summary>Called by a backend assembly's module initializer.</summary>
    public static void Register(Backend backend, Func<EngineOptions, EngineCore> factory)
    {
        if (backend.IsFreeThreaded) Volatile.Write(ref s_freeThreaded, factory);
        else Volatile.Write(ref s_gil, factory);
    }

    public static EngineCore Create(Backend backend, EngineOptions options)
    {
        var factory = Get(backend);
        if (factory == null)
        {
            var name = backend.IsFreeThreaded ? "Vm.FreeThreaded" : "Vm.Gil";
            try
            {
                var asm = Assembly.Load(new AssemblyName(name));
                RuntimeHelpers.RunModuleConstructor(asm.ManifestModule.ModuleHandle);
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException($"The {backend.Name} backend is not installed: reference the {name} package.", ex);
            }
            factory = Get(backend) ?? throw new InvalidOperationException($"The {name} assembly did not register the {backend.Name} backend.");
        }
        return factory(options);
    }

    private static Func<EngineOptions, EngineCore>? Get(Backend backend) =>
        backend.IsFreeThreaded ? Volatile.Read(ref s_freeThreaded) : Volatile.Read(ref s_gil);
}
