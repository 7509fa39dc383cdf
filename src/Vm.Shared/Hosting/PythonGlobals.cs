// The global namespace of an engine's __main__ module, as a host sees it.
namespace Vm.Hosting;

/// <summary>
/// The variables of the engine's __main__ module: what <see cref="PythonEngine.Execute"/>
/// defines and scripts read. Values are converted on each access (a Python list read here is a
/// fresh <see cref="List{T}"/>; changing it does not change the Python list). Storing a
/// <see cref="Delegate"/> or a <see cref="HostFunction"/> makes it a function scripts can call.
/// Thread-safe like its engine.
/// </summary>
public sealed class PythonGlobals
{
    private readonly EngineCore _engine;

    internal PythonGlobals(EngineCore engine) => _engine = engine;

    /// <summary>Gets (converted to .NET) or sets (converted to Python) a global variable.</summary>
    /// <exception cref="KeyNotFoundException">Getting a name that is not defined.</exception>
    /// <exception cref="ArgumentException">Setting a value that cannot be converted.</exception>
    public object? this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var v = _engine.GetGlobal(name, null, out bool found);
            return found ? v : throw new KeyNotFoundException($"name '{name}' is not defined");
        }
        set
        {
            ArgumentNullException.ThrowIfNull(name);
            _engine.SetGlobal(name, value);
        }
    }

    /// <summary>The global converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">The name is not defined.</exception>
    /// <exception cref="InvalidCastException">The value cannot be converted to <typeparamref name="T"/>.</exception>
    public T Get<T>(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var v = _engine.GetGlobal(name, typeof(T), out bool found);
        return found ? (T)v! : throw new KeyNotFoundException($"name '{name}' is not defined");
    }

    /// <summary>Gets the global if it is defined.</summary>
    public bool TryGetValue(string name, out object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = _engine.GetGlobal(name, null, out bool found);
        return found;
    }

    /// <summary>True if the name is defined.</summary>
    public bool Contains(string name) => TryGetValue(name, out _);

    /// <summary>Deletes the global; false if it was not defined.</summary>
    public bool Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _engine.RemoveGlobal(name);
    }

    /// <summary>The names currently defined (including __name__, __builtins__ and the like).</summary>
    public IReadOnlyList<string> Names => _engine.GlobalNames();
}
