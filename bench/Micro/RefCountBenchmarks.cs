// incref+decref pairs under each policy: GIL plain, biased owner path, biased shared path.
using BenchmarkDotNet.Attributes;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Bench.Micro;

[MemoryDiagnoser]
public class RefCountBenchmarks
{
    private PyRuntime _gil = null!, _ft = null!;
    private PyThreadState _gilTs = null!, _ftTs = null!, _ftOther = null!;
    private PyObject _gilObj = null!, _ftOwned = null!, _ftShared = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gil = GilEngine.Create();
        _ft = FreeThreadedEngine.Create();
        _gilTs = _gil.MainThread;
        _ftTs = _ft.MainThread;
        _ftOther = _ft.NewThreadState();
        _gilObj = new PyList(_gil.ListType);
        _ftOwned = new PyList(_ft.ListType);
        _ftShared = new PyList(_ft.ListType);
        FreeThreadedSync.IncRef(_ftTs, _ftOwned);
        FreeThreadedSync.IncRef(_ftOther, _ftShared); // owned by another thread: main uses the shared path
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public void GilPlain()
    {
        for (int i = 0; i < 1000; i++)
        {
            GilSync.IncRef(_gilTs, _gilObj);
            GilSync.DecRef(_gilTs, _gilObj);
        }
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public void BiasedOwner()
    {
        for (int i = 0; i < 1000; i++)
        {
            FreeThreadedSync.IncRef(_ftTs, _ftOwned);
            FreeThreadedSync.DecRef(_ftTs, _ftOwned);
        }
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public void BiasedShared()
    {
        for (int i = 0; i < 1000; i++)
        {
            FreeThreadedSync.IncRef(_ftTs, _ftShared);
            FreeThreadedSync.DecRef(_ftTs, _ftShared);
        }
    }
}
