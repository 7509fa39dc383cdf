// tarfile and zipfile without bz2/lzma (this VM has neither): the 'bz2'/'xz' modes and the
// ZIP_BZIP2/ZIP_LZMA methods raise the errors CPython raises when those modules are missing,
// never a crash. (The corpus cannot show this: its expected output comes from a CPython that
// has both modules.) Both backends.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Modules.Archives;

public sealed class MissingCompressorTests
{
    private const string Program = """
        import io, tarfile, zipfile
        for name in ("bz2", "lzma"):
            try:
                __import__(name)
                print(name, "present")
            except ImportError:
                print(name, "missing")
        for mode in ("r:bz2", "r:xz", "w:bz2", "w:xz", "r|bz2", "r|xz", "w|bz2", "w|xz"):
            try:
                tarfile.open(fileobj=io.BytesIO(b"x" * 1024), mode=mode)
            except tarfile.CompressionError as e:
                print(mode, e)
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as t:
            t.addfile(tarfile.TarInfo("a"))
        buf.seek(0)
        print(len(tarfile.open(fileobj=buf, mode="r:*").getnames()))
        for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            try:
                zipfile.ZipFile(io.BytesIO(), "w", method)
            except RuntimeError as e:
                print(method, e)
        """;

    private const string Expected = """
        bz2 missing
        lzma missing
        r:bz2 bz2 module is not available
        r:xz lzma module is not available
        w:bz2 bz2 module is not available
        w:xz lzma module is not available
        r|bz2 bz2 module is not available
        r|xz lzma module is not available
        w|bz2 bz2 module is not available
        w|xz lzma module is not available
        1
        12 Compression requires the (missing) bz2 module
        14 Compression requires the (missing) lzma module

        """;

    [Fact] public void MissingModulesGiveCPythonsErrors_Gil() => Run(o => GilEngine.Create(o));

    [Fact] public void MissingModulesGiveCPythonsErrors_FreeThreaded() => Run(o => FreeThreadedEngine.Create(o));

    private static void Run(Func<RuntimeOptions, PyRuntime> create)
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing_compressor_{Guid.NewGuid():N}.py");
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
