// The timed-wait seam under Coyote (COYOTE.md, "Timed waits"). A real Monitor.Wait(m, ms) never
// times out under Coyote, so the drop-request path of the GIL and every timeout path would go
// unexplored. This seam gives the monitor up, lets the scheduler run any other thread, takes it
// back and answers "timed out" or "signalled" from Coyote's controlled random generator, so both
// answers are explored and every trace replays exactly. Callers loop on their condition, so
// "signalled" is just a spurious wake-up. An untimed wait (-1) is a real (controlled) wait.
// One instance per runtime, created inside the iteration: no static state.
using Microsoft.Coyote.Random;
using Microsoft.Coyote.Runtime;
using Vm.Concurrency;
using Monitor = System.Threading.Monitor;

namespace Vm.ConcurrencyTests.Harness;

public sealed class CoyoteWaitSeam : IWaitSeam
{
    private readonly Generator _random = Generator.Create();
    private int _timedWaits;

    /// <summary>Timed waits answered so far (a plain counter: for reports only).</summary>
    public int TimedWaits => Volatile.Read(ref _timedWaits);

    public bool Wait(object monitor, int timeoutMs)
    {
        if (timeoutMs < 0) return Monitor.Wait(monitor);
        Interlocked.Increment(ref _timedWaits);
        Monitor.Exit(monitor);
        try
        {
            SchedulingPoint.Interleave();
        }
        finally
        {
            Monitor.Enter(monitor);
        }
        return _random.NextBoolean();
    }
}
