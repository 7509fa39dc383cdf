// The fixed-arity entries of builtins (PyBuiltinFunction.Fast1..3, called by the eval loop:
// Runtime/Interpreter/Interpreter.BuiltinCalls.cs) against their general entry Fn, on both
// backends: every builtin function of the builtins module and every method of str, list, dict,
// set, tuple, bytes, int and float that has a FastN is called both ways with an exact receiver
// and each combination of a pool of arguments, on fresh receivers. The result (repr), the error
// (type and message) and the receiver afterwards (a mutating method's effect) must be equal.
// A new FastN is covered as soon as it is set. Python-level paths (subclasses, overrides, unbound
// calls, bound methods): tests/programs/speed_caches/builtin_fast_entries.py.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins;

public sealed class BuiltinFastEntryTests
{
    [Fact]
    public void FastEntries_GilBackend_EqualFn() => Check<GilSync>(GilEngine.Create(Options()));

    [Fact]
    public void FastEntries_FreeThreadedBackend_EqualFn() => Check<FreeThreadedSync>(FreeThreadedEngine.Create(Options()));

    private static RuntimeOptions Options() =>
        new() { Stdout = new StringWriter(), Stderr = new StringWriter(), Stdin = new StringReader("") };

    private static void Check<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var receivers = new Dictionary<PyType, Func<PyObject>>
        {
            [rt.StrType] = () => rt.NewStr("AbC ,xa,"),
            [rt.ListType] = () => Ops<TSync>.NewList(ts, [rt.NewInt(3), rt.NewInt(1), rt.NewStr("a"), rt.NewInt(1)]),
            [rt.DictType] = () =>
            {
                var d = Ops<TSync>.NewDict(ts);
                DictOps<TSync>.SetItem(ts, d, rt.NewStr("a"), rt.NewInt(1));
                DictOps<TSync>.SetItem(ts, d, rt.NewInt(1), rt.NewStr("b"));
                return d;
            },
            [rt.SetType] = () =>
            {
                var s = Ops<TSync>.NewSet(ts);
                SetOps<TSync>.Add(ts, s, rt.NewInt(1));
                SetOps<TSync>.Add(ts, s, rt.NewStr("a"));
                return s;
            },
            [rt.TupleType] = () => Ops<TSync>.NewTuple(ts, [rt.NewInt(1), rt.NewStr("a")]),
            [rt.BytesType] = () => rt.NewBytes([0x61, 0x2C, 0x62]),
            [rt.IntType] = () => rt.NewInt(-7),
            [rt.FloatType] = () => rt.NewFloat(2.5),
        };
        Func<PyObject>[] pool =
        [
            () => rt.NewStr("a"), () => rt.NewStr(","), () => rt.NewStr("ab"), () => rt.NewInt(1), () => rt.NewInt(-1),
            () => rt.NewInt(98), () => rt.NewFloat(-2.5), () => rt.None,
            () => Ops<TSync>.NewTuple(ts, [rt.NewStr("A"), rt.NewStr("a")]),
            () => Ops<TSync>.NewList(ts, [rt.NewStr("x"), rt.NewStr("y")]),
        ];

        var entries = new List<PyBuiltinFunction>();
        foreach (var (_, v) in rt.BuiltinsDict.Snapshot())
            if (v is PyBuiltinFunction bf) entries.Add(bf);
        foreach (var t in receivers.Keys)
            foreach (var (_, v) in t.Dict.Snapshot())
                if (v is PyBuiltinFunction { IsMethodDescriptor: true } bf) entries.Add(bf);

        int compared = 0;
        foreach (var bf in entries)
        {
            if (bf.Fast1 == null && bf.Fast2 == null && bf.Fast3 == null) continue;
            // A method's self is an exact receiver of its type; a function's first argument comes from the pool.
            var firsts = bf.OwnerType != null ? [receivers[bf.OwnerType]] : pool;
            foreach (var first in firsts)
            {
                if (bf.Fast1 is { } f1)
                {
                    compared++;
                    Compare(bf, [first], a => f1(ts, a[0]));
                }
                foreach (var second in pool)
                {
                    if (bf.Fast2 is { } f2)
                    {
                        compared++;
                        Compare(bf, [first, second], a => f2(ts, a[0], a[1]));
                    }
                    if (bf.Fast3 is { } f3)
                        foreach (var third in pool)
                        {
                            compared++;
                            Compare(bf, [first, second, third], a => f3(ts, a[0], a[1], a[2]));
                        }
                }
            }
        }
        Assert.True(compared > 300, $"only {compared} calls compared");

        void Compare(PyBuiltinFunction bf, Func<PyObject>[] makers, Func<PyObject[], PyObject?> fast)
        {
            var slowArgs = makers.Select(m => m()).ToArray();
            // A method gets fresh receivers (it may mutate them); a function the same objects (id(x)).
            var fastArgs = bf.OwnerType != null ? makers.Select(m => m()).ToArray() : slowArgs;
            string slow = Outcome(slowArgs, () => bf.Fn(ts, slowArgs, null));
            string quick = Outcome(fastArgs, () => fast(fastArgs));
            Assert.True(slow == quick, $"{bf.OwnerType?.Name}.{bf.Name}({string.Join(", ", slowArgs.Select(a => Ops<TSync>.ReprValue(ts, a)))}): Fn {slow}, Fast {quick}");
        }

        string Outcome(PyObject[] args, Func<PyObject?> call)
        {
            string r;
            try
            {
                r = call() is { } v ? "-> " + Ops<TSync>.ReprValue(ts, v) : "raised " + Describe(Interpreter<TSync>.TakeException(ts));
            }
            catch (PyException e)
            {
                r = "raised " + Describe(e);
            }
            return r + " | args after: " + string.Join(", ", args.Select(a => Ops<TSync>.ReprValue(ts, a)));
        }

        string Describe(PyException e) => e.Value.Type.Name + ": " + Ops<TSync>.StrValue(ts, e.Value);
    }
}
