using System.Numerics;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>Turns the compiler's CodeUnit into a runtime's PyCode (constants become immortal objects).</summary>
public static class CodeFactory
{
    public static PyCode Materialise(PyRuntime rt, CodeUnit unit)
    {
        var consts = new PyObject[unit.Consts.Length];
        for (int i = 0; i < consts.Length; i++) consts[i] = Const(rt, unit.Consts[i]);
        var names = unit.Names.Select(rt.Intern).ToArray();
        var varnames = unit.VarNames.Select(rt.Intern).ToArray();
        return new PyCode(rt.CodeType, unit, consts, names, varnames, rt.Intern(unit.Name), rt.Intern(unit.QualName));
    }

    public static PyObject Const(PyRuntime rt, object? v)
    {
        PyObject o = v switch
        {
            null => rt.None,
            bool b => rt.NewBool(b),
            long l => rt.NewInt(l),
            int i => rt.NewInt(i),
            BigInteger bi => rt.NewInt(bi),
            double d => rt.NewFloat(d),
            Complex c => rt.NewComplex(c),
            string s => rt.Intern(s),
            byte[] bytes => rt.NewBytes(bytes),
            Vm.Ast.EllipsisValue => rt.Ellipsis,
            ConstTuple t => rt.NewTupleImmortalItems(t.Items.Select(x => Const(rt, x)).ToArray()),
            ConstFrozenSet fs => FrozenSetConst(rt, fs),
            CodeUnit cu => Materialise(rt, cu),
            _ => throw new InvalidOperationException("unknown constant " + v.GetType()),
        };
        o.MakeImmortal(); // code constants are immortal
        return o;
    }

    private static PyObject FrozenSetConst(PyRuntime rt, ConstFrozenSet fs)
    {
        var s = new PySet(rt.FrozenSetType, rt.SetDummy);
        var eq = new ConstEq();
        foreach (var item in fs.Items)
        {
            var o = Const(rt, item);
            long h = Vm.Builtins.Containers.ContainerHashing.ConstHash(rt, o, x => x switch
            {
                PyStr str => str.Hash,
                PyInt pi => Numbers.HashInt(pi),
                PyFloat pf => Numbers.HashDouble(pf.Value),
                _ => 0,
            });
            s.AddLockHeld(o, h, ref eq);
        }
        // CPython's compiler then merges constants, which rebuilds every frozenset constant from
        // its own iteration order (merge_consts_recursive): colliding keys can swap places.
        var merged = new PySet(rt.FrozenSetType, rt.SetDummy);
        var table = s.Table;
        foreach (var e in table)
            if (e.Key != null && !s.IsDummy(e.Key)) merged.AddLockHeld(e.Key, e.Hash, ref eq);
        return merged;
    }

    /// <summary>Python equality between constants (numbers across int/bool/float, str,
    /// bytes, tuples), so a constant set display dedupes as the runtime set would.</summary>
    private struct ConstEq : IKeyEquality
    {
        public bool Equal(PyObject a, PyObject b) => ConstEquals(a, b);

        private static bool ConstEquals(PyObject a, PyObject b)
        {
            if (ReferenceEquals(a, b)) return true;
            switch (a, b)
            {
                case (PyInt ia, PyInt ib): return ia.Big == ib.Big;
                case (PyFloat fa, PyFloat fb): return fa.Value == fb.Value;
                case (PyFloat fa, PyInt ib): return !ib.IsBig ? fa.Value == ib.Small : fa.Value == (double)ib.Big;
                case (PyInt ia, PyFloat fb): return !ia.IsBig ? ia.Small == fb.Value : (double)ia.Big == fb.Value;
                case (PyStr sa, PyStr sb): return sa.Value == sb.Value;
                case (PyBytes ba, PyBytes bb): return ba.Value.AsSpan().SequenceEqual(bb.Value);
                case (PyTuple ta, PyTuple tb):
                    if (ta.Items.Length != tb.Items.Length) return false;
                    for (int i = 0; i < ta.Items.Length; i++)
                        if (!ConstEquals(ta.Items[i], tb.Items[i])) return false;
                    return true;
                default: return false;
            }
        }
    }
}
