// Text files' reading: the decoded read-ahead (FileState.RBuf/Pending), universal-newline
// translation and the newlines seen, read/readline of text, and tell() cookies (byte offsets).
using System.Text;
using Vm.Builtins;
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class IoModule<TSync> where TSync : struct, ISyncPolicy
{
    private static int CompleteLength(string encoding, byte[] data, int len, bool eof)
    {
        if (eof) return len;
        var enc = encoding.ToLowerInvariant().Replace('_', '-');
        if (enc is "utf-8" or "utf8" or "utf-8-sig")
        {
            // Back off an incomplete trailing UTF-8 sequence.
            int i = len - 1, back = 0;
            while (i >= 0 && back < 4 && (data[i] & 0xC0) == 0x80) { i--; back++; }
            if (i < 0) return len;
            byte lead = data[i];
            int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return len - i < need ? i : len;
        }
        if (enc.StartsWith("utf-16", StringComparison.Ordinal) || enc.StartsWith("utf16", StringComparison.Ordinal))
        {
            int l = len & ~1;
            if (l >= 2)
            {
                bool be = enc.EndsWith("be", StringComparison.Ordinal);
                int unit = be ? (data[l - 2] << 8) | data[l - 1] : (data[l - 1] << 8) | data[l - 2];
                if (unit is >= 0xD800 and <= 0xDBFF) l -= 2;
            }
            return l;
        }
        if (enc.StartsWith("utf-32", StringComparison.Ordinal) || enc.StartsWith("utf32", StringComparison.Ordinal)) return len & ~3;
        return len;
    }

    /// <summary>Reads and decodes another chunk into the read-ahead; false at end of file.</summary>
    private static bool Fill(PyThreadState ts, FileState s)
    {
        if (s.Eof && s.Pending.Length == 0) return false;
        var chunk = new byte[8192];
        int n;
        using (new IoWait(ts, s.Stream)) n = s.Stream!.Read(chunk, 0, chunk.Length);
        if (n == 0) s.Eof = true;
        var data = new byte[s.Pending.Length + n];
        s.Pending.CopyTo(data, 0);
        Array.Copy(chunk, 0, data, s.Pending.Length, n);
        int complete = CompleteLength(s.Encoding, data, data.Length, s.Eof);
        if (complete == 0 && data.Length > 0 && !s.Eof)
        {
            s.Pending = data;
            return true;
        }
        var text = complete == 0 ? "" : Codecs<TSync>.Decode(ts, data.AsSpan(0, complete), s.Encoding, s.Errors);
        s.Pending = data.AsSpan(complete).ToArray();
        if (s.Newline is null or "") NoteNewlines(ref s.SeenNewlines, ref s.PendingCr, text, final: s.Eof && s.Pending.Length == 0);
        if (s.RPos > 0)
        {
            s.RBuf = s.RBuf.Substring(s.RPos);
            s.RPos = 0;
        }
        s.RBuf += text;
        return n > 0 || text.Length > 0;
    }

    /// <summary>Records the line endings of decoded text (CPython's IncrementalNewlineDecoder: seen
    /// gets 1 for \n, 2 for \r, 4 for \r\n; a final \r of text that is not final waits in pendingCr).</summary>
    private static void NoteNewlines(ref byte seen, ref bool pendingCr, string text, bool final)
    {
        int i = 0;
        if (pendingCr && (text.Length > 0 || final))
        {
            if (text.Length > 0 && text[0] == '\n')
            {
                seen |= 4;
                i = 1;
            }
            else seen |= 2;
            pendingCr = false;
        }
        for (; i < text.Length; i++)
        {
            if (text[i] == '\n') seen |= 1;
            else if (text[i] != '\r') continue;
            else if (i + 1 < text.Length)
            {
                if (text[i + 1] == '\n')
                {
                    seen |= 4;
                    i++;
                }
                else seen |= 2;
            }
            else if (final) seen |= 2;
            else pendingCr = true;
        }
    }

    /// <summary>The newlines attribute (TextIOWrapper, StringIO): None, or the one kind of line ending seen, or a tuple of them.</summary>
    private static PyObject NewlinesSeen(PyThreadState ts, byte seen)
    {
        var rt = ts.Rt;
        var kinds = new List<PyObject>(3);
        if ((seen & 2) != 0) kinds.Add(rt.NewStr("\r"));
        if ((seen & 1) != 0) kinds.Add(rt.NewStr("\n"));
        if ((seen & 4) != 0) kinds.Add(rt.NewStr("\r\n"));
        return kinds.Count switch { 0 => rt.None, 1 => kinds[0], _ => Ops<TSync>.NewTuple(ts, [.. kinds]) };
    }

    /// <summary>Ensures at least `need` unread raw characters (or end of file); returns the unread count.</summary>
    private static int Ensure(PyThreadState ts, FileState s, int need)
    {
        while (s.RBuf.Length - s.RPos < need)
            if (!Fill(ts, s)) break;
        return s.RBuf.Length - s.RPos;
    }

    /// <summary>Reads up to n characters (n &lt; 0: all) with newline translation.</summary>
    private static string ReadText(PyThreadState ts, FileState s, long n)
    {
        var sb = new StringBuilder();
        while (n < 0 || sb.Length < n)
        {
            if (Ensure(ts, s, 1) == 0) break;
            char c = s.RBuf[s.RPos];
            if (c == '\r' && s.Newline == null)
            {
                // Universal newlines: \r\n and \r read as \n.
                if (Ensure(ts, s, 2) >= 2 && s.RBuf[s.RPos + 1] == '\n') s.RPos += 2;
                else s.RPos += 1;
                sb.Append('\n');
                continue;
            }
            sb.Append(c);
            s.RPos++;
        }
        return sb.ToString();
    }

    private static string ReadLineText(PyThreadState ts, FileState s, long limit)
    {
        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            if (Ensure(ts, s, 1) == 0) break;
            char c = s.RBuf[s.RPos];
            if (c == '\r')
            {
                if (s.Newline == null)
                {
                    if (Ensure(ts, s, 2) >= 2 && s.RBuf[s.RPos + 1] == '\n') s.RPos += 2;
                    else s.RPos += 1;
                    sb.Append('\n');
                    break;
                }
                if (s.Newline == "" || s.Newline == "\r\n")
                {
                    bool crlf = Ensure(ts, s, 2) >= 2 && s.RBuf[s.RPos + 1] == '\n';
                    if (crlf && (limit < 0 || sb.Length + 2 <= limit))
                    {
                        sb.Append("\r\n");
                        s.RPos += 2;
                        break;
                    }
                    sb.Append('\r');
                    s.RPos++;
                    if (s.Newline == "") break;
                    continue;
                }
                sb.Append('\r');
                s.RPos++;
                if (s.Newline == "\r") break;
                continue;
            }
            sb.Append(c);
            s.RPos++;
            if (c == '\n' && s.Newline != "\r" && s.Newline != "\r\n") break;
        }
        return sb.ToString();
    }

    /// <summary>The logical byte position of a text file (the tell() cookie).</summary>
    private static long TextTell(PyThreadState ts, FileState s)
    {
        long pos = s.Stream!.Position - s.Pending.Length;
        if (s.RPos < s.RBuf.Length)
            pos -= Codecs<TSync>.Encode(ts, ts.Rt.NewStr(s.RBuf.Substring(s.RPos)), s.Encoding, "surrogatepass").Length;
        return pos;
    }

    /// <summary>Drops the read-ahead, moving the stream back to the logical position.</summary>
    private static void DropReadAhead(PyThreadState ts, FileState s)
    {
        if (!s.Text) return;
        if (s.RPos < s.RBuf.Length || s.Pending.Length > 0)
        {
            long pos = TextTell(ts, s);
            s.Stream!.Seek(pos, SeekOrigin.Begin);
        }
        s.RBuf = "";
        s.RPos = 0;
        s.Pending = [];
        s.Eof = false;
    }
}
