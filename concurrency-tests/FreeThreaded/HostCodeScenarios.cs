// Owner-section revocation against an owner that runs host code (src/Vm.FreeThreaded/HostCode.cs),
// written against IHostCode so the same code runs on the production HostCode and on the seeded-bug
// copies (SeededBugs/SeededHostCode.cs).
//  * OwnerWaitsInHostCode: one thread owns an object (an IncRef claimed it) and runs an owner section on
//    it with an eval-breaker check inside; inside the section it calls a host function that waits (a
//    Monitor wait, no eval-breaker check) until another thread is inside a section on the object; after
//    the section, a second host function waits until every other thread has been in. The other threads
//    each take the object's section once, the first revoking the owner's bias. Without host code counting
//    as outside every section, the first revoker waits for the owner's detach and the owner for the
//    revoker: a deadlock Coyote reports; a section left open across host code loses an update or
//    deadlocks on the mutex.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Runtime;
using Monitor = System.Threading.Monitor;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface IHostCode
{
    /// <summary>A host function begins (FreeThreadedSync.EnterHostCode).</summary>
    void Enter(PyThreadState ts);
    /// <summary>It returns (FreeThreadedSync.LeaveHostCode).</summary>
    bool Leave(PyThreadState ts);
}

public sealed class RealHostCode : IHostCode
{
    public void Enter(PyThreadState ts) => FreeThreadedSync.EnterHostCode(ts);
    public bool Leave(PyThreadState ts) => FreeThreadedSync.LeaveHostCode(ts);
}

public static class HostCodeScenarios
{
    public static void OwnerWaitsInHostCode(ICriticalSections cs, IHostCode hc, int others)
    {
        var rt = MiniRuntime.FreeThreaded();
        var a = new Counted(rt.ObjType);
        var gate = new object();
        int entered = 0; // other threads that have been inside a's section (under gate)

        // A host function's wait: a .NET monitor, no eval-breaker check.
        void WaitInHostCode(int atLeast)
        {
            lock (gate)
            {
                while (entered < atLeast) Monitor.Wait(gate);
            }
        }

        Action other = () =>
        {
            var ts = rt.NewAttachedThread();
            cs.Begin(ts, a);
            lock (gate)
            {
                entered++;
                Monitor.PulseAll(gate);
            }
            a.Increment();
            cs.End(ts, a);
            cs.EvalBreakerCheck(ts);
            rt.DeleteThreadState(ts);
            FreeThreadedSync.Detach(ts);
        };
        var bodies = new Action[others + 1];
        bodies[0] = () =>
        {
            var ts = rt.NewAttachedThread();
            FreeThreadedSync.IncRef(ts, a); // claims it: this thread owns a
            cs.Begin(ts, a);
            a.Increment();
            cs.EvalBreakerCheck(ts);  // a handshake may suspend the section here
            hc.Enter(ts);             // a host function called inside the section (a key function)...
            WaitInHostCode(1);        // ...waits until another thread has been inside a's section
            Specification.Assert(hc.Leave(ts), "Leave: not in host code");
            a.Increment();            // the section is the top again: resumed
            cs.End(ts, a);
            hc.Enter(ts);             // a host function outside any section
            WaitInHostCode(others);
            hc.Leave(ts);
            cs.Begin(ts, a);
            a.Increment();
            cs.End(ts, a);
            Specification.Assert(FreeThreadedSync.ThreadStateOf(ts).CriticalSectionDepth == 0, "critical-section stack not empty");
            rt.DeleteThreadState(ts);
            FreeThreadedSync.Detach(ts);
        };
        for (int i = 1; i <= others; i++) bodies[i] = other;
        Threads.RunAll(bodies);
        Specification.Assert(a.Value == 3 + others, $"sections around host code lost updates: {a.Value} of {3 + others}");
        Specification.Assert(!ObjectMutex.IsLocked(a), "the mutex is still locked");
    }
}
