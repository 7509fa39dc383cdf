// A module a .NET host offers to scripts: named values and functions, importable by name.
namespace Vm.Hosting;

/// <summary>
/// A Python module made by the host: <c>import name</c> in a script gives a module whose
/// attributes are the members added here, converted to Python as <see cref="PythonEngine"/>
/// converts values (delegates and <see cref="HostFunction"/>s become callable functions).
/// </summary>
public sealed class HostModule
{
    private readonly Dictionary<string, object?> _members = new(StringComparer.Ordinal);

    /// <summary>Creates an empty module with the given (possibly dotted-free) name.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or contains a dot.</exception>
    public HostModule(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains('.')) throw new ArgumentException("A host module name cannot contain a dot.", nameof(name));
        Name = name;
    }

    /// <summary>The name scripts import.</summary>
    public string Name { get; }

    /// <summary>The module's attributes by name, in the order they were added.</summary>
    public IReadOnlyDictionary<string, object?> Members => _members;

    /// <summary>Adds (or replaces) an attribute: any value <see cref="PythonEngine"/> can convert,
    /// including a <see cref="Delegate"/> or a <see cref="HostFunction"/>.</summary>
    public HostModule Add(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _members[name] = value;
        return this;
    }

    /// <summary>Adds a function; <paramref name="releasesGil"/> as in <see cref="HostFunction.ReleasesGil"/>.</summary>
    public HostModule AddFunction(string name, Delegate function, bool releasesGil = false) =>
        Add(name, new HostFunction(name, function) { ReleasesGil = releasesGil });
}
