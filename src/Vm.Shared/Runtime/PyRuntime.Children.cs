// How this runtime starts child VM processes (multiprocessing): the command that runs the VM
// (sys.executable semantics) and whether children write straight to the inherited stdout and
// stderr (the pyvm command) or hand their output back to be written through sys.stdout and
// sys.stderr (hosts that capture output, such as the test corpus).
namespace Vm.Runtime;

public abstract partial class PyRuntime
{
    /// <summary>The command line prefix that starts the VM, e.g. ["dotnet", "/path/pyvm.dll"]; null = derive it.</summary>
    public string[]? ChildCommand;

    /// <summary>Children inherit stdout/stderr instead of returning their output to the parent.</summary>
    public bool ChildInheritsStdio;

    /// <summary>ChildCommand, or the running program when it is the VM's own launcher.</summary>
    // The entry assembly's Location is used only when the process is `dotnet` (a framework-dependent
    // pyvm.dll, where it is the dll's path); a single-file or NativeAOT pyvm is its own ProcessPath.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "Read only under the dotnet host; see the comment above.")]
    public string[] ResolveChildCommand()
    {
        if (ChildCommand != null) return ChildCommand;
        var exe = Environment.ProcessPath ?? "dotnet";
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet" && !string.IsNullOrEmpty(entry)) return [exe, entry];
        return [exe];
    }
}
