// The few libc calls multiprocessing needs and .NET does not expose: socketpair, raw fd
// read/write/poll/close, FD_CLOEXEC control (to pass chosen fds to a child), kill, and POSIX
// named semaphores (cross-process locks). Linux/glibc only ("libc.so.6").
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    private const string Libc = "libc.so.6";

    public const int AfUnix = 1, SockStream = 1, SockCloexec = 0x80000;
    public const int FGetFd = 1, FSetFd = 2, FdCloexec = 1;
    public const int OCreat = 0x40, OExcl = 0x80;
    public const int EIntr = 4, EAgain = 11, ETimedOut = 110;
    public const short PollIn = 0x1, PollErr = 0x8, PollHup = 0x10, PollNval = 0x20;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Sec;
        public long Nsec;
    }

    [LibraryImport(Libc, EntryPoint = "socketpair", SetLastError = true)]
    public static partial int SocketPair(int domain, int type, int protocol, [Out] int[] sv);

    [LibraryImport(Libc, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, ref byte buf, nint count);

    [LibraryImport(Libc, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, ref byte buf, nint count);

    [LibraryImport(Libc, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(ref PollFd fds, nuint nfds, int timeoutMs);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);

    [LibraryImport(Libc, EntryPoint = "socket", SetLastError = true)]
    public static partial int Socket(int domain, int type, int protocol);

    [LibraryImport(Libc, EntryPoint = "bind", SetLastError = true)]
    public static partial int Bind(int fd, [In] byte[] addr, int len);

    [LibraryImport(Libc, EntryPoint = "connect", SetLastError = true)]
    public static partial int Connect(int fd, [In] byte[] addr, int len);

    [LibraryImport(Libc, EntryPoint = "listen", SetLastError = true)]
    public static partial int Listen(int fd, int backlog);

    [LibraryImport(Libc, EntryPoint = "accept4", SetLastError = true)]
    public static partial int Accept4(int fd, nint addr, nint len, int flags);

    /// <summary>A sockaddr_un for a filesystem path (family AF_UNIX, NUL-terminated path).</summary>
    public static byte[] UnixAddress(string path)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(path);
        if (bytes.Length > 107) throw new ArgumentException("AF_UNIX path too long");
        var addr = new byte[2 + bytes.Length + 1];
        addr[0] = AfUnix;
        bytes.CopyTo(addr, 2);
        return addr;
    }

    [LibraryImport(Libc, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int sig);

    [LibraryImport(Libc, EntryPoint = "sem_open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint SemOpen(string name, int oflag, uint mode, uint value);

    [LibraryImport(Libc, EntryPoint = "sem_wait", SetLastError = true)]
    public static partial int SemWait(nint sem);

    [LibraryImport(Libc, EntryPoint = "sem_trywait", SetLastError = true)]
    public static partial int SemTryWait(nint sem);

    [LibraryImport(Libc, EntryPoint = "sem_timedwait", SetLastError = true)]
    public static partial int SemTimedWait(nint sem, ref TimeSpec absTimeout);

    [LibraryImport(Libc, EntryPoint = "sem_post", SetLastError = true)]
    public static partial int SemPost(nint sem);

    [LibraryImport(Libc, EntryPoint = "sem_getvalue", SetLastError = true)]
    public static partial int SemGetValue(nint sem, out int value);

    [LibraryImport(Libc, EntryPoint = "sem_unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SemUnlink(string name);

    [LibraryImport(Libc, EntryPoint = "sem_close", SetLastError = true)]
    public static partial int SemClose(nint sem);

    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>Sets or clears FD_CLOEXEC; returns the previous flags word.</summary>
    public static int SetCloexec(int fd, bool on)
    {
        int flags = Fcntl(fd, FGetFd, 0);
        if (flags < 0) return flags;
        Fcntl(fd, FSetFd, on ? flags | FdCloexec : flags & ~FdCloexec);
        return flags;
    }
}
