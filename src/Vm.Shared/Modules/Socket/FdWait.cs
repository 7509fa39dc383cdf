// Waiting for file descriptors to become ready (poll(2)) without holding the thread state, in a
// way an interrupt can end: the socket module's blocking calls and timeouts, select.select,
// select.poll and select.epoll all wait here.
//
// Design note: .NET handles SIGINT and the other signals on its own thread, so a blocked poll(2)
// is not ended by EINTR the way CPython's is. The wait is therefore cut into slices of at most
// SliceMillis; between slices the thread checks ts.InterruptPending (set by Ctrl-C, a signal with
// a Python handler, a host cancel). TimeModule.ResumingAfterHandlers then raises the pending
// exception, or runs the handlers and waits again for the time left (PEP 475), as time.sleep does.
// The thread is detached for the whole wait, so other threads run on both backends.
using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Modules.Socket;

internal static class FdWait<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>The longest single poll(2): how late an interrupt is noticed at worst.</summary>
    private const int SliceMillis = 50;

    /// <summary>Polls fds for up to timeout seconds (negative: no limit); the number ready, 0 on timeout,
    /// -errno when poll(2) failed. A pending interrupt raises (or runs its handlers and goes on waiting).</summary>
    public static int Poll(PyThreadState ts, PosixNative.PollFd[] fds, double timeout)
    {
        int ready = 0;
        TimeModule<TSync>.ResumingAfterHandlers(ts, timeout, left =>
        {
            ready = PollSliced(ts, fds, left);
            return ready != 0;
        });
        return ready;
    }

    /// <summary>Waits until fd is ready for events; false when the timeout passed first.</summary>
    public static bool One(PyThreadState ts, int fd, short events, double timeout)
    {
        var p = new PosixNative.PollFd[] { new() { Fd = fd, Events = events } };
        return Poll(ts, p, timeout) != 0; // a failed poll: the call that follows reports the error
    }

    /// <summary>Detached poll in slices: the count ready (-errno: poll failed), or 0 when the time passed
    /// or an interrupt arrived.</summary>
    private static int PollSliced(PyThreadState ts, PosixNative.PollFd[] fds, double secs)
    {
        var deadline = WaitDeadline.Start(secs);
        using (new Detached<TSync>(ts))
        {
            while (true)
            {
                int ms = deadline.RemainingMillis(out _);
                int slice = ms < 0 || ms > SliceMillis ? SliceMillis : ms;
                int n = fds.Length == 0 ? SleepSlice(slice) : PosixNative.Poll(ref fds[0], (nuint)fds.Length, slice);
                if (n > 0) return n;
                if (n < 0 && PosixNative.Errno is var errno && errno != PosixNative.EIntr) return -errno;
                if (ts.InterruptPending || ms == 0 || ms == slice) return 0;
            }
        }
    }

    private static int SleepSlice(int ms)
    {
        Thread.Sleep(ms);
        return 0;
    }
}
