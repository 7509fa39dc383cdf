// The docstrings of the builtins module's functions and of the builtin types and their methods, taken
// from CPython 3.13 by generate.py into builtin_docs.txt (an embedded resource), and their
// __text_signature__s (builtin_signatures.txt, what inspect.signature parses). Loaded once on first
// use; immutable afterwards, so every runtime in the process shares them.
using System.Reflection;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class BuiltinDocs
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Dictionary<string, string>> Signatures = new(LoadSignatures, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The CPython docstring of a builtin function or method of a builtin type, or null.</summary>
    public static string? For(PyRuntime rt, PyBuiltinFunction f) => Key(rt, f) is { } key ? Table.Value.GetValueOrDefault(key) : null;

    /// <summary>CPython's __text_signature__ of a builtin function or method of a builtin type
    /// ("($module, obj, /)"), or null.</summary>
    public static string? SignatureFor(PyRuntime rt, PyBuiltinFunction f) => Key(rt, f) is { } key ? Signatures.Value.GetValueOrDefault(key) : null;

    /// <summary>"len" or "list.append" for a builtin of the builtins module or a method of one of its types, else null.</summary>
    private static string? Key(PyRuntime rt, PyBuiltinFunction f)
    {
        var owner = f.OwnerType ?? f.StaticOwner; // a method, or a static/class method (dict.fromkeys)
        if (owner != null)
            return IsBuiltinsEntry(rt, owner.Name, owner) ? owner.Name + "." + f.Name : null;
        return f.Self == null && IsBuiltinsEntry(rt, f.Name, f) ? f.Name : null;
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

    private static Dictionary<string, string> LoadSignatures()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(BuiltinDocs).Assembly.GetManifestResourceStream("Builtins/builtin_signatures.txt");
        if (stream == null) return table;
        using var reader = new StreamReader(stream);
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            int tab = line.IndexOf('\t');
            if (tab > 0) table[line[..tab]] = line[(tab + 1)..].Replace('\t', '\n'); // a wrapped signature's lines
        }
        return table;
    }
}
