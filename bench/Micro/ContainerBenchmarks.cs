// list.append and dict get/set through the runtime's container operations (the same calls the
// eval loop makes), on each backend.
using BenchmarkDotNet.Attributes;
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Bench.Micro;

public class ContainerBenchmarks
{
    private const int Ops = 1000;
    private PyRuntime _rt = null!;
    private PyList _list = null!;
    private PyDict _dict = null!;
    private PyObject[] _keys = null!, _values = null!;

    [Params(Backend.Gil, Backend.FreeThreaded)]
    public Backend Backend { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rt = Backends.Create(Backend);
        _list = new PyList(_rt.ListType);
        _dict = new PyDict(_rt.DictType);
        _keys = [.. Enumerable.Range(0, 64).Select(i => (PyObject)_rt.Intern("key" + i))];
        _values = [.. Enumerable.Range(0, 64).Select(i => (PyObject)_rt.NewInt(i * 1000))];
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public void ListAppend()
    {
        if (Backend == Backend.Gil) Append<GilSync>(); else Append<FreeThreadedSync>();
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public long DictSetGet()
    {
        return Backend == Backend.Gil ? SetGet<GilSync>() : SetGet<FreeThreadedSync>();
    }

    private void Append<TSync>() where TSync : struct, ISyncPolicy
    {
        var ts = _rt.MainThread;
        for (int i = 0; i < Ops; i++) ListOps<TSync>.Append(ts, _list, _values[i & 63]);
        ListOps<TSync>.Clear(ts, _list);
    }

    private long SetGet<TSync>() where TSync : struct, ISyncPolicy
    {
        var ts = _rt.MainThread;
        long found = 0;
        for (int i = 0; i < Ops / 2; i++)
        {
            var k = _keys[i & 63];
            DictOps<TSync>.SetItem(ts, _dict, k, _values[i & 63]);
            if (DictOps<TSync>.GetItemOrNull(ts, _dict, k) != null) found++;
        }
        return found;
    }
}
