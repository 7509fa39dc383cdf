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
        return s;
    }

    private struct ConstEq : IKeyEquality
    {
        public bool Equal(PyObject a, PyObject b) =>
            a is PyFloat fa && b is PyFloat fb ? fa.Value == fb.Value :
            a is PyFloat fa2 && b is PyInt ib ? fa2.Value == ib.Small :
            a is PyInt ia && b is PyFloat fb2 ? ia.Small == fb2.Value : false;
    }
}
