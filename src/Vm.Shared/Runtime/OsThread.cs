using System.Runtime.InteropServices;

namespace Vm.Runtime;

/// <summary>The operating system's id of the calling thread (what CPython's threading.get_native_id() returns).</summary>
internal static partial class OsThread
{
    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();

    public static int CurrentId()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return GetTid();
            }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
        }
        return Environment.CurrentManagedThreadId;
    }
}
