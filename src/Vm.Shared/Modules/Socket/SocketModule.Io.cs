// _socket.socket data transfer (recv, recv_into, recvfrom, recvfrom_into, send, sendall, sendto)
// and socket options (setsockopt, getsockopt). Each call runs through SocketCalls.Run, which
// applies the socket's timeout mode; attempts use MSG_DONTWAIT so they never block in the kernel.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

public static partial class SocketModule<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallIo(PyRuntime rt, PyType t)
    {
        Def.Method(rt, t, "recv", (ts, a, kw) =>
        {
            var (st, buf, flags) = SizeArgs(ts, a, "recv");
            int size = buf.Length;
            int n = Receive(ts, st, buf, size, flags);
            return ts.Rt.NewBytes(n == size ? buf : buf.AsSpan(0, n).ToArray());
        });
        Def.Method(rt, t, "recv_into", (ts, a, kw) =>
        {
            var st = S(ts, a, "recv_into");
            var (target, size, flags) = IntoArgs(ts, a, kw, "recv_into");
            var buf = new byte[size];
            int n = Receive(ts, st, buf, size, flags);
            CopyInto(ts, target, buf, n);
            return ts.Rt.NewInt(n);
        });
        Def.Method(rt, t, "recvfrom", (ts, a, kw) =>
        {
            var (st, buf, flags) = SizeArgs(ts, a, "recvfrom");
            var (n, addr) = ReceiveFrom(ts, st, buf, buf.Length, flags);
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewBytes(buf.AsSpan(0, n).ToArray()), addr]);
        });
        Def.Method(rt, t, "recvfrom_into", (ts, a, kw) =>
        {
            var st = S(ts, a, "recvfrom_into");
            var (target, size, flags) = IntoArgs(ts, a, kw, "recvfrom_into");
            var buf = new byte[size];
            var (n, addr) = ReceiveFrom(ts, st, buf, size, flags);
            CopyInto(ts, target, buf, n);
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(n), addr]);
        });
        Def.Method(rt, t, "send", (ts, a, kw) =>
        {
            var st = S(ts, a, "send");
            Args.Count(ts, "send", a.Length - 1, 1, 2);
            var data = Data(ts, a[1]);
            int flags = (a.Length > 2 ? (int)Args.ToLong(ts, a[2]) : 0) | PosixNative.MsgDontWait | PosixNative.MsgNoSignal;
            var payload = data.Length == 0 ? new byte[1] : data; // send(b'') still needs a valid pointer
            nint n = SocketCalls<TSync>.Run(ts, st, SocketCalls<TSync>.Writable,
                fd => PosixNative.Send(fd, ref payload[0], data.Length, flags));
            return ts.Rt.NewInt(n);
        });
        Def.Method(rt, t, "sendall", (ts, a, kw) =>
        {
            var st = S(ts, a, "sendall");
            Args.Count(ts, "sendall", a.Length - 1, 1, 2);
            var data = Data(ts, a[1]);
            int flags = (a.Length > 2 ? (int)Args.ToLong(ts, a[2]) : 0) | PosixNative.MsgDontWait | PosixNative.MsgNoSignal;
            // One deadline for the whole call: the timeout bounds sendall, not each chunk.
            var deadline = WaitDeadline.Start(st.Timeout);
            int off = 0;
            while (off < data.Length)
            {
                int from = off;
                off += (int)SocketCalls<TSync>.Run(ts, st, SocketCalls<TSync>.Writable,
                    fd => PosixNative.Send(fd, ref data[from], data.Length - from, flags), overall: deadline);
            }
            return ts.Rt.None;
        });
        Def.Method(rt, t, "sendto", (ts, a, kw) =>
        {
            // sendto(data, address) or sendto(data, flags, address)
            var st = S(ts, a, "sendto");
            Args.Count(ts, "sendto", a.Length - 1, 2, 3);
            var data = Data(ts, a[1]);
            int flags = (a.Length > 3 ? (int)Args.ToLong(ts, a[2]) : 0) | PosixNative.MsgDontWait | PosixNative.MsgNoSignal;
            var sa = SocketAddresses<TSync>.Encode(ts, st.Family, a[a.Length - 1], "sendto");
            var payload = data.Length == 0 ? new byte[1] : data; // an empty datagram still needs a valid pointer
            nint n = SocketCalls<TSync>.Run(ts, st, SocketCalls<TSync>.Writable,
                fd => PosixNative.SendTo(fd, ref payload[0], data.Length, flags, sa, sa.Length));
            return ts.Rt.NewInt(n);
        });
    }

    private static int Receive(PyThreadState ts, SocketState st, byte[] buf, int size, int flags)
    {
        var target = size == 0 ? new byte[1] : buf;
        flags |= PosixNative.MsgDontWait;
        return (int)SocketCalls<TSync>.Run(ts, st, SocketCalls<TSync>.Readable, fd => PosixNative.Recv(fd, ref target[0], size, flags));
    }

    private static (int, PyObject) ReceiveFrom(PyThreadState ts, SocketState st, byte[] buf, int size, int flags)
    {
        var target = size == 0 ? new byte[1] : buf;
        var from = new byte[SocketAddresses<TSync>.MaxLength];
        int len = 0;
        flags |= PosixNative.MsgDontWait;
        int n = (int)SocketCalls<TSync>.Run(ts, st, SocketCalls<TSync>.Readable, fd =>
        {
            len = from.Length;
            return PosixNative.RecvFrom(fd, ref target[0], size, flags, from, ref len);
        });
        // A connected stream socket reports no sender (CPython returns None then).
        return (n, len == 0 ? ts.Rt.None : SocketAddresses<TSync>.Decode(ts, from, len));
    }

    /// <summary>(bufsize[, flags]) of recv/recvfrom: the socket, a buffer of bufsize bytes and the flags.</summary>
    private static (SocketState, byte[], int) SizeArgs(PyThreadState ts, ReadOnlySpan<PyObject> a, string method)
    {
        var st = S(ts, a, method);
        Args.Count(ts, method, a.Length - 1, 1, 2);
        int size = BufSize(ts, a[1], method);
        return (st, new byte[size], a.Length > 2 ? (int)Args.ToLong(ts, a[2]) : 0);
    }

    private static int BufSize(PyThreadState ts, PyObject o, string method)
    {
        long n = Args.ToLong(ts, o);
        if (n < 0) throw ts.Rt.ValueError($"negative buffersize in {method}");
        if (n > int.MaxValue) throw ts.Rt.OverflowError("Python int too large to convert to C ssize_t");
        return (int)n;
    }

    private static readonly string[] s_intoNames = ["buffer", "nbytes", "flags"];

    /// <summary>(buffer, nbytes=0, flags=0) of recv_into/recvfrom_into: the target and how much to read.</summary>
    private static (PyObject Target, int Size, int Flags) IntoArgs(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string method)
    {
        var b = Args.Bind(ts, method, a[1..], kw, s_intoNames, 1);
        var target = b[0]!;
        int room = WritableLength(ts, target, method);
        long n = b[1] == null ? 0 : Args.ToLong(ts, b[1]!);
        if (n < 0) throw ts.Rt.ValueError($"negative buffersize in {method}");
        if (n > room) throw ts.Rt.ValueError($"buffer too small for requested bytes");
        return (target, n == 0 ? room : (int)n, b[2] == null ? 0 : (int)Args.ToLong(ts, b[2]!));
    }

    /// <summary>The size of a writable buffer (bytearray, or a writable contiguous memoryview of one).</summary>
    private static int WritableLength(PyThreadState ts, PyObject o, string method) => o switch
    {
        PyByteArray ba => ba.Count,
        PyMemoryView { ReadOnly: false, Released: false, Step: 1 } mv => mv.Count,
        _ => throw ts.Rt.TypeError($"{method}() argument 'buffer' must be read-write bytes-like object, not {o.Type.Name}"),
    };

    /// <summary>Copies what was received into the target's storage, inside the bytearray's critical section
    /// (a resize by another thread cannot interleave).</summary>
    private static void CopyInto(PyThreadState ts, PyObject target, byte[] data, int n)
    {
        if (n == 0) return;
        var owner = target is PyMemoryView v ? v.Obj : target;
        TSync.Lock(ts, owner);
        try
        {
            if (target is PyByteArray ba)
                data.AsSpan(0, Math.Min(n, ba._size)).CopyTo(ba._data);
            else
            {
                var mv = (PyMemoryView)target;
                var arr = mv.Array(out int count);
                data.AsSpan(0, Math.Min(n, count)).CopyTo(arr.AsSpan(mv.Start));
            }
        }
        finally
        {
            TSync.Unlock(ts, owner);
        }
    }

    /// <summary>The bytes of a bytes-like argument.</summary>
    private static byte[] Data(PyThreadState ts, PyObject o) =>
        o is PyBytes b ? b.Value
        : BytesTypes<TSync>.BufferOf(o) is { } m && o is not PyStr ? m.ToArray()
        : throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static void InstallOptions(PyRuntime rt, PyType t)
    {
        Def.Method(rt, t, "setsockopt", (ts, a, kw) =>
        {
            // setsockopt(level, option, value: int | buffer) or setsockopt(level, option, None, optlen)
            var st = S(ts, a, "setsockopt");
            Args.Count(ts, "setsockopt", a.Length - 1, 3, 4);
            int level = (int)Args.ToLong(ts, a[1]), option = (int)Args.ToLong(ts, a[2]);
            byte[] value;
            if (a.Length == 5)
            {
                if (a[3] != ts.Rt.None) throw ts.Rt.TypeError("setsockopt() takes 3 arguments when the value is not None");
                value = new byte[(int)Args.ToLong(ts, a[4])];
                int r0 = PosixNative.SetSockOptBytes(st.Fd, level, option, [], value.Length);
                if (r0 < 0) throw SocketErrors<TSync>.Last(ts);
                return ts.Rt.None;
            }
            value = a[3] is PyInt i ? BitConverter.GetBytes((int)Args.ToLong(ts, i)) : Data(ts, a[3]);
            if (PosixNative.SetSockOptBytes(st.Fd, level, option, value, value.Length) < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "getsockopt", (ts, a, kw) =>
        {
            // getsockopt(level, option) -> int; getsockopt(level, option, buflen) -> bytes
            var st = S(ts, a, "getsockopt");
            Args.Count(ts, "getsockopt", a.Length - 1, 2, 3);
            int level = (int)Args.ToLong(ts, a[1]), option = (int)Args.ToLong(ts, a[2]);
            if (a.Length == 3)
            {
                if (PosixNative.GetSockOptInt(st.Fd, level, option, out int v) < 0) throw SocketErrors<TSync>.Last(ts);
                return ts.Rt.NewInt(v);
            }
            long size = Args.ToLong(ts, a[3]);
            if (size is <= 0 or > 1024) throw SocketErrors<TSync>.Error(ts, "getsockopt buflen out of range");
            var buf = new byte[size];
            int len = buf.Length;
            if (PosixNative.GetSockOptBytes(st.Fd, level, option, buf, ref len) < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.NewBytes(buf.AsSpan(0, len).ToArray());
        });
    }
}
