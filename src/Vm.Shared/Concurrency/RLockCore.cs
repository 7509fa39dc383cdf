// The lock behind _thread.RLock / threading.RLock (CPython: Modules/_threadmodule.c rlock_*).
//
// Design: a LockCore plus an owner (the owning thread state's Id, 0 = none) and a recursion
// count. Only the owner changes the count, and only the owner sets the owner field to or from
// its own id, so a thread asking "do I own it?" reads an exact answer with a single Volatile
// load. Re-acquiring by the owner never touches the underlying lock; the last release frees it.
// Blocking waits happen in LockCore.Acquire: an attached caller passes its park policy
// (DetachWhileParked<TSync>), which detaches only while parked; the old overloads without one
// are for callers that are detached already. threading.Condition uses
// ReleaseSave / AcquireRestore (_release_save / _acquire_restore) to give the lock up entirely
// while it waits, whatever the recursion depth, and to restore that depth afterwards.
// Built only from Monitor, Interlocked and Volatile (through LockCore).
using Vm.Runtime;

namespace Vm.Concurrency;

/// <summary>What <see cref="RLockCore.ReleaseSave"/> returns: the recursion depth and owner to restore.</summary>
public readonly record struct RLockSavedState(long Count, int OwnerId);

public sealed class RLockCore
{
    private readonly LockCore _lock = new();
    private int _owner;   // owning PyThreadState.Id, 0 when free (Volatile)
    private long _count;  // recursion depth, touched only by the owner

    /// <summary>The owning thread state's Id, or 0 (a racy snapshot unless asked by the owner).</summary>
    public int OwnerId => Volatile.Read(ref _owner);

    /// <summary>True while some thread holds the lock (a racy snapshot).</summary>
    public bool Locked => _lock.Locked;

    /// <summary>rlock._is_owned(): held by <paramref name="ts"/>.</summary>
    public bool IsOwned(PyThreadState ts) => Volatile.Read(ref _owner) == ts.Id;

    /// <summary>rlock._recursion_count(): the depth if ts owns the lock, else 0.</summary>
    public long RecursionCount(PyThreadState ts) => IsOwned(ts) ? _count : 0;

    /// <summary>Never blocks: re-entry by the owner, or one attempt at the free lock.</summary>
    public bool TryAcquire(PyThreadState ts)
    {
        if (IsOwned(ts))
        {
            Reenter();
            return true;
        }
        if (!_lock.TryAcquire()) return false;
        SetOwner(ts.Id, 1);
        return true;
    }

    /// <summary>
    /// rlock.acquire(blocking, timeout) for a caller already detached: see
    /// <see cref="LockCore.Acquire(PyThreadState?, bool, double, IWaitSeam, bool)"/> for the arguments.
    /// </summary>
    public bool Acquire(PyThreadState ts, bool blocking, double timeoutSeconds, IWaitSeam seam, bool interruptible = false) =>
        Acquire<LockCore.StayDetached>(ts, blocking, timeoutSeconds, seam, interruptible);

    /// <summary>rlock.acquire(blocking, timeout) for an attached caller, detaching only while parked (<typeparamref name="TPark"/>).</summary>
    public bool Acquire<TPark>(PyThreadState ts, bool blocking, double timeoutSeconds, IWaitSeam seam, bool interruptible = false)
        where TPark : struct, IParkPolicy
    {
        if (IsOwned(ts))
        {
            Reenter();
            return true;
        }
        if (!_lock.Acquire<TPark>(ts, blocking, timeoutSeconds, seam, interruptible)) return false;
        SetOwner(ts.Id, 1);
        return true;
    }

    /// <summary>
    /// rlock.release(). Throws <see cref="InvalidOperationException"/> if <paramref name="ts"/>
    /// does not own the lock (the caller raises RuntimeError "cannot release un-acquired lock").
    /// </summary>
    public void Release(PyThreadState ts)
    {
        if (!IsOwned(ts))
            throw new InvalidOperationException("cannot release un-acquired lock");
        if (--_count == 0)
        {
            Volatile.Write(ref _owner, 0);
            _lock.Release();
        }
    }

    /// <summary>
    /// rlock._release_save(): releases the lock completely, whatever the depth, and returns the
    /// state to restore. Throws <see cref="InvalidOperationException"/> if ts does not own it.
    /// </summary>
    public RLockSavedState ReleaseSave(PyThreadState ts)
    {
        if (!IsOwned(ts) || _count == 0)
            throw new InvalidOperationException("cannot release un-acquired lock");
        var saved = new RLockSavedState(_count, _owner);
        _count = 0;
        Volatile.Write(ref _owner, 0);
        _lock.Release();
        return saved;
    }

    /// <summary>The non-blocking half of rlock._acquire_restore(state): true if restored.</summary>
    public bool TryAcquireRestore(RLockSavedState state)
    {
        if (!_lock.TryAcquire()) return false;
        SetOwner(state.OwnerId, state.Count);
        return true;
    }

    /// <summary>rlock._acquire_restore(state) for a caller already detached: waits for the lock and restores depth and owner.</summary>
    public void AcquireRestore(PyThreadState ts, RLockSavedState state, IWaitSeam seam) =>
        AcquireRestore<LockCore.StayDetached>(ts, state, seam);

    /// <summary>rlock._acquire_restore(state) for an attached caller, detaching only while parked.</summary>
    public void AcquireRestore<TPark>(PyThreadState ts, RLockSavedState state, IWaitSeam seam) where TPark : struct, IParkPolicy
    {
        _lock.Acquire<TPark>(ts, blocking: true, timeoutSeconds: -1, seam);
        SetOwner(state.OwnerId, state.Count);
    }

    private void Reenter()
    {
        if (_count == long.MaxValue)
            throw new OverflowException("Internal lock count overflowed");
        _count++;
    }

    // Called with the underlying lock just acquired: the count first, so the owner never sees a
    // stale count once it reads its own id.
    private void SetOwner(int ownerId, long count)
    {
        _count = count;
        Volatile.Write(ref _owner, ownerId);
    }
}
