// Baseline compiler: a property's compiled getter or setter entered directly, from compiled code's
// LOAD_ATTR / STORE_ATTR steps (Interpreter.JitOps.cs) and from the eval loop's (Interpreter.Eval.cs),
// instead of through CallFunctionOrNull and Run.
//
// Design note:
// - Which calls: fget(self) of an exact property whose fget is a PyFunction with code.SimpleArgCount
//   1, and fset(self, value) with code.SimpleArgCount 2 (what PushGetterFrame / PushSetterFrame enter
//   inline when the accessor is interpreted), when that code is compiled and the native recursion is
//   within budget (CompiledCallee). Such an accessor that is not compiled is called with
//   CallSimpleFunction (CallFunctionOrNull's steps for such code, then Run: JitEntry.cs); any other
//   accessor with CallFunctionOrNull / CallFunctionWithSelfOrNull as before. All of these calls are
//   inline in the eval loop, so their Run counts as RunInlineCall (PyThreadState.JitNativeDepth).
// - Why this equals the slow path: for such code CallFunctionOrNull rents the frame (NewFrame), binds
//   the positional arguments (BindArguments takes BindPositional's path for SimpleArgCount positional
//   arguments and no keywords), saves the rebound parameters and calls Run, which runs the compiled
//   body once; CallCompiled does those steps in that order and enters the body with Run's accounting
//   and handlers (RunCompiled, Interpreter.JitCalls.cs). A getter that raises leaves the same
//   traceback entry (its own frame at its LastIp) and the caller's LOAD_ATTR line is added by the
//   caller's unwinding, as before.
// - Cache invalidation: the property is found by the caller's attribute cache each time (the entry is
//   checked against the class's version tag); only the function it holds is looked at here, so a
//   property redefined mid-loop is seen at the next access.
// - Nothing shared is written here: the frame pool and frames are the calling thread's.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>fget(self) with self at slots[selfIndex]: the value, or null with the error pending.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? CallGetter(PyThreadState ts, PyFunction getter, PyObject?[] slots, int selfIndex)
    {
        var code = getter.Code;
        var args = StackArgs(slots, selfIndex, 1);
        if (code.SimpleArgCount != 1) return CallFunctionOrNull(ts, getter, args, null, inlineCall: true); // PushGetterFrame's PushFrame: inline in Eval
        return CompiledCallee(ts, code) is { } body ? CallCompiled(ts, getter, code, body, args) : CallSimpleFunction(ts, getter, code, args);
    }

    /// <summary>fset(self, value) with value at slots[valueIndex]: fset's result, or null with the
    /// error pending.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? CallSetter(PyThreadState ts, PyFunction setter, PyObject self, PyObject?[] slots, int valueIndex)
    {
        var code = setter.Code;
        if (code.SimpleArgCount != 2) return CallFunctionWithSelfOrNull(ts, setter, self, StackArgs(slots, valueIndex, 1), null, inlineCall: true);
        ArgBuffer buf = default;
        var args = ArgBuffer.WithSelf(ref buf, self, StackArgs(slots, valueIndex, 1));
        return CompiledCallee(ts, code) is { } body ? CallCompiled(ts, setter, code, body, args) : CallSimpleFunction(ts, setter, code, args);
    }
}
