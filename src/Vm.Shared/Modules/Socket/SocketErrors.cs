// The exceptions the socket and select modules raise: OSError(errno, strerror), which the
// OSError constructor turns into its PEP 3151 subclass (ConnectionRefusedError for ECONNREFUSED,
// BlockingIOError for EAGAIN, ...), and TimeoutError('timed out') when a socket timeout passes.
using System.Runtime.InteropServices;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

internal static class SocketErrors<TSync> where TSync : struct, ISyncPolicy
{
    public static PyException FromErrno(PyThreadState ts, int errno) =>
        IoModule<TSync>.OsError(ts, "OSError", errno, OsModule<TSync>.StrError(errno), null);

    /// <summary>The error of the libc call that just failed.</summary>
    public static PyException Last(PyThreadState ts) => FromErrno(ts, Marshal.GetLastPInvokeError());

    /// <summary>OSError(message) with no errno.</summary>
    public static PyException Error(PyThreadState ts, string message) => ts.Rt.Error("OSError", message);

    public static PyException TimedOut(PyThreadState ts) => ts.Rt.Error("TimeoutError", "timed out");
}
