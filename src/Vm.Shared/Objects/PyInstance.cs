namespace Vm.Objects;

/// <summary>
/// An instance of a user class whose solid base is `object`: a __dict__ (unless the class uses
/// __slots__ only) and slot storage. Instances of user subclasses of builtins (list, dict, int,
/// str, Exception) are the builtin's own .NET class with <see cref="IHasDict"/>.
/// </summary>
public class PyInstance : PyObject, IHasDict
{
    public PyDict? Dict { get; set; }
    public PyObject?[]? Slots;

    public PyInstance(PyType type) : base(type) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        // Popped last-first: slots are released in order, then the __dict__ (CPython's subtype_dealloc).
        if (Dict != null) sink.Add(Dict);
        if (Slots != null)
            for (int i = Slots.Length - 1; i >= 0; i--)
                if (Slots[i] is { } s) sink.Add(s);
    }
}

/// <summary>Objects that carry an instance __dict__.</summary>
public interface IHasDict
{
    PyDict? Dict { get; set; }
}

/// <summary>A module.</summary>
public sealed class PyModule : PyObject, IHasDict
{
    public PyDict? Dict { get; set; }
    public readonly string Name;

    public PyModule(PyType type, string name, PyDict dict) : base(type)
    {
        Name = name;
        Dict = dict;
        MakeImmortal(); // deferred: modules are shared by every thread
    }
}
