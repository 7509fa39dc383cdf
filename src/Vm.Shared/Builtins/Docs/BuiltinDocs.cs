// The docstrings of the builtins module's functions and of the builtin types and their methods, taken
// from CPython 3.13 by generate.py into builtin_docs.txt (an embedded resource). Loaded once on first
// use; immutable afterwards, so every runtime in the process shares it.
using System.Reflection;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class BuiltinDocs
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The CPython docstring of a builtin function or method of a builtin type, or null.</summary>
    public static string? For(PyRuntime rt, PyBuiltinFunction f)
    {
        string key;
        if (f.OwnerType != null)
        {
            if (!IsBuiltinsEntry(rt, f.OwnerType.Name, f.OwnerType)) return null;
            key = f.OwnerType.Name + "." + f.Name;
        }
        else
        {
            if (f.Self != null || !IsBuiltinsEntry(rt, f.Name, f)) return null;
            key = f.Name;
        }
        return Table.Value.GetValueOrDefault(key);
    }

    /// <summary>The CPython docstring of a builtin type, or null.</summary>
    public static string? For(PyRuntime rt, PyType t) =>
        !t.IsHeapType && IsBuiltinsEntry(rt, t.Name, t) ? Table.Value.GetValueOrDefault(t.Name) : null;

    private static bool IsBuiltinsEntry(PyRuntime rt, string name, PyObject o) =>
        ReferenceEquals(rt.BuiltinsModule.Dict!.GetStr(rt.Intern(name)), o);

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(BuiltinDocs).Assembly.GetManifestResourceStream("Builtins/builtin_docs.txt");
        if (stream == null) return table;
        using var reader = new StreamReader(stream);
        string? key = null;
        var text = new System.Text.StringBuilder();
        void Flush()
        {
            if (key != null) table[key] = text.ToString().TrimEnd('\n');
            text.Clear();
        }
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                Flush();
                key = line[3..];
                continue;
            }
            text.Append(line).Append('\n');
        }
        Flush();
        return table;
    }
}
