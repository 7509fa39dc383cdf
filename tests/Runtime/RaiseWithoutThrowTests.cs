// Errors raised through the frame's error path instead of a .NET throw (docs/runtime-conventions.md,
// "Exceptions without a .NET throw"): a / // % by zero of ints and floats (BINARY_OP,
// Interpreter.NumericFast.cs), int(s) and float(s) of a bad literal (NumberTypes.TextCalls.cs),
// list.pop on an empty list or a bad index (ListOps.PopAtOrNull), s[i] out of range (BINARY_SUBSCR),
// float ** overflowing or 0.0 to a negative power (BINARY_OP), a strict UTF-8 bytes.decode.
// Each case checks that the program caught the error the slow path (Ops.BinaryOp, the type's
// __new__, str.__getitem__ through Ops.GetItem, str(b, "utf-8"), all throwing) raises, with the
// same type and message, and that no PyException of that type was thrown on the program's thread.
// Traceback lines, `with` blocks and generators are covered by tests/programs/exceptions/raise_without_throw*.py.
using System.Runtime.ExceptionServices;
using Vm.Bytecode;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class RaiseWithoutThrowTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var backend in new[] { "gil", "free-threaded" })
            foreach (var expr in new[]
            {
                "i / z", "i // z", "i % z", "f / z", "f // z", "f % z", "i / zf", "i // zf", "i % zf", "big // z", "big % z",
                "int(s)", "float(s)", "[].pop()", "[1].pop(3)", "t[9]", "t[-9]", "huge ** 2", "huge ** f", "zf ** -1", "bad.decode()",
            })
                data.Add(backend, expr);
        return data;
    }

    /// <summary>The error the throwing slow path gives for the same operation, as "Type: message".</summary>
    private static string SlowPathError<TSync>(PyThreadState ts, string expr) where TSync : struct, Vm.Concurrency.ISyncPolicy
    {
        var rt = ts.Rt;
        PyObject i = rt.NewInt(7), f = rt.NewFloat(7.5), z = rt.NewInt(0), zf = rt.NewFloat(0.0);
        PyObject big = rt.NewInt(System.Numerics.BigInteger.Pow(10, 30));
        PyObject New(PyType t, PyObject arg) => Ops<TSync>.Call(ts, Ops<TSync>.GetAttr(ts, t, rt.Intern("__new__")), [t, arg], null);
        Func<PyObject> op = expr switch
        {
            "i / z" => () => Ops<TSync>.BinaryOp(ts, i, z, BinaryOpArg.TrueDivide),
            "i // z" => () => Ops<TSync>.BinaryOp(ts, i, z, BinaryOpArg.FloorDivide),
            "i % z" => () => Ops<TSync>.BinaryOp(ts, i, z, BinaryOpArg.Remainder),
            "f / z" => () => Ops<TSync>.BinaryOp(ts, f, z, BinaryOpArg.TrueDivide),
            "f // z" => () => Ops<TSync>.BinaryOp(ts, f, z, BinaryOpArg.FloorDivide),
            "f % z" => () => Ops<TSync>.BinaryOp(ts, f, z, BinaryOpArg.Remainder),
            "i / zf" => () => Ops<TSync>.BinaryOp(ts, i, zf, BinaryOpArg.TrueDivide),
            "i // zf" => () => Ops<TSync>.BinaryOp(ts, i, zf, BinaryOpArg.FloorDivide),
            "i % zf" => () => Ops<TSync>.BinaryOp(ts, i, zf, BinaryOpArg.Remainder),
            "big // z" => () => Ops<TSync>.BinaryOp(ts, big, z, BinaryOpArg.FloorDivide),
            "big % z" => () => Ops<TSync>.BinaryOp(ts, big, z, BinaryOpArg.Remainder),
            "int(s)" => () => New(rt.IntType, rt.NewStr("1x")),
            "float(s)" => () => New(rt.FloatType, rt.NewStr("1x")),
            "[].pop()" => () => Ops<TSync>.CallMethod(ts, Ops<TSync>.NewList(ts, []), "pop", []),
            "[1].pop(3)" => () => Ops<TSync>.CallMethod(ts, Ops<TSync>.NewList(ts, [rt.NewInt(1)]), "pop", [rt.NewInt(3)]),
            "t[9]" => () => Ops<TSync>.GetItem(ts, rt.NewStr("abc"), rt.NewInt(9)),
            "t[-9]" => () => Ops<TSync>.GetItem(ts, rt.NewStr("abc"), rt.NewInt(-9)),
            "huge ** 2" => () => Ops<TSync>.BinaryOp(ts, rt.NewFloat(1e308), rt.NewInt(2), BinaryOpArg.Power),
            "huge ** f" => () => Ops<TSync>.BinaryOp(ts, rt.NewFloat(1e308), f, BinaryOpArg.Power),
            "zf ** -1" => () => Ops<TSync>.BinaryOp(ts, zf, rt.NewInt(-1), BinaryOpArg.Power),
            "bad.decode()" => () => Ops<TSync>.Call(ts, rt.StrType, [rt.NewBytes([0x61, 0xE2, 0x28]), rt.NewStr("utf-8")], null),
            _ => throw new ArgumentException(expr),
        };
        var e = Assert.Throws<PyException>(() => op());
        return e.Value.Type.Name + ": " + Ops<TSync>.StrValue(ts, e.Value);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RaisesTheSlowPathsErrorWithoutThrowing(string backend, string expr)
    {
        var output = new StringWriter();
        var options = new RuntimeOptions { Stdout = output, Stderr = new StringWriter(), Stdin = new StringReader("") };
        PyRuntime rt = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        string expected = backend == "gil"
            ? SlowPathError<GilSync>(rt.MainThread, expr)
            : SlowPathError<FreeThreadedSync>(rt.MainThread, expr);
        string source = $$"""
            i, f, z, zf, big, s, t, huge, bad = 7, 7.5, 0, 0.0, 10 ** 30, "1x", "abc", 1e308, b"a\xe2("
            def probe():
                try:
                    {{expr}}
                except Exception as e:
                    return f"{type(e).__name__}: {e}"
                return "no error"
            for _ in range(3):
                print(probe())
            """;
        int thrown = 0, mainThread = -1, status = -1;
        EventHandler<FirstChanceExceptionEventArgs> count = (_, a) =>
        {
            if (Environment.CurrentManagedThreadId == mainThread && a.Exception is PyException pe && expected.StartsWith(pe.Value.Type.Name + ": "))
                Interlocked.Increment(ref thrown);
        };
        AppDomain.CurrentDomain.FirstChanceException += count;
        try
        {
            var main = new Thread(() =>
            {
                mainThread = Environment.CurrentManagedThreadId;
                status = ScriptRunner.RunMain(rt, source, "<raise>", cached: false, finalizeModules: false);
            }, ScriptRunner.BigStackSize);
            main.Start();
            main.Join();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= count;
        }
        Assert.True(status == 0, options.Stderr.ToString());
        Assert.Equal(string.Concat(Enumerable.Repeat(expected + "\n", 3)), output.ToString().Replace("\r\n", "\n"));
        Assert.Equal(0, thrown);
    }
}
