// Passing file descriptors over a Unix socket (SCM_RIGHTS), for the forkserver start method: a
// parent hands the fds its pickled Process names to the server, which hands them to the warm
// child that runs it. Also dup2 (a forkserver child writes to the stdout/stderr its parent
// passed). msghdr/cmsghdr layouts are glibc's on 64-bit Linux (size_t cmsg_len, 8-byte
// alignment of the fd array).
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    private const int SolSocket = 1, ScmRights = 1, MsgCmsgCloexec = 0x40000000;
    private const int CmsgHeader = 16;

    [StructLayout(LayoutKind.Sequential)]
    private struct IoVec
    {
        public nint Base;
        public nuint Len;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct MsgHdr
    {
        public nint Name;
        public int NameLen;
        public nint Iov;
        public nuint IovLen;
        public nint Control;
        public nuint ControlLen;
        public int Flags;
    }

    [LibraryImport(Libc, EntryPoint = "sendmsg", SetLastError = true)]
    private static partial nint SendMsg(int fd, ref MsgHdr msg, int flags);

    [LibraryImport(Libc, EntryPoint = "recvmsg", SetLastError = true)]
    private static partial nint RecvMsg(int fd, ref MsgHdr msg, int flags);

    [LibraryImport(Libc, EntryPoint = "dup2", SetLastError = true)]
    public static partial int Dup2(int oldFd, int newFd);

    private static int Align8(int n) => (n + 7) & ~7;

    /// <summary>Sends data (at least one byte) with fds attached; returns bytes sent or -1.</summary>
    public static unsafe nint SendFds(int sock, byte[] data, int[] fds)
    {
        int controlLen = fds.Length == 0 ? 0 : CmsgHeader + Align8(fds.Length * 4);
        var control = new byte[Math.Max(controlLen, 1)];
        fixed (byte* d = data)
        fixed (byte* c = control)
        {
            if (fds.Length > 0)
            {
                *(ulong*)c = (ulong)(CmsgHeader + fds.Length * 4);
                *(int*)(c + 8) = SolSocket;
                *(int*)(c + 12) = ScmRights;
                for (int i = 0; i < fds.Length; i++) *(int*)(c + CmsgHeader + 4 * i) = fds[i];
            }
            var iov = new IoVec { Base = (nint)d, Len = (nuint)data.Length };
            var msg = new MsgHdr { Iov = (nint)(&iov), IovLen = 1, Control = fds.Length == 0 ? 0 : (nint)c, ControlLen = (nuint)controlLen };
            nint n;
            do n = SendMsg(sock, ref msg, 0);
            while (n < 0 && Errno == EIntr);
            return n;
        }
    }

    /// <summary>Receives up to maxBytes with up to maxFds fds (close-on-exec); null on an error.</summary>
    public static unsafe (byte[] Data, int[] Fds)? RecvFds(int sock, int maxBytes, int maxFds)
    {
        var data = new byte[Math.Max(maxBytes, 1)];
        int controlLen = CmsgHeader + Align8(Math.Max(maxFds, 1) * 4);
        var control = new byte[controlLen];
        fixed (byte* d = data)
        fixed (byte* c = control)
        {
            var iov = new IoVec { Base = (nint)d, Len = (nuint)data.Length };
            var msg = new MsgHdr { Iov = (nint)(&iov), IovLen = 1, Control = (nint)c, ControlLen = (nuint)controlLen };
            nint n;
            do n = RecvMsg(sock, ref msg, MsgCmsgCloexec);
            while (n < 0 && Errno == EIntr);
            if (n < 0) return null;
            var fds = new List<int>();
            int off = 0;
            while (off + CmsgHeader <= (int)msg.ControlLen)
            {
                int len = (int)*(ulong*)(c + off);
                if (len < CmsgHeader) break;
                if (*(int*)(c + off + 8) == SolSocket && *(int*)(c + off + 12) == ScmRights)
                    for (int p = CmsgHeader; p + 4 <= len; p += 4) fds.Add(*(int*)(c + off + p));
                off += Align8(len);
            }
            return (data[..(int)n], fds.ToArray());
        }
    }
}
