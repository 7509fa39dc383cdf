// libc calls of the signal module: alarm, setitimer/getitimer, raise, strsignal, and the byte
// written to signal.set_wakeup_fd's descriptor.
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    [StructLayout(LayoutKind.Sequential)]
    public struct TimeVal
    {
        public long Sec;
        public long Usec;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ITimerVal
    {
        public TimeVal Interval;
        public TimeVal Value;
    }

    [LibraryImport(Libc, EntryPoint = "alarm")]
    public static partial uint Alarm(uint seconds);

    [LibraryImport(Libc, EntryPoint = "setitimer", SetLastError = true)]
    public static partial int SetITimer(int which, ref ITimerVal value, out ITimerVal old);

    [LibraryImport(Libc, EntryPoint = "getitimer", SetLastError = true)]
    public static partial int GetITimer(int which, out ITimerVal value);

    [LibraryImport(Libc, EntryPoint = "raise", SetLastError = true)]
    public static partial int Raise(int sig);

    [LibraryImport(Libc, EntryPoint = "strsignal")]
    public static partial nint StrSignal(int sig);

    /// <summary>set_wakeup_fd's notification: one byte, errors ignored (a full non-blocking pipe drops it, as CPython).</summary>
    public static void WriteSignalByte(int fd, byte signum) => Write(fd, ref signum, 1);
}
