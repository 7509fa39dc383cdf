// uname(2): the system's name, release, version and machine (os.uname, platform); the process's
// user and group ids (os.getuid and friends).
using System.Runtime.InteropServices;
using System.Text;

namespace Vm.Modules;

internal static partial class PosixNative
{
    /// <summary>Linux's struct utsname: six fields of 65 bytes (the sixth is the domain name).</summary>
    private const int UtsFieldLength = 65;

    [LibraryImport(Libc, EntryPoint = "uname", SetLastError = true)]
    private static partial int UnameRaw(ref byte buf);

    [LibraryImport(Libc, EntryPoint = "gnu_get_libc_version")]
    private static partial nint GnuLibcVersion();

    [LibraryImport(Libc, EntryPoint = "getuid")]
    public static partial uint GetUid();

    [LibraryImport(Libc, EntryPoint = "geteuid")]
    public static partial uint GetEUid();

    [LibraryImport(Libc, EntryPoint = "getgid")]
    public static partial uint GetGid();

    [LibraryImport(Libc, EntryPoint = "getegid")]
    public static partial uint GetEGid();

    /// <summary>sysname, nodename, release, version, machine; null if the call failed.</summary>
    public static string[]? Uname()
    {
        var buf = new byte[UtsFieldLength * 6];
        if (UnameRaw(ref buf[0]) != 0) return null;
        var fields = new string[5];
        for (int i = 0; i < 5; i++)
        {
            var span = buf.AsSpan(i * UtsFieldLength, UtsFieldLength);
            int end = span.IndexOf((byte)0);
            fields[i] = Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
        }
        return fields;
    }

    /// <summary>The C library's version ("2.36"), or null where it is not glibc.</summary>
    public static string? LibcVersion()
    {
        try
        {
            return Marshal.PtrToStringUTF8(GnuLibcVersion());
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }
}
