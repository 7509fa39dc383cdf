// A test-only copy of src/Vm.Gil/Gil.cs (take, drop, drop-for-switch with forced switching, the
// timed wait that sets the drop request) plus GilSync.HandleEvalBreaker, with exactly one seeded
// defect chosen by GilDefect. With GilDefect.None it behaves like the production GIL (the
// scenarios run it too, to show that the copy is faithful and the defect is what Coyote finds).
using Vm.Concurrency;
using Vm.ConcurrencyTests.Gil;
using Vm.Runtime;
using Monitor = System.Threading.Monitor;

namespace Vm.ConcurrencyTests.SeededBugs;

public enum GilDefect
{
    None,
    /// <summary>DropForSwitch releases the GIL but does not wait for a waiter to take it: the holder can win it straight back (starvation).</summary>
    NoForcedSwitching,
    /// <summary>The eval loop's eval-breaker check ignores the drop-request bit: the holder never gives the GIL away.</summary>
    DropRequestIgnored,
}

public sealed class SeededGil : IGilModel
{
    private readonly GilDefect _defect;
    private readonly IWaitSeam _seam;
    private readonly object _mutex = new();
    private readonly object _switchMutex = new();
    private bool _locked;
    private PyThreadState? _lastHolder;
    private long _switchNumber;
    private long _acquisitions;
    private int _waiters;
    private long _intervalMicros = 5000;

    public SeededGil(GilDefect defect, IWaitSeam seam)
    {
        _defect = defect;
        _seam = seam;
    }

    public void Take(PyThreadState ts)
    {
        lock (_mutex)
        {
            bool waited = false;
            if (_locked)
            {
                Interlocked.Increment(ref _waiters);
                waited = true;
                while (_locked)
                {
                    long saved = _switchNumber;
                    bool signalled = _seam.Wait(_mutex, (int)Math.Max(1, Volatile.Read(ref _intervalMicros) / 1000));
                    if (!signalled && _locked && _switchNumber == saved)
                        _lastHolder?.SetEvalBreakerBit(EvalBreakerBits.GilDropRequest);
                }
            }
            if (ReferenceEquals(_lastHolder, ts))
            {
                Volatile.Write(ref _locked, true);
            }
            else
            {
                lock (_switchMutex)
                {
                    Volatile.Write(ref _locked, true);
                    Volatile.Write(ref _lastHolder, ts);
                    _switchNumber++;
                    Monitor.PulseAll(_switchMutex);
                }
            }
            _acquisitions++;
            if (waited) Interlocked.Decrement(ref _waiters);
            if ((Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.GilDropRequest) != 0)
                ts.ClearEvalBreakerBit(EvalBreakerBits.GilDropRequest);
        }
    }

    private long Release(PyThreadState ts, out bool hadWaiters)
    {
        lock (_mutex)
        {
            if (!_locked || !ReferenceEquals(_lastHolder, ts))
                throw new InvalidOperationException("GIL: Drop by a thread that does not hold it");
            Volatile.Write(ref _locked, false);
            hadWaiters = _waiters > 0;
            Monitor.Pulse(_mutex);
            return _switchNumber;
        }
    }

    public void Drop(PyThreadState ts) => Release(ts, out _);

    private void DropForSwitch(PyThreadState ts)
    {
        ts.ClearEvalBreakerBit(EvalBreakerBits.GilDropRequest);
        long atRelease = Release(ts, out bool hadWaiters);
        if (!hadWaiters) return;
        if (_defect == GilDefect.NoForcedSwitching) return; // SEEDED BUG: no wait on switch_cond
        lock (_switchMutex)
        {
            while (_switchNumber == atRelease && Volatile.Read(ref _waiters) > 0)
                Monitor.Wait(_switchMutex);
        }
    }

    public void HandleEvalBreaker(PyThreadState ts)
    {
        if (_defect == GilDefect.DropRequestIgnored) return; // SEEDED BUG: the eval loop never looks at the bit
        if ((Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.GilDropRequest) == 0) return;
        DropForSwitch(ts);
        Take(ts);
    }

    public void Detach(PyThreadState ts) => Drop(ts);

    public void Attach(PyThreadState ts) => Take(ts);

    public bool IsHeldBy(PyThreadState ts) => Volatile.Read(ref _locked) && ReferenceEquals(Volatile.Read(ref _lastHolder), ts);

    public long Switches
    {
        get { lock (_mutex) return _switchNumber; }
    }

    public long Acquisitions
    {
        get { lock (_mutex) return _acquisitions; }
    }

    public int Waiters => Volatile.Read(ref _waiters);

    public void SetSwitchInterval(double seconds)
    {
        Volatile.Write(ref _intervalMicros, (long)(seconds * 1e6));
        lock (_mutex) Monitor.PulseAll(_mutex);
    }
}
