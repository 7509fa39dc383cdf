// Critical section enter/exit on an uncontended object: a no-op under the GIL policy, the
// per-object mutex (plus the thread's section stack) under the free-threaded policy.
using BenchmarkDotNet.Attributes;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Bench.Micro;

public class CriticalSectionBenchmarks
{
    private const int Ops = 1000;
    private PyRuntime _gil = null!, _ft = null!;
    private PyObject _gilList = null!, _ftList = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gil = GilEngine.Create();
        _ft = FreeThreadedEngine.Create();
        _gilList = new PyList(_gil.ListType);
        _ftList = new PyList(_ft.ListType);
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void GilEnterExit()
    {
        var ts = _gil.MainThread;
        for (int i = 0; i < Ops; i++)
        {
            GilSync.Lock(ts, _gilList);
            GilSync.Unlock(ts, _gilList);
        }
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void FreeThreadedEnterExit()
    {
        var ts = _ft.MainThread;
        for (int i = 0; i < Ops; i++)
        {
            FreeThreadedSync.Lock(ts, _ftList);
            FreeThreadedSync.Unlock(ts, _ftList);
        }
    }
}
