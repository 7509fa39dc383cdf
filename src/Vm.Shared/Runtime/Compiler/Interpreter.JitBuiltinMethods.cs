// Baseline compiler: CALL_METHOD of a builtin method of an exact list, set, dict or str with up to
// two arguments, and CALL of len with an exact builtin container, made with the stack values as
// parameters, without spilling the frame (JitEmitter.BuiltinCalls.cs emits the call; CPython's
// CALL_METHOD_DESCRIPTOR_O / _FAST and CALL_LEN).
//
// Design note:
// - Which calls: the LOAD_METHOD pair is [descriptor, self] (the descriptor found unbound on self's
//   type), the descriptor is a PyBuiltinFunction whose Intrinsic names one of the methods below
//   (Builtins/BuiltinMethodIntrinsics.cs; set once at setup, read unsynchronised), self's type IS the
//   descriptor's owner type (a subclass instance declines; a subclass that overrides the method never
//   gets here: LOAD_METHOD found the override, a PyFunction), and no eval-breaker request is pending
//   (compiled code tests that first; JitCall would handle it). The test is on the objects the call
//   would call, each time the instruction runs: no cache, so a method rebound on a subclass, a
//   rebound name or another thread's change is seen at once (nothing here can go stale).
// - Why the frame need not be spilled: the step runs no Python code and frees nothing that could run
//   code, so nothing can observe the frame (a traceback, f_locals, the cycle collector's roots)
//   while its stack lives in compiled code's locals: list.append / list.pop only move references;
//   set.add / discard / remove and dict.get take a plain key (exact str or int) and compare it only
//   with plain keys (a probe that meets a key only __eq__ could compare declines, changing nothing);
//   a StrPure method runs on an exact str with exact str or int arguments; len reads the size of an
//   exact list, tuple, str, dict, set or frozenset (Ops.Len's own case for them). A removed set key is plain
//   (its release runs nothing). Self (len's argument) must not be floating: dropping it after the call
//   would free it and its items (their finalisers are Python code).
// - What the step leaves: the method's own result (the same typed operation its Fn / FastN runs after
//   its argument checks, which such a call passes), then JitCall's completion: the stack's references
//   to self and the arguments dropped keeping the result (DropRange's floating test: self is not
//   floating, and only a plain argument can be freed here, which runs nothing).
// - Declines (null, failed false: nothing done, nothing observable happened) fall through to the
//   spilled general call, which then does all of it: set.remove of an absent key, list.pop of an empty
//   list... any case whose error the general path raises with its frame. A StrPure method that raises
//   (TypeError for an int where it takes a str) sets failed with the exception pending; compiled code
//   then spills the unchanged stack and raises, as JitCall's error leaves it (the stack as it was, for
//   the unwinding to drop). A .NET OutOfMemoryException becomes MemoryError there, as Run makes it.
// - Threads: the typed operations keep their own critical sections (ListOps, SetOps' leaf sections,
//   DictOps' lock-free read); str is immutable.
// Tests: tests/Runtime/CompiledBuiltinMethodCallTests.cs (each method against the interpreter, the
// declines, subclasses, rebinding mid-loop, both backends) and CompiledCodeUnderConcurrentRebindingTests.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitBuiltinMethod0(PyThreadState ts, PyObject descr, PyObject self, out bool failed)
    {
        failed = false;
        if (BuiltinMethodOf(ts, descr, self) is not { } bf) return null;
        PyObject? r;
        switch (bf.Intrinsic)
        {
            case BuiltinIntrinsic.ListPop:
                if (self.GetType() != typeof(PyList) || Unsafe.As<PyList>(self).Count == 0) return null; // empty: the general path raises
                r = ListOps<TSync>.PopAtOrNull(ts, Unsafe.As<PyList>(self), -1);
                if (r == null) { failed = true; return null; } // emptied by another thread meanwhile: IndexError pending
                break;
            case BuiltinIntrinsic.StrPure:
                r = bf.Fast1 is { } f1 ? PureStrCall(ts, f1, self, out failed) : PureStrCall(ts, bf, [self], out failed);
                if (r == null) return null;
                break;
            default:
                return null;
        }
        return r;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitBuiltinMethod1(PyThreadState ts, PyObject descr, PyObject self, PyObject a0, out bool failed)
    {
        failed = false;
        if (BuiltinMethodOf(ts, descr, self) is not { } bf) return null;
        PyObject? r;
        switch (bf.Intrinsic)
        {
            case BuiltinIntrinsic.ListAppend:
                if (self.GetType() != typeof(PyList)) return null;
                ListOps<TSync>.Append(ts, Unsafe.As<PyList>(self), a0);
                r = ts.Rt.None;
                break;
            case BuiltinIntrinsic.SetAdd:
                if (self.GetType() != typeof(PySet) || !PyDict.IsPlainKey(a0) || SetOps<TSync>.TryAddPlain(ts, Unsafe.As<PySet>(self), a0) < 0) return null;
                r = ts.Rt.None;
                break;
            case BuiltinIntrinsic.SetDiscard:
            case BuiltinIntrinsic.SetRemove:
                // remove of an absent key (0): nothing was changed; the general path raises the KeyError
                if (self.GetType() != typeof(PySet) || !PyDict.IsPlainKey(a0)) return null;
                int found = SetOps<TSync>.TryDiscardPlain(ts, Unsafe.As<PySet>(self), a0);
                if (found < 0 || found == 0 && bf.Intrinsic == BuiltinIntrinsic.SetRemove) return null;
                r = ts.Rt.None;
                break;
            case BuiltinIntrinsic.DictGet:
                if (self.GetType() != typeof(PyDict) || !TryDictGetPlain(ts, Unsafe.As<PyDict>(self), a0, out r)) return null;
                r ??= ts.Rt.None;
                break;
            case BuiltinIntrinsic.StrPure:
                if (!PyDict.IsPlainKey(a0)) return null;
                r = bf.Fast2 is { } f2 ? PureStrCall(ts, f2, self, a0, out failed) : PureStrCall(ts, bf, [self, a0], out failed);
                if (r == null) return null;
                break;
            default:
                return null;
        }
        DropArg(ts, a0, r);
        return r;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitBuiltinMethod2(PyThreadState ts, PyObject descr, PyObject self, PyObject a0, PyObject a1, out bool failed)
    {
        failed = false;
        if (BuiltinMethodOf(ts, descr, self) is not { } bf) return null;
        PyObject? r;
        switch (bf.Intrinsic)
        {
            case BuiltinIntrinsic.DictGet:
                if (self.GetType() != typeof(PyDict) || !TryDictGetPlain(ts, Unsafe.As<PyDict>(self), a0, out r)) return null;
                r ??= a1;
                break;
            case BuiltinIntrinsic.StrPure:
                if (!PyDict.IsPlainKey(a0) || !PyDict.IsPlainKey(a1)) return null;
                r = bf.Fast3 is { } f3 ? PureStrCall(ts, f3, self, a0, a1, out failed) : PureStrCall(ts, bf, [self, a0, a1], out failed);
                if (r == null) return null;
                break;
            default:
                return null;
        }
        DropArg(ts, a0, r);
        DropArg(ts, a1, r);
        return r;
    }

    /// <summary>CALL 1 of <paramref name="callable"/>: len(a0) for an exact builtin container that is not
    /// floating (what CallBuiltin's Len intrinsic returns), else null (declined, nothing done).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitBuiltinFunction1(PyThreadState ts, PyObject callable, PyObject a0)
    {
        if (callable.GetType() != typeof(PyBuiltinFunction) || Unsafe.As<PyBuiltinFunction>(callable).Intrinsic != BuiltinIntrinsic.Len || a0.Type.IsHeapType) return null;
        long n;
        switch (a0)
        {
            case PyList l: n = l.Count; break;
            case PyTuple t: n = t.Count; break;
            case PyStr s: n = s.Length; break;
            case PyDict d: n = d.Count; break;
            case PySet st: n = st.Count; break;
            default: return null;
        }
        if (!a0.IsImmortal && TSync.IsFloating(ts, a0)) return null; // its drop would free it
        return ts.Rt.NewInt(n);
    }

    /// <summary>The builtin method descriptor to call inline (see the design note), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyBuiltinFunction? BuiltinMethodOf(PyThreadState ts, PyObject descr, PyObject self)
    {
        if (descr.GetType() != typeof(PyBuiltinFunction)) return null;
        var bf = Unsafe.As<PyBuiltinFunction>(descr);
        if (bf.Intrinsic < BuiltinIntrinsic.ListAppend || bf.Self != null || !ReferenceEquals(self.Type, bf.OwnerType)) return null;
        if (!self.IsImmortal && TSync.IsFloating(ts, self)) return null; // its drop would free it (see the design note)
        return bf;
    }

    /// <summary>d.get(key) for a plain key compared only with plain keys: false (nothing done) for any
    /// other key or when a key only __eq__ could compare is met; else true with the value or null.</summary>
    private static bool TryDictGetPlain(PyThreadState ts, PyDict d, PyObject key, out PyObject? value)
    {
        var rt = ts.Rt;
        if (key.GetType() == typeof(PyStr) && ReferenceEquals(key.Type, rt.StrType))
        {
            var peq = new PyKeyEq<TSync>(ts);
            TSync.EnsureSharedOnRead(ts, d);
            value = d.GetStr(Unsafe.As<PyStr>(key), ref peq); // what DictOps.GetItemOrNull does for it
            return true;
        }
        value = null;
        if (key.GetType() != typeof(PyInt) || !ReferenceEquals(key.Type, rt.IntType)) return false;
        var eq = new SetOps<TSync>.PlainOnlyEq(); // a plain entry of the other kind: not equal; any other: stop, undecided
        TSync.EnsureSharedOnRead(ts, d);
        value = d.Get(key, DictOps<TSync>.KeyHash(ts, key), ref eq);
        return !eq.Undecided;
    }

    private static PyObject? PureStrCall(PyThreadState ts, NativeFn1 f, PyObject self, out bool failed)
    {
        try { return Called(ts, f(ts, self), out failed); }
        catch (Exception e) when (e is PyException or OutOfMemoryException) { return Raised(ts, e, out failed); }
    }

    private static PyObject? PureStrCall(PyThreadState ts, NativeFn2 f, PyObject self, PyObject a0, out bool failed)
    {
        try { return Called(ts, f(ts, self, a0), out failed); }
        catch (Exception e) when (e is PyException or OutOfMemoryException) { return Raised(ts, e, out failed); }
    }

    private static PyObject? PureStrCall(PyThreadState ts, NativeFn3 f, PyObject self, PyObject a0, PyObject a1, out bool failed)
    {
        try { return Called(ts, f(ts, self, a0, a1), out failed); }
        catch (Exception e) when (e is PyException or OutOfMemoryException) { return Raised(ts, e, out failed); }
    }

    /// <summary>Fn with self and the arguments (a method without the fixed-arity entry for this count).</summary>
    private static PyObject? PureStrCall(PyThreadState ts, PyBuiltinFunction bf, ReadOnlySpan<PyObject> args, out bool failed)
    {
        try { return Called(ts, bf.Fn(ts, args, null), out failed); }
        catch (Exception e) when (e is PyException or OutOfMemoryException) { return Raised(ts, e, out failed); }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? Called(PyThreadState ts, PyObject? r, out bool failed)
    {
        failed = r == null; // raised without a throw: the exception is pending
        return r;
    }

    /// <summary>A thrown error made pending, as the frame's error path takes it (Run turns an
    /// OutOfMemoryException into MemoryError the same way).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? Raised(PyThreadState ts, Exception e, out bool failed)
    {
        failed = true;
        var rt = ts.Rt;
        ts.CurrentException = e is PyException pe ? pe.Value : rt.NewException(rt.ExceptionTypes["MemoryError"], rt.EmptyTuple);
        return null;
    }

    /// <summary>The stack's reference to argument <paramref name="a"/> dropped (DropRange), keeping the result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DropArg(PyThreadState ts, PyObject a, PyObject r)
    {
        if (!a.IsImmortal && !ReferenceEquals(a, r) && TSync.IsFloating(ts, a)) ObjectLifecycle<TSync>.Deallocate(ts, a);
    }
}
