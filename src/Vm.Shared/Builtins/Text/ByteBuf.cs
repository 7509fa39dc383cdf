namespace Vm.Builtins.Text;

/// <summary>A growable byte buffer for building bytes results without per-byte allocation.</summary>
public struct ByteBuf
{
    private byte[] _buf;
    private int _n;

    public ByteBuf(int capacity)
    {
        _buf = capacity == 0 ? [] : new byte[capacity];
        _n = 0;
    }

    public readonly int Length => _n;

    public readonly ReadOnlySpan<byte> Span => _buf.AsSpan(0, _n);

    private void Grow(int extra)
    {
        int want = _n + extra;
        if (_buf == null || want > _buf.Length)
        {
            int cap = Math.Max(want, Math.Max(16, (_buf?.Length ?? 0) * 2));
            Array.Resize(ref _buf, cap);
        }
    }

    public void Add(byte b)
    {
        if (_buf == null || _n == _buf.Length) Grow(1);
        _buf![_n++] = b;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (_buf == null || _n + bytes.Length > _buf.Length) Grow(bytes.Length);
        bytes.CopyTo(_buf.AsSpan(_n));
        _n += bytes.Length;
    }

    /// <summary>Appends the low byte of each char (callers pass ASCII).</summary>
    public void AddAscii(string s)
    {
        if (_buf == null || _n + s.Length > _buf.Length) Grow(s.Length);
        foreach (char c in s) _buf![_n++] = (byte)c;
    }

    public void AddFill(byte b, int count)
    {
        if (count <= 0) return;
        if (_buf == null || _n + count > _buf.Length) Grow(count);
        _buf.AsSpan(_n, count).Fill(b);
        _n += count;
    }

    public readonly byte[] ToArray()
    {
        if (_buf == null || _n == 0) return [];
        if (_n == _buf.Length) return _buf;
        return _buf.AsSpan(0, _n).ToArray();
    }
}
