// Modules written in Python and shipped inside Vm.Shared.dll as embedded resources
// (Vm.Shared.csproj embeds Lib/**/*.py with the logical name "Lib/<relative path>").
// The importer asks GetSource(name) after the search path found nothing; a dotted name maps to
// a folder path, and a package is its __init__.py.
using System.Collections.Concurrent;
using System.Reflection;

namespace Vm.Modules;

public static class ShippedModules
{
    private static readonly Assembly s_assembly = typeof(ShippedModules).Assembly;
    private static readonly ConcurrentDictionary<string, string?> s_cache = new();

    /// <summary>The source of module `name` shipped with the VM, or null if there is none.</summary>
    public static string? GetSource(string name) => s_cache.GetOrAdd(name, Load);

    /// <summary>True if `name` is a shipped package (Lib/name/__init__.py).</summary>
    public static bool IsPackage(string name) => Read(ResourceBase(name) + "/__init__.py") != null;

    /// <summary>The names of all shipped modules (for diagnostics and tests).</summary>
    public static IEnumerable<string> Names() =>
        s_assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Lib/", StringComparison.Ordinal) && n.EndsWith(".py", StringComparison.Ordinal))
            .Select(n => n[4..^3].Replace('/', '.'))
            .Select(n => n.EndsWith(".__init__", StringComparison.Ordinal) ? n[..^9] : n)
            .Order(StringComparer.Ordinal);

    private static string ResourceBase(string name) => "Lib/" + name.Replace('.', '/');

    private static string? Load(string name)
    {
        if (name.Length == 0 || name.Contains('/') || name.Contains('\\')) return null;
        var b = ResourceBase(name);
        return Read(b + ".py") ?? Read(b + "/__init__.py");
    }

    private static string? Read(string resource)
    {
        using var s = s_assembly.GetManifestResourceStream(resource);
        if (s == null) return null;
        using var r = new StreamReader(s, System.Text.Encoding.UTF8);
        return r.ReadToEnd();
    }
}
