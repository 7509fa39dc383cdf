// The two backends as a BenchmarkDotNet parameter, so each benchmark's table has a row for each
// side by side. Benchmarks branch once per invocation into a method generic over the policy.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Runtime;

namespace Vm.Bench.Micro;

public enum Backend { Gil, FreeThreaded }

public static class Backends
{
    public static PyRuntime Create(Backend b) => b == Backend.Gil ? GilEngine.Create() : FreeThreadedEngine.Create();
}
