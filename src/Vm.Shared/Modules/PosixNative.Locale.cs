// The C library's locale (setlocale(3), localeconv(3), nl_langinfo(3), strcoll(3), strxfrm(3)) for
// the _locale module. The locale is the process's: .NET's own formatting does not read it, and
// neither does the VM's (float repr, str.format), as in CPython.
using System.Runtime.InteropServices;
using System.Text;

namespace Vm.Modules;

internal static partial class PosixNative
{
    [LibraryImport(Libc, EntryPoint = "setlocale")]
    private static partial nint QueryLocaleRaw(int category, nint none);

    [LibraryImport(Libc, EntryPoint = "setlocale")]
    private static partial nint SetLocaleRaw(int category, ref byte locale);

    [LibraryImport(Libc, EntryPoint = "localeconv")]
    private static partial nint LocaleConvRaw();

    [LibraryImport(Libc, EntryPoint = "nl_langinfo")]
    private static partial nint NlLangInfoRaw(int item);

    [LibraryImport(Libc, EntryPoint = "strcoll")]
    private static partial int StrCollRaw(ref byte a, ref byte b);

    [LibraryImport(Libc, EntryPoint = "strxfrm")]
    private static partial nuint StrXfrmRaw(ref byte dest, ref byte src, nuint n);

    /// <summary>setlocale(category, locale): the locale's name afterwards, or null when the C
    /// library refused (an unknown name, or a query that failed). A null locale only queries.</summary>
    public static string? SetLocale(int category, string? locale)
    {
        if (locale == null) return Marshal.PtrToStringUTF8(QueryLocaleRaw(category, 0));
        var bytes = Utf8Z(locale);
        return Marshal.PtrToStringUTF8(SetLocaleRaw(category, ref bytes[0]));
    }

    /// <summary>The fields of struct lconv, in glibc's order: ten C strings as raw bytes (the grouping
    /// strings are small numbers, not text), then fourteen chars.</summary>
    public static (byte[][] Strings, byte[] Chars) LocaleConv()
    {
        nint p = LocaleConvRaw();
        var strings = new byte[10][];
        for (int i = 0; i < 10; i++)
        {
            nint str = Marshal.ReadIntPtr(p, i * IntPtr.Size);
            int n = 0;
            while (str != 0 && Marshal.ReadByte(str, n) != 0) n++;
            strings[i] = new byte[n];
            if (n > 0) Marshal.Copy(str, strings[i], 0, n);
        }
        var chars = new byte[14];
        for (int i = 0; i < 14; i++) chars[i] = Marshal.ReadByte(p, 10 * IntPtr.Size + i);
        return (strings, chars);
    }

    public static string NlLangInfo(int item) => CString(NlLangInfoRaw(item));

    public static int StrColl(string a, string b)
    {
        var x = Utf8Z(a);
        var y = Utf8Z(b);
        return StrCollRaw(ref x[0], ref y[0]);
    }

    public static byte[] StrXfrm(string s)
    {
        var src = Utf8Z(s);
        var dest = new byte[src.Length * 4 + 16];
        while (true)
        {
            nuint n = StrXfrmRaw(ref dest[0], ref src[0], (nuint)dest.Length);
            if (n < (nuint)dest.Length) return dest.AsSpan(0, (int)n).ToArray();
            dest = new byte[(int)n + 1];
        }
    }

    private static byte[] Utf8Z(string s)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(s) + 1];
        Encoding.UTF8.GetBytes(s, bytes);
        return bytes;
    }

    private static string CString(nint p) => p == 0 ? "" : Marshal.PtrToStringUTF8(p) ?? "";
}
