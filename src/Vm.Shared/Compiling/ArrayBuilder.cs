// A minimal growable array for the front-end's value-type lists (tokenizer brackets, code
// builder instructions, work stacks). System.Collections.Generic.List<T> and Stack<T> over our
// structs (or over int, where the framework did not precompile that instantiation) lie outside
// the ReadyToRun image's version bubble and were JIT-compiled at every start (`./pyvm -c pass`
// compiled ~20 such methods); this type lives in Vm.Shared, so each instantiation is precompiled.
namespace Vm.Compiling;

internal sealed class ArrayBuilder<T>
{
    private T[] _items;
    private int _count;

    public ArrayBuilder(int capacity = 8) => _items = new T[Math.Max(1, capacity)];

    public int Count => _count;

    public ref T this[int i]
    {
        get
        {
            if ((uint)i >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(i));
            return ref _items[i];
        }
    }

    public ref T Last
    {
        get
        {
            if (_count == 0) throw new InvalidOperationException("empty");
            return ref _items[_count - 1];
        }
    }

    public void Add(T item)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = item;
    }

    /// <summary>Removes and returns the last item.</summary>
    public T Pop()
    {
        if (_count == 0) throw new InvalidOperationException("empty");
        var item = _items[--_count];
        _items[_count] = default!;
        return item;
    }

    public T[] ToArray()
    {
        // Array.Copy, not AsSpan().ToArray(): Span<T> over our structs is a framework generic too.
        var a = new T[_count];
        Array.Copy(_items, a, _count);
        return a;
    }
}
