// One Python thread's state (CPython's PyThreadState). Every runtime operation receives it
// explicitly: there is no global "current thread" in the VM.
//
// EvalBreaker: other threads set bits with Interlocked.Or; the owner reads it with a plain load at
// backward jumps and calls (a stale read only delays handling to the next check) and clears bits
// with Interlocked.And.
using Vm.Objects;

namespace Vm.Runtime;

public static class EvalBreakerBits
{
    /// <summary>Another thread asks the GIL holder to drop the GIL.</summary>
    public const int GilDropRequest = 1;
    /// <summary>Objects were queued to this thread for a biased-refcount merge.</summary>
    public const int MergeQueue = 2;
    /// <summary>A stop-the-world pause is requested.</summary>
    public const int StopTheWorld = 4;
    /// <summary>An asynchronous exception (KeyboardInterrupt, interrupt_main) is pending.</summary>
    public const int AsyncException = 8;
    /// <summary>The host asked to cancel execution (timeout / CancellationToken).</summary>
    public const int Cancel = 16;
    /// <summary>An embedding host watches this thread (limits): call <see cref="PyRuntime.HostHook"/>.</summary>
    public const int HostHook = 32;
    /// <summary>The cycle collector's candidate buffer is full: collect at the next check.</summary>
    public const int GcScheduled = 64;
    /// <summary>Free-threaded backend: another thread waits for this one to detach once (CriticalSections.cs, "OWNER SECTIONS").</summary>
    public const int SectionHandshake = 128;
    /// <summary>This thread's trace or profile function changed: a running eval loop returns to Run,
    /// which picks the traced or untraced loop (Tracing/PyThreadState.Tracing.cs).</summary>
    public const int TraceChanged = 256;
    /// <summary>Free-threaded backend: a thread waits to reuse dead containers' storage until this one reports a quiescent state (Vm.FreeThreaded/Qsbr.cs).</summary>
    public const int QsbrReport = 512;
}

/// <summary>Backend-specific per-thread state (the GIL's or the free-threaded machinery's).</summary>
public abstract class ThreadBackendState { }

public sealed partial class PyThreadState
{
    public readonly PyRuntime Rt;
    /// <summary>Small nonzero id, unique within the process while the thread lives; used as ob_tid.</summary>
    public readonly int Id;
    /// <summary>Bits of <see cref="EvalBreakerBits"/>.</summary>
    public int EvalBreaker;
    /// <summary>Python frames currently on this thread.</summary>
    public int RecursionDepth;
    /// <summary>
    /// Nesting of native operations that recurse into their operands (repr, str, rich comparison):
    /// CPython's C recursion counter (c_recursion_remaining), see <see cref="EnterNativeRecursion"/>.
    /// </summary>
    public int NativeRecursionDepth;
    /// <summary>CPython 3.13's Py_C_RECURSION_LIMIT on Linux: a 100,000-deep list's repr stops here.</summary>
    public const int NativeRecursionLimit = 10000;
    /// <summary>
    /// What one entry of the eval loop (Interpreter.Run: a Python function called from a builtin,
    /// a generator resumed by one) adds to <see cref="NativeRecursionDepth"/>, as CPython 3.13's
    /// eval loop takes PY_EVAL_C_STACK_UNITS of its C recursion budget: so recursion through a
    /// builtin (sorted(key=f) where f sorts again) raises RecursionError after at most 5,000 nested
    /// entries whatever sys.setrecursionlimit says. Without it only the 1 GiB stack stopped it, at
    /// ~225,000 entries: 1.6 GB resident, and each .NET GC walked every nested frame (~1 s a GC at
    /// that depth), 6-10 s of CPU before the RecursionError.
    /// </summary>
    public const int EvalEntryUnits = 2;
    /// <summary>
    /// The .NET nesting of calls that the eval loop would have made inline (no .NET frame, nothing
    /// added to <see cref="NativeRecursionDepth"/>) but that the baseline compiler's code makes through
    /// a .NET call (Runtime/Compiler/Interpreter.JitCalls.cs: a compiled frame calling a Python
    /// function, a compiled body entered from the eval loop): <see cref="EvalEntryUnits"/> each. Kept
    /// apart from NativeRecursionDepth so that recursion through a builtin reaches RecursionError at
    /// the interpreter's depth; the two together bound how deep compiled code nests on the .NET stack.
    /// </summary>
    public int JitNativeDepth;
    /// <summary>sys.set_asyncgen_hooks' firstiter and finalizer of this thread (counted), or null.</summary>
    public PyObject? AsyncGenFirstIter, AsyncGenFinalizer;
    /// <summary>The exception being handled (sys.exc_info()), or null.</summary>
    public PyObject? HandledException;
    /// <summary>The exception in flight out of a Python frame (set when a frame returns null).</summary>
    public PyObject? CurrentException;

    /// <summary>A native's raise without a .NET throw (NativeFn's contract): the exception is
    /// pending in <see cref="CurrentException"/> and the native returns this null.</summary>
    public PyObject? RaisePending(Vm.Objects.PyException e)
    {
        CurrentException = e.Value;
        return null;
    }
    /// <summary>The exception to raise asynchronously at the next eval-breaker check.</summary>
    public PyObject? AsyncException;
    /// <summary>The innermost executing frame.</summary>
    /// <remarks>
    /// Kept as the index of its frame-pool entry while the innermost frame is a pooled one
    /// (<see cref="EnterCurrentFrame"/>: the eval loop's inline calls and returns), else as a
    /// reference: an int store instead of a reference store and its GC write barrier, twice per
    /// call (measured: two more reference stores per call made fib ~9% slower). It holds because a
    /// frame's <see cref="Frame.PoolSlot"/> names the pool entry that holds it, or is -1: a frame
    /// leaves the pool (RentOtherFrame) only with its slot cleared, and the current frame is then
    /// kept as a reference first. Written by this thread only; read by others only while the
    /// world is stopped (the cycle collector).
    /// </remarks>
    public Frame? Frame
    {
        get => _currentSlot >= 0 ? _framePool[_currentSlot] : _currentFrame;
        set
        {
            _currentFrame = value;
            _currentSlot = -1;
        }
    }
    /// <summary><see cref="Frame"/> when <see cref="_currentSlot"/> is -1 (else stale).</summary>
    private Frame? _currentFrame;
    /// <summary>The pool entry holding <see cref="Frame"/>, or -1.</summary>
    private int _currentSlot = -1;

    /// <summary>Frame = f, without a reference store for a pooled frame.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void EnterCurrentFrame(Frame f)
    {
        int slot = f.PoolSlot;
        if (slot >= 0) _currentSlot = slot;
        else Frame = f;
    }
    /// <summary>Whether <paramref name="f"/> is <see cref="Frame"/>, without loading a pooled current
    /// frame from the pool: a pooled frame is current exactly when its PoolSlot is the current slot
    /// (see Frame), any other only when no slot is current and it is the reference kept.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool IsCurrentFrame(Frame f)
    {
        int slot = f.PoolSlot;
        return slot >= 0 ? _currentSlot == slot : _currentSlot < 0 && ReferenceEquals(_currentFrame, f);
    }
    /// <summary>GIL or free-threaded state for this thread.</summary>
    public ThreadBackendState? Backend;
    /// <summary>The Python-visible thread ident (threading.get_ident()).</summary>
    public long Ident;
    private int _nativeId;
    /// <summary>The OS thread id (threading.get_native_id()): computed on first read, which the
    /// thread itself makes (get_native_id runs on the calling thread), not its creator.</summary>
    public int NativeId => _nativeId != 0 ? _nativeId : (_nativeId = OsThread.CurrentId());
    /// <summary>threading.local storage: one dict per local object.</summary>
    public Dictionary<PyObject, PyObject>? LocalDicts;
    /// <summary>This thread's pool of list item arrays (Pools/ItemArrayPool.cs; only this thread touches it).</summary>
    internal readonly Pools.ItemArrayPool ItemArrays = new();
    /// <summary>Scratch list reused by deallocation.</summary>
    internal List<PyObject>? DeallocScratch;
    internal int DeallocDepth;
    /// <summary>This thread's pool of dict table arrays (Runtime/Pools/DictTablePool.cs; made at its first use).</summary>
    internal DictTablePool? DictTables;
    /// <summary>Cycle-collector candidates buffered by this thread (Gc/GcCandidates.cs); read by
    /// other threads only while the world is stopped.</summary>
    internal List<PyObject>? GcCandidates;
    /// <summary>Young objects counted by this thread and not yet added to GcState.Young (Gc/GcCandidates.cs).</summary>
    internal int GcYoungLocal;
    /// <summary>Buffered objects this thread freed by counting since its buffer was last compacted (Gc/GcCandidates.cs).</summary>
    internal int GcBufferedFreed;
    /// <summary>Reusable frames by call depth (see <see cref="Frame"/>), <see cref="FramePoolWays"/> per
    /// depth (entries w * d .. w * d + w - 1); touched by this thread only.</summary>
    /// <remarks>Several, so that a caller alternating between a few functions (a getter and a setter,
    /// f and g in a loop, oop's deposit, withdraw and balance) finds a frame already set up for each:
    /// taking over a frame of another function (Frame.Retarget) cost ~5 ns per call (three reference
    /// stores, each with the GC's write barrier, and a call). Two were too few for methods that call
    /// a getter and a setter (oop.py: Retarget and RentOtherFrame 3.6% of its thread time). RentFrame
    /// tries the first two inline; RentOtherFrame the others, then takes one over.</remarks>
    private readonly Frame?[] _framePool = new Frame?[FramePoolWays * FramePoolDepth];
    /// <summary>By depth: which of its pooled frames a call of a function none of them is set up for
    /// takes over next (round robin: the one set up longest ago).</summary>
    private readonly byte[] _framePoolVictim = new byte[FramePoolDepth];
    private const int FramePoolWays = 4;
    private const int FramePoolDepth = 64;
    /// <summary>Per-thread data of an embedding host (limit accounting); the VM never reads it.</summary>
    public object? HostData;
    /// <summary>A cold object that a thread started by _thread allocates before anything else (ThreadModule.StartThread),
    /// kept for the thread's life and never read. Without it two threads' objects that each writes on every step could
    /// share a cache line (most likely the GC compacting the survivors of both threads' first allocations next to each
    /// other): thread_local_read's two threads took 1.35-2x the CPU of one in 13 of 20 kernels, and in 0 of 19 with the
    /// guard (docs/ft-scaling.md; which two objects it was is not known).</summary>
    internal byte[]? SpacingGuard;

    public PyThreadState(PyRuntime rt, int id)
    {
        Rt = rt;
        Id = id;
        Ident = Environment.CurrentManagedThreadId;
    }

    /// <summary>
    /// A frame for a call of the plain (non-generator) function <paramref name="func"/> (its code
    /// <paramref name="code"/>, read once by the caller) made at the current depth: a pooled frame
    /// of this depth that last ran this code if nothing kept it (the first two tried here), else the
    /// next one round robin, set up anew, or a new frame that takes its place. Returned frames are
    /// released by Interpreter.Run.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Frame RentFrame(PyFunction func, PyCode code)
    {
        int d = RecursionDepth;
        var pool = _framePool;
        int i = FramePoolWays * d;
        Frame? f;
        if ((uint)(i + 1) < (uint)pool.Length
            && ((f = pool[i]) != null && ReferenceEquals(f.Code, code) || (f = pool[++i]) != null && ReferenceEquals(f.Code, code))
            && !f.Escaped && !f.Rented)
            f.Reinit(func, code);
        else f = RentOtherFrame(func, code, d);
        f.Rented = true;
        return f;
    }

    /// <summary>RentFrame's slow path: another pooled frame of depth <paramref name="d"/> already set
    /// up for this code, else the next one round robin set up for it, or a new frame that takes its
    /// place (none past the pool's depth).</summary>
    private Frame RentOtherFrame(PyFunction func, PyCode code, int d)
    {
        if ((uint)d >= FramePoolDepth) return new Frame(code, func, func.Globals, func.Builtins, null);
        int first = FramePoolWays * d;
        Frame? f;
        for (int w = 2; w < FramePoolWays; w++)
        {
            f = _framePool[first + w];
            if (f != null && ReferenceEquals(f.Code, code) && !f.Escaped && !f.Rented)
            {
                f.Reinit(func, code);
                return f;
            }
        }
        int v = _framePoolVictim[d];
        _framePoolVictim[d] = (byte)((v + 1) % FramePoolWays);
        int i = first + v;
        f = _framePool[i];
        if (f != null && !f.Escaped && !f.Rented) f.Reinit(func, code);
        else
        {
            if (f != null)
            {
                // f leaves the pool (see Frame): if current it is kept as a reference from now on.
                if (_currentSlot == i) Frame = f;
                f.PoolSlot = -1;
            }
            _framePool[i] = f = new Frame(code, func, func.Globals, func.Builtins, null) { PoolSlot = i };
        }
        return f;
    }

    /// <summary>The monitor an interruptible wait of this thread (time.sleep, lock acquire) is
    /// blocked on, so an interrupt can wake it. The waiter publishes it with a full fence and then
    /// re-checks <see cref="InterruptPending"/>; the interrupter sets its bit with a full fence and
    /// then reads this field: one of the two always sees the other (no lost wake-up).</summary>
    public object? WaitingOn;

    /// <summary>An asynchronous exception or a host cancel is pending: interruptible waits give up.</summary>
    public bool InterruptPending => (Volatile.Read(ref EvalBreaker) & (EvalBreakerBits.AsyncException | EvalBreakerBits.Cancel)) != 0;

    /// <summary>Wakes this thread if it is blocked in an interruptible wait (call after setting an interrupt bit).</summary>
    public void WakeInterruptibleWait()
    {
        var m = Volatile.Read(ref WaitingOn);
        if (m == null) return;
        lock (m) Monitor.PulseAll(m);
    }

    /// <summary>
    /// Py_EnterRecursiveCall: counts one more level of native recursion and raises RecursionError
    /// ("maximum recursion depth exceeded" + <paramref name="where"/>) past the limit or when the
    /// .NET stack runs low. Pair every successful call with <see cref="LeaveNativeRecursion"/>.
    /// </summary>
    public void EnterNativeRecursion(string where)
    {
        if (++NativeRecursionDepth > NativeRecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            NativeRecursionDepth--;
            throw Rt.Error("RecursionError", "maximum recursion depth exceeded" + where);
        }
    }

    public void LeaveNativeRecursion() => NativeRecursionDepth--;

    /// <summary>
    /// RuntimeHelpers.TryEnsureSufficientExecutionStack for the eval loop's entry (Interpreter.Run),
    /// without its native call (a thread-local lookup in the runtime: ~3% of a generator resume or
    /// a key function's call) once the thread has been this deep before. The check answers "at least
    /// N bytes of stack remain below here"; the stack grows down, so a success at an address also
    /// holds at every address above it on the same thread: <see cref="_stackCheckedFloor"/> is the
    /// lowest address that succeeded on thread <see cref="_stackCheckedThread"/> (a thread state
    /// used from another thread starts over). Deeper than that, the runtime is asked.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal unsafe bool HasStackRoom()
    {
        byte probe;
        nuint here = (nuint)(&probe);
        if (here >= _stackCheckedFloor && _stackCheckedThread == Environment.CurrentManagedThreadId) return true;
        return CheckStackRoom(here);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool CheckStackRoom(nuint here)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        int thread = Environment.CurrentManagedThreadId;
        if (_stackCheckedThread != thread)
        {
            _stackCheckedThread = thread;
            _stackCheckedFloor = here;
        }
        else if (here < _stackCheckedFloor) _stackCheckedFloor = here;
        return true;
    }

    private nuint _stackCheckedFloor = nuint.MaxValue;
    private int _stackCheckedThread;

    public void SetEvalBreakerBit(int bit) => Interlocked.Or(ref EvalBreaker, bit);
    public void ClearEvalBreakerBit(int bit) => Interlocked.And(ref EvalBreaker, ~bit);
}
