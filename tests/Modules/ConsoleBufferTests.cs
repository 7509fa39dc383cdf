using System.Text;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;
using Assert = Xunit.Assert;

namespace Vm.Tests.Modules;

/// <summary>sys.stdout.buffer / sys.stdin.buffer over a host's byte streams (what ./pyvm passes in
/// RuntimeOptions.StdoutBytes/StdinBytes): bytes reach the stream unchanged and in program order
/// with the text written before them.</summary>
public sealed class ConsoleBufferTests
{
    private static (byte[] Out, int Status) Run(string backend, string source, byte[] stdin)
    {
        var outBytes = new MemoryStream();
        var writer = TextWriter.Synchronized(new StreamWriter(outBytes, new UTF8Encoding(false)) { AutoFlush = false });
        var inBytes = new MemoryStream(stdin);
        var options = new RuntimeOptions
        {
            Stdout = writer,
            Stderr = new StringWriter(),
            Stdin = new StringReader(""),
            StdoutBytes = outBytes,
            StdinBytes = () => inBytes,
        };
        PyRuntime rt = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        int status = ScriptRunner.RunMain(rt, source, "<buffers>");
        writer.Flush();
        return (outBytes.ToArray(), status);
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void StdoutBuffer_WritesBytesUnchangedAfterEarlierText(string backend)
    {
        // The text is not flushed by the program: the buffer's write flushes it first.
        var (output, status) = Run(backend, "import sys\nprint('text')\nsys.stdout.buffer.write(b'\\xff\\xfe raw\\n')\nprint('after')\n", []);
        Assert.Equal(0, status);
        Assert.Equal([.. "text\n"u8, 0xff, 0xfe, .. " raw\nafter\n"u8], output);
    }

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void StdinBuffer_ReadsTheHostsBytes(string backend)
    {
        var (output, status) = Run(backend, "import sys\nd = sys.stdin.buffer.read()\nprint(len(d), d[:3], sys.stdin.buffer.readline())\n", [0xc3, 0xa9, 0x80, 0x0a]);
        Assert.Equal(0, status);
        Assert.Equal("4 b'\\xc3\\xa9\\x80' b''\n", Encoding.UTF8.GetString(output));
    }
}
