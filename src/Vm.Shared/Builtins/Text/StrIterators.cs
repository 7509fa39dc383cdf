// Native iterators over str (code points), bytes and bytearray (ints), and the instance classes
// of user subclasses of str/bytes/bytearray (the builtin's own object with an instance __dict__).
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Text;

/// <summary>iter(str): yields one-code-point strings. The state is one index (racing users may skip or repeat).</summary>
public sealed class StrIterator : PyIterBase
{
    public override bool RunsNoPythonCode => true;
    private readonly PyStr _s;
    private int _i;

    public StrIterator(PyType type, PyStr s) : base(type)
    {
        _s = s;
    }

    public override PyObject? Next(PyThreadState ts)
    {
        var v = _s.Value;
        int i = _i;
        if (i >= v.Length) return null;
        char c = v[i];
        if (char.IsSurrogate(c))
        {
            // A pair or an escaped lone surrogate: one code point of two units.
            int j = i;
            CodePoints.Next(v, ref j);
            _i = j;
            return ts.Rt.NewStr(v.Substring(i, j - i));
        }
        _i = i + 1;
        return ts.Rt.NewStr(c);
    }

    public override int LengthHint => Math.Max(0, _s.Value.Length - _i);

    public override void CollectChildren(List<PyObject> sink) => sink.Add(_s);
}

/// <summary>iter(bytes) / iter(bytearray): yields ints (a bytearray is read afresh each step).</summary>
public sealed class BytesIterator : PyIterBase
{
    public override bool RunsNoPythonCode => true;
    private readonly PyObject _seq;
    private int _i;

    public BytesIterator(PyType type, PyObject seq) : base(type)
    {
        _seq = seq;
    }

    public override PyObject? Next(PyThreadState ts)
    {
        int i = _i;
        if (_seq is PyBytes b)
        {
            if (i >= b.Value.Length) return null;
            _i = i + 1;
            return ts.Rt.NewInt(b.Value[i]);
        }
        var ba = (PyByteArray)_seq;
        var data = Volatile.Read(ref ba._data);
        int n = Math.Min(Volatile.Read(ref ba._size), data.Length);
        if (i >= n) return null;
        _i = i + 1;
        return ts.Rt.NewInt(data[i]);
    }

    public override int LengthHint => Math.Max(0, (_seq is PyBytes b ? b.Value.Length : ((PyByteArray)_seq).Count) - _i);

    public override void CollectChildren(List<PyObject> sink) => sink.Add(_seq);
}

/// <summary>An instance of a user subclass of str.</summary>
public sealed class PyStrSubclass : PyStr, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyStrSubclass(PyType type, string value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}

/// <summary>An instance of a user subclass of bytes.</summary>
public sealed class PyBytesSubclass : PyBytes, IHasDict
{
    public PyDict? Dict { get; set; }

    public PyBytesSubclass(PyType type, byte[] value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        if (Dict != null) sink.Add(Dict);
    }
}

/// <summary>An instance of a user subclass of bytearray.</summary>
public sealed class PyByteArraySubclass : PyByteArray, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyByteArraySubclass(PyType type, byte[] value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}
