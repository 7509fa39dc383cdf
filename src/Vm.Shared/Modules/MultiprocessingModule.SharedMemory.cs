// Native side of multiprocessing.shared_memory: a POSIX shared memory block (a file in /dev/shm,
// as shm_open makes it) mapped MAP_SHARED, seen from Python as a memoryview.
//
// Design note. memoryview and bytearray work on managed byte[] arrays, and .NET cannot make an
// array over native memory. So the block is mapped *into* an array: a pinned array (pinned-object
// heap, never moved) of size + 2 pages is allocated, and mmap(MAP_FIXED | MAP_SHARED) replaces the
// whole pages inside its payload with the file's pages. The array's header stays in the page
// before, in ordinary GC memory; the GC never reads or writes a byte array's payload. A memoryview
// of [offset, offset + size) of that array then reads and writes the shared pages directly, with
// the ordinary memoryview code (slices, item assignment, struct.pack_into/unpack_from, bytes()).
//
// Lifetime: before the array may go back to the GC, its pages must be ordinary private memory
// again (the GC reuses freed pinned-heap memory for other objects, which must not land in another
// process's shared block). Unmap() replaces the pages with fresh anonymous ones (MAP_FIXED |
// MAP_PRIVATE | MAP_ANONYMOUS), which also drops the shared mapping. It runs on close() and, as a
// last resort, from the finalizer: the mapping object references the array, and an object
// reachable from a finalizable object stays alive until its finalizer has run. The bytearray that
// memoryviews hold references the mapping, so the mapping lives as long as any view of it.
// `_lock` makes Unmap idempotent when close() and the finalizer race.
using System.Runtime.InteropServices;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>A /dev/shm file's pages mapped into the payload of a pinned byte array.</summary>
internal sealed class ShmMapping
{
    public readonly byte[] Array;
    /// <summary>Where the shared bytes start in <see cref="Array"/>.</summary>
    public readonly int Offset;
    public readonly int Size;
    private readonly nint _address;
    private readonly nuint _length;
    private readonly Lock _lock = new();
    private bool _mapped;

    private ShmMapping(byte[] array, int offset, int size, nint address, nuint length)
    {
        Array = array;
        Offset = offset;
        Size = size;
        _address = address;
        _length = length;
        _mapped = true;
    }

    public bool Mapped
    {
        get { lock (_lock) return _mapped; }
    }

    /// <summary>Maps <paramref name="size"/> bytes of the open file <paramref name="fd"/>; returns null (errno set) on failure.</summary>
    public static ShmMapping? Map(int fd, int size)
    {
        int page = Environment.SystemPageSize;
        long length = (size + (long)page - 1) / page * page;
        var array = GC.AllocateArray<byte>(checked((int)(length + page)), pinned: true);
        nint start = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        nint aligned = (nint)(((long)start + page - 1) / page * page);
        nint got = PosixNative.MMap(aligned, (nuint)length, PosixNative.ProtRead | PosixNative.ProtWrite,
            PosixNative.MapShared | PosixNative.MapFixed, fd, 0);
        if (got == aligned) return new ShmMapping(array, (int)(aligned - start), size, aligned, (nuint)length);
        // A failed MAP_FIXED may have removed part of the old pages: put private memory back
        // before the array can be freed (keeping it forever if even that fails).
        int errno = Marshal.GetLastPInvokeError();
        if (PosixNative.MMap(aligned, (nuint)length, PosixNative.ProtRead | PosixNative.ProtWrite,
                PosixNative.MapPrivate | PosixNative.MapAnonymous | PosixNative.MapFixed, -1, 0) != aligned)
            s_keptArrays.Add(array);
        Marshal.SetLastPInvokeError(errno);
        return null;
    }

    /// <summary>Gives the pages back as private anonymous memory (the shared block stays for other mappings).</summary>
    public void Unmap()
    {
        lock (_lock)
        {
            if (!_mapped) return;
            nint got = PosixNative.MMap(_address, _length, PosixNative.ProtRead | PosixNative.ProtWrite,
                PosixNative.MapPrivate | PosixNative.MapAnonymous | PosixNative.MapFixed, -1, 0);
            // Should that ever fail, the array must never be freed: keep it reachable for good.
            if (got != _address) s_leaked.Add(this);
            _mapped = false;
        }
        GC.SuppressFinalize(this);
    }

    private static readonly System.Collections.Concurrent.ConcurrentBag<ShmMapping> s_leaked = [];
    private static readonly System.Collections.Concurrent.ConcurrentBag<byte[]> s_keptArrays = [];

    ~ShmMapping() => Unmap();
}

/// <summary>The bytearray a shared memory block's memoryviews hold: its array is the mapped one.</summary>
internal sealed class PyShmByteArray(PyType type, ShmMapping mapping) : PyByteArray(type, mapping.Array)
{
    public readonly ShmMapping Mapping = mapping;
}

public static partial class MultiprocessingModule<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallShmMapping(PyRuntime rt, PyDict d)
    {
        var t = rt.NewBuiltinType("ShmMapping", null, TypeFlags.None);
        Def.Value(rt, t.Dict, "__module__", rt.NewStr(Mod));
        Def.Function(rt, d, "shm_map", (ts, a, kw) =>
        {
            // shm_map(name, create, size): opens (or exclusively creates, sized) /dev/shm/<name>
            // and maps all of it. name starts with '/', as for shm_open; errors name it so.
            Args.Count(ts, "shm_map", a.Length, 3, 3);
            var name = Ops<TSync>.StrValue(ts, a[0]);
            bool create = Ops<TSync>.IsTrue(ts, a[1]);
            long size = Args.ToLong(ts, a[2]);
            if (name.Length < 2 || name[0] != '/' || name.IndexOf('/', 1) >= 0) throw ShmError(ts, 22, a[0]);
            var path = "/dev/shm" + name;
            int fd = PosixNative.Open(path, PosixNative.ORdWr | (create ? PosixNative.OCreat | PosixNative.OExcl : 0), 0x180);   // 0600
            if (fd < 0) throw ShmError(ts, Marshal.GetLastPInvokeError(), a[0]);
            try
            {
                if (create && PosixNative.FTruncate(fd, size) != 0) throw ShmError(ts, Marshal.GetLastPInvokeError(), a[0]);
                long actual = PosixNative.LSeek(fd, 0, PosixNative.SeekEnd);
                if (actual < 0) throw ShmError(ts, Marshal.GetLastPInvokeError(), a[0]);
                if (actual == 0) throw ts.Rt.ValueError("cannot mmap an empty file");
                if (actual > int.MaxValue - 2L * Environment.SystemPageSize) throw ts.Rt.Error("OverflowError", "shared memory blocks above 2 GiB are not supported");
                var mapping = ShmMapping.Map(fd, (int)actual) ?? throw ShmError(ts, Marshal.GetLastPInvokeError(), a[0]);
                return new PyNative<ShmMapping>(t, mapping);
            }
            finally
            {
                PosixNative.Close(fd);   // the mapping keeps the file's pages
            }
        }, Mod);
        Def.Function(rt, d, "shm_unlink", (ts, a, kw) =>
        {
            Args.Count(ts, "shm_unlink", a.Length, 1, 1);
            var name = Ops<TSync>.StrValue(ts, a[0]);
            if (name.Length < 2 || name[0] != '/' || name.IndexOf('/', 1) >= 0) throw ShmError(ts, 22, a[0]);
            if (PosixNative.Unlink("/dev/shm" + name) != 0) throw ShmError(ts, Marshal.GetLastPInvokeError(), a[0]);
            return ts.Rt.None;
        }, Mod);
        Def.Method(rt, t, "view", (ts, a, kw) =>
        {
            // A new writable 'B' memoryview of the whole block.
            var m = ((PyNative<ShmMapping>)a[0]).State;
            if (!m.Mapped) throw ts.Rt.ValueError("shared memory block is closed");
            var owner = new PyShmByteArray(ts.Rt.ByteArrayType, m);
            return new PyMemoryView(ts.Rt.MemoryViewType, owner, m.Offset, m.Size, 1, false, 'B');
        });
        Def.Method(rt, t, "close", (ts, a, kw) =>
        {
            ((PyNative<ShmMapping>)a[0]).State.Unmap();
            return ts.Rt.None;
        });
        Def.Getter(rt, t, "size", (ts, o) => ts.Rt.NewInt(((PyNative<ShmMapping>)o).State.Size));
        Def.Getter(rt, t, "closed", (ts, o) => ((PyNative<ShmMapping>)o).State.Mapped ? ts.Rt.False : ts.Rt.True);
    }

    /// <summary>OSError(errno, strerror, name) of the errno's subclass, as _posixshmem raises it.</summary>
    private static PyException ShmError(PyThreadState ts, int errno, PyObject name)
    {
        var (type, text) = errno switch
        {
            PosixNative.ENoEnt => ("FileNotFoundError", "No such file or directory"),
            PosixNative.EExist => ("FileExistsError", "File exists"),
            PosixNative.EAccess => ("PermissionError", "Permission denied"),
            22 => ("OSError", "Invalid argument"),
            _ => ("OSError", $"Unknown error {errno}"),
        };
        var e = Ops<TSync>.Call(ts, ts.Rt.ExceptionTypes[type], [ts.Rt.NewInt(errno), ts.Rt.NewStr(text), name], null);
        return new PyException((PyBaseException)e);
    }
}
