// LOAD_SUPER_ATTR (issues 9 and 4): `super().name` and `super().name(...)` without a super
// object, and for a method without a bound method (CPython 3.12+'s LOAD_SUPER_ATTR_ATTR /
// LOAD_SUPER_ATTR_METHOD). The compiler (Compiling/Compiler.Super.cs) loads the global `super`,
// the class (the __class__ cell, or the first argument written) and the object (the function's
// first parameter, or the second argument written).
//
// Fast path == slow path: when the loaded `super` is the builtin type and the class is a type,
// the lookup is the one a super object makes (Ops.SuperGetAttr): the same check
// (Ops.SuperCheck, CPython's errors), the same MRO walk (Ops.SuperLookup) and the same binding
// (Ops.BindDescriptor with Ops.SuperBindTarget). Only its result is handed over differently:
//   - method form, instance mode (the object is not the type itself), a Python function or a
//     builtin method descriptor found: the function and the object go on the stack unbound, as
//     LOAD_METHOD does: calling them is calling the bound method the slow path would make;
//   - method form, an exact classmethod of a Python function found: the function and the type the
//     lookup walked (what classmethod.__get__ binds to) go on the stack unbound;
//   - nothing found in the MRO: a super object is made and asked (its own attributes, such as
//     __thisclass__, or the AttributeError naming it).
// Any other `super` (a global or builtin rebound by the program) is called, with the class and the
// object only when two arguments were written, and the attribute read from what it returns, as
// CPython does. Nothing here writes shared state: the free-threaded backend runs it from any number
// of threads with no count changed on the shared class, function or type (stack slots are uncounted),
// except the release of a floating operand (`super(C, make())`).
// Tests: tests/programs/classes/super_attr.py (both forms, shadowed super, errors, class changes).
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// LOAD_SUPER_ATTR on [super, cls, self] at the top of the stack (see the file's note); returns
    /// the new stack pointer. Throws PyException (the stack untouched) on error.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LoadSuperAttr(PyThreadState ts, Frame f, PyObject?[] slots, int sp, PyStr name, int arg)
    {
        var rt = ts.Rt;
        var sup = slots[sp - 3]!;
        var cls = slots[sp - 2]!;
        var self = slots[sp - 1]!;
        bool method = (arg & SuperAttrArgs.Method) != 0;
        PyObject? meth = null, callSelf = null, attr;
        if (ReferenceEquals(sup, rt.SuperType) && cls is PyType thisType)
        {
            var objType = Ops<TSync>.SuperCheck(ts, thisType, self);
            var target = Ops<TSync>.SuperBindTarget(self, objType);
            var descr = Ops<TSync>.SuperLookup(thisType, objType, name);
            if (descr == null) attr = SuperObjectAttr(ts, new PySuper(rt.SuperType, thisType, self, objType), name);
            else if (descr.IsPlainValue()) attr = descr;
            else if (method && target != null && (descr is PyFunction || descr is PyBuiltinFunction { IsMethodDescriptor: true }))
            {
                meth = descr;
                callSelf = self;
                attr = null;
            }
            else if (method && descr is PyMethodWrapper { IsClassMethod: true, Callable: PyFunction cf } w && ReferenceEquals(w.Type, rt.ClassMethodType))
            {
                meth = cf;
                callSelf = objType;
                attr = null;
            }
            else attr = Ops<TSync>.BindDescriptor(ts, descr, target, objType);
        }
        else
        {
            var made = (arg & SuperAttrArgs.TwoArgs) != 0 ? Ops<TSync>.Call(ts, sup, [cls, self], null) : Ops<TSync>.Call(ts, sup, [], null);
            attr = SuperObjectAttr(ts, made, name);
        }

        int newSp;
        if (meth != null)
        {
            Put(slots, sp - 3, meth);
            Put(slots, sp - 2, callSelf);
            Put(slots, sp - 1, null);
            newSp = f.Sp = sp - 1;
            DropSuperOperands(ts, sup, cls, ReferenceEquals(callSelf, self) ? null : self, meth, callSelf!);
            return newSp;
        }
        if (method)
        {
            Put(slots, sp - 3, rt.Null);
            Put(slots, sp - 2, attr);
            Put(slots, sp - 1, null);
            newSp = f.Sp = sp - 1;
        }
        else
        {
            Put(slots, sp - 3, attr);
            Put(slots, sp - 2, null);
            Put(slots, sp - 1, null);
            newSp = f.Sp = sp - 2;
        }
        DropSuperOperands(ts, sup, cls, self, attr!, null);
        return newSp;
    }

    /// <summary>getattr(s, name) of a super object (or whatever a rebound `super` returned), releasing s when it is floating.</summary>
    private static PyObject SuperObjectAttr(PyThreadState ts, PyObject s, PyStr name)
    {
        if (Ops<TSync>.TryGetAttr(ts, s, name) is not { } attr)
        {
            var e = Ops<TSync>.AttributeErrorFor(ts, s, name); // holds s (its obj attribute)
            ObjectLifecycle<TSync>.DropBorrowed(ts, s);
            throw e;
        }
        DropKeeping(ts, s, attr, [], -1);
        return attr;
    }

    /// <summary>
    /// Releases the operands LOAD_SUPER_ATTR took off the stack (<paramref name="c"/> null: kept
    /// there) that are floating (`super(C, make())`), each once, keeping alive what it pushed.
    /// </summary>
    private static void DropSuperOperands(PyThreadState ts, PyObject a, PyObject b, PyObject? c, PyObject keep1, PyObject? keep2)
    {
        bool fa = Releasable(ts, a, keep1, keep2);
        bool fb = !ReferenceEquals(b, a) && Releasable(ts, b, keep1, keep2);
        bool fc = c != null && !ReferenceEquals(c, a) && !ReferenceEquals(c, b) && Releasable(ts, c, keep1, keep2);
        if (!(fa || fb || fc)) return;
        if (!keep1.IsImmortal) TSync.IncRef(ts, keep1);
        if (keep2 is { IsImmortal: false }) TSync.IncRef(ts, keep2);
        if (fa) ObjectLifecycle<TSync>.Deallocate(ts, a);
        if (fb) ObjectLifecycle<TSync>.Deallocate(ts, b);
        if (fc) ObjectLifecycle<TSync>.Deallocate(ts, c!);
        if (keep2 is { IsImmortal: false }) TSync.DecRefNoDealloc(ts, keep2);
        if (!keep1.IsImmortal) TSync.DecRefNoDealloc(ts, keep1);
    }

    private static bool Releasable(PyThreadState ts, PyObject o, PyObject keep1, PyObject? keep2) =>
        !o.IsImmortal && !ReferenceEquals(o, keep1) && !ReferenceEquals(o, keep2) && TSync.IsFloating(ts, o);
}
