using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Ops<TSync>
{
    private static readonly string[] s_binSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"];

    public static string BinarySymbol(int op) => s_binSymbols[op];

    /// <summary>a OP b, in-place forms included (CPython's binary_op1 / binary_iop1).</summary>
    public static PyObject BinaryOp(PyThreadState ts, PyObject a, PyObject b, BinaryOpArg op)
    {
        var rt = ts.Rt;
        int baseOp = (int)op;
        // `s += t` on exact strs (str has no __iadd__): appends to s's buffer (Objects/AppendedStr.cs);
        // a plain `s + t` takes BinaryOpNoInplace's exact-str branch.
        if (op == BinaryOpArg.InplaceAdd && ReferenceEquals(a.Type, rt.StrType) && ReferenceEquals(b.Type, rt.StrType))
            return AppendedStr.Concat(rt, (PyStr)a, (PyStr)b, inplace: true);
        if (baseOp >= 13)
        {
            baseOp -= 13;
            var im = a.Type.Lookup(rt.S.Inplace[baseOp]);
            if (im != null)
            {
                var r = CallMethodDescr(ts, im, a, [b]);
                if (!ReferenceEquals(r, rt.NotImplemented)) return r;
            }
        }
        var res = BinaryOpNoInplace(ts, a, b, baseOp);
        if (res != null) return res;
        throw BinaryOpError(rt, a, b, (int)op);
    }

    /// <summary>BinaryOp's TypeError when neither operand supports <paramref name="op"/> (a BinaryOpArg, in-place forms included).</summary>
    public static PyException BinaryOpError(PyRuntime rt, PyObject a, PyObject b, int op)
    {
        int baseOp = op >= 13 ? op - 13 : op;
        string sym = s_binSymbols[baseOp];
        if (op >= 13) sym = (baseOp == 8 ? "**" : sym) + "=";
        return rt.TypeError($"unsupported operand type(s) for {sym}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    public static PyObject? BinaryOpNoInplace(PyThreadState ts, PyObject a, PyObject b, int op)
    {
        var rt = ts.Rt;
        var fast = Numbers.TryBinaryFast(rt, a, b, op);
        if (fast != null) return fast;
        var ta = a.Type;
        var tb = b.Type;
        // list + list, tuple + tuple of exact types: the __add__ they would call, without the lookup and call.
        if (op == (int)BinaryOpArg.Add && ReferenceEquals(ta, tb))
        {
            if (ReferenceEquals(ta, rt.ListType)) return Vm.Builtins.ContainerTypes<TSync>.ListConcat(ts, (PyList)a, (PyList)b);
            if (ReferenceEquals(ta, rt.TupleType)) return Vm.Builtins.ContainerTypes<TSync>.TupleConcat(ts, (PyTuple)a, (PyTuple)b);
            if (ReferenceEquals(ta, rt.StrType)) return AppendedStr.Concat(rt, (PyStr)a, (PyStr)b, inplace: false);
        }
        var name = rt.S.Binary[op];
        var rname = rt.S.Reflected[op];
        var slotA = ta.Lookup(name);
        PyObject? slotB = null;
        if (ta != tb)
        {
            slotB = tb.Lookup(rname);
            if (slotB != null && slotB == ta.Lookup(rname)) slotB = null;
        }
        if (slotA != null)
        {
            if (slotB != null && tb.IsSubtypeOf(ta))
            {
                var rr = CallMethodDescr(ts, slotB, b, [a]);
                if (!ReferenceEquals(rr, rt.NotImplemented)) return rr;
                slotB = null;
            }
            var r = CallMethodDescr(ts, slotA, a, [b]);
            if (!ReferenceEquals(r, rt.NotImplemented)) return r;
        }
        if (slotB != null)
        {
            var r = CallMethodDescr(ts, slotB, b, [a]);
            if (!ReferenceEquals(r, rt.NotImplemented)) return r;
        }
        return null;
    }

    public static PyObject Power(PyThreadState ts, PyObject a, PyObject b, PyObject? mod)
    {
        if (mod == null || ReferenceEquals(mod, ts.Rt.None)) return BinaryOp(ts, a, b, BinaryOpArg.Power);
        var m = a.Type.Lookup(ts.Rt.S.__pow__);
        if (m != null)
        {
            var r = CallMethodDescr(ts, m, a, [b, mod]);
            if (!ReferenceEquals(r, ts.Rt.NotImplemented)) return r;
        }
        // Three-argument pow falls through to the float / complex slots, which refuse a modulus.
        if (a is PyFloat || b is PyFloat || mod is PyFloat)
            throw ts.Rt.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        if (a is PyComplex || b is PyComplex || mod is PyComplex) throw ts.Rt.ValueError("complex modulo");
        throw ts.Rt.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{mod.Type.Name}'");
    }

    private static PyObject Unary(PyThreadState ts, PyObject a, string name, string sym)
    {
        var m = a.Type.Lookup(ts.Rt.Intern(name));
        if (m == null) throw ts.Rt.TypeError($"bad operand type for unary {sym}: '{a.Type.Name}'");
        return CallMethodDescr(ts, m, a, []);
    }

    public static PyObject Negative(PyThreadState ts, PyObject a)
    {
        var rt = ts.Rt;
        if (a is PyInt i && a.Type == rt.IntType && !i.IsBig && i.Small != long.MinValue) return rt.NewInt(-i.Small);
        if (a is PyFloat fl && a.Type == rt.FloatType) return rt.NewFloat(-fl.Value);
        return Unary(ts, a, "__neg__", "-");
    }

    public static PyObject Positive(PyThreadState ts, PyObject a) => Unary(ts, a, "__pos__", "+");

    public static PyObject Invert(PyThreadState ts, PyObject a)
    {
        var rt = ts.Rt;
        if (a is PyInt i && a.Type == rt.IntType && !i.IsBig) return rt.NewInt(~i.Small);
        return Unary(ts, a, "__invert__", "~");
    }
}
