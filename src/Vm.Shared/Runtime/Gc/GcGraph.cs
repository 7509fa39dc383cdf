// The object graph one collection works on (CycleCollector.cs): nodes numbered in discovery
// order, edges as a flat adjacency array, gc_refs per node and the reachable marks. Policy-free:
// the caller supplies the reference count reader and keeps the graph still while it is built
// (world stopped, or the GIL held).
using Vm.Objects;

namespace Vm.Runtime.Gc;

public sealed class GcGraph
{
    private readonly List<PyObject> _nodes = new();
    private readonly Dictionary<PyObject, int> _index = new(ReferenceEqualityComparer.Instance);
    /// <summary>Children of node i are _edges[_edgeStart[i] .. _edgeStart[i + 1]).</summary>
    private readonly List<int> _edgeStart = new();
    private readonly List<int> _edges = new();
    private long[] _gcRefs = [];
    private bool[] _reachable = [];
    /// <summary>Nodes kept only by an uncounted holder (count 0, a stack slot): still candidates.</summary>
    private readonly List<PyObject> _heldUncounted = new();
    public IReadOnlyList<PyObject> HeldUncounted => _heldUncounted;
    private readonly Stack<int> _pending = new();

    public int Count => _nodes.Count;
    public PyObject Node(int i) => _nodes[i];
    public bool IsReachable(int i) => _reachable[i];

    /// <summary>True for a node found unreachable (false for objects outside the graph).</summary>
    public bool IsGarbage(PyObject o) => _index.TryGetValue(o, out int i) && !_reachable[i];

    /// <summary>Counted, not yet freed objects are the only ones a collection considers.</summary>
    public static bool Eligible(PyObject o) => (o.FlagBits & (int)(ObjectFlags.Immortal | ObjectFlags.Dead)) == 0;

    /// <summary>
    /// The graph of everything reachable from <paramref name="roots"/> through counted references
    /// (or, with <paramref name="within"/>, of the given objects and the references among them only).
    /// </summary>
    public static GcGraph Build(IEnumerable<PyObject> roots, bool within = false)
    {
        var g = new GcGraph();
        foreach (var o in roots)
            if (Eligible(o) && !g._index.ContainsKey(o)) g.AddNode(o);
        var children = new List<PyObject>();
        for (int i = 0; i < g._nodes.Count; i++)
        {
            g._edgeStart.Add(g._edges.Count);
            children.Clear();
            g._nodes[i].CollectChildren(children);
            foreach (var c in children)
            {
                if (!Eligible(c)) continue;
                if (!g._index.TryGetValue(c, out int j))
                {
                    if (within) continue;
                    j = g.AddNode(c);
                }
                g._edges.Add(j);
            }
        }
        g._edgeStart.Add(g._edges.Count);
        g._reachable = new bool[g._nodes.Count];
        return g;
    }

    private int AddNode(PyObject o)
    {
        int i = _nodes.Count;
        _nodes.Add(o);
        _index.Add(o, i);
        return i;
    }

    /// <summary>gc_refs = count - references from inside the graph; roots are the nodes referenced
    /// from outside, held only by uncounted references (count 0), or miscounted (negative).</summary>
    public void ComputeExternal(Func<PyObject, long> refCount)
    {
        int n = _nodes.Count;
        _gcRefs = new long[n];
        for (int i = 0; i < n; i++) _gcRefs[i] = refCount(_nodes[i]);
        var zeroCount = new bool[n];
        for (int i = 0; i < n; i++) zeroCount[i] = _gcRefs[i] == 0;
        foreach (int j in _edges) _gcRefs[j]--;
        for (int i = 0; i < n; i++)
        {
            if (zeroCount[i]) _heldUncounted.Add(_nodes[i]);
            if (_gcRefs[i] != 0 || zeroCount[i]) Root(i);
        }
    }

    /// <summary>An object referenced from outside the graph's counted references (a stack slot, ...).</summary>
    public void AddRoot(PyObject? o)
    {
        if (o != null && _index.TryGetValue(o, out int i))
        {
            _heldUncounted.Add(o);
            Root(i);
        }
    }

    private void Root(int i)
    {
        if (_reachable[i]) return;
        _reachable[i] = true;
        _pending.Push(i);
    }

    /// <summary>Propagates reachability from the roots along the edges.</summary>
    public void MarkReachable()
    {
        while (_pending.Count > 0)
        {
            int i = _pending.Pop();
            for (int e = _edgeStart[i]; e < _edgeStart[i + 1]; e++) Root(_edges[e]);
        }
    }

    /// <summary>The nodes not reachable from any root, in discovery order.</summary>
    public List<PyObject> Unreachable()
    {
        MarkReachable();
        var res = new List<PyObject>();
        for (int i = 0; i < _nodes.Count; i++)
            if (!_reachable[i]) res.Add(_nodes[i]);
        return res;
    }
}
