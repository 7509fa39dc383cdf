// Comparison fast paths for operands of one exact builtin type (int, float, str). Builtin types
// cannot be changed, and RichCompare on two operands of the same type calls that type's own
// dunder first (no reflected-first rule applies), which for these types compares the values
// exactly as below and never returns NotImplemented; so answering here is the slow path's answer
// without the method lookup, the argument list and the call. Exact tuples go straight to the
// tuple comparison (in RichCompare, after its stack-depth check, since tuples nest).
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Ops<TSync>
{
    /// <summary>a op b for two operands of the same exact int, float or str type; null for anything else.</summary>
    private static PyObject? TryCompareExactScalars(PyRuntime rt, PyObject a, PyObject b, CompareOpArg op)
    {
        var t = a.Type;
        int c;
        if (ReferenceEquals(t, rt.IntType))
        {
            var x = (PyInt)a;
            var y = (PyInt)b;
            c = x.IsBig || y.IsBig ? x.Big.CompareTo(y.Big) : x.Small.CompareTo(y.Small);
        }
        else if (ReferenceEquals(t, rt.FloatType))
        {
            double x = ((PyFloat)a).Value, y = ((PyFloat)b).Value;
            return op.Holds(x, y) ? rt.True : rt.False;
        }
        else if (ReferenceEquals(t, rt.StrType))
        {
            string x = ((PyStr)a).Value, y = ((PyStr)b).Value;
            c = op is CompareOpArg.Eq or CompareOpArg.NotEq ? (x == y ? 0 : 1) : Vm.Builtins.StrType<TSync>.Compare(x, y);
        }
        else return null;
        return op.Holds(c, 0) ? rt.True : rt.False;
    }
}
