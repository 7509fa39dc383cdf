// _multiprocessing functions of the forkserver start method and of multiprocessing.connection's
// Listener/Client: fd passing (sendfds/recvfds), stdio redirection, kill by pid, whether children inherit
// stdio, the cached compile of the main module a child re-runs, IPv4 listen/accept/connect and
// the HMAC of the authentication handshake.
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class MultiprocessingModule<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallForkServerSupport(PyRuntime rt, PyDict d)
    {
        Def.Function(rt, d, "sendfds", (ts, a, kw) =>
        {
            // sendfds(sock, fds, data) sends data (non-empty) with the fds attached.
            Args.Count(ts, "sendfds", a.Length, 3, 3);
            int sock = (int)Args.ToLong(ts, a[0]);
            var fds = Ops<TSync>.ToArray(ts, a[1]).Select(o => (int)Args.ToLong(ts, o)).ToArray();
            var data = BytesOf(ts, a[2]);
            if (data.Length == 0) throw ts.Rt.Error("ValueError", "sendfds needs at least one byte of data");
            nint n;
            using (new Detached<TSync>(ts)) n = PosixNative.SendFds(sock, data, fds);
            if (n < 0) throw OsError(ts, "sendmsg");
            if (n < data.Length)
                using (new Detached<TSync>(ts)) WriteAll(ts, sock, data[(int)n..]);
            return ts.Rt.None;
        }, Mod);
        Def.Function(rt, d, "recvfds", (ts, a, kw) =>
        {
            // recvfds(sock, nbytes, maxfds) -> (data, [fds]); data is b'' at EOF.
            Args.Count(ts, "recvfds", a.Length, 3, 3);
            int sock = (int)Args.ToLong(ts, a[0]);
            int nbytes = (int)Args.ToLong(ts, a[1]);
            int maxFds = (int)Args.ToLong(ts, a[2]);
            (byte[] Data, int[] Fds)? got;
            using (new Detached<TSync>(ts)) got = PosixNative.RecvFds(sock, nbytes, maxFds);
            if (got is not var (data, fds)) throw OsError(ts, "recvmsg");
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewBytes(data),
                Ops<TSync>.NewList(ts, fds.Select(f => (PyObject)ts.Rt.NewInt(f)).ToArray())]);
        }, Mod);
        Def.Function(rt, d, "redirect_stdio", (ts, a, kw) =>
        {
            // redirect_stdio(out_fd, err_fd): a forkserver child writes to its parent's streams.
            // .NET's console streams write to dups of fds 1/2 made at start-up, so besides the
            // dup2 the runtime's writers (and sys.__stdout__/__stderr__'s) are replaced.
            Args.Count(ts, "redirect_stdio", a.Length, 2, 2);
            int outFd = (int)Args.ToLong(ts, a[0]), errFd = (int)Args.ToLong(ts, a[1]);
            if (PosixNative.Dup2(outFd, 1) < 0 || PosixNative.Dup2(errFd, 2) < 0) throw OsError(ts, "dup2");
            var r = ts.Rt;
            r.Stdout.Flush();
            r.Stderr.Flush();
            var utf8 = new System.Text.UTF8Encoding(false);
            var newOut = TextWriter.Synchronized(new StreamWriter(new FdWriteStream(1), utf8) { AutoFlush = false });
            var newErr = TextWriter.Synchronized(new StreamWriter(new FdWriteStream(2), utf8) { AutoFlush = true });
            foreach (var (name, writer, fd) in new[] { ("__stdout__", newOut, 1), ("__stderr__", newErr, 2) })
                if (r.SysModule.Dict!.GetStr(r.Intern(name)) is PyNative<ConsoleStream> cs)
                {
                    cs.State.Writer = writer;
                    cs.State.BytesOut = new Lazy<Stream>(new FdWriteStream(fd));
                }
            r.Stdout = newOut;
            r.Stderr = newErr;
            return r.None;
        }, Mod);
        Def.Function(rt, d, "kill", (ts, a, kw) =>
        {
            Args.Count(ts, "kill", a.Length, 2, 2);
            if (PosixNative.Kill((int)Args.ToLong(ts, a[0]), (int)Args.ToLong(ts, a[1])) != 0)
                throw OsError(ts, "kill");
            return ts.Rt.None;
        }, Mod);
        Def.Function(rt, d, "compile_main", (ts, a, kw) =>
        {
            // compile_main(source, path): the code of the parent's main module re-run by a child,
            // through the compiled-code cache (each child of a parent compiles the same script).
            Args.Count(ts, "compile_main", a.Length, 2, 2);
            string source = Ops<TSync>.StrValue(ts, a[0]), path = Ops<TSync>.StrValue(ts, a[1]);
            try
            {
                return ts.Rt.CompileModuleCached(source, path);
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                throw new PyException(ExceptionsSetup<TSync>.FromSyntaxError(ts, se));
            }
        }, Mod);
        Def.Function(rt, d, "child_inherits_stdio", (ts, a, kw) => ts.Rt.NewBool(ts.Rt.ChildInheritsStdio), Mod);
        Def.Function(rt, d, "listen_inet", (ts, a, kw) =>
        {
            // listen_inet(host, port, backlog) -> (fd, (host, port)) of a listening IPv4 socket.
            Args.Count(ts, "listen_inet", a.Length, 3, 3);
            var ip = Resolve(ts, Ops<TSync>.StrValue(ts, a[0]));
            var addr = PosixNative.InetAddress(ip, (int)Args.ToLong(ts, a[1]));
            int fd = PosixNative.Socket(PosixNative.AfInet, PosixNative.SockStream | PosixNative.SockCloexec, 0);
            if (fd < 0) throw OsError(ts, "socket");
            PosixNative.SetReuseAddr(fd);
            if (PosixNative.Bind(fd, addr, addr.Length) != 0 || PosixNative.Listen(fd, (int)Args.ToLong(ts, a[2])) != 0)
            {
                var e = OsError(ts, "bind/listen");
                PosixNative.Close(fd);
                throw e;
            }
            var bound = new byte[16];
            int len = bound.Length;
            PosixNative.GetSockName(fd, bound, ref len);
            var (host, port) = PosixNative.ReadInetAddress(bound, len) ?? (ip.ToString(), 0);
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(fd), Ops<TSync>.NewTuple(ts, [ts.Rt.NewStr(host), ts.Rt.NewInt(port)])]);
        }, Mod);
        Def.Function(rt, d, "connect_inet", (ts, a, kw) =>
        {
            Args.Count(ts, "connect_inet", a.Length, 2, 2);
            string hostName = Ops<TSync>.StrValue(ts, a[0]);
            int port = (int)Args.ToLong(ts, a[1]);
            var addr = PosixNative.InetAddress(Resolve(ts, hostName), port);
            int fd = PosixNative.Socket(PosixNative.AfInet, PosixNative.SockStream | PosixNative.SockCloexec, 0);
            if (fd < 0) throw OsError(ts, "socket");
            int r;
            using (new Detached<TSync>(ts)) r = PosixNative.Connect(fd, addr, addr.Length);
            if (r != 0)
            {
                int errno = PosixNative.Errno;
                PosixNative.Close(fd);
                throw ts.Rt.Error("ConnectionRefusedError", $"[Errno {errno}] cannot connect to ('{hostName}', {port})");
            }
            return ts.Rt.NewInt(fd);
        }, Mod);
        Def.Function(rt, d, "accept_peer", (ts, a, kw) =>
        {
            // accept_peer(fd) -> (fd, peer): peer is (host, port) for IPv4, '' for a Unix socket.
            Args.Count(ts, "accept_peer", a.Length, 1, 1);
            int lfd = (int)Args.ToLong(ts, a[0]);
            var peer = new byte[128];
            int len = peer.Length, fd;
            using (new Detached<TSync>(ts))
                do { len = peer.Length; fd = PosixNative.Accept4Addr(lfd, peer, ref len, PosixNative.SockCloexec); }
                while (fd < 0 && PosixNative.Errno == PosixNative.EIntr);
            if (fd < 0) throw OsError(ts, "accept");
            PyObject p = PosixNative.ReadInetAddress(peer, len) is var (h, port)
                ? Ops<TSync>.NewTuple(ts, [ts.Rt.NewStr(h), ts.Rt.NewInt(port)])
                : ts.Rt.NewStr("");
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(fd), p]);
        }, Mod);
        Def.Function(rt, d, "hmac_sha256", (ts, a, kw) =>
        {
            Args.Count(ts, "hmac_sha256", a.Length, 2, 2);
            return ts.Rt.NewBytes(HMACSHA256.HashData(BytesOf(ts, a[0]), BytesOf(ts, a[1])));
        }, Mod);
    }

    private static IPAddress Resolve(PyThreadState ts, string host)
    {
        if (host.Length == 0) return IPAddress.Any;
        if (IPAddress.TryParse(host, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork) return ip;
        try
        {
            return Dns.GetHostAddresses(host).FirstOrDefault(x => x.AddressFamily == AddressFamily.InterNetwork)
                ?? throw ts.Rt.Error("OSError", $"no IPv4 address for {host}");
        }
        catch (SocketException e)
        {
            throw ts.Rt.Error("OSError", $"[Errno -2] Name or service not known: {host} ({e.Message})");
        }
    }

    /// <summary>A write-only stream over a raw fd (stdout/stderr after redirect_stdio).</summary>
    private sealed class FdWriteStream(int fd) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                nint n = PosixNative.Write(fd, ref buffer[offset], count);
                if (n < 0)
                {
                    if (PosixNative.Errno == PosixNative.EIntr) continue;
                    throw new IOException($"write to fd {fd} failed (errno {PosixNative.Errno})");
                }
                offset += (int)n;
                count -= (int)n;
            }
        }
    }
}
