// The posix module (the native half of Lib/os.py): file system and process primitives over
// .NET's System.IO, with CPython's OSError subclasses and errno values. File system calls run
// detached.
using System.Security.Cryptography;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class OsModule<TSync> where TSync : struct, ISyncPolicy
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, PyType> s_statType = new();

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "posix", out var d);
        const string mod = "posix";
        var env = Ops<TSync>.NewDict(ts);
        foreach (System.Collections.DictionaryEntry kv in Environment.GetEnvironmentVariables())
            DictOps<TSync>.SetItem(ts, env, rt.NewStr((string)kv.Key), rt.NewStr((string?)kv.Value ?? ""));
        Def.Value(rt, d, "environ", env);
        Def.Value(rt, d, "stat_result", StatType(ts));
        Def.Function(rt, d, "getcwd", (ts2, a, kw) => ts2.Rt.NewStr(Directory.GetCurrentDirectory()), mod);
        Def.Function(rt, d, "getcwdb", (ts2, a, kw) => ts2.Rt.NewBytes(System.Text.Encoding.UTF8.GetBytes(Directory.GetCurrentDirectory())), mod);
        Def.Function(rt, d, "chdir", (ts2, a, kw) =>
        {
            var p = PathArg(ts2, a, 0, "chdir");
            Io(ts2, a[0], p, () =>
            {
                if (File.Exists(p)) throw new NotADirectory();
                Directory.SetCurrentDirectory(p);
            });
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "listdir", (ts2, a, kw) =>
        {
            string p = a.Length == 0 || ReferenceEquals(a[0], ts2.Rt.None) ? "." : PathArg(ts2, a, 0, "listdir");
            string[] names = [];
            Io(ts2, a.Length > 0 ? a[0] : ts2.Rt.NewStr("."), p, () =>
            {
                if (File.Exists(p)) throw new NotADirectory();
                names = Directory.EnumerateFileSystemEntries(p).Select(Path.GetFileName).Select(n => n!).ToArray();
            });
            bool bytes = a.Length > 0 && a[0] is PyBytes;
            return Ops<TSync>.NewList(ts2, names.Select(n => bytes ? (PyObject)ts2.Rt.NewBytes(System.Text.Encoding.UTF8.GetBytes(n)) : ts2.Rt.NewStr(n)).ToArray());
        }, mod);
        Def.Function(rt, d, "mkdir", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "mkdir", a, kw, ["path", "mode", "dir_fd"], 1);
            var p = PathOf(ts2, b[0]!, "mkdir");
            int mode = b[1] == null ? 0x1FF : (int)Args.ToLong(ts2, b[1]!); // 0o777, less the umask
            Io(ts2, b[0]!, p, () =>
            {
                if (Directory.Exists(p) || File.Exists(p)) throw new AlreadyExists();
                var parent = Path.GetDirectoryName(Path.GetFullPath(p));
                if (parent != null && !Directory.Exists(parent)) throw new DirectoryNotFoundException();
                if (OperatingSystem.IsWindows()) Directory.CreateDirectory(p);
                else Directory.CreateDirectory(p, (UnixFileMode)(mode & 0xFFF));
            });
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "rmdir", (ts2, a, kw) =>
        {
            var p = PathArg(ts2, a, 0, "rmdir");
            Io(ts2, a[0], p, () =>
            {
                if (File.Exists(p)) throw new NotADirectory();
                if (Directory.Exists(p) && Directory.EnumerateFileSystemEntries(p).Any()) throw new NotEmpty();
                Directory.Delete(p);
            });
            return ts2.Rt.None;
        }, mod);
        NativeFn remove = (ts2, a, kw) =>
        {
            var p = PathArg(ts2, a, 0, "remove");
            Io(ts2, a[0], p, () =>
            {
                if (Directory.Exists(p)) throw new IsADirectory();
                if (!File.Exists(p)) throw new FileNotFoundException();
                File.Delete(p);
            });
            return ts2.Rt.None;
        };
        Def.Function(rt, d, "remove", remove, mod);
        Def.Function(rt, d, "unlink", remove, mod);
        NativeFn rename = (ts2, a, kw) =>
        {
            Args.Count(ts2, "rename", ModuleSupport<TSync>.NPos(a, kw), 2, 2);
            var src = PathOf(ts2, a[0], "rename");
            var dst = PathOf(ts2, a[1], "rename");
            Io(ts2, a[0], src, () =>
            {
                if (Directory.Exists(src))
                {
                    if (Directory.Exists(dst) && !Directory.EnumerateFileSystemEntries(dst).Any()) Directory.Delete(dst);
                    Directory.Move(src, dst);
                }
                else
                {
                    if (!File.Exists(src)) throw new FileNotFoundException();
                    File.Move(src, dst, true);
                }
            }, a[1]);
            return ts2.Rt.None;
        };
        Def.Function(rt, d, "rename", rename, mod);
        Def.Function(rt, d, "replace", rename, mod);
        NativeFn stat = (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "stat", a, kw, ["path", "dir_fd", "follow_symlinks"], 1);
            bool follow = b[2] == null || Ops<TSync>.IsTrue(ts2, b[2]!);
            return StatOf(ts2, "stat", b[0]!, b[1], follow);
        };
        Def.Function(rt, d, "stat", stat, mod);
        Def.Function(rt, d, "lstat", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "lstat", a, kw, ["path", "dir_fd"], 1);
            if (b[0] is PyInt) throw ts2.Rt.TypeError("lstat: path should be string, bytes or os.PathLike, not int");
            return StatOf(ts2, "lstat", b[0]!, b[1], false);
        }, mod);
        Def.Function(rt, d, "fstat", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "fstat", a, kw, ["fd"], 1);
            if (b[0] is not PyInt) throw ts2.Rt.TypeError($"'{b[0]!.Type.Name}' object cannot be interpreted as an integer");
            return FStat(ts2, Fd(ts2, b[0]!));
        }, mod);
        Def.Function(rt, d, "access", (ts2, a, kw) =>
        {
            var p = PathArg(ts2, a, 0, "access");
            long mode = a.Length > 1 ? ModuleSupport<TSync>.ToLong(ts2, a[1]) : 0;
            bool exists = File.Exists(p) || Directory.Exists(p);
            if (!exists) return ts2.Rt.False;
            if (mode == 0) return ts2.Rt.True;
            try
            {
                var um = OperatingSystem.IsWindows() ? (UnixFileMode)0x1FF : File.GetUnixFileMode(p);
                bool ok = true;
                if ((mode & 4) != 0) ok &= (um & (UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0;
                if ((mode & 2) != 0) ok &= (um & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;
                if ((mode & 1) != 0) ok &= (um & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
                return ts2.Rt.NewBool(ok);
            }
            catch (Exception)
            {
                return ts2.Rt.True;
            }
        }, mod);
        Def.Function(rt, d, "getpid", (ts2, a, kw) => ts2.Rt.NewInt(Environment.ProcessId), mod);
        Def.Function(rt, d, "_uname", (ts2, a, kw) =>
        {
            var fields = PosixNative.Uname() ?? throw Errno(ts2, null);
            return Ops<TSync>.NewTuple(ts2, fields.Select(f => (PyObject)ts2.Rt.NewStr(f)).ToArray());
        }, mod);
        Def.Function(rt, d, "getuid", (ts2, a, kw) => ts2.Rt.NewInt(PosixNative.GetUid()), mod);
        Def.Function(rt, d, "geteuid", (ts2, a, kw) => ts2.Rt.NewInt(PosixNative.GetEUid()), mod);
        Def.Function(rt, d, "getgid", (ts2, a, kw) => ts2.Rt.NewInt(PosixNative.GetGid()), mod);
        Def.Function(rt, d, "getegid", (ts2, a, kw) => ts2.Rt.NewInt(PosixNative.GetEGid()), mod);
        Def.Function(rt, d, "_libc_version", (ts2, a, kw) =>
            PosixNative.LibcVersion() is { } v ? ts2.Rt.NewStr(v) : ts2.Rt.None, mod);
        InstallFdFunctions(rt, d, mod);
        InstallLinkFunctions(rt, d, mod);
        InstallNodeFunctions(rt, d, mod);
        InstallProcessFunctions(rt, d, mod);
        Def.Function(rt, d, "getppid", (ts2, a, kw) => ts2.Rt.NewInt(1), mod);
        Def.Function(rt, d, "cpu_count", (ts2, a, kw) => ts2.Rt.NewInt(Environment.ProcessorCount), mod);
        Def.Function(rt, d, "urandom", (ts2, a, kw) =>
        {
            Args.Count(ts2, "urandom", a.Length, 1, 1);
            long n = ModuleSupport<TSync>.ToSsize(ts2, a[0]);
            if (n < 0) throw ts2.Rt.ValueError("negative argument not allowed");
            var buf = new byte[n];
            RandomNumberGenerator.Fill(buf);
            return ts2.Rt.NewBytes(buf);
        }, mod);
        Def.Function(rt, d, "putenv", (ts2, a, kw) =>
        {
            Args.Count(ts2, "putenv", a.Length, 2, 2);
            var k = Ops<TSync>.StrValue(ts2, a[0]);
            if (k.Length == 0 || k.Contains('=')) throw ts2.Rt.ValueError("illegal environment variable name");
            Environment.SetEnvironmentVariable(k, Ops<TSync>.StrValue(ts2, a[1]));
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "unsetenv", (ts2, a, kw) =>
        {
            Environment.SetEnvironmentVariable(Ops<TSync>.StrValue(ts2, a[0]), null);
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "strerror", (ts2, a, kw) => ts2.Rt.NewStr(StrError((int)ModuleSupport<TSync>.ToLong(ts2, a[0]))), mod);
        Def.Function(rt, d, "_exit", (ts2, a, kw) =>
        {
            Environment.Exit(a.Length > 0 ? (int)ModuleSupport<TSync>.ToLong(ts2, a[0]) : 0);
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "umask", (ts2, a, kw) => ts2.Rt.NewInt(0x12), mod);
        Def.Function(rt, d, "isatty", (ts2, a, kw) => ts2.Rt.False, mod);
        Def.Function(rt, d, "get_terminal_size", (ts2, a, kw) =>
            Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(80), ts2.Rt.NewInt(24)]), mod);
        Def.Function(rt, d, "utime", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "utime", a, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1);
            var p = PathOf(ts2, b[0]!, "utime");
            DateTime atime = DateTime.UtcNow, mtime = atime;
            bool hasTimes = b[1] != null && !ReferenceEquals(b[1], ts2.Rt.None);
            if (hasTimes && b[2] != null) throw ts2.Rt.ValueError("utime: you may specify either 'times' or 'ns' but not both");
            if (hasTimes || b[2] != null)
            {
                var pair = (hasTimes ? b[1] : b[2]) as PyTuple;
                if (pair == null || pair.Count != 2)
                    throw ts2.Rt.TypeError(hasTimes ? "utime: 'times' must be either a tuple of two ints or None" : "utime: 'ns' must be a tuple of two ints");
                DateTime At(PyObject v) => hasTimes
                    ? DateTime.UnixEpoch.AddTicks((long)Math.Round(ModuleSupport<TSync>.ToDouble(ts2, v) * TimeSpan.TicksPerSecond))
                    : DateTime.UnixEpoch.AddTicks(Args.ToLong(ts2, v) / 100);
                atime = At(pair.Items[0]);
                mtime = At(pair.Items[1]);
            }
            Io(ts2, b[0]!, p, () =>
            {
                if (!File.Exists(p) && !Directory.Exists(p)) throw new FileNotFoundException();
                File.SetLastWriteTimeUtc(p, mtime);
                File.SetLastAccessTimeUtc(p, atime);
            });
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "chmod", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "chmod", a, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2);
            var p = PathOf(ts2, b[0]!, "chmod");
            int mode = (int)Args.ToLong(ts2, b[1]!);
            Io(ts2, b[0]!, p, () =>
            {
                if (!File.Exists(p) && !Directory.Exists(p)) throw new FileNotFoundException();
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(p, (UnixFileMode)(mode & 0xFFF));
            });
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "_isdir", (ts2, a, kw) => ts2.Rt.NewBool(Directory.Exists(PathOf(ts2, a[0], "isdir"))), mod);
        Def.Function(rt, d, "_isfile", (ts2, a, kw) => ts2.Rt.NewBool(File.Exists(PathOf(ts2, a[0], "isfile"))), mod);
        Def.Function(rt, d, "_exists", (ts2, a, kw) =>
        {
            var p = PathOf(ts2, a[0], "exists");
            return ts2.Rt.NewBool(File.Exists(p) || Directory.Exists(p));
        }, mod);
        Def.Function(rt, d, "_islink", (ts2, a, kw) =>
        {
            var p = PathOf(ts2, a[0], "islink");
            try
            {
                var fi = new FileInfo(p);
                return ts2.Rt.NewBool(fi.Exists || Directory.Exists(p) ? (fi.Attributes & FileAttributes.ReparsePoint) != 0 : false);
            }
            catch (Exception)
            {
                return ts2.Rt.False;
            }
        }, mod);
        Def.Function(rt, d, "_realpath", (ts2, a, kw) =>
        {
            var p = Path.GetFullPath(PathOf(ts2, a[0], "realpath"));
            try
            {
                var fi = new FileInfo(p);
                var target = fi.ResolveLinkTarget(true);
                if (target != null) p = target.FullName;
            }
            catch (Exception)
            {
            }
            return ts2.Rt.NewStr(p);
        }, mod);
        Def.Function(rt, d, "_home", (ts2, a, kw) => ts2.Rt.NewStr(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), mod);
        return m;
    }

    private sealed class NotADirectory : Exception { }
    private sealed class IsADirectory : Exception { }
    private sealed class AlreadyExists : Exception { }
    private sealed class NotEmpty : Exception { }

    internal static string StrError(int errno) => errno switch
    {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        5 => "Input/output error",
        13 => "Permission denied",
        17 => "File exists",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        39 => "Directory not empty",
        _ => System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno),
    };

    private static string PathArg(PyThreadState ts, ReadOnlySpan<PyObject> a, int i, string fname)
    {
        if (a.Length <= i) throw ts.Rt.TypeError($"{fname}() missing required argument 'path' (pos {i + 1})");
        return PathOf(ts, a[i], fname);
    }

    public static string PathOf(PyThreadState ts, PyObject o, string fname)
    {
        switch (o)
        {
            case PyStr s: return s.Value;
            case PyBytes b: return System.Text.Encoding.UTF8.GetString(b.Value);
        }
        var m = o.Type.Lookup(ts.Rt.Intern("__fspath__"));
        if (m != null)
        {
            var r = Ops<TSync>.CallMethodDescr(ts, m, o, []);
            if (r is PyStr rs) return rs.Value;
            if (r is PyBytes rb) return System.Text.Encoding.UTF8.GetString(rb.Value);
        }
        throw ts.Rt.TypeError($"{fname}: path should be string, bytes or os.PathLike, not {o.Type.Name}");
    }

    private static PyException Os(PyThreadState ts, string type, int errno, PyObject filename, PyObject? filename2)
    {
        var args = filename2 == null
            ? new PyObject[] { ts.Rt.NewInt(errno), ts.Rt.NewStr(StrError(errno)), filename }
            : new PyObject[] { ts.Rt.NewInt(errno), ts.Rt.NewStr(StrError(errno)), filename, ts.Rt.None, filename2 };
        var e = Ops<TSync>.Call(ts, ts.Rt.ExceptionTypes[type], args, null);
        return new PyException((PyBaseException)e);
    }

    /// <summary>Runs a file system operation detached, mapping .NET failures to OSError subclasses.</summary>
    private static void Io(PyThreadState ts, PyObject filename, string path, Action op, PyObject? filename2 = null)
    {
        Exception? failure = null;
        using (new Detached<TSync>(ts))
        {
            try
            {
                op();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }
        if (failure == null) return;
        throw failure switch
        {
            FileNotFoundException or DirectoryNotFoundException => Os(ts, "FileNotFoundError", 2, filename, filename2),
            NotADirectory => Os(ts, "NotADirectoryError", 20, filename, filename2),
            IsADirectory => Os(ts, "IsADirectoryError", 21, filename, filename2),
            AlreadyExists => Os(ts, "FileExistsError", 17, filename, filename2),
            NotEmpty => Os(ts, "OSError", 39, filename, filename2),
            UnauthorizedAccessException => Os(ts, "PermissionError", 13, filename, filename2),
            IOException io when io.Message.Contains("not empty", StringComparison.OrdinalIgnoreCase) => Os(ts, "OSError", 39, filename, filename2),
            IOException io when io.Message.Contains("exists", StringComparison.OrdinalIgnoreCase) => Os(ts, "FileExistsError", 17, filename, filename2),
            _ => Os(ts, "OSError", 5, filename, filename2),
        };
    }

    /// <summary>os.stat/os.lstat: <paramref name="pathObj"/> is a path (relative to <paramref name="dirFd"/> when
    /// given) or, for stat, an open file descriptor.</summary>
    private static PyObject StatOf(PyThreadState ts, string fn, PyObject pathObj, PyObject? dirFd, bool follow)
    {
        bool hasDirFd = dirFd != null && dirFd != ts.Rt.None;
        if (pathObj is PyInt)
        {
            if (hasDirFd) throw ts.Rt.ValueError($"{fn}: can't specify dir_fd without matching path");
            return FStat(ts, Fd(ts, pathObj));
        }
        var p = PathOf(ts, pathObj, fn);
        if (!hasDirFd || Path.IsPathRooted(p)) return Stat(ts, pathObj, p, follow);
        var st = PosixNative.StatRelative(Fd(ts, dirFd!), p, follow, out bool unsupported);
        if (unsupported) throw ts.Rt.NotImplementedError("dir_fd unavailable on this platform");
        return st is { } s ? StatResult(ts, s) : throw Errno(ts, pathObj);
    }

    /// <summary>os.fstat(fd).</summary>
    private static PyObject FStat(PyThreadState ts, int fd)
    {
        var st = PosixNative.FStat(fd, out bool unsupported);
        if (unsupported) throw ts.Rt.NotImplementedError("fstat unavailable on this platform");
        return st is { } s ? StatResult(ts, s) : throw Errno(ts, null);
    }

    private static PyObject StatResult(PyThreadState ts, PosixNative.StatInfo s)
    {
        var rt = ts.Rt;
        PyObject Float((long Sec, long Nsec) t) => rt.NewFloat(t.Sec + t.Nsec / 1e9);
        PyObject Ns((long Sec, long Nsec) t) => rt.NewInt((System.Numerics.BigInteger)t.Sec * 1_000_000_000 + t.Nsec);
        return NewStatResult(ts,
        [
            rt.NewInt(s.Mode), rt.NewInt(new System.Numerics.BigInteger(s.Ino)), rt.NewInt(new System.Numerics.BigInteger(s.Dev)),
            rt.NewInt(s.Nlink), rt.NewInt(s.Uid), rt.NewInt(s.Gid), rt.NewInt(s.Size),
            rt.NewInt(s.Atime.Sec), rt.NewInt(s.Mtime.Sec), rt.NewInt(s.Ctime.Sec),
        ], [Float(s.Atime), Float(s.Mtime), Float(s.Ctime), Ns(s.Atime), Ns(s.Mtime), Ns(s.Ctime)]);
    }

    private static PyObject Stat(PyThreadState ts, PyObject nameObj, string p, bool follow)
    {
        var rt = ts.Rt;
        var st = PosixNative.Stat(p, follow, out bool unsupported);
        if (!unsupported)
        {
            return st is { } s ? StatResult(ts, s) : throw Errno(ts, nameObj);
        }
        FileSystemInfo? info = null;
        Io(ts, nameObj, p, () =>
        {
            if (Directory.Exists(p)) info = new DirectoryInfo(p);
            else if (File.Exists(p)) info = new FileInfo(p);
            else throw new FileNotFoundException();
            if (follow && info.LinkTarget != null)
            {
                var target = info.ResolveLinkTarget(true);
                if (target != null) info = target;
            }
        });
        var fi = info!;
        long mode = 0;
        try
        {
            mode = OperatingSystem.IsWindows() ? 0x1A4 : (long)File.GetUnixFileMode(fi.FullName);
        }
        catch (Exception)
        {
            mode = 0x1A4;
        }
        if (fi is DirectoryInfo) mode |= 0x4000;
        else if (!follow && fi.LinkTarget != null) mode |= 0xA000;
        else mode |= 0x8000;
        long size = fi is FileInfo f2 ? f2.Length : 4096;
        double ToSec(DateTime dt) => (dt.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds;
        long ToNs(DateTime dt) => (dt.ToUniversalTime() - DateTime.UnixEpoch).Ticks * 100;
        var at = fi.LastAccessTimeUtc;
        var mt = fi.LastWriteTimeUtc;
        var ct = fi.LastWriteTimeUtc;
        return NewStatResult(ts,
        [
            rt.NewInt(mode), rt.NewInt(0), rt.NewInt(0), rt.NewInt(1), rt.NewInt(0), rt.NewInt(0), rt.NewInt(size),
            rt.NewInt((long)ToSec(at)), rt.NewInt((long)ToSec(mt)), rt.NewInt((long)ToSec(ct)),
        ], [rt.NewFloat(ToSec(at)), rt.NewFloat(ToSec(mt)), rt.NewFloat(ToSec(ct)), rt.NewInt(ToNs(at)), rt.NewInt(ToNs(mt)), rt.NewInt(ToNs(ct))]);
    }
}
