// The eval loop's less frequent instructions, out of line (Interpreter.Eval.cs or Interpreter.RareOps.cs
// keeps one call per case): sets, dicts, f-string parts (BUILD_STRING, FORMAT_VALUE), starred unpacking
// (UNPACK_EX), MAKE_FUNCTION's operands, the with-statement's SETUP_WITH / WITH_EXCEPT_START,
// the unary operators but `not`, DELETE_FAST, GET_ITER, YIELD_FROM, POP_EXCEPT and the deep stack rotations. Each takes
// the stack as the case found it and returns the new stack pointer (or what the case needs);
// f.Sp is saved before anything that can raise.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>POP_EXCEPT: the handler's block and the saved previous exception popped; that one is handled again.</summary>
    private static int PopExceptOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp)
    {
        f.BlockCount--;
        var prev = slots[--sp];
        Put(slots, sp, null);
        f.Sp = sp;
        ExceptionLinks<TSync>.LeaveHandler(ts, prev);
        return sp;
    }

    /// <summary>BUILD_SET: the top n values -> a set.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // its try region must not be inlined into Eval (EvalLoopInliningTests)
    private static int BuildSetOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int n)
    {
        sp -= n;
        f.Sp = sp;
        var s = Ops<TSync>.NewSet(ts);
        int i = 0;
        try
        {
            // An item equal to one already added leaves the stack here (CPython's BUILD_SET
            // releases each item after adding it).
            for (; i < n; i++) AddOrDrop(ts, s, slots[sp + i]!);
        }
        catch (PyException)
        {
            DropItems(ts, slots, sp + i, n - i);
            ObjectLifecycle<TSync>.DropBorrowed(ts, s);
            throw;
        }
        Put(slots, sp, s);
        return sp + 1;
    }

    /// <summary>SET_ADD and BUILD_SET's step: adds v, or releases it when an equal item is there.</summary>
    private static void AddOrDrop(PyThreadState ts, PySet s, PyObject v)
    {
        if (!SetOps<TSync>.Add(ts, s, v)) ObjectLifecycle<TSync>.DropBorrowed(ts, v);
    }

    /// <summary>MAP_ADD: d[k] = v, releasing k when an equal key keeps its place.</summary>
    private static void SetOrDropKey(PyThreadState ts, PyDict d, PyObject k, PyObject v)
    {
        if (!DictOps<TSync>.SetItem(ts, d, k, v)) ObjectLifecycle<TSync>.DropBorrowed(ts, k);
    }

    /// <summary>Releases the n stack values from slots[from] on, top first as unwinding pops them
    /// (a build that failed part way).</summary>
    private static void DropItems(PyThreadState ts, PyObject?[] slots, int from, int n)
    {
        for (int j = from + n - 1; j >= from; j--) ObjectLifecycle<TSync>.DropBorrowed(ts, slots[j]!);
    }

    /// <summary>BUILD_MAP: the top n key, value pairs -> a dict.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // its try region must not be inlined into Eval (EvalLoopInliningTests)
    private static int BuildMapOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int n)
    {
        sp -= 2 * n;
        f.Sp = sp;
        var d = PyDict.ForDisplay(ts.Rt.DictType, slots, sp, 2, n);
        int i = 0;
        try
        {
            for (; i < n; i++)
            {
                var k = slots[sp + 2 * i]!;
                if (!DictOps<TSync>.SetItemUnshared(ts, d, k, slots[sp + 2 * i + 1]!)) ObjectLifecycle<TSync>.DropBorrowed(ts, k); // d is not published yet
            }
        }
        catch (PyException)
        {
            // a key's __hash__ or __eq__ raised: release what the dict holds and the pairs not stored
            DropItems(ts, slots, sp + 2 * i, 2 * (n - i));
            ObjectLifecycle<TSync>.DropBorrowed(ts, d);
            throw;
        }
        Put(slots, sp, d);
        return sp + 1;
    }

    /// <summary>BUILD_CONST_KEY_MAP: n values and a tuple of keys -> a dict.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // its try region must not be inlined into Eval (EvalLoopInliningTests)
    private static int BuildConstKeyMapOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int n)
    {
        var keys = (PyTuple)slots[--sp]!;
        sp -= n;
        f.Sp = sp;
        var d = PyDict.ForDisplay(ts.Rt.DictType, keys.Items, 0, 1, n);
        try
        {
            for (int i = 0; i < n; i++) DictOps<TSync>.SetItemUnshared(ts, d, keys.Items[i], slots[sp + i]!);
        }
        catch (PyException)
        {
            Ops<TSync>.Drop(ts, d);
            throw;
        }
        Put(slots, sp, d);
        return sp + 1;
    }

    /// <summary>BUILD_STRING: the top n strings -> their concatenation.</summary>
    private static int BuildStringOp(PyThreadState ts, PyObject?[] slots, int sp, int n)
    {
        sp -= n;
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(((PyStr)slots[sp + i]!).Value);
        Put(slots, sp, ts.Rt.NewStr(sb.ToString()));
        return sp + 1;
    }

    /// <summary>FORMAT_VALUE: [value spec?] -> [formatted str]; arg bits 0-1 the conversion, bit 2 a spec.</summary>
    private static int FormatValueOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int arg)
    {
        var rt = ts.Rt;
        f.Sp = sp;
        PyObject? spec = (arg & 4) != 0 ? slots[--sp] : null;
        var v0 = slots[sp - 1]!;
        var v = (arg & 3) switch
        {
            1 => Ops<TSync>.Str(ts, v0),
            2 => Ops<TSync>.Repr(ts, v0),
            3 => Ops<TSync>.Ascii(ts, v0),
            _ => v0,
        };
        PyObject r = spec == null && v is PyStr s0 && v.Type == rt.StrType ? s0 : Ops<TSync>.Format(ts, v, spec as PyStr ?? rt.EmptyStr);
        Put(slots, sp - 1, r);
        // The formatted value, its str()/repr() and the spec leave the stack (the result may be one of them).
        if (!ReferenceEquals(v, v0) && !ReferenceEquals(v, r)) ObjectLifecycle<TSync>.DropBorrowed(ts, v);
        if (!ReferenceEquals(v0, r)) ObjectLifecycle<TSync>.DropBorrowed(ts, v0);
        if (spec != null && !ReferenceEquals(spec, r)) ObjectLifecycle<TSync>.DropBorrowed(ts, spec);
        return sp;
    }

    /// <summary>UNPACK_EX: [seq] -> the items after the star, the starred list, the items before it (top).</summary>
    private static int UnpackExOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int arg)
    {
        var seq = slots[--sp]!;
        f.Sp = sp;
        var items = UnpackIterable(ts, seq, arg & 0xFF, arg >> 8);
        // items: before..., middle list, after...
        for (int i = items.Length - 1; i >= 0; i--) Put(slots, sp++, items[i]);
        if (!seq.IsImmortal) DropKeepingAll(ts, seq, items);
        return sp;
    }

    /// <summary>MAKE_FUNCTION: [defaults? kwdefaults? annotations? closure? code qualname] -> [function].</summary>
    private static int MakeFunctionOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int arg)
    {
        var qualname = (PyStr)slots[--sp]!;
        var fcode = (PyCode)slots[--sp]!;
        PyTuple? closure = (arg & 8) != 0 ? (PyTuple)slots[--sp]! : null;
        PyTuple? annotations = (arg & 4) != 0 ? (PyTuple)slots[--sp]! : null;
        PyDict? kwdefaults = (arg & 2) != 0 ? (PyDict)slots[--sp]! : null;
        PyTuple? defaults = (arg & 1) != 0 ? (PyTuple)slots[--sp]! : null;
        f.Sp = sp;
        Put(slots, sp, MakeFunction(ts, f, fcode, qualname, defaults, kwdefaults, annotations, closure));
        return sp + 1;
    }

    /// <summary>SETUP_WITH: [mgr] -> [bound __exit__, result of __enter__], with a handler block at <paramref name="handler"/>.</summary>
    private static int SetupWithOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int handler)
    {
        var rt = ts.Rt;
        var mgr = slots[sp - 1]!;
        f.Sp = sp;
        var enter = Ops<TSync>.LookupSpecial(ts, mgr, "__enter__");
        var exit = Ops<TSync>.LookupSpecial(ts, mgr, "__exit__");
        if (enter == null)
            throw rt.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol");
        if (exit == null)
            throw rt.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        var boundExit = Ops<TSync>.BindDescriptor(ts, exit, mgr, mgr.Type);
        Put(slots, sp - 1, boundExit);
        var res = Ops<TSync>.CallMethodDescr(ts, enter, mgr, []);
        f.PushBlock(BlockKind.Finally, handler, sp - f.StackBase);
        Put(slots, sp, res);
        return sp + 1;
    }

    /// <summary>WITH_EXCEPT_START: calls __exit__(type, exc, tb) for the exception on top; pushes its result.</summary>
    private static int WithExceptStartOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp)
    {
        var e = (PyBaseException)slots[sp - 1]!;
        var exit = slots[sp - 3]!;
        f.Sp = sp;
        var r = Ops<TSync>.Call(ts, exit, [e.Type, e, (PyObject?)e.Traceback ?? ts.Rt.None], null);
        Put(slots, sp, r);
        return sp + 1;
    }

    /// <summary>LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE: pops the iterable or mapping and
    /// adds it to the list, set or dict <paramref name="arg"/> slots below it.</summary>
    private static int ExtendOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, Vm.Bytecode.Opcode op, int arg)
    {
        var it = slots[--sp]!;
        f.Sp = sp + 1; // it stays on the stack for the unwinding to drop if adding it fails
        var target = slots[sp - arg]!;
        switch (op)
        {
            case Vm.Bytecode.Opcode.LIST_EXTEND: ListOps<TSync>.ExtendForUnpack(ts, (PyList)target, it); break;
            case Vm.Bytecode.Opcode.SET_UPDATE: SetOps<TSync>.Update(ts, (PySet)target, it); break;
            case Vm.Bytecode.Opcode.DICT_UPDATE: DictOps<TSync>.UpdateForUnpack(ts, (PyDict)target, it); break;
            default: DictOps<TSync>.MergeKwargs(ts, (PyDict)target, it, slots[sp - arg - 2]!); break;
        }
        f.Sp = sp;
        ObjectLifecycle<TSync>.DropBorrowed(ts, it);
        return sp;
    }

    /// <summary>UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT.</summary>
    private static PyObject UnaryOp(PyThreadState ts, Vm.Bytecode.Opcode op, PyObject v) => op switch
    {
        Vm.Bytecode.Opcode.UNARY_POSITIVE => Ops<TSync>.Positive(ts, v),
        Vm.Bytecode.Opcode.UNARY_NEGATIVE => Ops<TSync>.Negative(ts, v),
        _ => Ops<TSync>.Invert(ts, v),
    };

    /// <summary>DELETE_FAST (f.Sp saved): unbinds local <paramref name="arg"/>, releasing what it held.</summary>
    private static void DeleteFast(PyThreadState ts, Frame f, int arg)
    {
        var slots = f.Slots;
        var old = slots[arg] ?? throw UnboundLocal(ts, f.Code, arg);
        Put(slots, arg, null);
        if (TSync.BorrowsArguments && f.BorrowedParams != 0 && ForgetBorrowed(f, arg)) return;
        ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>YIELD_FROM: sends the popped value (slots[sp], f.Sp saved as sp) into the
    /// sub-iterator below it. done: its return value replaced the sub-iterator; else the value it
    /// yielded, returned with f suspended to run this instruction again. Null: it raised.
    /// A builtin draining f (f.Sink) takes a sub-generator's values inside its run (YieldSinks.cs).</summary>
    private static PyObject? YieldFromOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int ip, out bool done)
    {
        var sub = slots[sp - 1]!;
        var y = Generators<TSync>.SendTo(ts, sub, slots[sp]!, out done, ts.TraceOn ? null : f.Sink); // (traced: every yield is reported)
        if (y == null) return null;
        if (done)
        {
            if (ts.TraceOn && sub is PyGenerator && !TraceStopIteration(ts, f, y)) return null; // Tracing/Interpreter.Tracing.cs
            // The return value takes the sub-iterator's place, and the sub-iterator is dropped
            // (CPython frees it here): a finished coroutine or generator, an async generator's
            // __anext__ awaitable (its count on the generator given back: an `async for` keeps
            // its iterator counted in a PyAsyncForIter box below), a user iterator. The result
            // outlives it when it held the only count (an iterator's StopIteration value it keeps).
            var it = slots[sp - 1]!;
            Put(slots, sp - 1, y);
            DropKeeping(ts, it, y, slots, -1); // EvalHelpers.cs
            return y;
        }
        f.Ip = ip - 1;
        f.Yielded = true;
        return y;
    }

    /// <summary>GET_ITER: the iterable at slots[sp - 1] replaced by its iterator (f.Sp saved as sp).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void GetIterOp(PyThreadState ts, PyObject?[] slots, int sp)
    {
        var iterable = slots[sp - 1]!;
        var iter = Ops<TSync>.GetIter(ts, iterable);
        Put(slots, sp - 1, iter);
        // A fresh iterable (d.items(), a generator expression's source, ...) lives on
        // only through the iterator's counted reference.
        if (!ReferenceEquals(iter, iterable)) ObjectLifecycle<TSync>.DropBorrowed(ts, iterable);
    }

    /// <summary>ROT_THREE / ROT_FOUR: the top of the stack moves down n - 1 places.</summary>
    private static void RotateTop(PyObject?[] slots, int sp, int n)
    {
        var top = slots[sp - 1];
        for (int i = sp - 1; i > sp - n; i--) Put(slots, i, slots[i - 1]);
        Put(slots, sp - n, top);
    }
}
