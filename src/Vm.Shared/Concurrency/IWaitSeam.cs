namespace Vm.Concurrency;

/// <summary>
/// The one seam every timed wait goes through (COYOTE.md, "Timed waits"). Production waits on the
/// monitor; the Coyote tests substitute a seam that releases the monitor, yields to the scheduler
/// and returns "timed out" or "signalled" at random. Callers always loop on their condition, so a
/// "signalled" answer is only a spurious wake-up.
/// </summary>
public interface IWaitSeam
{
    /// <summary>The caller holds <paramref name="monitor"/>. Returns true if signalled, false on timeout.</summary>
    bool Wait(object monitor, int timeoutMs);
}

/// <summary>Monitor.Wait with a timeout.</summary>
public sealed class MonitorWaitSeam : IWaitSeam
{
    public bool Wait(object monitor, int timeoutMs) =>
        timeoutMs < 0 ? Monitor.Wait(monitor) : Monitor.Wait(monitor, timeoutMs);
}
