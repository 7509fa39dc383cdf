// bz2 and lzma codec objects shared by 4 threads (each object has its own lock, as in CPython):
// threads compressing 8-byte records into one compressor lose and duplicate none, and one
// thread feeding a shared decompressor while three others drain it 8 bytes at a time get every
// record exactly once, with no crash and no torn state. The drainers wait with time.sleep(0), so
// they never spin holding the GIL. Both backends.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Modules.Compression;

public sealed class SharedCodecThreadTests
{
    private const string Program = """
        import bz2, lzma, threading, time
        THREADS, PER = 4, 3000
        expected = sorted(b"%08d" % i for i in range(THREADS * PER))
        raw = [{"id": lzma.FILTER_LZMA2, "preset": 1}]
        codecs = [
            ("bz2", bz2.BZ2Compressor, bz2.BZ2Decompressor),
            ("xz", lzma.LZMACompressor, lzma.LZMADecompressor),
            ("raw", lambda: lzma.LZMACompressor(lzma.FORMAT_RAW, filters=raw),
                    lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=raw)),
        ]

        def run(targets):
            threads = [threading.Thread(target=t) for t in targets]
            for t in threads:
                t.start()
            for t in threads:
                t.join()

        for name, new_compressor, new_decompressor in codecs:
            c = new_compressor()
            outs = [[] for _ in range(THREADS)]
            def compress(t):
                for i in range(t * PER, (t + 1) * PER):
                    out = c.compress(b"%08d" % i)
                    if out:
                        outs[t].append(out)
            run([lambda t=t: compress(t) for t in range(THREADS)])
            pieces = [o for lst in outs for o in lst]
            # Under 1 MiB nothing but the stream header leaves before flush(), so order is known.
            blob = b"".join(pieces) + c.flush()
            data = bz2.decompress(blob) if name == "bz2" else lzma.decompress(
                blob, lzma.FORMAT_RAW if name == "raw" else lzma.FORMAT_AUTO, filters=raw if name == "raw" else None)
            print(name, "compress", len(pieces) <= 1, sorted(data[i:i + 8] for i in range(0, len(data), 8)) == expected)

            d = new_decompressor()
            got = [[] for _ in range(THREADS)]
            fed = threading.Event()
            def feed():
                for i in range(0, len(blob), 64):
                    out = d.decompress(blob[i:i + 64], 8)
                    if out:
                        got[0].append(out)
                fed.set()
            def drain(t):
                while not d.eof:
                    try:
                        out = d.decompress(b"", 8)
                    except EOFError:
                        break
                    if out:
                        got[t].append(out)
                    elif fed.is_set() and d.needs_input:
                        break
                    time.sleep(0)
            run([feed] + [lambda t=t: drain(t) for t in range(1, THREADS)])
            while not d.eof:
                got[0].append(d.decompress(b"", 8))
            chunks = sorted(x for lst in got for x in lst if x)
            print(name, "decompress", all(len(x) == 8 for x in chunks), chunks == expected, d.eof)
        """;

    private const string Expected = """
        bz2 compress True True
        bz2 decompress True True True
        xz compress True True
        xz decompress True True True
        raw compress True True
        raw decompress True True True

        """;

    [Fact] public void SharedCodecsKeepEveryRecord_Gil() => Run(o => GilEngine.Create(o));

    [Fact] public void SharedCodecsKeepEveryRecord_FreeThreaded() => Run(o => FreeThreadedEngine.Create(o));

    private static void Run(Func<RuntimeOptions, PyRuntime> create)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shared_codecs_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, Program);
        try
        {
            var r = CapturedRun.RunFile(create, path);
            Assert.True(r.Status == 0, $"exit {r.Status}\n{r.Stderr}");
            Assert.Equal(Expected.Replace("\r\n", "\n"), r.Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
