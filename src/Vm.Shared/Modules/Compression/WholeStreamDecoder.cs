// The incremental state behind bz2.BZ2Decompressor and lzma.LZMADecompressor. The codecs
// (SharpCompress) pull their input from a stream and cannot pause for more, so this keeps the input
// until it may hold a whole stream and only then runs the codec over it:
//  - a format scan (Scan) tells when a stream may have ended (bzip2's end-of-stream magic, the xz
//    footer magic); formats without such a mark (lzma-alone, raw) are tried whenever the input has
//    doubled since the last try, and on an empty feed after new input (the file readers feed b""
//    at the end of the file);
//  - a try that runs out of input (Truncated) leaves everything as it was, so trying early is only
//    wasted work, never a wrong result; any other codec failure is a data error;
//  - the decoded output is then handed out max_length bytes at a time; eof turns true when the
//    last byte has been handed out, and the input after the stream's end is unused_data.
// Callers hold the owning object's lock around every call (see CodecLock).
namespace Vm.Modules.Compression;

internal abstract class WholeStreamDecoder
{
    /// <summary>Thrown by a codec's input when it reads past the bytes fed so far.</summary>
    internal sealed class Truncated : Exception;

    /// <summary>Invalid compressed data (the message is the module's error text).</summary>
    internal sealed class DataError(string message) : Exception(message);

    private byte[] _input = new byte[64];
    private int _length, _scanned, _lastTry, _lastLength;
    private bool _candidate;
    private byte[]? _output;
    private int _outPos;

    public bool Eof { get; private set; }
    public byte[] UnusedData { get; private set; } = [];
    public bool NeedsInput => !Eof && _output == null;

    /// <summary>Looks at input[from..to) for a possible stream end; true if one may be there.</summary>
    protected abstract bool Scan(byte[] input, int from, int to);

    /// <summary>Checks the first bytes as they arrive (the magic), throwing DataError early.</summary>
    protected virtual void CheckPrefix(ReadOnlySpan<byte> input) { }

    /// <summary>Decodes the stream at the start of input[..length]; returns the output and sets consumed.</summary>
    protected abstract byte[] Decode(byte[] input, int length, out int consumed);

    /// <summary>The message of a codec failure (a data error the format checks did not catch).</summary>
    protected abstract string CorruptMessage { get; }

    /// <summary>True when the format has no end mark to scan for: try when the input has doubled.</summary>
    protected virtual bool TryOnGrowth => false;

    /// <summary>One decompress() call: feeds data, returns up to maxLength bytes (negative: all).</summary>
    public byte[] Decompress(ReadOnlySpan<byte> data, long maxLength)
    {
        if (_output != null) UnusedData = [.. UnusedData, .. data];
        else
        {
            Append(data);
            CheckPrefix(_input.AsSpan(0, _length));
            if (Scan(_input, Math.Max(0, _scanned - 16), _length)) _candidate = true;
            _scanned = _length;
            bool grown = TryOnGrowth && (_length >= 2 * _lastTry || (data.Length == 0 && _length != _lastLength));
            if ((_candidate || grown) && _length > 0) TryDecode();
        }
        if (_output == null) return [];
        int n = (int)Math.Min(_output.Length - _outPos, maxLength < 0 ? int.MaxValue : maxLength);
        var result = _output.AsSpan(_outPos, n).ToArray();
        _outPos += n;
        if (_outPos == _output.Length) Eof = true;
        return result;
    }

    private void TryDecode()
    {
        _lastTry = Math.Max(_length, 64);
        _lastLength = _length;
        byte[] output;
        int consumed;
        try
        {
            output = Decode(_input, _length, out consumed);
        }
        catch (Truncated)
        {
            return;
        }
        catch (DataError)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not Objects.PyException)
        {
            throw new DataError(CorruptMessage);
        }
        _candidate = false;
        _output = output;
        UnusedData = _input.AsSpan(consumed, _length - consumed).ToArray();
        _input = [];
        _length = 0;
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        if (_length + data.Length > _input.Length)
            Array.Resize(ref _input, Math.Max(_length + data.Length, _input.Length * 2));
        data.CopyTo(_input.AsSpan(_length));
        _length += data.Length;
    }
}

/// <summary>
/// A read-only stream over input[start..length) that throws Truncated past its end; a lenient one
/// reads as ended there instead and counts the reads (SharpCompress's LZMA1 decoder stops only at the
/// end of its input, and reports a stream cut short as a data error: PastEnd tells the two apart).
/// </summary>
internal sealed class FedInput(byte[] input, int start, int length, bool lenient = false) : Stream
{
    public int PastEnd;
    private readonly int _start = start;
    private int _pos = start;

    public int Position32 => _pos;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length - _start;
    public override long Position { get => _pos - _start; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0) return 0;
        if (_pos >= length) return Ended();
        int n = Math.Min(buffer.Length, length - _pos);
        input.AsSpan(_pos, n).CopyTo(buffer);
        _pos += n;
        return n;
    }

    public override int ReadByte()
    {
        if (_pos >= length) return Ended() - 1;
        return input[_pos++];
    }

    private int Ended()
    {
        if (!lenient) throw new WholeStreamDecoder.Truncated();
        PastEnd++;
        return 0;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
