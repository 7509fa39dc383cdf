// posix_spawn for subprocess (Lib/subprocess.py through the _posixsubprocess module), pipe2 and
// waitpid. Linux/glibc: the opaque posix_spawn structures are allocated larger than glibc's
// (80 and 336 bytes) and only touched through libc's own functions.
//
// Why posix_spawn and not System.Diagnostics.Process: subprocess must put arbitrary descriptors
// (a pipe, a file, /dev/null, the parent's stdout) on the child's 0/1/2 and reset the signals
// .NET ignores (SIGPIPE is SIG_IGN in a .NET process, and an ignored signal stays ignored across
// exec: `yes | head` would then loop on EPIPE instead of dying). Process can do neither.
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    public const int WNoHang = 1;
    public const int EChild = 10;
    private const short PosixSpawnSetSigDef = 0x04, PosixSpawnSetSigMask = 0x08;
    private const int SigPipe = 13, SigXfsz = 25;

    [LibraryImport(Libc, EntryPoint = "pipe2", SetLastError = true)]
    public static partial int Pipe2(Span<int> fds, int flags);

    [LibraryImport(Libc, EntryPoint = "waitpid", SetLastError = true)]
    public static partial int WaitPid(int pid, out int status, int options);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_init")]
    private static partial int FileActionsInit(nint actions);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_destroy")]
    private static partial int FileActionsDestroy(nint actions);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_adddup2")]
    private static partial int FileActionsAddDup2(nint actions, int fd, int newFd);

    [LibraryImport(Libc, EntryPoint = "posix_spawn_file_actions_addchdir_np", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FileActionsAddChdir(nint actions, string path);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_init")]
    private static partial int AttrInit(nint attr);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_destroy")]
    private static partial int AttrDestroy(nint attr);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_setflags")]
    private static partial int AttrSetFlags(nint attr, short flags);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_setsigdefault")]
    private static partial int AttrSetSigDefault(nint attr, nint sigset);

    [LibraryImport(Libc, EntryPoint = "posix_spawnattr_setsigmask")]
    private static partial int AttrSetSigMask(nint attr, nint sigset);

    [LibraryImport(Libc, EntryPoint = "sigemptyset")]
    private static partial int SigEmptySet(nint set);

    [LibraryImport(Libc, EntryPoint = "sigaddset")]
    private static partial int SigAddSet(nint set, int sig);

    [LibraryImport(Libc, EntryPoint = "posix_spawn")]
    private static partial int PosixSpawn(out int pid, nint path, nint actions, nint attr, nint argv, nint envp);

    [LibraryImport(Libc, EntryPoint = "posix_spawnp")]
    private static partial int PosixSpawnP(out int pid, nint file, nint actions, nint attr, nint argv, nint envp);

    /// <summary>
    /// Starts <paramref name="file"/> (searched on PATH when <paramref name="searchPath"/>) with
    /// <paramref name="argv"/> and <paramref name="envp"/> ("NAME=value" strings; null: this process's
    /// environment), in <paramref name="cwd"/> (null: this one's), descriptors dup2'ed onto the child's
    /// 0/1/2 as <paramref name="stdio"/> says (-1: inherited), SIGPIPE and SIGXFSZ at their defaults and no
    /// signal blocked. Returns the pid, or minus the errno posix_spawn gave.
    /// </summary>
    public static unsafe int Spawn(string file, bool searchPath, IReadOnlyList<string> argv, IReadOnlyList<string>? envp, string? cwd, ReadOnlySpan<int> stdio)
    {
        var allocated = new List<nint>();
        nint actions = Marshal.AllocHGlobal(256), attr = Marshal.AllocHGlobal(512), sigs = Marshal.AllocHGlobal(256);
        try
        {
            FileActionsInit(actions);
            AttrInit(attr);
            try
            {
                for (int i = 0; i < stdio.Length; i++)
                    if (stdio[i] >= 0) FileActionsAddDup2(actions, stdio[i], i); // dup2 clears FD_CLOEXEC on the target
                if (cwd != null) FileActionsAddChdir(actions, cwd);
                SigEmptySet(sigs);
                SigAddSet(sigs, SigPipe);
                SigAddSet(sigs, SigXfsz);
                AttrSetSigDefault(attr, sigs);
                SigEmptySet(sigs);
                AttrSetSigMask(attr, sigs);
                AttrSetFlags(attr, PosixSpawnSetSigDef | PosixSpawnSetSigMask);
                nint path = Utf8(file, allocated);
                nint args = StringArray(argv, allocated);
                nint env = StringArray(envp ?? CurrentEnvironment(), allocated);
                int err = searchPath ? PosixSpawnP(out int pid, path, actions, attr, args, env)
                                     : PosixSpawn(out pid, path, actions, attr, args, env);
                return err == 0 ? pid : -err;
            }
            finally
            {
                FileActionsDestroy(actions);
                AttrDestroy(attr);
            }
        }
        finally
        {
            foreach (var p in allocated) Marshal.FreeHGlobal(p);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attr);
            Marshal.FreeHGlobal(sigs);
        }
    }

    private static unsafe nint Utf8(string s, List<nint> allocated)
    {
        int n = System.Text.Encoding.UTF8.GetByteCount(s);
        var h = Marshal.AllocHGlobal(n + 1);
        allocated.Add(h);
        var span = new Span<byte>((void*)h, n + 1);
        System.Text.Encoding.UTF8.GetBytes(s, span);
        span[n] = 0;
        return h;
    }

    private static nint StringArray(IReadOnlyList<string> items, List<nint> allocated)
    {
        var arr = Marshal.AllocHGlobal((items.Count + 1) * nint.Size);
        allocated.Add(arr);
        for (int i = 0; i < items.Count; i++) Marshal.WriteIntPtr(arr, i * nint.Size, Utf8(items[i], allocated));
        Marshal.WriteIntPtr(arr, items.Count * nint.Size, 0);
        return arr;
    }

    /// <summary>This process's environment as .NET keeps it (os.environ writes go there, not to
    /// libc's environ, which .NET never updates).</summary>
    private static List<string> CurrentEnvironment()
    {
        var list = new List<string>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) list.Add(e.Key + "=" + e.Value);
        return list;
    }
}
