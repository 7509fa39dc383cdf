// Ctrl-C. The host (pyvm registers SIGINT) calls DeliverKeyboardInterrupt from its signal thread:
// the main thread raises KeyboardInterrupt at its next eval-breaker check, and if it is blocked in
// an interruptible wait (time.sleep, a lock or RLock acquire, so also Event/Condition waits and
// queue gets) that wait is woken and raises at once -- what CPython's signal handler and EINTR do.
using Vm.Objects;

namespace Vm.Runtime;

public abstract partial class PyRuntime
{
    /// <summary>What SIGINT does: KeyboardInterrupt in the main thread, waking it from an interruptible wait.</summary>
    public void DeliverKeyboardInterrupt()
    {
        var main = MainThread;
        Interlocked.CompareExchange(ref main.AsyncException, ExceptionTypes["KeyboardInterrupt"], null);
        main.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
        main.WakeInterruptibleWait();
    }
}
