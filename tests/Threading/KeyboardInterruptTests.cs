using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;
using Assert = Xunit.Assert;

namespace Vm.Tests.Threading;

/// <summary>Ctrl-C (PyRuntime.DeliverKeyboardInterrupt, what pyvm's SIGINT handler calls) raises
/// KeyboardInterrupt in the main thread, waking it from a sleep or a blocked lock acquire.</summary>
public sealed class KeyboardInterruptTests
{
    /// <summary>Runs source as __main__ and delivers one interrupt each time it prints a "waiting"
    /// line (it prints one inside each try block, just before blocking).</summary>
    private static (string Stdout, int Status) RunInterrupted(string backend, string source)
    {
        var outW = new StringWriter();
        var errW = new StringWriter();
        var stdout = TextWriter.Synchronized(outW); // its methods lock the wrapper: read under that lock
        var options = new RuntimeOptions { Stdout = stdout, Stderr = errW, Stdin = new StringReader("") };
        PyRuntime rt = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        int status = -1;
        var main = new Thread(() => status = ScriptRunner.RunMain(rt, source, "<interrupt>"), ScriptRunner.BigStackSize)
        {
            IsBackground = true,
        };
        main.Start();
        // Each wait is 60 s, so the script finishing within the join below means every wait was woken.
        int delivered = 0;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (main.IsAlive && DateTime.UtcNow < deadline)
        {
            string text;
            lock (stdout) text = outW.ToString();
            int waiting = text.Split('\n').Count(l => l == "waiting");
            if (waiting > delivered)
            {
                delivered++;
                rt.DeliverKeyboardInterrupt();
            }
            main.Join(20);
        }
        Assert.False(main.IsAlive, "the main thread was not interrupted\n" + outW + errW);
        return (outW.ToString().Replace("\r\n", "\n"), status);
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void SleepIsWokenAndRaises(string backend)
    {
        var (stdout, status) = RunInterrupted(backend, """
            import time, sys
            try:
                print("waiting"); sys.stdout.flush()
                time.sleep(60)
                print("slept")
            except KeyboardInterrupt:
                print("KeyboardInterrupt in sleep")
            """);
        Assert.Equal("waiting\nKeyboardInterrupt in sleep\n", stdout);
        Assert.Equal(0, status);
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void BlockedSocketAcceptRecvAndSelectAreWoken(string backend)
    {
        var (stdout, _) = RunInterrupted(backend, """
            import socket, select, sys
            srv = socket.create_server(("127.0.0.1", 0))
            a, b = socket.socketpair()
            try:
                print("waiting"); sys.stdout.flush()
                srv.accept()
            except KeyboardInterrupt:
                print("KeyboardInterrupt in accept")
            try:
                print("waiting"); sys.stdout.flush()
                a.recv(10)
            except KeyboardInterrupt:
                print("KeyboardInterrupt in recv")
            try:
                print("waiting"); sys.stdout.flush()
                select.select([a], [], [])
            except KeyboardInterrupt:
                print("KeyboardInterrupt in select")
            """);
        Assert.Equal("waiting\nKeyboardInterrupt in accept\nwaiting\nKeyboardInterrupt in recv\nwaiting\nKeyboardInterrupt in select\n", stdout);
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void BlockedLockAcquireAndEventWaitAreWoken(string backend)
    {
        var (stdout, _) = RunInterrupted(backend, """
            import threading, sys
            lock = threading.Lock()
            lock.acquire()
            try:
                print("waiting"); sys.stdout.flush()
                lock.acquire()
            except KeyboardInterrupt:
                print("KeyboardInterrupt in acquire", lock.locked())
            try:
                print("waiting"); sys.stdout.flush()
                threading.Event().wait(60)
            except KeyboardInterrupt:
                print("KeyboardInterrupt in Event.wait")
            """);
        Assert.Equal("waiting\nKeyboardInterrupt in acquire True\nwaiting\nKeyboardInterrupt in Event.wait\n", stdout);
    }

    [Fact]
    public void UncaughtKeyboardInterruptExitsWith130()
    {
        var (stdout, status) = RunInterrupted("gil", """
            import time, sys
            print("waiting"); sys.stdout.flush()
            time.sleep(60)
            """);
        Assert.Equal(130, status);
        Assert.Equal("waiting\n", stdout);
    }
}
