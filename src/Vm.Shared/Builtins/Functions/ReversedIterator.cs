using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

/// <summary>
/// reversed(seq) for a sequence without __reversed__ (CPython's reversed object): seq[len-1] down to
/// seq[0], ending early at an IndexError or StopIteration; its length hint is the items left (index + 1),
/// 0 once exhausted. It holds a counted reference to seq (released with it: CollectChildren). The index
/// is one field: two threads sharing the iterator may see an item twice or skip one, never crash.
/// </summary>
internal sealed class ReversedIterator<TSync>(PyType type, PyObject seq, long last) : PyIterBase(type) where TSync : struct, ISyncPolicy
{
    private long _index = last;

    public override PyObject? Next(PyThreadState ts)
    {
        long i = _index;
        if (i < 0) return null;
        _index = i - 1;
        try
        {
            return Ops<TSync>.GetItem(ts, seq, ts.Rt.NewInt(i));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ts.Rt.ExceptionTypes["IndexError"]) ||
                                    e.Value.Type.IsSubtypeOf(ts.Rt.ExceptionTypes["StopIteration"]))
        {
            Ops<TSync>.DiscardException(ts, e);
            _index = -1;
            return null;
        }
    }

    public override int LengthHint => (int)Math.Min(int.MaxValue, Math.Max(0, _index + 1));

    /// <summary>__length_hint__ (CPython's reversed_len): the items left, 0 when exhausted or when seq
    /// has shrunk below them; len(seq)'s error propagates.</summary>
    public long LengthHintNow(PyThreadState ts)
    {
        long position = _index + 1;
        if (position <= 0) return 0;
        long size = Ops<TSync>.Len(ts, seq);
        return size < position ? 0 : position;
    }

    public override void CollectChildren(List<PyObject> sink) => sink.Add(seq);
}
