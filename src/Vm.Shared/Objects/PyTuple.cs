namespace Vm.Objects;

/// <summary>`tuple`. Items are counted references; a tuple whose items are all immortal is itself immortal.</summary>
public class PyTuple : PyObject
{
    public readonly PyObject[] Items;
    private long _hash;

    public PyTuple(PyType type, PyObject[] items) : base(type)
    {
        Items = items;
    }

    public int Count => Items.Length;

    /// <summary>Cached hash (0 = not computed).</summary>
    internal long CachedHash { get => _hash; set => _hash = value; }

    public override void CollectChildren(List<PyObject> sink) => sink.AddRange(Items);
}
