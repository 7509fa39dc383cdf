// A test-only copy of src/Vm.Shared/Concurrency/LockCore.cs (spin, park detached, re-try
// attached, release that pulses only when somebody is parked) with exactly one seeded defect
// chosen by LockDefect. With LockDefect.None it behaves like the production lock (the seeded
// tests run it too, to show that the copy is faithful and the defect is what Coyote finds).
// Deadlines are simplified: a timed park waits at most once, and the seam decides whether the
// time ran out.
using Vm.Concurrency;
using Vm.ConcurrencyTests.Locks;
using Vm.Runtime;
using Monitor = System.Threading.Monitor;

namespace Vm.ConcurrencyTests.SeededBugs;

public enum LockDefect
{
    None,
    /// <summary>Release reads the parked count before freeing the word: a parker that announces
    /// itself in between is never pulsed (lost wake-up).</summary>
    ReleaseReadsWaitersFirst,
    /// <summary>A parker sleeps without re-checking the word under the monitor: a release between
    /// its failed CAS and its sleep is missed (lost wake-up).</summary>
    ParkWithoutRecheck,
    /// <summary>The spin takes a free lock with a read then a write instead of one CAS: two
    /// spinners can both take it.</summary>
    SpinWithoutCas,
}

public sealed class SeededLockCore : ILockModel
{
    private readonly LockDefect _defect;
    private int _state;
    private int _waiters;
    private readonly object _monitor = new();

    public SeededLockCore(LockDefect defect) { _defect = defect; }

    private bool TryAcquire() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    public bool Acquire<TPark>(PyThreadState ts, double timeoutSeconds, IWaitSeam seam, bool interruptible) where TPark : struct, IParkPolicy
    {
        if (TryAcquire()) return true;
        if (TPark.Spins)
        {
            for (int i = 0; i < LockCore.SpinLimit && Volatile.Read(ref _waiters) == 0; i++)
            {
                Thread.Yield();
                if (_defect == LockDefect.SpinWithoutCas)
                {
                    if (Volatile.Read(ref _state) == 0)
                    {
                        Volatile.Write(ref _state, 1);
                        return true;
                    }
                }
                else if (TryAcquire()) return true;
            }
        }
        bool timed = timeoutSeconds >= 0;
        while (true)
        {
            bool woken;
            TPark.Detach(ts);
            try
            {
                woken = Park(interruptible ? ts : null, timed, seam);
            }
            finally
            {
                TPark.Attach(ts);
            }
            if (TryAcquire()) return true;
            if (!woken) return false;
        }
    }

    // True when woken (re-try), false when timed out or interrupted.
    private bool Park(PyThreadState? ts, bool timed, IWaitSeam seam)
    {
        Interlocked.Increment(ref _waiters);
        try
        {
            lock (_monitor)
            {
                if (ts != null) Interlocked.Exchange(ref ts.WaitingOn, _monitor);
                try
                {
                    if (_defect != LockDefect.ParkWithoutRecheck && Volatile.Read(ref _state) == 0) return true;
                    if (ts != null && ts.InterruptPending) return false;
                    bool signalled = seam.Wait(_monitor, timed ? 1 : -1);
                    return signalled || !timed;
                }
                finally
                {
                    if (ts != null) Volatile.Write(ref ts.WaitingOn, null);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiters);
        }
    }

    public void Release()
    {
        if (_defect == LockDefect.ReleaseReadsWaitersFirst)
        {
            bool parked = Volatile.Read(ref _waiters) > 0;
            if (Interlocked.Exchange(ref _state, 0) == 0) throw new InvalidOperationException("release unlocked lock");
            if (parked)
            {
                lock (_monitor) Monitor.Pulse(_monitor);
            }
            return;
        }
        if (Interlocked.Exchange(ref _state, 0) == 0) throw new InvalidOperationException("release unlocked lock");
        if (Volatile.Read(ref _waiters) > 0)
        {
            lock (_monitor) Monitor.Pulse(_monitor);
        }
    }
}
