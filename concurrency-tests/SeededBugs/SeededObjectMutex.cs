// A test-only copy of the object mutex's slow path (src/Vm.FreeThreaded/ObjectMutex.cs: spin, park detached on
// the bucket's monitor after setting the waiters bit, take the mutex as "locked" again after a wake-up, unlock
// that wakes the bucket when the bit was set) on a word of its own (Guarded.SeededWord) and one bucket, with one
// seeded defect chosen by MutexDefect. With MutexDefect.None it behaves like the production mutex (its test runs
// it too, to show that the copy is faithful and the defect is what Coyote finds).
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.FreeThreaded;
using Vm.Runtime;
using Monitor = System.Threading.Monitor;

namespace Vm.ConcurrencyTests.SeededBugs;

public enum MutexDefect
{
    None,
    /// <summary>The unlock wakes one sleeper of the bucket (Pulse) instead of all: as a woken waiter takes the mutex
    /// without the waiters bit, a sleeper left behind (the other object's, or a second one of this object) is never
    /// woken (lost wake-up).</summary>
    UnlockWakesOne,
}

public sealed class SeededObjectMutex(MutexDefect defect) : IObjectMutex
{
    private const int Locked = 1, Waiters = 2;
    private const int SpinRounds = 8;
    private readonly object _bucket = new();

    private static bool TryLock(Guarded o) => Interlocked.CompareExchange(ref o.SeededWord, Locked, 0) == 0;

    public void Lock(PyThreadState ts, Guarded o)
    {
        if (TryLock(o)) return;
        while (true)
        {
            var spinner = new SpinWait();
            for (int i = 0; i < SpinRounds; i++)
            {
                spinner.SpinOnce();
                if (TryLock(o)) return;
            }
            FreeThreadedSync.Detach(ts);
            lock (_bucket)
            {
                while (true)
                {
                    int w = Volatile.Read(ref o.SeededWord);
                    if ((w & Locked) == 0) break;
                    if (w == Locked && Interlocked.CompareExchange(ref o.SeededWord, Locked | Waiters, Locked) != Locked) continue;
                    Monitor.Wait(_bucket);
                    break;
                }
            }
            FreeThreadedSync.Attach(ts);
        }
    }

    public void Unlock(PyThreadState ts, Guarded o)
    {
        int prev = Interlocked.Exchange(ref o.SeededWord, 0);
        if ((prev & Locked) == 0) throw new InvalidOperationException("unlock of an unlocked mutex");
        if ((prev & Waiters) == 0) return;
        lock (_bucket)
        {
            if (defect == MutexDefect.UnlockWakesOne) Monitor.Pulse(_bucket);
            else Monitor.PulseAll(_bucket);
        }
    }
}
