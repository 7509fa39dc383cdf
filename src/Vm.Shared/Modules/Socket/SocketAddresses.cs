// Socket addresses between Python's forms and sockaddr structures: AF_INET (host, port),
// AF_INET6 (host, port, flowinfo, scope_id), AF_UNIX (a path as str or bytes; a leading NUL byte
// is Linux's abstract namespace). Messages follow CPython's.
using System.Buffers.Binary;
using System.Text;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

internal static class SocketAddresses<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Big enough for any sockaddr the module reads back (sockaddr_storage).</summary>
    public const int MaxLength = 128;

    /// <summary>The sockaddr for a Python address of the socket's family; caller names the method in messages.</summary>
    public static byte[] Encode(PyThreadState ts, int family, PyObject addr, string caller)
    {
        var rt = ts.Rt;
        switch (family)
        {
            case PosixNative.AfUnix:
                return UnixPath(ts, addr);
            case PosixNative.AfInet:
            case PosixNative.AfInet6:
            {
                string fam = family == PosixNative.AfInet ? "AF_INET" : "AF_INET6";
                if (addr is not PyTuple t) throw rt.TypeError($"{caller}(): {fam} address must be tuple, not {addr.Type.Name}");
                int max = family == PosixNative.AfInet ? 2 : 4;
                if (t.Count < 2 || t.Count > max)
                    throw rt.TypeError(family == PosixNative.AfInet
                        ? $"{fam} address must be a pair (host, port)"
                        : $"{fam} address must be a tuple (host, port[, flowinfo[, scopeid]])");
                string host = HostText(ts, t.Items[0]);
                long port = Args.ToLong(ts, t.Items[1]);
                if (port is < 0 or > 0xffff) throw rt.OverflowError($"{caller}(): port must be 0-65535.");
                var packed = Resolver<TSync>.HostAddress(ts, host, family);
                if (family == PosixNative.AfInet) return PosixNative.InetAddress(new System.Net.IPAddress(packed), (int)port);
                long flow = t.Count > 2 ? Args.ToLong(ts, t.Items[2]) : 0;
                long scope = t.Count > 3 ? Args.ToLong(ts, t.Items[3]) : 0;
                if (flow is < 0 or > 0xfffff) throw rt.OverflowError($"{caller}(): flowinfo must be 0-1048575.");
                var sa = new byte[28];
                BinaryPrimitives.WriteUInt16LittleEndian(sa, PosixNative.AfInet6);
                BinaryPrimitives.WriteUInt16BigEndian(sa.AsSpan(2), (ushort)port);
                BinaryPrimitives.WriteUInt32BigEndian(sa.AsSpan(4), (uint)flow);
                packed.CopyTo(sa, 8);
                BinaryPrimitives.WriteUInt32LittleEndian(sa.AsSpan(24), (uint)scope);
                return sa;
            }
            default:
                throw SocketErrors<TSync>.FromErrno(ts, 97); // EAFNOSUPPORT
        }
    }

    /// <summary>The Python form of a sockaddr of len bytes.</summary>
    public static PyObject Decode(PyThreadState ts, byte[] sa, int len)
    {
        var rt = ts.Rt;
        int family = len >= 2 ? BinaryPrimitives.ReadUInt16LittleEndian(sa) : PosixNative.AfUnix;
        switch (family)
        {
            case PosixNative.AfInet:
            {
                var (host, port) = PosixNative.ReadInetAddress(sa, len)!.Value;
                return Ops<TSync>.NewTuple(ts, [rt.NewStr(host), rt.NewInt(port)]);
            }
            case PosixNative.AfInet6:
            {
                var host = new System.Net.IPAddress(sa.AsSpan(8, 16)).ToString();
                return Ops<TSync>.NewTuple(ts, [rt.NewStr(host), rt.NewInt(BinaryPrimitives.ReadUInt16BigEndian(sa.AsSpan(2))),
                    rt.NewInt(BinaryPrimitives.ReadUInt32BigEndian(sa.AsSpan(4)) & 0xfffff),
                    rt.NewInt(BinaryPrimitives.ReadUInt32LittleEndian(sa.AsSpan(24)))]);
            }
            case PosixNative.AfUnix:
            {
                int n = Math.Max(0, len - 2);
                if (n > 0 && sa[2] == 0) return rt.NewBytes(sa.AsSpan(2, n).ToArray()); // abstract namespace
                int end = Array.IndexOf(sa, (byte)0, 2, n);
                return rt.NewStr(Encoding.UTF8.GetString(sa, 2, (end < 0 ? 2 + n : end) - 2));
            }
            default:
                return Ops<TSync>.NewTuple(ts, [rt.NewInt(family), rt.NewBytes(sa.AsSpan(2, Math.Max(0, len - 2)).ToArray())]);
        }
    }

    /// <summary>A host as text: str, or bytes/bytearray decoded as ASCII (CPython's idna step for plain names).</summary>
    public static string HostText(PyThreadState ts, PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.ASCII.GetString(b.Value),
        PyByteArray ba => Encoding.ASCII.GetString(ba.ToArray()),
        _ => throw ts.Rt.TypeError($"str, bytes or bytearray expected, not {o.Type.Name}"),
    };

    private static byte[] UnixPath(PyThreadState ts, PyObject addr)
    {
        byte[] path = addr switch
        {
            PyStr s => Encoding.UTF8.GetBytes(s.Value),
            PyBytes b => b.Value,
            PyByteArray ba => ba.ToArray(),
            _ => throw ts.Rt.TypeError($"a bytes-like object is required, not '{addr.Type.Name}'"),
        };
        if (path.Length > 107) throw ts.Rt.Error("OSError", "AF_UNIX path too long");
        bool isAbstract = path.Length > 0 && path[0] == 0;
        var sa = new byte[2 + path.Length + (isAbstract ? 0 : 1)];
        sa[0] = PosixNative.AfUnix;
        path.CopyTo(sa, 2);
        return sa;
    }
}
