using Vm.Bytecode;

namespace Vm.Runtime;

/// <summary>
/// The compiled-code cache of imported modules (CPython's __pycache__, kept in one directory):
/// a module's CodeUnit is stored under a 128-bit hash of its file name and source, in a folder
/// named for the build of Vm.Shared (its module version id), so a changed compiler never reads
/// an older build's output. Start-up of a multiprocessing child imports multiprocessing, pickle
/// and threading; compiling them took most of its import time.
/// Directory: PYVM_CODE_CACHE if set ("0" turns the cache off), else $XDG_CACHE_HOME/pyvm or
/// ~/.cache/pyvm. Files are written to a temporary name and renamed, so concurrent processes
/// never see a partial file; any unreadable file is ignored and the source compiled.
/// </summary>
public static class CodeCache
{
    private static readonly string? s_dir = ResolveDirectory();

    public static CodeUnit GetOrCompile(string source, string fileName, Func<CodeUnit> compile)
    {
        if (s_dir == null) return compile();
        string path = Path.Combine(s_dir, Key(source, fileName) + ".pvc");
        var cached = TryRead(path);
        if (cached != null && cached.FileName == fileName) return cached;
        var unit = compile();
        TryWrite(path, unit);
        return unit;
    }

    // Not SHA-256: the first cryptographic hash of a process loads OpenSSL (libcrypto), which
    // cost a multiprocessing child ~10 ms of its start-up. This is no defence against a crafted
    // collision (the cache is the user's own directory, as CPython's __pycache__ is); two
    // independent 64-bit multiply-xorshift lanes over the UTF-16 text make an accidental one
    // negligible, and a read also checks the unit's file name.
    private static string Key(string source, string fileName)
    {
        ulong a = 0x9E3779B97F4A7C15UL ^ (ulong)source.Length, b = 0xC2B2AE3D27D4EB4FUL ^ (ulong)fileName.Length;
        Mix(fileName, ref a, ref b);
        a = Round(a, 0xFFFF);   // separator between name and source
        Mix(source, ref a, ref b);
        return Final(a).ToString("x16") + Final(b ^ a).ToString("x16");
    }

    private static void Mix(string s, ref ulong a, ref ulong b)
    {
        var chars = s.AsSpan();
        int i = 0;
        for (; i + 4 <= chars.Length; i += 4)
        {
            ulong w = chars[i] | (ulong)chars[i + 1] << 16 | (ulong)chars[i + 2] << 32 | (ulong)chars[i + 3] << 48;
            a = Round(a, w);
            b = Round(b ^ 0x94D049BB133111EBUL, w);
        }
        for (; i < chars.Length; i++)
        {
            a = Round(a, chars[i]);
            b = Round(b ^ 0x94D049BB133111EBUL, chars[i]);
        }
    }

    private static ulong Round(ulong h, ulong w)
    {
        h ^= w;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 31);
    }

    private static ulong Final(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }

    private static CodeUnit? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)));
            return CodeUnitSerializer.Read(r);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException
                                       or ArgumentException or OverflowException or OutOfMemoryException)
        {
            return null; // a damaged file: compile the source instead
        }
    }

    private static void TryWrite(string path, CodeUnit unit)
    {
        string tmp = path + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var w = new BinaryWriter(File.Create(tmp)))
                CodeUnitSerializer.Write(w, unit);
            File.Move(tmp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(tmp); } catch (Exception e2) when (e2 is IOException or UnauthorizedAccessException) { }
        }
    }

    private static string? ResolveDirectory()
    {
        string? root = Environment.GetEnvironmentVariable("PYVM_CODE_CACHE");
        if (root == "0") return null;
        if (string.IsNullOrEmpty(root))
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(xdg) && string.IsNullOrEmpty(home)) return null;
            root = Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".cache") : xdg, "pyvm");
        }
        string dir = Path.Combine(root, typeof(CodeCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        try
        {
            if (!Directory.Exists(dir))
            {
                Directory.CreateDirectory(dir);
                PruneOldBuilds(root, dir);
            }
            return dir;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Each build of Vm.Shared gets a new folder; folders of builds unused for a day are removed
    // when a new one is made.
    private static void PruneOldBuilds(string root, string current)
    {
        foreach (var d in Directory.GetDirectories(root))
        {
            if (d == current) continue;
            try
            {
                if (Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddDays(-1)) Directory.Delete(d, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
