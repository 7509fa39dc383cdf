// Which VM backend an engine runs on. The backends live in their own assemblies (Vm.Gil,
// Vm.FreeThreaded) and register themselves with EngineBackends when loaded.
namespace Vm.Hosting;

/// <summary>
/// A VM backend: <see cref="Gil"/> (CPython's classic build, one global interpreter lock) or
/// <see cref="FreeThreaded"/> (PEP 703: no GIL, per-object locks, biased reference counting).
/// </summary>
public readonly struct Backend : IEquatable<Backend>
{
    private readonly bool _freeThreaded;

    private Backend(bool freeThreaded) => _freeThreaded = freeThreaded;

    /// <summary>The backend with a global interpreter lock (package Vm.Gil).</summary>
    public static Backend Gil => new(false);

    /// <summary>The free-threaded backend (package Vm.FreeThreaded).</summary>
    public static Backend FreeThreaded => new(true);

    /// <summary>"gil" or "free-threaded".</summary>
    public string Name => _freeThreaded ? "free-threaded" : "gil";

    /// <summary>True for <see cref="FreeThreaded"/>.</summary>
    public bool IsFreeThreaded => _freeThreaded;

    /// <summary>
    /// Parses a backend name: "gil" or "1" (the GIL enabled, as in PYTHON_GIL=1) gives
    /// <see cref="Gil"/>; "free-threaded", "freethreaded", "nogil" or "0" gives
    /// <see cref="FreeThreaded"/>. Case-insensitive; surrounding white space is ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> names no backend.</exception>
    public static Backend Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (TryParse(value, out var b)) return b;
        throw new FormatException($"'{value}' is not a backend: use \"gil\" (or \"1\") or \"free-threaded\" (or \"0\").");
    }

    /// <summary>Like <see cref="Parse"/>, but returns false instead of throwing.</summary>
    public static bool TryParse(string? value, out Backend backend)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "gil":
            case "1":
                backend = Gil;
                return true;
            case "free-threaded":
            case "freethreaded":
            case "nogil":
            case "0":
                backend = FreeThreaded;
                return true;
            default:
                backend = default;
                return false;
        }
    }

    /// <summary>
    /// The backend selected by the PYTHON_GIL environment variable ("1": GIL, "0": free-threaded),
    /// as CPython's free-threaded build reads it; <paramref name="defaultBackend"/> (free-threaded
    /// when not given) if the variable is unset or empty.
    /// </summary>
    /// <exception cref="FormatException">PYTHON_GIL holds something else.</exception>
    public static Backend FromEnvironment(Backend? defaultBackend = null)
    {
        var v = Environment.GetEnvironmentVariable("PYTHON_GIL");
        if (string.IsNullOrWhiteSpace(v)) return defaultBackend ?? FreeThreaded;
        return Parse(v);
    }

    /// <inheritdoc />
    public bool Equals(Backend other) => _freeThreaded == other._freeThreaded;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Backend b && Equals(b);

    /// <inheritdoc />
    public override int GetHashCode() => _freeThreaded ? 1 : 0;

    /// <summary>The backend's <see cref="Name"/>.</summary>
    public override string ToString() => Name;

    /// <summary>True when both name the same backend.</summary>
    public static bool operator ==(Backend left, Backend right) => left.Equals(right);

    /// <summary>True when the two name different backends.</summary>
    public static bool operator !=(Backend left, Backend right) => !left.Equals(right);
}
