// A socket call that waits detaches its thread: on the GIL backend the GIL is released, so other
// Python threads run while one waits in accept() (FdWait, SocketCalls).
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Runtime;
using Xunit;

namespace Vm.Tests.Modules.Socket;

public sealed class SocketBlockingTests
{
    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void AThreadBlockedInAcceptLetsAnotherThreadCount(string backend)
    {
        // The acceptor waits up to 30 s. If accept() held the GIL, the main thread could not return
        // from its sleep or count until that wait ended in a timeout: the acceptor would then
        // report ("timed out", 0). Released, the main thread counts to the end while the acceptor
        // waits, then connects, and the acceptor sees the whole count.
        var (rt, globals) = ProgramRun.RunAsMain(backend, """
            import socket, threading, time
            srv = socket.create_server(("127.0.0.1", 0))
            srv.settimeout(30)
            counter = [0]
            result = []
            entered = threading.Event()
            def acceptor():
                entered.set()
                try:
                    conn, _ = srv.accept()
                    result.append(("accepted", counter[0]))
                    conn.close()
                except TimeoutError:
                    result.append(("timed out", counter[0]))
            t = threading.Thread(target=acceptor)
            t.start()
            entered.wait()
            time.sleep(0.2)  # the acceptor is in accept() by now
            while counter[0] < 200000:
                counter[0] += 1
            c = socket.create_connection(srv.getsockname())
            t.join()
            c.close()
            srv.close()
            outcome = "%s %d" % result[0]
            """, "<accept>");
        var outcome = (PyStr)globals.GetStr(rt.Intern("outcome"))!;
        Assert.Equal("accepted 200000", outcome.Value);
    }
}
