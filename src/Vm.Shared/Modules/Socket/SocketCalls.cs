// How a socket call runs in each timeout mode, as CPython's documentation describes them:
// - non-blocking (timeout 0.0): one attempt; EAGAIN raises BlockingIOError;
// - timeout > 0: attempts and waits for readiness until the deadline, then TimeoutError('timed out');
// - blocking (timeout None): attempts and waits for readiness with no deadline.
// Attempts never block in the kernel: recv/send pass MSG_DONTWAIT, accept runs after poll said the
// socket is readable, and connect puts the fd in non-blocking mode for the call (CPython's blocking
// connect would hold the thread in the kernel, where Ctrl-C could not reach it here: see FdWait).
// All waiting happens in FdWait, detached and interruptible.
using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Modules.Socket;

/// <summary>One attempt of a socket call on fd: a result >= 0, or -1 with errno set.</summary>
internal delegate nint SocketAttempt(int fd);

internal static class SocketCalls<TSync> where TSync : struct, ISyncPolicy
{
    public const short Readable = PosixNative.PollIn, Writable = PosixNative.PollOut;

    /// <summary>Runs attempt in the socket's timeout mode (the deadline, when given, spans several calls:
    /// sendall). waitFirst: wait for readiness before the first attempt, which could block (accept on a
    /// blocking fd when another thread took the connection first), so attempts run detached.</summary>
    public static nint Run(PyThreadState ts, SocketState s, short events, SocketAttempt attempt,
        bool waitFirst = false, WaitDeadline? overall = null)
    {
        double timeout = s.Timeout;
        var deadline = overall ?? WaitDeadline.Start(timeout);
        bool wait = waitFirst && timeout != 0;
        while (true)
        {
            int fd = s.Fd;
            if (fd < 0) throw SocketErrors<TSync>.FromErrno(ts, PosixNative.EBadF);
            if (wait && !WaitReady(ts, fd, events, timeout, deadline)) throw SocketErrors<TSync>.TimedOut(ts);
            var (r, errno) = waitFirst ? AttemptDetached(ts, attempt, fd) : Attempt(attempt, fd);
            if (r >= 0) return r;
            if (errno == PosixNative.EIntr)
            {
                ts.Rt.RaiseAsyncIfPending(ts);
                wait = false;
                continue;
            }
            if (errno == PosixNative.EAgain && timeout != 0)
            {
                wait = true;
                continue;
            }
            throw SocketErrors<TSync>.FromErrno(ts, errno);
        }
    }

    private static (nint, int) Attempt(SocketAttempt attempt, int fd)
    {
        nint r = attempt(fd);
        return (r, r < 0 ? PosixNative.Errno : 0);
    }

    /// <summary>An attempt that may block in the kernel; errno is read before the thread attaches again.</summary>
    private static (nint, int) AttemptDetached(PyThreadState ts, SocketAttempt attempt, int fd)
    {
        using (new Detached<TSync>(ts)) return Attempt(attempt, fd);
    }

    /// <summary>Waits for events on fd within the deadline (none when timeout is negative); false when it passed.</summary>
    public static bool WaitReady(PyThreadState ts, int fd, short events, double timeout, WaitDeadline deadline)
    {
        double left = -1;
        if (timeout >= 0)
        {
            int ms = deadline.RemainingMillis(out _);
            if (ms == 0) return false;
            left = ms / 1000.0;
        }
        return FdWait<TSync>.One(ts, fd, events, left);
    }

    /// <summary>connect(2) in the socket's timeout mode: 0, or the errno it failed with (a timeout is
    /// EAGAIN when timedOutAsErrno, else it raises TimeoutError). Once the fd is writable, connect is
    /// called again for the outcome (0 or EISCONN: connected; else the error), which also leaves a
    /// refused socket ready for another connect, as a blocking connect would.</summary>
    public static int Connect(PyThreadState ts, SocketState s, byte[] sa, bool timedOutAsErrno)
    {
        int fd = s.Fd;
        double timeout = s.Timeout;
        if (fd < 0) return PosixNative.EBadF;
        bool madeNonBlocking = false;
        int errno;
        lock (s.Gate)
        {
            if (timeout < 0) madeNonBlocking = PosixNative.SetNonBlocking(fd, true) == 0;
            errno = PosixNative.Connect(fd, sa, sa.Length) == 0 ? 0 : PosixNative.Errno;
        }
        try
        {
            var deadline = WaitDeadline.Start(timeout);
            while (timeout != 0 && errno is PosixNative.EInProgress or PosixNative.EAlready or PosixNative.EIntr)
            {
                if (!WaitReady(ts, fd, Writable, timeout, deadline))
                {
                    if (timedOutAsErrno) return PosixNative.EAgain;
                    throw SocketErrors<TSync>.TimedOut(ts);
                }
                errno = PosixNative.Connect(fd, sa, sa.Length) == 0 ? 0 : PosixNative.Errno;
                if (errno == PosixNative.EIsConn) errno = 0;
            }
            return errno;
        }
        finally
        {
            if (madeNonBlocking)
                lock (s.Gate)
                    if (s.Fd == fd && s.Timeout < 0) PosixNative.SetNonBlocking(fd, false);
        }
    }
}
