// Baseline compiler, code side: bytecode -> .NET IL for one code object (design note in
// Interpreter.JitEntry.cs).
//
// How the IL maps the interpreter:
// - The value stack is a set of IL locals s0..sN: the stack depth at every instruction is fixed by
//   the bytecode (computed here with StackEffect, the compiler's own table), so the value at depth k is
//   always local s_k. The .NET JIT keeps them in registers: no array stores, no write barriers.
// - Fast locals stay in f.Slots (tracebacks, locals(), frame objects and the cycle collector read
//   them there); constants are loads from code.Consts; jumps are IL branches to the target's label.
// - Each instruction does what its Eval case does (Interpreter.Eval.cs). The pure parts (loads,
//   stores of constants and locals, the int/float fast paths of BINARY_OP and COMPARE_OP, bool tests,
//   range/list iteration) are emitted inline by calling the same helpers Eval calls (TryIntValue,
//   TryFloatValue, TryCompareNumeric, TryNextRangeOrList, LoadGlobalCached). Everything that may run
//   Python code, release an object or raise first "spills": the live stack locals are stored into
//   f.Slots[StackBase..], f.Sp/f.Ip/f.LastIp are set as Eval has them at that instruction, and the
//   step runs in Interpreter.JitOps.cs on that stack. So the frame any other code can observe is the
//   interpreter's, and the work is the interpreter's: the compiled path equals the interpreted one.
// - Cache hits that can neither run code, raise nor free an object (attribute loads and stores,
//   list stores, unpacking) call a helper on the stack locals first and spill only on a miss
//   (JitEmitter.Attrs.cs); float and machine-int intermediates consumed in the same basic block stay
//   unboxed in double and long locals, boxed before any spill (JitEmitter.Floats.cs, JitEmitter.Ints.cs).
// - f.LastIp (the traceback's line) is stored before every step that can raise or call out.
// - The eval breaker is polled where Eval polls it: backward jumps and calls (JitCall).
// - Errors: a step that raises by exception (PyException) unwinds through Run's catch exactly as
//   from Eval (the spilled stack is what Unwind drops); a step that raises without a throw returns
//   its error value and the code calls JitRaise (Eval's `pyerror`) and returns its result (null, or
//   ReenterSignal when a handler block takes the exception: JitEmitter.Handlers.cs).
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

internal static partial class JitEmitter<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly Type Interp = typeof(Interpreter<TSync>);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MethodInfo> Methods = new();

    private static MethodInfo M(string name) => Methods.GetOrAdd(name, static n =>
        Interp.GetMethod(n, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        ?? throw new MissingMethodException(Interp.Name, n));

    private static FieldInfo F<T>(string name) =>
        typeof(T).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
        ?? throw new MissingFieldException(typeof(T).Name, name);

    /// <summary>Whether the compiler emits <paramref name="op"/> (everything else keeps the code in Eval).</summary>
    public static bool Supports(Opcode op) => op is Opcode.NOP or Opcode.POP_TOP or Opcode.ROT_TWO or Opcode.ROT_THREE
        or Opcode.DUP_TOP or Opcode.DUP_TOP_TWO or Opcode.COPY or Opcode.SWAP
        or Opcode.LOAD_CONST or Opcode.LOAD_FAST or Opcode.STORE_FAST or Opcode.LOAD_GLOBAL
        or Opcode.BINARY_OP or Opcode.COMPARE_OP
        or Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE or Opcode.JUMP_IF_FALSE_OR_POP or Opcode.JUMP_IF_TRUE_OR_POP
        or Opcode.JUMP_FORWARD or Opcode.JUMP_ABSOLUTE or Opcode.RETURN_VALUE
        or Opcode.CALL or Opcode.CALL_KW or Opcode.CALL_METHOD or Opcode.CALL_METHOD_KW or Opcode.CALL_EX
        or Opcode.LOAD_METHOD or Opcode.LOAD_ATTR or Opcode.STORE_ATTR
        or Opcode.GET_ITER or Opcode.FOR_ITER or Opcode.BINARY_SUBSCR or Opcode.STORE_SUBSCR or Opcode.UNPACK_SEQUENCE
        or Opcode.BUILD_TUPLE or Opcode.BUILD_LIST or Opcode.UNARY_POSITIVE or Opcode.UNARY_NEGATIVE or Opcode.UNARY_INVERT
        or Opcode.UNARY_NOT or Opcode.IS_OP or Opcode.CONTAINS_OP or Opcode.STORE_GLOBAL
        or Opcode.YIELD_VALUE or Opcode.YIELD_FROM or Opcode.GET_AWAITABLE // JitEmitter.Generators.cs
        || SupportsCellsAndSteps(op) || SupportsHandlers(op); // JitEmitter.Cells.cs, JitEmitter.Handlers.cs

    /// <summary>Why <paramref name="code"/> is not compiled, or null when it is eligible.</summary>
    public static string? Ineligible(PyCode code)
    {
        // A function that enters the debugger (breakpoint(), pdb.set_trace()) must run interpreted: a frame
        // running compiled when tracing starts keeps running compiled, and would not stop at its next line.
        foreach (var name in code.Names)
            if (name.Value is "breakpoint" or "set_trace") return "calls " + name.Value + "(): the debugger stops in it";
        var instrs = code.Unit.Code;
        var depth = StackDepths(instrs, out _);
        SortedSet<string>? missing = null;
        for (int i = 0; i < instrs.Length; i++)
            if ((depth == null || depth[i] >= 0) && !Supports(Instr.Op(instrs[i]))) (missing ??= new(StringComparer.Ordinal)).Add(Instr.Op(instrs[i]).ToString());
        if (missing != null) return (missing.Count == 1 ? "opcode " : "opcodes ") + string.Join(", ", missing);
        return depth == null ? "stack depths" : null;
    }

    /// <summary>The stack depth on entry of each instruction (-1: unreachable), or null when the
    /// flow does not give each instruction one depth. A handler block's code counts as unreachable:
    /// only unwinding enters it, and that runs in Eval (JitEmitter.Cells.cs, exception handling).</summary>
    private static int[]? StackDepths(int[] instrs, out int max)
    {
        var depth = new int[instrs.Length];
        Array.Fill(depth, -1);
        max = 0;
        var work = new Stack<int>();
        depth[0] = 0;
        work.Push(0);
        while (work.Count > 0)
        {
            int i = work.Pop();
            int d = depth[i];
            var op = Instr.Op(instrs[i]);
            int arg = Instr.Arg(instrs[i]);
            max = Math.Max(max, d);
            if (StackEffect.IsJump(op) && !EntersHandler(op) && !Flow(depth, work, arg, d + StackEffect.Of(op, arg, jump: true), ref max)) return null;
            if (!StackEffect.EndsFlow(op) && (i + 1 >= instrs.Length || !Flow(depth, work, i + 1, d + StackEffect.Of(op, arg, jump: false), ref max))) return null;
        }
        return depth;
    }

    private static bool Flow(int[] depth, Stack<int> work, int to, int d, ref int max)
    {
        if (to < 0 || to >= depth.Length || d < 0) return false;
        max = Math.Max(max, d);
        if (depth[to] == -1)
        {
            depth[to] = d;
            work.Push(to);
            return true;
        }
        return depth[to] == d;
    }

    /// <summary>The compiled body of <paramref name="code"/>, or null when it is not eligible.</summary>
    public static Interpreter<TSync>.JitCode? TryCompile(PyCode code)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported || Ineligible(code) != null) return null;
        var instrs = code.Unit.Code;
        var depth = StackDepths(instrs, out int max)!;
        // The method takes the code object first and the delegate is closed over it: a delegate of a
        // static method with the delegate's own parameters is invoked through a shuffle thunk that
        // moves each argument down a register (~2% of a compiled call in fib); a closed one is called
        // directly, as an instance method is. (The body reads its code from f.Code, as before.)
        var dm = new DynamicMethod("jit:" + code.QualName.Value, typeof(PyObject), [typeof(PyCode), typeof(PyThreadState), typeof(Frame)], typeof(PyObject).Module, skipVisibility: true);
        new Emitter(dm.GetILGenerator(), code, instrs, depth, max).Emit(); // sets code.JitLoopHeads (JitEmitter.Loops.cs)
        return (Interpreter<TSync>.JitCode)dm.CreateDelegate(typeof(Interpreter<TSync>.JitCode), code);
    }

    private sealed partial class Emitter(ILGenerator il, PyCode code, int[] instrs, int[] depth, int maxDepth)
    {
        private readonly Label[] labels = new Label[instrs.Length];
        private readonly LocalBuilder[] s = new LocalBuilder[maxDepth + 1];
        private readonly int sb = code.NLocals + code.NCells; // Frame.StackBase of this code
        private LocalBuilder slots = null!, consts = null!, rt = null!, codeLocal = null!, tru = null!, fls = null!;
        private LocalBuilder tmp = null!, flag = null!;
        /// <summary>The instructions some jump goes to.</summary>
        private bool[] jumpTarget = null!;
        /// <summary>Where a resumed generator or a loop entered from the interpreter starts (EntryDispatch).</summary>
        private readonly SortedSet<int> entries = new();

        public void Emit()
        {
            for (int i = 0; i < labels.Length; i++) labels[i] = il.DefineLabel();
            for (int k = 0; k < s.Length; k++) s[k] = il.DeclareLocal(typeof(PyObject));
            slots = il.DeclareLocal(typeof(PyObject[]));
            consts = il.DeclareLocal(typeof(PyObject[]));
            rt = il.DeclareLocal(typeof(PyRuntime));
            codeLocal = il.DeclareLocal(typeof(PyCode));
            tru = il.DeclareLocal(typeof(PyObject));
            fls = il.DeclareLocal(typeof(PyObject));
            tmp = il.DeclareLocal(typeof(PyObject));
            flag = il.DeclareLocal(typeof(bool));

            il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldfld, F<Frame>(nameof(Frame.Slots))); il.Emit(OpCodes.Stloc, slots);
            il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldfld, F<Frame>(nameof(Frame.Code))); il.Emit(OpCodes.Stloc, codeLocal);
            il.Emit(OpCodes.Ldloc, codeLocal); il.Emit(OpCodes.Ldfld, F<PyCode>(nameof(PyCode.Consts))); il.Emit(OpCodes.Stloc, consts);
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldfld, F<PyThreadState>(nameof(PyThreadState.Rt))); il.Emit(OpCodes.Stloc, rt);
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldfld, F<PyRuntime>(nameof(PyRuntime.True))); il.Emit(OpCodes.Stloc, tru);
            il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldfld, F<PyRuntime>(nameof(PyRuntime.False))); il.Emit(OpCodes.Stloc, fls);

            jumpTarget = new bool[instrs.Length];
            foreach (var w in instrs)
                if (StackEffect.IsJump(Instr.Op(w)) && (uint)Instr.Arg(w) < (uint)instrs.Length) jumpTarget[Instr.Arg(w)] = true;
            AnalyseChains(); // JitEmitter.Floats.cs, JitEmitter.Ints.cs
            if (code.IsGenerator) AddResumePoints(entries); // JitEmitter.Generators.cs
            AddLoopHeads(entries); // JitEmitter.Loops.cs
            if (entries.Count > 0 || code.IsGenerator) EntryDispatch(entries);
            for (int i = 0; i < instrs.Length; i++)
            {
                il.MarkLabel(labels[i]);
                if (depth[i] < 0) continue; // unreachable
                Instruction(i, Instr.Op(instrs[i]), Instr.Arg(instrs[i]), depth[i]);
            }
            // (the bytecode ends with a return or a jump: nothing falls off the end)
        }

        /// <summary>Whether the code's locals are exactly its parameters, none rebound (Interpreter.JitReturns.cs).</summary>
        private bool OnlyParamLocals() =>
            !code.IsGenerator && code.SimpleArgCount > 0 && code.NLocals == code.SimpleArgCount && code.ReboundParams == 0;

        private void Ldc(int v) => il.Emit(OpCodes.Ldc_I4, v);
        private void Call(string name) => il.Emit(OpCodes.Call, M(name));

        /// <summary>The live stack locals s0..s(d-1) into f.Slots[StackBase..], where Eval keeps them.</summary>
        private void Spill(int d)
        {
            for (int k = 0; k < d; k++)
            {
                il.Emit(OpCodes.Ldloc, slots); Ldc(sb + k); il.Emit(OpCodes.Ldloc, s[k]);
                Call("Put");
            }
        }

        private void Reload(int k)
        {
            il.Emit(OpCodes.Ldloc, slots); Ldc(sb + k); il.Emit(OpCodes.Ldelem_Ref); il.Emit(OpCodes.Stloc, s[k]);
        }

        private void SetFrameInt(string field, int v)
        {
            il.Emit(OpCodes.Ldarg_2); Ldc(v); il.Emit(OpCodes.Stfld, F<Frame>(field));
        }

        /// <summary>Spill, f.Sp = the stack top, f.LastIp = i: the frame as Eval has it during instruction i.</summary>
        private void Sync(int i, int d)
        {
            BoxLive(i, d); // JitEmitter.Floats.cs: the frame sees only PyObjects (no double, no UnboxedIntMark)
            Spill(d);
            SetFrameInt(nameof(Frame.Sp), sb + d);
            SetFrameInt(nameof(Frame.LastIp), i);
        }

        /// <summary>Eval's `pyerror`: the error is pending and f.Sp saved.</summary>
        private void Raise()
        {
            il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldarg_2); Call("JitRaise"); il.Emit(OpCodes.Ret);
        }

        private void TsF() { il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldarg_2); }

        private void Instruction(int i, Opcode op, int arg, int d)
        {
            switch (op)
            {
                case Opcode.NOP:
                    break;
                case Opcode.POP_TOP:
                {
                    var done = il.DefineLabel();
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Call, typeof(PyObject).GetProperty(nameof(PyObject.IsImmortal))!.GetMethod!);
                    il.Emit(OpCodes.Brtrue, done);
                    Sync(i, d);
                    TsF(); Ldc(sb + d - 1); Call("JitPopTop");
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.ROT_TWO: Rotate(d, 2); break;
                case Opcode.ROT_THREE: Rotate(d, 3); break;
                case Opcode.DUP_TOP: Move(d - 1, d); break;
                case Opcode.DUP_TOP_TWO: Move(d - 2, d); Move(d - 1, d + 1); break;
                case Opcode.COPY: Move(d - arg, d); break;
                case Opcode.SWAP:
                    Move(d - 1, -1); Move(d - arg, d - 1);
                    il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - arg]);
                    break;
                case Opcode.LOAD_CONST:
                    il.Emit(OpCodes.Ldloc, consts); Ldc(arg); il.Emit(OpCodes.Ldelem_Ref); il.Emit(OpCodes.Stloc, s[d]);
                    break;
                case Opcode.LOAD_FAST:
                {
                    var ok = il.DefineLabel();
                    il.Emit(OpCodes.Ldloc, slots); Ldc(arg); il.Emit(OpCodes.Ldelem_Ref); il.Emit(OpCodes.Stloc, s[d]);
                    il.Emit(OpCodes.Ldloc, s[d]); il.Emit(OpCodes.Brtrue, ok);
                    Sync(i, d);
                    TsF(); Ldc(arg); Call("JitThrowUnboundLocal");
                    il.MarkLabel(ok);
                    break;
                }
                case Opcode.STORE_FAST:
                {
                    var done = il.DefineLabel();
                    StoreFastImmortal(arg, d, done); // JitEmitter.Floats.cs
                    TsF(); il.Emit(OpCodes.Ldloc, slots); Ldc(arg); il.Emit(OpCodes.Ldloc, s[d - 1]);
                    Call("JitStoreFast");
                    il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, done);
                    Sync(i, d - 1); // the old value may still be on the stack (ReleaseOverwritten looks)
                    TsF(); Ldc(sb + d - 1); il.Emit(OpCodes.Ldloc, tmp); Call("JitReleaseOverwritten");
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.LOAD_GLOBAL:
                {
                    // the cache's hit inline (LoadGlobalHit, as Eval's LoadGlobalCached), its fill out of line
                    var ok = il.DefineLabel();
                    il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldloc, codeLocal); il.Emit(OpCodes.Ldfld, F<PyCode>(nameof(PyCode.GlobalCache))); Ldc(arg);
                    Call("LoadGlobalHit");
                    il.Emit(OpCodes.Stloc, s[d]); il.Emit(OpCodes.Ldloc, s[d]); il.Emit(OpCodes.Brtrue, ok);
                    il.Emit(OpCodes.Ldarg_2); il.Emit(OpCodes.Ldloc, codeLocal); Ldc(arg); Call("JitLoadGlobal");
                    il.Emit(OpCodes.Stloc, s[d]); il.Emit(OpCodes.Ldloc, s[d]); il.Emit(OpCodes.Brtrue, ok);
                    Sync(i, d);
                    SetFrameInt(nameof(Frame.Ip), i + 1);
                    TsF(); Ldc(arg); Call("LoadGlobalGeneral"); // a str-subclass key's __eq__ may run; NameError when absent
                    il.Emit(OpCodes.Stloc, s[d]);
                    il.MarkLabel(ok);
                    break;
                }
                case Opcode.BINARY_OP:
                    BinaryOp(i, arg, d); // JitEmitter.Floats.cs
                    break;
                case Opcode.COMPARE_OP:
                {
                    var done = il.DefineLabel();
                    var slow = il.DefineLabel();
                    var notInt = il.DefineLabel();
                    IntCompare(i, arg, d, notInt, done); // JitEmitter.Ints.cs: two machine ints inline
                    il.MarkLabel(notInt);
                    FloatCompare(i, arg, d, done); // JitEmitter.Floats.cs: an unboxed float inline
                    BoxIfUnboxed(i, d - 2);
                    BoxIfUnboxed(i, d - 1);
                    il.Emit(OpCodes.Ldloc, rt); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(arg & CompareOpArgs.OperatorMask);
                    Call("JitCompareFast");
                    il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, slow);
                    il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]);
                    il.Emit(OpCodes.Br, done);
                    il.MarkLabel(slow);
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Call("JitCompareOp");
                    il.Emit(OpCodes.Stloc, s[d - 2]);
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.POP_JUMP_IF_FALSE:
                case Opcode.POP_JUMP_IF_TRUE:
                {
                    bool onTrue = op == Opcode.POP_JUMP_IF_TRUE;
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ldloc, onTrue ? tru : fls); il.Emit(OpCodes.Beq, labels[arg]);
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ldloc, onTrue ? fls : tru); il.Emit(OpCodes.Beq, labels[i + 1]);
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Call("JitPopTruth");
                    il.Emit(onTrue ? OpCodes.Brtrue : OpCodes.Brfalse, labels[arg]);
                    break;
                }
                case Opcode.JUMP_IF_FALSE_OR_POP:
                case Opcode.JUMP_IF_TRUE_OR_POP:
                {
                    bool onTrue = op == Opcode.JUMP_IF_TRUE_OR_POP;
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ldloc, onTrue ? tru : fls); il.Emit(OpCodes.Beq, labels[arg]);
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ldloc, onTrue ? fls : tru); il.Emit(OpCodes.Beq, labels[i + 1]); // a bool pops without a release
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(onTrue ? 1 : 0); Call("JitJumpOrPop");
                    il.Emit(OpCodes.Brtrue, labels[arg]);
                    break;
                }
                case Opcode.JUMP_FORWARD:
                    il.Emit(OpCodes.Br, labels[arg]);
                    break;
                case Opcode.JUMP_ABSOLUTE:
                    if (arg <= i)
                    {
                        // Eval's backward jump: the eval breaker (GIL drop requests, signals, async exceptions, merges)
                        il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldfld, F<PyThreadState>(nameof(PyThreadState.EvalBreaker)));
                        il.Emit(OpCodes.Brfalse, labels[arg]);
                        Sync(i, d);
                        SetFrameInt(nameof(Frame.Ip), arg);
                        il.Emit(OpCodes.Ldarg_1); Call("JitHandleBreaker");
                    }
                    il.Emit(OpCodes.Br, labels[arg]);
                    break;
                case Opcode.RETURN_VALUE:
                    SetFrameInt(nameof(Frame.Sp), sb + d - 1);
                    SetFrameInt(nameof(Frame.Ip), i + 1);
                    SetFrameInt(nameof(Frame.LastIp), i);
                    if (code.IsGenerator) GeneratorReturned(); // JitEmitter.Generators.cs
                    TsF(); il.Emit(OpCodes.Ldloc, s[d - 1]);
                    if (OnlyParamLocals()) { Ldc(code.NLocals); Call("JitReleaseParamsKeeping"); } // Interpreter.JitReturns.cs
                    else Call("ReleaseLocalsKeeping");
                    il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ret);
                    break;
                case Opcode.CALL:
                case Opcode.CALL_KW:
                case Opcode.CALL_METHOD:
                case Opcode.CALL_METHOD_KW:
                case Opcode.CALL_EX:
                {
                    var ok = il.DefineLabel();
                    bool kw = op is Opcode.CALL_KW or Opcode.CALL_METHOD_KW;
                    bool method = op is Opcode.CALL_METHOD or Opcode.CALL_METHOD_KW;
                    MathCall(i, d, ok); // JitEmitter.MathCalls.cs: math.sqrt(x) & co. on an unboxed number
                    BuiltinMethodCall(i, op, arg, d, ok); // JitEmitter.BuiltinCalls.cs: list.append(x), s.add(k), d.get(k), str methods without a spill
                    HeldCall(i, op, arg, d, ok); // JitEmitter.Calls.cs: a Python function's few arguments in registers (it boxes live unboxed slots first)
                    Sync(i, d);
                    SetFrameInt(nameof(Frame.Ip), i + 1);
                    TsF(); Ldc(sb + d); Ldc(arg);
                    if (op == Opcode.CALL_EX) Call("JitCallEx"); // f(*args, **kwargs)
                    else { Ldc(kw ? 1 : 0); Ldc(method ? 1 : 0); Call("JitCall"); }
                    var called = il.DefineLabel();
                    Ldc(0); il.Emit(OpCodes.Bge, called);
                    Raise();
                    il.MarkLabel(called);
                    Reload(d + StackEffect.Of(op, arg) - 1);
                    il.MarkLabel(ok);
                    break;
                }
                case Opcode.LOAD_METHOD:
                {
                    var done = il.DefineLabel();
                    LoadMethodHit(i, d, arg, done); // JitEmitter.Attrs.cs
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Ldc(i); Call("JitLoadMethod");
                    Reload(d - 1);
                    Reload(d);
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.LOAD_ATTR:
                {
                    var ok = il.DefineLabel();
                    LoadAttrHit(i, d, arg, ok); // JitEmitter.Attrs.cs
                    Sync(i, d);
                    SetFrameInt(nameof(Frame.Ip), i + 1);
                    TsF(); Ldc(sb + d); Ldc(arg); Ldc(i); Call("JitLoadAttr");
                    il.Emit(OpCodes.Stloc, s[d - 1]); il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Brtrue, ok);
                    Raise();
                    il.MarkLabel(ok);
                    break;
                }
                case Opcode.STORE_ATTR:
                {
                    var ok = il.DefineLabel();
                    StoreAttrHit(i, d, arg, ok); // JitEmitter.Attrs.cs
                    Sync(i, d);
                    SetFrameInt(nameof(Frame.Ip), i + 1);
                    TsF(); Ldc(sb + d); Ldc(arg); Ldc(i); Call("JitStoreAttr");
                    il.Emit(OpCodes.Brtrue, ok);
                    Raise();
                    il.MarkLabel(ok);
                    break;
                }
                case Opcode.GET_ITER:
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Call("JitGetIter");
                    il.Emit(OpCodes.Stloc, s[d - 1]);
                    break;
                case Opcode.FOR_ITER:
                {
                    var slow = il.DefineLabel();
                    var end = il.DefineLabel();
                    var got = il.DefineLabel();
                    ForIterGenerator(i, d, got, end); // JitEmitter.Generators.cs
                    // a range, list or tuple iterator: its own next, inline (Eval's TryNextRangeOrList)
                    il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 1]); il.Emit(OpCodes.Ldloca, flag);
                    Call("JitNextFast");
                    il.Emit(OpCodes.Stloc, tmp);
                    il.Emit(OpCodes.Ldloc, flag); il.Emit(OpCodes.Brfalse, slow);
                    il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brtrue, got);
                    il.Emit(OpCodes.Br, end);
                    il.MarkLabel(slow);
                    Sync(i, d);
                    SetFrameInt(nameof(Frame.Ip), i + 1);
                    if (PairFor(i)) ForIterPair(i, d, end); // JitEmitter.Unpack.cs: `for a, b in` an iterator with pairs
                    TsF(); Ldc(sb + d); Call("JitForIterNext");
                    il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brtrue, got);
                    il.MarkLabel(end);
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Call("JitEndFor");
                    il.Emit(OpCodes.Br, labels[arg]);
                    il.MarkLabel(got);
                    il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d]);
                    break;
                }
                case Opcode.BINARY_SUBSCR:
                {
                    var done = il.DefineLabel();
                    var slow = il.DefineLabel();
                    il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(PushedByLoadFast(i, 1) ? 1 : 0); Call("JitSubscrFast");
                    il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, slow);
                    il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]);
                    il.Emit(OpCodes.Br, done);
                    il.MarkLabel(slow);
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Call("JitSubscr");
                    il.Emit(OpCodes.Stloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Brtrue, done);
                    Raise();
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.STORE_SUBSCR:
                {
                    var done = il.DefineLabel();
                    StoreSubscrHit(i, d, done); // JitEmitter.Attrs.cs
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Call("JitStoreSubscr");
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.UNPACK_SEQUENCE:
                {
                    var done = il.DefineLabel();
                    UnpackHit(d, arg, done); // JitEmitter.Attrs.cs
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Call("JitUnpack");
                    il.Emit(OpCodes.Pop);
                    for (int k = d - 1; k < d - 1 + arg; k++) Reload(k);
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.BUILD_TUPLE:
                case Opcode.BUILD_LIST:
                    // the items straight from the stack locals into the new array (Eval's Array.Copy)
                    il.Emit(OpCodes.Ldarg_1);
                    if (arg == 0) il.Emit(OpCodes.Call, typeof(Array).GetMethod(nameof(Array.Empty))!.MakeGenericMethod(typeof(PyObject))); // `[]`: no 24-byte array per empty list
                    else { Ldc(arg); il.Emit(OpCodes.Newarr, typeof(PyObject)); }
                    for (int k = 0; k < arg; k++)
                    {
                        il.Emit(OpCodes.Dup); Ldc(k); il.Emit(OpCodes.Ldloc, s[d - arg + k]); il.Emit(OpCodes.Stelem_Ref);
                    }
                    Call(op == Opcode.BUILD_TUPLE ? "JitNewTuple" : "JitNewList");
                    il.Emit(OpCodes.Stloc, s[d - arg]);
                    break;
                case Opcode.UNARY_POSITIVE:
                case Opcode.UNARY_NEGATIVE:
                case Opcode.UNARY_INVERT:
                {
                    var done = il.DefineLabel();
                    var notInt = il.DefineLabel();
                    if (op != Opcode.UNARY_POSITIVE) IntUnary(i, op, d, notInt, done); // JitEmitter.Ints.cs
                    il.MarkLabel(notInt);
                    if (op == Opcode.UNARY_NEGATIVE) FloatNegate(i, d, done); // JitEmitter.Floats.cs
                    Sync(i, d); // boxes an unboxed operand
                    TsF(); Ldc(sb + d); Ldc((int)op); Call("JitUnary");
                    il.Emit(OpCodes.Stloc, s[d - 1]);
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.UNARY_NOT:
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Call("JitNot");
                    il.Emit(OpCodes.Stloc, s[d - 1]);
                    break;
                case Opcode.IS_OP:
                {
                    var slow = il.DefineLabel();
                    var done = il.DefineLabel();
                    var isTrue = il.DefineLabel();
                    il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Call("JitIsNeedsDrop");
                    il.Emit(OpCodes.Brtrue, slow);
                    il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]);
                    il.Emit(arg != 0 ? OpCodes.Bne_Un : OpCodes.Beq, isTrue);
                    il.Emit(OpCodes.Ldloc, fls); il.Emit(OpCodes.Stloc, s[d - 2]); il.Emit(OpCodes.Br, done);
                    il.MarkLabel(isTrue);
                    il.Emit(OpCodes.Ldloc, tru); il.Emit(OpCodes.Stloc, s[d - 2]); il.Emit(OpCodes.Br, done);
                    il.MarkLabel(slow);
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Call("JitIsOpDrop");
                    il.Emit(OpCodes.Stloc, s[d - 2]);
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.CONTAINS_OP:
                {
                    // `x in s` of a plain key and an exact set inline (JitContainsPlain: no Python code, no drop); else Eval's case.
                    var slow = il.DefineLabel();
                    var done = il.DefineLabel();
                    il.Emit(OpCodes.Ldarg_1); il.Emit(OpCodes.Ldloc, s[d - 2]); il.Emit(OpCodes.Ldloc, s[d - 1]); Ldc(arg); Call("JitContainsPlain");
                    il.Emit(OpCodes.Stloc, tmp); il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Brfalse, slow);
                    il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - 2]); il.Emit(OpCodes.Br, done);
                    il.MarkLabel(slow);
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Call("JitContains");
                    il.Emit(OpCodes.Stloc, s[d - 2]);
                    il.MarkLabel(done);
                    break;
                }
                case Opcode.STORE_GLOBAL:
                    Sync(i, d);
                    TsF(); Ldc(sb + d); Ldc(arg); Call("JitStoreGlobal");
                    break;
                case Opcode.YIELD_VALUE:
                    YieldValue(i, d); // JitEmitter.Generators.cs
                    break;
                case Opcode.YIELD_FROM:
                    YieldFrom(i, d);
                    break;
                case Opcode.GET_AWAITABLE:
                    GetAwaitable(i, d, arg);
                    break;
                default:
                    if (CellOrStep(i, op, arg, d) || HandlerOp(i, op, arg, d)) break; // JitEmitter.Cells.cs, JitEmitter.Handlers.cs
                    throw new NotSupportedException(op.ToString()); // Supports() said no: never reached
            }
        }

        /// <summary>s[to] = s[from] (to -1: the scratch local).</summary>
        private void Move(int from, int to)
        {
            il.Emit(OpCodes.Ldloc, s[from]); il.Emit(OpCodes.Stloc, to < 0 ? tmp : s[to]);
        }

        /// <summary>ROT_TWO / ROT_THREE: the top moves down n - 1 places, the others up one.</summary>
        private void Rotate(int d, int n)
        {
            Move(d - 1, -1);
            for (int k = d - 1; k > d - n; k--) Move(k - 1, k);
            il.Emit(OpCodes.Ldloc, tmp); il.Emit(OpCodes.Stloc, s[d - n]);
        }
    }
}
