// threading.Condition never loses a notify() to a waiter whose timeout runs out at the same moment:
// notify() takes the chosen waiters' tickets out of the waiter list under the condition's lock,
// and a timed-out waiter that finds its ticket gone counts itself as woken (wait() returns True).
// Many short timed waits race with notify(n) on both backends; every ticket handed out must come
// back as exactly one True from wait(). (CPython 3.13's Condition can lose such a notify.)
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Threading;

public sealed class ConditionNotifyTests
{
    public static TheoryData<string> Backends => Vm.Tests.Hosting.EngineBasicsTests.Backends;

    private const string Program = """
        import threading, time
        cond = threading.Condition(threading.Lock())
        woken = 0       # both counters change only under cond's lock
        handed = 0
        ROUNDS = 300
        TIMEOUTS = [0, 0.0002, 0.0005, 0.001]

        def waiter(seed):
            global woken
            for i in range(ROUNDS):
                with cond:
                    if cond.wait(TIMEOUTS[(seed + i) % len(TIMEOUTS)]):
                        woken += 1

        done = threading.Event()

        def notifier():
            global handed
            n = 0
            while not done.is_set():
                with cond:
                    waiting = len(cond._waiters)
                    k = n % 3 + 1
                    cond.notify(k)
                    handed += min(k, waiting)
                n += 1
                time.sleep(0)

        waiters = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
        nt = threading.Thread(target=notifier)
        for t in waiters:
            t.start()
        nt.start()
        for t in waiters:
            t.join()
        done.set()
        nt.join()
        verdict = "ok" if woken == handed else f"woken {woken}, handed {handed}"
        """;

    [Theory, MemberData(nameof(Backends))]
    public void EveryHandedOutTicketWakesItsWaiter(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute(Program, "condition_notify.py");
        Assert.Equal("ok", engine.Evaluate("verdict") as string);
    }
}
