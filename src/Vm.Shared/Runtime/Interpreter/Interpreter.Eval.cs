// The eval loop: one copy per sync policy (the JIT specialises Interpreter<GilSync> and
// Interpreter<FreeThreadedSync> separately and inlines the policy's members).
//
// Stack discipline: stack slots hold uncounted references; locals and cells hold counted ones
// (see Objects/PyObject.cs). A Python-level raise jumps straight to the handler without a .NET
// throw; native code throws PyException, which Run catches and unwinds the same way. A call of a
// Python function switches `f` to the callee's frame in this loop (Interpreter.InlineCalls.cs).
using System.Runtime.CompilerServices;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    // Precompiled by pyvm's ReadyToRun image (start-up pays no JIT for this method), and tiered
    // up like any hot method. R2R code is replaced only at the next call (there is no on-stack
    // replacement for it), so a long loop inside one Python call would run on it from start to
    // end (measured: two GIL threads of an int loop at 0.39-0.66x instead of ~1.0x). Hence the
    // re-entry: every ReentryBackEdges backward jumps or frame switches (inline calls and returns,
    // which leave Eval no more) Eval returns ReenterSignal with the frame saved, and Run calls it
    // again - the new call runs the tier-1 code once it is installed.
    // Forcing full JIT instead (AggressiveOptimization) cost ~80 ms at every start.
    private const int ReentryBackEdges = 1 << 13;

    /// <summary>Eval's "call me again" result: the frame's Ip/Sp are saved, nothing else is pending.</summary>
    internal static readonly PyObject ReenterSignal = new NullMarker(new PyType(null, "reenter"));

    /// <summary>The instruction word of UNPACK_SEQUENCE 2 (FOR_ITER's pair path looks for it next).</summary>
    private const int PairUnpackWord = (2 << 8) | (int)Opcode.UNPACK_SEQUENCE;

    /// <remarks>TTrace (Tracing/TraceModes.cs): Eval&lt;Traced&gt; also reports trace and profile events
    /// (Tracing/Interpreter.Tracing.cs); in Eval&lt;NoTrace&gt; every `TTrace.On` test is a constant false.</remarks>
    private static PyObject? Eval<TTrace>(PyThreadState ts, Frame f) where TTrace : struct, ITraceMode
    {
        var rt = ts.Rt;
        var code = f.Code;
        int[] instrs = TTrace.On ? code.Unit.Code : f.Instrs; // (traced: without superinstructions, so every instruction is seen)
        var slots = f.Slots;
        int sp = f.Sp;
        int ip = f.Ip;
        PyObject none = rt.None;
        int backEdges = ReentryBackEdges;

        while (true)
        {
            f.LastIp = ip;
            if (TTrace.On && TraceStep(ts, f, ip) is var traced && traced != 0)
            {
                f.Sp = sp;
                if (traced < 0) goto pyerror; // a hook raised
                f.Ip = ip;
                return ReenterSignal; // no longer traced: Run continues f in the untraced loop
            }
            int word = instrs[ip++];
            int arg = word >>> 8;
            switch ((Opcode)(word & 0xFF))
            {
                case Opcode.NOP:
                    break;
                case Opcode.POP_TOP:
                {
                    var v = slots[--sp]!;
                    Put(slots, sp, null);
                    if (!v.IsImmortal)
                    {
                        if (TSync.IsFloating(ts, v)) { f.Sp = sp; ObjectLifecycle<TSync>.Deallocate(ts, v); }
                        else Vm.Runtime.Gc.GcCandidates.Note(ts, v); // its last outside reference may have been this one
                    }
                    break;
                }
                case Opcode.ROT_TWO:
                {
                    var top = slots[sp - 1];
                    Put(slots, sp - 1, slots[sp - 2]);
                    Put(slots, sp - 2, top);
                    break;
                }
                case Opcode.ROT_THREE:
                {
                    // Every `o[k] op= v` runs one (`v1[0] -= dx * b2m`): three moves here, not a call.
                    var top = slots[sp - 1];
                    Put(slots, sp - 1, slots[sp - 2]);
                    Put(slots, sp - 2, slots[sp - 3]);
                    Put(slots, sp - 3, top);
                    break;
                }
                case Opcode.DUP_TOP:
                    Put(slots, sp, slots[sp - 1]);
                    sp++;
                    break;
                case Opcode.DUP_TOP_TWO:
                    Put(slots, sp, slots[sp - 2]);
                    Put(slots, sp + 1, slots[sp - 1]);
                    sp += 2;
                    break;
                case Opcode.COPY:
                    Put(slots, sp, slots[sp - arg]);
                    sp++;
                    break;
                case Opcode.SWAP:
                {
                    var top = slots[sp - 1];
                    Put(slots, sp - 1, slots[sp - arg]);
                    Put(slots, sp - arg, top);
                    break;
                }

                case Opcode.LOAD_CONST:
                    Put(slots, sp++, code.Consts[arg]);
                    break;
                case Opcode.LOAD_FAST:
                {
                    var v = slots[arg];
                    if (v == null) { f.Sp = sp; throw UnboundLocal(ts, code, arg); }
                    Put(slots, sp++, v);
                    break;
                }
                case Opcode.STORE_FAST:
                    StoreFast(ts, f, slots, arg, slots[--sp]!, sp);
                    break;
                case Opcode.LOAD_FAST_LOAD_FAST: // Bytecode/Superinstructions.cs: the second LOAD_FAST's operand is read from it
                {
                    var a = slots[arg];
                    var b = slots[instrs[ip] >>> 8];
                    if (a == null || b == null) goto case Opcode.LOAD_FAST; // the unbound one raises at its own instruction
                    Put(slots, sp, a);
                    Put(slots, sp + 1, b);
                    sp += 2;
                    ip++;
                    break;
                }
                case Opcode.STORE_FAST_LOAD_FAST:
                {
                    StoreFast(ts, f, slots, arg, slots[--sp]!, sp);
                    if (slots[instrs[ip] >>> 8] is not { } v) break; // unbound: the LOAD_FAST runs alone and raises
                    Put(slots, sp++, v);
                    ip++;
                    break;
                }
                case Opcode.STORE_FAST_STORE_FAST:
                    StoreFast(ts, f, slots, arg, slots[--sp]!, sp);
                    StoreFast(ts, f, slots, instrs[ip++] >>> 8, slots[--sp]!, sp);
                    break;
                case Opcode.LOAD_DEREF:
                {
                    var cell = (PyCell)slots[code.NLocals + arg]!;
                    var v = cell.Contents;
                    if (v == null) { f.Sp = sp; throw UnboundDeref(ts, code, arg); }
                    Put(slots, sp++, v);
                    break;
                }
                case Opcode.LOAD_GLOBAL:
                {
                    var v = LoadGlobalCached(f, code, arg);
                    if (v == null) { f.Sp = sp; v = LoadGlobalGeneral(ts, f, arg); } // GlobalCache.cs
                    Put(slots, sp++, v);
                    break;
                }
                case Opcode.LOAD_ATTR:
                {
                    var o = slots[sp - 1]!;
                    f.Sp = sp;
                    PyObject? v = null;
                    if (o.GetType() == typeof(PyInstance))
                    {
                        // AttrCache.cs: GenericGetAttr's dict, slot, property and class-value cases, cached per site.
                        v = LoadInstanceAttr(ts, code, ip - 1, Unsafe.As<PyInstance>(o), code.Names[arg], out var getter);
                        if (getter != null)
                        {
                            f.Ip = ip;
                            if (GetterOnStack(ts, f, getter, o, slots, sp) is not { } gf) goto pyerror_call; // AccessorCalls.cs
                            if (gf == f) break; // its value replaced o
                            f = gf; // InlineCalls.cs: the getter's return completes this LOAD_ATTR
                            goto frame_entered;
                        }
                    }
                    else v = LoadNoDictAttr(ts, code, ip - 1, o, code.Names[arg]); // BuiltinCalls.cs: x.real
                    if (v == null && (v = LoadAttrGeneric(ts, o, code.Names[arg])) == null) goto pyerror; // EvalHelpers.cs
                    Put(slots, sp - 1, v);
                    if (!o.IsImmortal) DropKeeping(ts, o, v, slots, sp - 2);
                    break;
                }
                case Opcode.STORE_ATTR:
                {
                    var o = slots[--sp]!;
                    var v = slots[--sp]!;
                    f.Sp = sp;
                    if (o.GetType() == typeof(PyInstance) && !o.Type.CustomSetAttr)
                    {
                        // InstanceAttrs.cs: what GenericSetAttr does for a property, a __dict__ entry or a slot.
                        var site = StoreEntry(rt, code, ip - 1, o.Type, code.Names[arg]); // AttrCache.cs
                        if (TryReplaceInlineValue(ts, Unsafe.As<PyInstance>(o), site, v) || TryStoreSlotInPlace(ts, Unsafe.As<PyInstance>(o), site, v)) { } // InstanceAttrs.cs
                        else if (site.Kind == AttrKind.StoreProperty && Unsafe.As<PyProperty>(site.Descr!).Setter is PyFunction setter)
                        {
                            f.Ip = ip;
                            if (SetterOnStack(ts, f, setter, o, slots, sp) is not { } sf) goto pyerror_call; // AccessorCalls.cs
                            if (sf != f)
                            {
                                f = sf; // InlineCalls.cs: the setter's return completes this STORE_ATTR
                                goto frame_entered;
                            }
                        }
                        else if (!TryStoreInstanceAttr(ts, Unsafe.As<PyInstance>(o), code.Names[arg], v, site)) Ops<TSync>.SetAttr(ts, o, code.Names[arg], v);
                    }
                    else Ops<TSync>.SetAttr(ts, o, code.Names[arg], v);
                    // `self.x = v` in a method: local 0 holds a counted reference to o, so this drop
                    // of the stack copy can neither free it nor be its last outside reference (the
                    // cycle collector's note, GcCandidates.cs, comes with that local's release).
                    if (code.NLocals == 0 || !ReferenceEquals(slots[0], o)) ObjectLifecycle<TSync>.DropBorrowed(ts, o);
                    break;
                }
                case Opcode.LOAD_METHOD:
                {
                    var o = slots[sp - 1]!;
                    f.Sp = sp;
                    PyObject? self;
                    var m = o.GetType() == typeof(PyInstance) // AttrCache.cs
                        ? LoadInstanceMethod(ts, code, ip - 1, Unsafe.As<PyInstance>(o), code.Names[arg], out self)
                        : LoadNoDictMethod(ts, code, ip - 1, o, code.Names[arg], out self); // BuiltinCalls.cs: lst.append
                    if (self != null)
                    {
                        Put(slots, sp - 1, m);
                        Put(slots, sp++, self); // o, or the class of a classmethod
                    }
                    else
                    {
                        Put(slots, sp - 1, rt.Null);
                        Put(slots, sp++, m);
                    }
                    // `C().cm()`, `make().sm()`: o left the stack; a floating one is released (unless DUP_TOP's copy is below)
                    if (!ReferenceEquals(self, o) && !o.IsImmortal) { f.Sp = sp; DropKeeping(ts, o, self ?? m, slots, sp - 3); }
                    break;
                }

                case Opcode.BINARY_SUBSCR:
                {
                    var k = slots[--sp]!;
                    var o = slots[sp - 1]!;
                    f.Sp = sp + 1;
                    PyObject? v;
                    if (o is PyList l && l.Type == rt.ListType && k is PyInt ki && !ki.IsBig && k.Type == rt.IntType)
                    {
                        // Out of range raises through the frame's error path, as a missing dict key does.
                        if ((v = ListOps<TSync>.GetIndexOrNull(ts, l, ki.Small)) == null) goto subscr_index_error;
                    }
                    else if ((v = SubscrOrNull(ts, o, k)) == null) // EvalHelpers.cs: tuples, dicts, str, slices, __getitem__
                    {
                        sp++; // o and k stay on the stack for the unwinding to drop
                        goto pyerror;
                    }
                    Put(slots, sp - 1, v);
                    if (!o.IsImmortal) DropKeeping(ts, o, v, slots, sp - 3);
                    if (!k.IsImmortal) DropKeeping(ts, k, v, slots, sp - 2);
                    break;
                }
                case Opcode.STORE_SUBSCR:
                {
                    var k = slots[--sp]!;
                    var o = slots[--sp]!;
                    var v = slots[--sp]!;
                    f.Sp = sp;
                    if (o is PyList l && l.Type == rt.ListType && k is PyInt ki && !ki.IsBig)
                    {
                        ListOps<TSync>.SetIndex(ts, l, ki.Small, v);   // what list.__setitem__ does with an int
                        ObjectLifecycle<TSync>.DropBorrowed(ts, o);
                    }
                    else StoreSubscrSlow(ts, o, k, v); // EvalHelpers.cs: slices, dicts, __setitem__, and the operands' drops
                    break;
                }
                case Opcode.BUILD_SLICE:
                    (ip, sp) = BuildSliceOp(ts, f, instrs, slots, ip, sp, arg); // ListSlices.cs
                    break;

                case Opcode.UNARY_NOT:
                {
                    f.Sp = sp;
                    var v = slots[sp - 1]!;
                    Put(slots, sp - 1, Ops<TSync>.IsTrue(ts, v) ? rt.False : rt.True);
                    ObjectLifecycle<TSync>.DropBorrowed(ts, v);
                    break;
                }
                case Opcode.BINARY_OP:
                {
                    var b = slots[--sp]!;
                    var a = slots[sp - 1]!;
                    if (TryFloatValue(rt, a, b, arg, out double d)) // Interpreter.FloatChains.cs
                    {
                        (ip, sp) = CompleteFloat(rt, instrs, slots, code.Consts, ip, sp, d);
                        break;
                    }
                    if (TryIntValue(rt, a, b, arg, out long n)) // Interpreter.IntChains.cs
                    {
                        (ip, sp) = CompleteInt(rt, instrs, slots, code.Consts, ip, sp, n);
                        break;
                    }
                    f.Sp = sp + 1;
                    if (TryBinaryNumeric(ts, a, b, arg) is { } r) // Interpreter.NumericFast.cs
                    {
                        Put(slots, sp - 1, r);
                        break;
                    }
                    if (a.GetType() == typeof(PyInstance))
                    {
                        f.Ip = ip;
                        if (PushBinaryFrame(ts, f, a, b, arg, sp - 1) is var nf && nf != f) // BinaryCalls.cs
                        {
                            if (nf == null) goto pyerror_call;
                            f = nf; // its return completes this BINARY_OP
                            goto frame_entered;
                        }
                    }
                    if (!BinaryOpGeneral(ts, a, b, arg, slots, sp)) // BinaryCalls.cs
                    {
                        sp++; // a and b stay on the stack for the unwinding to drop
                        goto pyerror;
                    }
                    break;
                }
                case Opcode.COMPARE_OP:
                {
                    var b = slots[--sp]!;
                    var a = slots[sp - 1]!;
                    int cmpOp = arg & CompareOpArgs.OperatorMask;
                    if (TryCompareNumeric(rt, a, b, cmpOp) is { } cmp) // Interpreter.NumericFast.cs
                    {
                        Put(slots, sp - 1, cmp);
                        break;
                    }
                    f.Sp = sp + 1;
                    CompareOpGeneral(ts, a, b, arg, slots, sp); // BinaryCalls.cs
                    break;
                }
                case Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP:
                case Opcode.LOAD_FAST_LOAD_CONST_BINARY_OP:
                case Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP_STORE:
                case Opcode.LOAD_FAST_LOAD_CONST_BINARY_OP_STORE:
                {
                    // Bytecode/Superinstructions.cs: a OP b of numbers read straight from a local and a local or constant.
                    int form = (word & 0xFF) - (int)Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP;
                    var a = slots[arg];
                    var b = (form & 1) == 0 ? slots[instrs[ip] >>> 8] : code.Consts[instrs[ip] >>> 8];
                    if (a == null || b == null) goto case Opcode.LOAD_FAST;
                    if ((form & 2) == 0 && TryFloatValue(rt, a, b, instrs[ip + 1] >>> 8, out double d)) // Interpreter.FloatChains.cs
                    {
                        ip += 2;
                        sp++;
                        (ip, sp) = CompleteFloat(rt, instrs, slots, code.Consts, ip, sp, d);
                        break;
                    }
                    if ((form & 2) == 0 && TryIntValue(rt, a, b, instrs[ip + 1] >>> 8, out long n)) // Interpreter.IntChains.cs
                    {
                        ip += 2;
                        sp++;
                        (ip, sp) = CompleteInt(rt, instrs, slots, code.Consts, ip, sp, n);
                        break;
                    }
                    (ip, sp) = LoadLoadBinaryOther(ts, f, instrs, slots, ip, sp, a, b, form); // NumericFast.cs
                    break;
                }
                case Opcode.LOAD_FAST_LOAD_FAST_COMPARE_JUMP:
                case Opcode.LOAD_FAST_LOAD_CONST_COMPARE_JUMP:
                {
                    // Bytecode/Superinstructions.cs: compare numbers from a local and a local or constant, and branch.
                    var a = slots[arg];
                    var b = (Opcode)(word & 0xFF) == Opcode.LOAD_FAST_LOAD_FAST_COMPARE_JUMP ? slots[instrs[ip] >>> 8] : code.Consts[instrs[ip] >>> 8];
                    if (a == null || b == null) goto case Opcode.LOAD_FAST;
                    if (TryCompareNumeric(rt, a, b, instrs[ip + 1] >>> 8) is not { } c)
                    {
                        // not numbers: both loads at once, then the COMPARE_OP and the jump run as themselves
                        Put(slots, sp, a);
                        Put(slots, sp + 1, b);
                        sp += 2;
                        ip++;
                        break;
                    }
                    int jump = instrs[ip + 2];
                    bool onTrue = (Opcode)(jump & 0xFF) == Opcode.POP_JUMP_IF_TRUE;
                    ip = ReferenceEquals(c, rt.True) == onTrue ? jump >>> 8 : ip + 3;
                    break;
                }
                case Opcode.LOAD_FAST_BINARY_OP:
                case Opcode.LOAD_CONST_BINARY_OP:
                {
                    // Bytecode/Superinstructions.cs: (stack top) OP (a local or constant) without pushing the right operand.
                    bool local = (Opcode)(word & 0xFF) == Opcode.LOAD_FAST_BINARY_OP;
                    var b = local ? slots[arg] : code.Consts[arg];
                    if (b == null) goto case Opcode.LOAD_FAST;
                    if (TryFloatValue(rt, slots[sp - 1]!, b, instrs[ip] >>> 8, out double d)) // Interpreter.FloatChains.cs
                    {
                        ip++;
                        (ip, sp) = CompleteFloat(rt, instrs, slots, code.Consts, ip, sp, d);
                        break;
                    }
                    if (TryIntValue(rt, slots[sp - 1]!, b, instrs[ip] >>> 8, out long n)) // Interpreter.IntChains.cs
                    {
                        ip++;
                        (ip, sp) = CompleteInt(rt, instrs, slots, code.Consts, ip, sp, n);
                        break;
                    }
                    f.Sp = sp;
                    f.LastIp = ip; // a raised error is the BINARY_OP's
                    var r = TryBinaryNumeric(ts, slots[sp - 1]!, b, instrs[ip] >>> 8);
                    if (r == null)
                    {
                        if (local) goto case Opcode.LOAD_FAST;
                        goto case Opcode.LOAD_CONST; // not numbers: run the two instructions one by one
                    }
                    Put(slots, sp - 1, r);
                    ip++;
                    break;
                }
                case Opcode.LOAD_FAST_COMPARE_JUMP:
                case Opcode.LOAD_CONST_COMPARE_JUMP:
                {
                    // Bytecode/Superinstructions.cs: compare (stack top) with a local or constant, pop it, and branch.
                    bool local = (Opcode)(word & 0xFF) == Opcode.LOAD_FAST_COMPARE_JUMP;
                    var b = local ? slots[arg] : code.Consts[arg];
                    if (b == null || TryCompareNumeric(rt, slots[sp - 1]!, b, instrs[ip] >>> 8) is not { } c)
                    {
                        if (local) goto case Opcode.LOAD_FAST;
                        goto case Opcode.LOAD_CONST;
                    }
                    sp--; // a number: immortal, nothing to drop
                    int jump = instrs[ip + 1];
                    bool onTrue = (Opcode)(jump & 0xFF) == Opcode.POP_JUMP_IF_TRUE;
                    ip = ReferenceEquals(c, rt.True) == onTrue ? jump >>> 8 : ip + 2;
                    break;
                }
                case Opcode.LOAD_FAST_LOAD_FAST_SUBSCR:
                case Opcode.LOAD_FAST_LOAD_CONST_SUBSCR:
                case Opcode.LOAD_FAST_LOAD_FAST_DUP_SUBSCR:
                case Opcode.LOAD_FAST_LOAD_CONST_DUP_SUBSCR:
                {
                    // Interpreter.LocalSubscripts.cs: o[k] of a local exact list or tuple (after o and k for `o[k] op= v`).
                    int form = (word & 0xFF) - (int)Opcode.LOAD_FAST_LOAD_FAST_SUBSCR;
                    int nsp = PushLocalSubscript(ts, code.Consts, slots, sp, word, instrs[ip]);
                    if (nsp < 0)
                    {
                        if ((form & 1) == 0) goto case Opcode.LOAD_FAST_LOAD_FAST; // the rest runs one by one
                        goto case Opcode.LOAD_FAST;
                    }
                    sp = nsp;
                    ip += 2 + (form >> 1);
                    break;
                }
                case Opcode.ROT_THREE_STORE_SUBSCR:
                    // Interpreter.LocalSubscripts.cs: [o, k, v] -> o[k] = v for an exact list and a machine-int k.
                    if (!StoreListItem(ts, f, slots, sp, ip)) goto case Opcode.ROT_THREE;
                    sp -= 3;
                    ip++;
                    break;
                case Opcode.IS_OP:
                {
                    var b = slots[--sp]!;
                    var a = slots[sp - 1]!;
                    bool res = ReferenceEquals(a, b) ^ (arg != 0);
                    Put(slots, sp - 1, res ? rt.True : rt.False);
                    // Only a floating operand (a fresh result: `f() is None`) needs releasing; a held one's
                    // count is what it was (`x is None`: no call).
                    if ((!a.IsImmortal && TSync.IsFloating(ts, a)) || (!b.IsImmortal && TSync.IsFloating(ts, b)))
                    {
                        f.Sp = sp;
                        DropIsOperands(ts, slots, sp - 1, a, b); // EvalHelpers.cs
                    }
                    break;
                }
                case Opcode.CONTAINS_OP:
                    sp = ContainsOp(ts, f, slots, sp, arg); // EvalHelpers.cs
                    break;
                case Opcode.JUMP_IF_NOT_EXC_MATCH:
                    f.Sp = sp -= 2; // [exc type] popped
                    if (!ExceptionMatches(ts, slots[sp]!, slots[sp + 1]!)) ip = arg;
                    break;

                case Opcode.BUILD_TUPLE:
                {
                    sp -= arg;
                    var items = new PyObject[arg];
                    Array.Copy(slots, sp, items, 0, arg);
                    Put(slots, sp++, Ops<TSync>.NewTuple(ts, items));
                    break;
                }
                case Opcode.BUILD_LIST:
                {
                    sp -= arg;
                    PyObject[] items = arg == 0 ? [] : new PyObject[arg]; // `[]`: the shared empty array, as PyList(type) starts with
                    Array.Copy(slots, sp, items, 0, arg);
                    Put(slots, sp++, Ops<TSync>.NewList(ts, items));
                    break;
                }
                case Opcode.LIST_APPEND:
                {
                    var v = slots[--sp]!;
                    f.Sp = sp;
                    ListOps<TSync>.Append(ts, (PyList)slots[sp - arg]!, v);
                    break;
                }
                case Opcode.UNPACK_SEQUENCE:
                {
                    var seq = slots[--sp]!;
                    // An exact tuple, or under the GIL an exact list, of arg items that something else
                    // holds: its items straight to the stack (CPython's UNPACK_SEQUENCE_TUPLE / _LIST).
                    if (ExactItemsOfLength(rt, seq, arg) is { } src && (seq.IsImmortal || !TSync.IsFloating(ts, seq)))
                    {
                        for (int i = arg - 1; i >= 0; i--) Put(slots, sp++, src[i]);
                        // The STORE_FASTs that follow (`a, b = t`) run here, as themselves, without a dispatch each.
                        for (; arg > 0 && (instrs[ip] & 0xFF) == (int)Opcode.STORE_FAST; arg--, ip++)
                            StoreFast(ts, f, slots, instrs[ip] >>> 8, slots[--sp]!, sp);
                        break;
                    }
                    f.Sp = sp;
                    sp = UnpackSequenceOp(ts, seq, slots, sp, arg); // EvalHelpers.cs
                    break;
                }

                case Opcode.GET_ITER:
                    f.Sp = sp;
                    GetIterOp(ts, slots, sp); // ColdOps.cs
                    break;
                case Opcode.FOR_ITER:
                {
                    var it = slots[sp - 1]!;
                    f.Sp = sp;
                    PyObject? v;
                    if (TryNextRangeOrList(ts, it, out v)) { } // EvalHelpers.cs
                    else if (it is PyGenerator g)
                    {
                        // (the traced loop resumes generators through Resume: their yields leave Eval)
                        // g's frame runs in this loop; its yield pushes the value here (InlineResume.cs)
                        f.Ip = ip;
                        if (!TTrace.On && ResumeInline(ts, f, g, none) is { } gf)
                        {
                            f = gf;
                            goto frame_entered;
                        }
                        v = TTrace.On ? TracedNextOrNull(ts, f, g) : Generators<TSync>.NextOrNull(ts, g); // Tracing/Interpreter.Tracing.cs
                    }
                    else
                    {
                        (ip, sp) = ForIterOther(ts, f, instrs, slots, ip, sp, it, arg); // EvalHelpers.cs: other iterators, `for a, b in` pairs
                        break;
                    }
                    if (v != null)
                    {
                        Put(slots, sp++, v);
                    }
                    else
                    {
                        sp = EndForLoop(ts, f, slots, sp, it);
                        ip = arg;
                    }
                    break;
                }
                case Opcode.FOR_ITER_STORE_FAST:
                {
                    // FOR_ITER t; STORE_FAST x (Superinstructions.cs) over a range or list iterator:
                    // the item is stored as STORE_FAST stores it, without its push, pop and dispatch.
                    var it = slots[sp - 1]!;
                    if (!TryNextRangeOrList(ts, it, out var v)) goto case Opcode.FOR_ITER; // the STORE_FAST then runs as itself
                    f.Sp = sp;
                    if (v != null) StoreFast(ts, f, slots, instrs[ip++] >>> 8, v, sp);
                    else
                    {
                        sp = EndForLoop(ts, f, slots, sp, it);
                        ip = arg;
                    }
                    break;
                }
                case Opcode.JUMP_FORWARD:
                    ip = arg;
                    break;
                case Opcode.JUMP_ABSOLUTE:
                    if (arg < ip)
                    {
                        if (ts.EvalBreaker != 0) { f.Sp = sp; f.Ip = arg; if (HandleBreakerInEval(ts)) return ReenterSignal; }
                        if (--backEdges == 0) { f.Sp = sp; f.Ip = arg; return ReenterSignal; }
                    }
                    ip = arg;
                    break;
                case Opcode.POP_JUMP_IF_FALSE:
                {
                    var v = slots[--sp]!;
                    if (ReferenceEquals(v, rt.False)) { ip = arg; break; }
                    if (ReferenceEquals(v, rt.True)) break;
                    f.Sp = sp + 1;
                    if (!Ops<TSync>.IsTrue(ts, v)) ip = arg;
                    f.Sp = sp;
                    ObjectLifecycle<TSync>.DropBorrowed(ts, v);
                    break;
                }
                case Opcode.POP_JUMP_IF_TRUE:
                {
                    var v = slots[--sp]!;
                    if (ReferenceEquals(v, rt.True)) { ip = arg; break; }
                    if (ReferenceEquals(v, rt.False)) break;
                    f.Sp = sp + 1;
                    if (Ops<TSync>.IsTrue(ts, v)) ip = arg;
                    f.Sp = sp;
                    ObjectLifecycle<TSync>.DropBorrowed(ts, v);
                    break;
                }
                case Opcode.JUMP_IF_FALSE_OR_POP:
                case Opcode.JUMP_IF_TRUE_OR_POP:
                    f.Sp = sp;
                    if (Ops<TSync>.IsTrue(ts, slots[sp - 1]!) == ((Opcode)(word & 0xFF) == Opcode.JUMP_IF_TRUE_OR_POP)) ip = arg;
                    else ObjectLifecycle<TSync>.DropBorrowed(ts, slots[--sp]!);
                    break;

                case Opcode.CALL:
                case Opcode.CALL_KW:
                {
                    if (ts.EvalBreaker != 0) { f.Sp = sp; f.Ip = ip; if (HandleBreakerInEval(ts)) { f.Ip = ip - 1; return ReenterSignal; } }
                    PyTuple? kwnames = (Opcode)(word & 0xFF) == Opcode.CALL_KW ? (PyTuple)slots[--sp]! : null;
                    int fnIndex = sp - arg - 1;
                    var callable = slots[fnIndex]!;
                    f.Sp = sp;
                    f.Ip = ip;
                    if (callable.GetType() == typeof(PyBuiltinFunction))
                    {
                        // BuiltinCalls.cs: the call, the drops and the result's push in one call out of Eval
                        if ((TTrace.On ? TracedCallBuiltinOnStack(ts, f, Unsafe.As<PyBuiltinFunction>(callable), slots, fnIndex, fnIndex, fnIndex + 1, sp, kwnames)
                            : CallBuiltinOnStack(ts, Unsafe.As<PyBuiltinFunction>(callable), slots, fnIndex, fnIndex, fnIndex + 1, sp, kwnames)) is not (>= 0 and var bsp)) goto pyerror_call;
                        sp = bsp;
                        if (!TTrace.On && ts.TraceOn) goto trace_switch;
                        break;
                    }
                    if (callable.GetType() == typeof(PyFunction) && kwnames == null && Unsafe.As<PyFunction>(callable).Code is var fcode && fcode.SimpleArgCount == arg)
                    {
                        // InlineCalls.cs: exact positional arguments, no cells (PushFrame's own fast path)
                        if (PushSimpleFrameOnStack(ts, f, Unsafe.As<PyFunction>(callable), fcode, slots, fnIndex + 1, fnIndex, fnIndex) is not { } sf) goto pyerror_call;
                        if (!TTrace.On && sf == f && ts.TraceOn) return ReenterSignal; // a compiled callee returned (pdb.set_trace()): f's state saved
                        f = sf;
                        goto frame_entered;
                    }
                    if (CallOnStack(ts, f, callable, slots, fnIndex, fnIndex, fnIndex + 1, sp, kwnames) is not { } cf) goto pyerror_call; // Calls.cs
                    if (cf == f)
                    {
                        sp = f.Sp; // the result pushed in place of the callable
                        if (!TTrace.On && ts.TraceOn) goto trace_switch;
                        break;
                    }
                    f = cf; // InlineCalls.cs: the callee runs in this loop
                    goto frame_entered;
                }
                case Opcode.CALL_METHOD:
                case Opcode.CALL_METHOD_KW:
                {
                    if (ts.EvalBreaker != 0) { f.Sp = sp; f.Ip = ip; if (HandleBreakerInEval(ts)) { f.Ip = ip - 1; return ReenterSignal; } }
                    PyTuple? kwnames = (Opcode)(word & 0xFF) == Opcode.CALL_METHOD_KW ? (PyTuple)slots[--sp]! : null;
                    int baseIndex = sp - arg - 2;
                    var meth = slots[baseIndex]!;
                    f.Sp = sp;
                    f.Ip = ip;
                    bool bound = meth is NullMarker;
                    var callable = bound ? slots[baseIndex + 1]! : meth;
                    if (callable.GetType() == typeof(PyBuiltinFunction))
                    {
                        // BuiltinCalls.cs: lst.append(x), its drops and the result's push in one call out of Eval
                        if ((TTrace.On ? TracedCallBuiltinOnStack(ts, f, Unsafe.As<PyBuiltinFunction>(callable), slots, baseIndex, baseIndex + 1, bound ? baseIndex + 2 : baseIndex + 1, sp, kwnames)
                            : CallBuiltinOnStack(ts, Unsafe.As<PyBuiltinFunction>(callable), slots, baseIndex, baseIndex + 1, bound ? baseIndex + 2 : baseIndex + 1, sp, kwnames)) is not (>= 0 and var bsp)) goto pyerror_call;
                        sp = bsp;
                        if (!TTrace.On && ts.TraceOn) goto trace_switch;
                        break;
                    }
                    int argsFrom = bound ? baseIndex + 2 : baseIndex + 1;
                    if (callable.GetType() == typeof(PyFunction) && kwnames == null && Unsafe.As<PyFunction>(callable).Code is var fcode && fcode.SimpleArgCount == sp - argsFrom)
                    {
                        if (PushSimpleFrameOnStack(ts, f, Unsafe.As<PyFunction>(callable), fcode, slots, argsFrom, baseIndex, baseIndex + 1) is not { } sf) goto pyerror_call;
                        if (!TTrace.On && sf == f && ts.TraceOn) return ReenterSignal; // a compiled callee returned (pdb.set_trace()): f's state saved
                        f = sf;
                        goto frame_entered;
                    }
                    if (CallOnStack(ts, f, callable, slots, baseIndex, baseIndex + 1, argsFrom, sp, kwnames) is not { } cf) goto pyerror_call; // Calls.cs
                    if (cf == f)
                    {
                        sp = f.Sp; // the result pushed at baseIndex
                        if (!TTrace.On && ts.TraceOn) goto trace_switch;
                        break;
                    }
                    f = cf;
                    goto frame_entered;
                }
                case Opcode.CALL_EX:
                {
                    if (ts.EvalBreaker != 0) { f.Sp = sp; f.Ip = ip; if (HandleBreakerInEval(ts)) { f.Ip = ip - 1; return ReenterSignal; } }
                    f.Ip = ip;
                    if (CallExOp(ts, f, slots, sp, arg) is not { } r) goto pyerror_call; // Calls.cs
                    sp -= 2 + (arg & 1); // [callable args kwargs?] dropped
                    Put(slots, sp++, r);
                    if (!TTrace.On && ts.TraceOn) goto trace_switch;
                    break;
                }
                case Opcode.RETURN_VALUE:
                {
                    var r = slots[--sp]!;
                    f.Sp = sp;
                    f.Ip = ip;
                    if (TTrace.On && !TraceReturn(ts, f, r)) goto pyerror;
                    if (f.ReturnsInline)
                    {
                        // back in the caller, its call completed (null: an __init__'s TypeError left Eval)
                        if (f.Generator != null) f = GeneratorReturnedInline(ts, f, r); // InlineResume.cs
                        else if ((f = ReturnFromInline(ts, f, r)!) == null) return null; // InlineCalls.cs
                        if (!TTrace.On && ts.TraceOn) return ReenterSignal; // (trace_switch) f's state saved
                        goto frame_entered;
                    }
                    if (f.Generator != null)
                    {
                        f.Finished = true;
                        f.Yielded = false;
                    }
                    ReleaseLocalsKeeping(ts, f, r);
                    return r;
                }
                case Opcode.YIELD_VALUE:
                {
                    var r = slots[--sp]!;
                    if (TTrace.On && !TraceReturn(ts, f, r)) { f.Sp = sp; goto pyerror; }
                    if (f.Sink is { } sink && sink.Accept(ts, r))
                    {
                        Put(slots, sp++, none); // consumed by the builtin draining f: resumed as by next() (YieldSinks.cs)
                        break;
                    }
                    f.Sp = sp;
                    f.Ip = ip;
                    f.Yielded = true;
                    if (f.ReturnsInline)
                    {
                        if ((f = YieldInline(ts, f, r)!) == null) return r; // InlineResume.cs
                        goto frame_entered;
                    }
                    return r;
                }
                case Opcode.YIELD_FROM:
                {
                    f.Sp = --sp;
                    if (slots[sp - 1] is PyGenerator sg)
                    {
                        // sg's frame runs in this loop (InlineResume.cs)
                        f.Ip = ip;
                        if (!TTrace.On && ResumeInline(ts, f, sg, slots[sp]!) is { } gf)
                        {
                            f = gf;
                            goto frame_entered;
                        }
                    }
                    var y = YieldFromOp(ts, f, slots, sp, ip, out bool done); // ColdOps.cs
                    if (y == null) goto pyerror;
                    if (!done)
                    {
                        if (TTrace.On && !TraceReturn(ts, f, y)) goto pyerror;
                        // suspended, f.Ip at this instruction again
                        if (!f.ReturnsInline || (f = YieldInline(ts, f, y)!) == null) return y; // InlineResume.cs
                        goto frame_entered;
                    }
                    break;
                }
                case Opcode.RAISE_VARARGS:
                    f.Sp = sp -= arg; // [exc cause?] popped
                    ts.CurrentException = MakeRaise(ts, arg >= 1 ? slots[sp] : null, arg == 2 ? slots[sp + 1] : null, arg == 2);
                    if (arg == 0) goto pyerror_reraise;
                    goto pyerror;

                case Opcode.SETUP_FINALLY:
                    f.PushBlock(BlockKind.Finally, arg, sp - f.StackBase);
                    break;
                case Opcode.POP_BLOCK:
                    f.BlockCount--;
                    break;
                case Opcode.RERAISE:
                    ts.CurrentException = slots[--sp]!;
                    goto pyerror_reraise; // f.Sp saved there

                case Opcode.CHECK_EG_MATCH:
                case Opcode.PREP_RERAISE_STAR:
                    (ip, sp) = ExceptStarOp(ts, f, slots, ip, sp, word); // ExceptStar.cs
                    break;
                default: // Interpreter.RareOps.cs: imports, del, class bodies, except* and the rest
                    sp = RareOp(ts, f, slots, sp, word);
                    if (!TTrace.On && ts.TraceOn) goto trace_switch; // (a with statement's __enter__ may install one)
                    break;
            }
            continue;

        trace_switch: // a call installed a trace or profile function (pdb.set_trace()): Run continues f traced
            f.Sp = sp;
            f.Ip = ip;
            return ReenterSignal;
        subscr_index_error: // BINARY_SUBSCR: an exact list's int index out of range (k popped, o at sp - 1)
            ts.CurrentException = IndexOutOfRange(ts, slots[sp - 1]!).Value;
            sp++; // o and k stay on the stack for the unwinding to drop
            goto pyerror;
        pyerror_call:
            // A Python callee failed: the exception is in ts.CurrentException; keep the stack as is (unwinding drops it).
        pyerror:
            f.Sp = sp;
            if (TTrace.On) TraceRaise(ts, f); // the 'exception' event (Tracing/Interpreter.Tracing.cs)
            if (!RaiseInFrame(ts, f, newRaise: true)) goto failed; // EvalHelpers.cs
            goto frame_entered;
        pyerror_reraise:
            f.Sp = sp;
            if (!RaiseInFrame(ts, f, newRaise: false)) goto failed;
            goto frame_entered;
        failed: // an inline call's frame fails into its caller (InlineCalls.cs)
            if ((f = (TTrace.On ? TracedUnwindFromFailedFrame(ts, f) : UnwindFromFailedFrame(ts, f))!) == null) return null;
        frame_entered: // run f from its saved state: a new or returned-to frame, or a handler's
            // (Every call enters here twice. The code's constants, names and local count are read
            // through `code` where used, not kept in locals of their own: the JIT kept those on
            // the stack anyway, and reloading them cost stores at every entry.)
            code = f.Code;
            instrs = TTrace.On ? code.Unit.Code : f.Instrs; // not code.Code: the next dispatch waits on one load less
            slots = f.Slots;
            sp = f.Sp;
            ip = f.Ip;
            if (--backEdges == 0) return ReenterSignal; // f is ts.Frame, its state saved
        }
    }
}
