// _multiprocessing functions of the forkserver start method and of multiprocessing.connection's
// Listener/Client: fd passing (sendfds/recvfds), dup2, kill by pid, whether children inherit
// stdio, and the HMAC of the authentication handshake.
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
        Def.Function(rt, d, "dup2", (ts, a, kw) =>
        {
            Args.Count(ts, "dup2", a.Length, 2, 2);
            int r = PosixNative.Dup2((int)Args.ToLong(ts, a[0]), (int)Args.ToLong(ts, a[1]));
            if (r < 0) throw OsError(ts, "dup2");
            return ts.Rt.NewInt(r);
        }, Mod);
        Def.Function(rt, d, "kill", (ts, a, kw) =>
        {
            Args.Count(ts, "kill", a.Length, 2, 2);
            if (PosixNative.Kill((int)Args.ToLong(ts, a[0]), (int)Args.ToLong(ts, a[1])) != 0)
                throw OsError(ts, "kill");
            return ts.Rt.None;
        }, Mod);
        Def.Function(rt, d, "child_inherits_stdio", (ts, a, kw) => ts.Rt.NewBool(ts.Rt.ChildInheritsStdio), Mod);
        Def.Function(rt, d, "hmac_sha256", (ts, a, kw) =>
        {
            Args.Count(ts, "hmac_sha256", a.Length, 2, 2);
            return ts.Rt.NewBytes(HMACSHA256.HashData(BytesOf(ts, a[0]), BytesOf(ts, a[1])));
        }, Mod);
    }
}
