// Small Python loops run by the one eval loop on each backend: loop dispatch, a function call,
// an attribute load. Each benchmark calls a Python function that does 1000 iterations.
using BenchmarkDotNet.Attributes;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Bench.Micro;

public class InterpreterBenchmarks
{
    private const int Ops = 1000;

    private const string Source = """
        def loop():
            i = 0
            while i < 1000:
                i += 1
            return i

        def f(x):
            return x

        def calls():
            for i in range(1000):
                f(i)

        class Holder:
            def __init__(self):
                self.value = 1

        def attributes():
            h = Holder()
            for _ in range(1000):
                h.value
        """;

    private PyRuntime _rt = null!;
    private PyObject _loop = null!, _calls = null!, _attributes = null!;

    [Params(Backend.Gil, Backend.FreeThreaded)]
    public Backend Backend { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rt = Backends.Create(Backend);
        var globals = _rt.NewModuleDict("__bench__", null);
        _rt.ExecCode(_rt.MainThread, _rt.CompileModule(Source, "<bench>"), globals, null);
        _loop = globals.GetStr(_rt.Intern("loop"))!;
        _calls = globals.GetStr(_rt.Intern("calls"))!;
        _attributes = globals.GetStr(_rt.Intern("attributes"))!;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public PyObject LoopDispatch() => _rt.CallObject(_rt.MainThread, _loop, []);

    [Benchmark(OperationsPerInvoke = Ops)]
    public PyObject FunctionCall() => _rt.CallObject(_rt.MainThread, _calls, []);

    [Benchmark(OperationsPerInvoke = Ops)]
    public PyObject AttributeLoad() => _rt.CallObject(_rt.MainThread, _attributes, []);
}
