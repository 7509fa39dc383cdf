// Property getters and setters entered as inline frames without an argument span (issue 9).
//
// LOAD_ATTR of an exact property with a Python fget calls fget(obj), and STORE_ATTR of one with a
// Python fset calls fset(obj, value) (Interpreter.InstanceAttrs.cs). Both went through PushFrame /
// PushFrameWithSelf: a span over the stack (a constructor call in Eval), the callable's type
// dispatch, an ArgBuffer for (self, value) and PushFunctionFrame, whose try region costs every
// call its exception frame. When the accessor's code takes exactly those one or two positional
// parameters (PyCode.SimpleArgCount: no defaults needed, no cells, not a generator), the frame is
// rented and bound here directly.
//
// Why the fast path is the slow path: for such code PushFrame and PushFrameWithSelf return the
// caller when the function is compiled (JitFor), else run PushFunctionFrame, which takes
// PushSimpleFrame for a call with SimpleArgCount positional arguments and no keywords: RentFrame,
// BindPositional (here its per-argument step, BindParam, for self then value, in the same order
// and at the same parameter indexes), EnterFrame with the same callBase and dropFrom. JitFor is
// asked once, as there (it counts calls for the baseline compiler). Any other code takes
// PushFrame / PushFrameWithSelf themselves.
// Nothing shared is written: the frame pool and frames are the thread's own.
// Tests: tests/programs/speed_caches/property_accessor_frames.py.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// LOAD_ATTR's call of a property's Python fget with o (self) at slots[sp - 1], Eval's case out of
    /// line: the getter's inline frame (its return completes the LOAD_ATTR), or the caller f with the
    /// value in o's place and o released (a compiled getter's call), or null with the exception pending.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? GetterOnStack(PyThreadState ts, Frame f, PyFunction getter, PyObject o, PyObject?[] slots, int sp)
    {
        // The return drops self, unless DUP_TOP's copy below keeps it for STORE_ATTR (`mk().p += 1`; DropKeeping)
        int dropFrom = sp >= 2 && ReferenceEquals(slots[sp - 2], o) ? sp : sp - 1;
        if (PushGetterFrame(ts, f, getter, slots, sp - 1, dropFrom) is var nf && nf != f) return nf;
        var v = CallGetter(ts, getter, slots, sp - 1); // Compiler/JitAccessors.cs: a compiled getter
        if (v == null) return null;
        Put(slots, sp - 1, v);
        if (!o.IsImmortal) DropKeeping(ts, o, v, slots, sp - 2);
        return f;
    }

    /// <summary>
    /// STORE_ATTR's call of a property's Python fset with the value at slots[sp] (o popped above it),
    /// Eval's case out of line: the setter's inline frame (its return completes the STORE_ATTR), or the
    /// caller f when it was called (a compiled setter: its result released; o's drop is the case's), or
    /// null with the exception pending.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? SetterOnStack(PyThreadState ts, Frame f, PyFunction setter, PyObject o, PyObject?[] slots, int sp)
    {
        if (PushSetterFrame(ts, f, setter, o, slots, sp, sp + 1) is var nf && nf != f) return nf;
        var r = CallSetter(ts, setter, o, slots, sp); // Compiler/JitAccessors.cs: a compiled setter
        if (r == null) return null;
        ObjectLifecycle<TSync>.DropBorrowed(ts, r);
        return f;
    }

    /// <summary>
    /// LOAD_ATTR's fget(self) with self at slots[selfIndex] (the callBase): PushFrame's answer for
    /// that call (a new inline frame, the caller itself to call it the ordinary way, or null with
    /// the exception pending).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushGetterFrame(PyThreadState ts, Frame caller, PyFunction getter, PyObject?[] slots, int selfIndex, int dropFrom)
    {
        var code = getter.Code;
        if (code.SimpleArgCount != 1) return PushFrame(ts, caller, getter, StackArgs(slots, selfIndex, 1), null, selfIndex, dropFrom);
        if (JitFor(ts, code) != null) return caller; // a compiled one: the caller enters its body (Compiler/Interpreter.JitAccessors.cs)
        var frame = ts.RentFrame(getter, code);
        BindParam(ts, code, frame, frame.Slots, 0, slots[selfIndex]!);
        return EnterFrame(ts, caller, frame, selfIndex, dropFrom);
    }

    /// <summary>
    /// STORE_ATTR's fset(self, value) with value at slots[valueIndex]: PushFrameWithSelf's answer for
    /// that call with callBase -1 (the result is discarded) and the object to drop at
    /// <paramref name="dropFrom"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushSetterFrame(PyThreadState ts, Frame caller, PyFunction setter, PyObject self, PyObject?[] slots, int valueIndex, int dropFrom)
    {
        var code = setter.Code;
        if (code.SimpleArgCount != 2) return PushFrameWithSelf(ts, caller, setter, self, StackArgs(slots, valueIndex, 1), null, -1, dropFrom);
        if (JitFor(ts, code) != null) return caller;
        var frame = ts.RentFrame(setter, code);
        var fs = frame.Slots;
        BindParam(ts, code, frame, fs, 0, self);
        BindParam(ts, code, frame, fs, 1, slots[valueIndex]!);
        return EnterFrame(ts, caller, frame, -1, dropFrom);
    }
}
