// Comparison fast paths for operands of one exact builtin type (int, float, str). Builtin types
// cannot be changed, and RichCompare on two operands of the same type calls that type's own
// dunder first (no reflected-first rule applies), which for these types compares the values
// exactly as below and never returns NotImplemented; so answering here is the slow path's answer
// without the method lookup, the argument list and the call. Exact tuples go straight to the
// tuple comparison (in RichCompare, after its stack-depth check, since tuples nest).
//
// == and != between exact builtin types of different kinds (a number and a tuple: `i == (3, 4)`,
// a str and a list, ...): RichCompare would call the left type's __eq__/__ne__, then the right one's
// reflected, and each of these types returns NotImplemented for an operand that is not an
// instance of its own kind (int, bool, float and complex compare with one another, so they are
// one kind here and never answered). Both NotImplemented, RichCompare falls back to identity,
// which two objects of different types never share: == is False, != is True. Exact types only:
// builtin types cannot be changed, and a subclass may define __eq__.
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

    /// <summary>a == b or a != b for exact builtin types of different kinds (see the file header); null otherwise.</summary>
    private static PyObject? TryEqualityOfDisjointKinds(PyRuntime rt, PyType ta, PyType tb, CompareOpArg op)
    {
        if (op is not (CompareOpArg.Eq or CompareOpArg.NotEq)) return null;
        int ka = EqualityKind(rt, ta), kb = EqualityKind(rt, tb);
        if (ka == 0 || kb == 0 || ka == kb) return null;
        return op == CompareOpArg.Eq ? rt.False : rt.True;
    }

    /// <summary>The kind of an exact builtin type whose __eq__/__ne__ return NotImplemented for every other kind; 0: any other type.</summary>
    private static int EqualityKind(PyRuntime rt, PyType t)
    {
        if (ReferenceEquals(t, rt.IntType) || ReferenceEquals(t, rt.FloatType) || ReferenceEquals(t, rt.BoolType) || ReferenceEquals(t, rt.ComplexType)) return 1;
        if (ReferenceEquals(t, rt.StrType)) return 2;
        if (ReferenceEquals(t, rt.TupleType)) return 3;
        if (ReferenceEquals(t, rt.ListType)) return 4;
        if (ReferenceEquals(t, rt.DictType)) return 5;
        return 0;
    }
}
