// The state of one _socket.socket: its fd, family/type/proto and timeout mode.
//
// Thread safety (free-threaded backend; under the GIL the same code is simply uncontended):
// - Fd and the timeout are read without a lock (Volatile) at the start of each call: a call works
//   on the fd it read, as CPython's does (a socket closed by another thread meanwhile makes that
//   call fail with EBADF, or act on a reused fd number, as in CPython).
// - Changes (close, detach, settimeout/setblocking, connect's temporary O_NONBLOCK) happen under
//   Gate, a plain monitor held for a few non-blocking system calls only: never while waiting, never
//   around Python code. So the timeout field and the fd's O_NONBLOCK flag change together, and
//   close/detach hand the fd to exactly one caller (close of a closed socket closes nothing).
namespace Vm.Modules.Socket;

internal sealed class SocketState
{
    public readonly object Gate = new();
    private int _fd = -1;
    private double _timeout = -1;
    public int Family, Type, Proto;

    /// <summary>The fd, or -1 once closed or detached.</summary>
    public int Fd => Volatile.Read(ref _fd);

    /// <summary>Negative: blocking (timeout None); 0: non-blocking; else seconds.</summary>
    public double Timeout => Volatile.Read(ref _timeout);

    /// <summary>Takes a fresh fd (construction, before the object is shared).</summary>
    public void Open(int fd, int family, int type, int proto, double timeout)
    {
        lock (Gate)
        {
            _fd = fd;
            Family = family;
            Type = type;
            Proto = proto;
            _timeout = timeout;
        }
    }

    /// <summary>Gives up the fd: the caller closes it (close) or keeps it (detach); -1 if there was none.</summary>
    public int TakeFd()
    {
        lock (Gate) return Interlocked.Exchange(ref _fd, -1);
    }

    /// <summary>Sets the timeout mode and the fd's O_NONBLOCK flag to match (set when there is any timeout,
    /// as CPython does); the errno of a failed fcntl, else 0.</summary>
    public int SetTimeout(double timeout)
    {
        lock (Gate)
        {
            Volatile.Write(ref _timeout, timeout);
            if (_fd < 0) return 0;
            return PosixNative.SetNonBlocking(_fd, timeout >= 0) < 0 ? PosixNative.Errno : 0;
        }
    }

    /// <summary>Sockets left unclosed by the program close when .NET collects their state (CPython closes
    /// them when the object dies).</summary>
    ~SocketState()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0) PosixNative.Close(fd);
    }
}
