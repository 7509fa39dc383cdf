// int(s) and float(s) of one exact str: the types' FastCall (TypeFastCalls.cs), raising a bad
// literal without a .NET throw (NativeVectorCall's contract: null with ts.CurrentException set).
// `try: int(s) except ValueError` cost ~4 us per bad literal when every one unwound the .NET stack.
//
// Why the fast path equals the slow path: type.__call__(int, s) is IntNew(int, [s]), which for an
// exact str is NumberToInt: str has no __int__, __index__ or __trunc__ (builtin types cannot gain
// them), so it parses with TryParseSmallDecimal and then ParseIntText at base 10. IntCall makes the
// same two calls, ParseIntTextOrError being ParseIntText with its error returned instead of thrown.
// float(s) is FloatNew(float, [s]) = NumberToDouble(s), whose only step for an exact str is
// TextToDoubleOrError, and NewFloatOf(float, d) is a plain float. Every other call is the type's New.
using Vm.Builtins.Formatting;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class NumberTypes<TSync>
{
    /// <summary>int's FastCall: int(s) of an exact str as NumberToInt parses it, a bad literal pending.</summary>
    private static PyObject? IntCall(PyThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        if (args.Length != 1 || kw != null || args[0].Type != rt.StrType) return IntNew(ts, rt.IntType, args, kw);
        var s = (PyStr)args[0];
        if (NumberParsing.TryParseSmallDecimal(s.Value, out long parsed)) return rt.NewInt(parsed);
        return ParseIntTextOrError(ts, s, s.Value, false, 10, out var v) is { } e ? ts.RaisePending(e) : rt.NewInt(v);
    }

    /// <summary>float's FastCall: float(s) of an exact str as NumberToDouble parses it, a bad literal pending.</summary>
    private static PyObject? FloatCall(PyThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var rt = ts.Rt;
        if (args.Length != 1 || kw != null || args[0].Type != rt.StrType) return FloatNew(ts, rt.FloatType, args, kw);
        return TextToDoubleOrError(ts, args[0], out double d) is { } e ? ts.RaisePending(e) : rt.NewFloat(d);
    }
}
