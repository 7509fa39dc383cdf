// Tests of the ./pyvm launcher's choice of builds (the script on ReadyToRun, multiprocessing
// children on NativeAOT through PYVM_CHILD_EXE; PYVM_AOT=0|1 for one build throughout), its
// fallback when the NativeAOT build fails, and its staleness check. The launcher runs in a scratch copy of
// the repository layout with a fake `dotnet` first on PATH: the fake's `publish` writes a stand-in
// program (an sh script printing which build it is) and logs the call, so nothing is compiled.
using System.Diagnostics;
using Vm.Bench.Scaling;
using Xunit;

namespace Vm.Bench.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]            // ./pyvm is a POSIX sh script
public sealed class LauncherTests : IDisposable
{
    // The fake dotnet: `dotnet publish ... -o DIR` logs its arguments and writes DIR/pyvm (AOT) or
    // DIR/pyvm.dll; FAKE_FAIL=aot fails NativeAOT publishes, FAKE_FAIL=all every publish.
    // `dotnet X.dll ARGS` (running the ReadyToRun build) prints "r2r X.dll ARGS child=$PYVM_CHILD_EXE",
    // the NativeAOT stand-in "aot ARGS child=$PYVM_CHILD_EXE".
    private const string FakeDotnet = """
        #!/bin/sh
        if [ "$1" = publish ]; then
          echo "$*" >> "$FAKE_LOG"
          aot=0; out=
          prev=
          for a in "$@"; do
            [ "$a" = "-p:PublishAot=true" ] && aot=1
            [ "$prev" = "-o" ] && out="$a"
            prev="$a"
          done
          if [ "${FAKE_FAIL-}" = all ] || { [ "${FAKE_FAIL-}" = aot ] && [ $aot = 1 ]; }; then
            echo "error: fake failure (aot=$aot)"; exit 1
          fi
          mkdir -p "$out"
          if [ $aot = 1 ]; then printf '#!/bin/sh\necho aot "$@" child=${PYVM_CHILD_EXE-}\n' > "$out/pyvm"; chmod +x "$out/pyvm"
          else echo dll > "$out/pyvm.dll"; fi
          exit 0
        fi
        echo r2r "$@" child=${PYVM_CHILD_EXE-}
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pyvm-launcher-" + Guid.NewGuid().ToString("N"));
    private string Log => Path.Combine(_root, "publish.log");
    private string Release => Path.Combine(_root, "src", "Vm.Cli", "bin", "Release");

    public LauncherTests()
    {
        var repo = RepoRoot.Find() ?? throw new InvalidOperationException("run inside the repository");
        Directory.CreateDirectory(Path.Combine(_root, "src", "Vm.Cli"));
        Directory.CreateDirectory(Path.Combine(_root, "bin"));
        File.Copy(Path.Combine(repo, "pyvm"), Path.Combine(_root, "pyvm"));
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "src", "Vm.Cli", "Vm.Cli.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "src", "Vm.Cli", "Program.cs"), "// v1");
        File.WriteAllText(Path.Combine(_root, "bin", "dotnet"), FakeDotnet.Replace("\r\n", "\n") + "\n");
        foreach (var f in new[] { "pyvm", "bin/dotnet" })
            File.SetUnixFileMode(Path.Combine(_root, f), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // Sources older than any build, whatever the file system's timestamp resolution.
        var old = DateTime.UtcNow.AddMinutes(-10);
        foreach (var p in Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Append(_root))
            if (File.Exists(p)) File.SetLastWriteTimeUtc(p, old);
            else Directory.SetLastWriteTimeUtc(p, old);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    private (int Code, string Stdout, string Stderr) Run(string? pyvmAot = null, string? fail = null, string? path = null)
    {
        var psi = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(_root, "pyvm"));
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("pass");
        psi.Environment["PATH"] = Path.Combine(_root, "bin") + ":" + (path ?? Environment.GetEnvironmentVariable("PATH"));
        psi.Environment["FAKE_LOG"] = Log;
        psi.Environment.Remove("PYVM_AOT");
        psi.Environment["PYVM_CHILD_EXE"] = "/inherited/pyvm";   // from a parent pyvm: always replaced or cleared
        if (pyvmAot != null) psi.Environment["PYVM_AOT"] = pyvmAot;
        if (fail != null) psi.Environment["FAKE_FAIL"] = fail;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(60_000), "the launcher hung");
        return (p.ExitCode, stdout.Result.Trim(), stderr);
    }

    private string[] Publishes() => File.Exists(Log) ? File.ReadAllLines(Log) : [];
    private string Aot => Path.Combine(Release, "aot", "pyvm");
    private string R2r => "r2r " + Path.Combine(Release, "r2r", "pyvm.dll") + " -c pass";
    private bool Unavailable => File.Exists(Path.Combine(Release, "aot", "unavailable"));

    [Fact]
    public void DefaultRunsReadyToRunWithNativeAotChildrenAndBuildsEachOnce()
    {
        var first = Run();
        Assert.Equal((0, R2r + " child=" + Aot), (first.Code, first.Stdout));
        Assert.Equal(2, Publishes().Length);
        Assert.Contains("-p:PublishReadyToRunComposite=true", Publishes()[0]);
        Assert.Contains("-p:PublishAot=true", Publishes()[1]);
        Assert.Contains("-o " + Path.Combine(Release, "aot"), Publishes()[1]);
        Assert.Equal(R2r + " child=" + Aot, Run().Stdout);
        Assert.Equal(2, Publishes().Length);                 // up to date: nothing republished
    }

    [Fact]
    public void PyvmAot1RunsNativeAotOnlyAndPyvmAot0ReadyToRunOnly()
    {
        Assert.Equal("aot -c pass child=", Run(pyvmAot: "1").Stdout);
        Assert.Contains("-p:PublishAot=true", Assert.Single(Publishes()));
        Assert.Equal(R2r + " child=", Run(pyvmAot: "0").Stdout);
        Assert.Equal(2, Publishes().Length);
        Assert.DoesNotContain("PublishAot", Publishes()[1]);
    }

    [Fact]
    public void AnEditedSourceRebuildsBothBuilds()
    {
        Run();
        File.WriteAllText(Path.Combine(_root, "src", "Vm.Cli", "Program.cs"), "// v2");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src", "Vm.Cli", "Program.cs"), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(R2r + " child=" + Aot, Run().Stdout);
        Assert.Equal(4, Publishes().Length);
    }

    [Fact]
    public void ANativeAotFailureLeavesChildrenOnReadyToRunAndIsRemembered()
    {
        var r = Run(fail: "aot");
        Assert.Equal((0, R2r + " child="), (r.Code, r.Stdout));
        Assert.Contains("NativeAOT build failed", r.Stderr);
        Assert.Contains("fake failure (aot=1)", File.ReadAllText(Path.Combine(Release, "aot", "unavailable")));
        Assert.Equal(2, Publishes().Length);                 // ReadyToRun, then NativeAOT tried
        // Remembered: the next run tries nothing and says nothing.
        var again = Run(fail: "aot");
        Assert.Equal((0, R2r + " child=", "", 2), (again.Code, again.Stdout, again.Stderr, Publishes().Length));
        // PYVM_AOT=1 retries; once the toolchain works, the default uses NativeAOT children again.
        Assert.Equal("aot -c pass child=", Run(pyvmAot: "1").Stdout);
        Assert.False(Unavailable);
        Assert.Equal(R2r + " child=" + Aot, Run().Stdout);
    }

    [Fact]
    public void ForcedNativeAotFailsLoudlyInsteadOfFallingBack()
    {
        var r = Run(pyvmAot: "1", fail: "aot");
        Assert.Equal(1, r.Code);
        Assert.Contains("fake failure (aot=1)", r.Stderr);
        Assert.Single(Publishes());
        Assert.False(Unavailable);
    }

    [Fact]
    public void AFailureBothBuildsShareIsReportedAndNotRememberedAsTheToolchains()
    {
        var r = Run(fail: "all");
        Assert.Equal(1, r.Code);
        Assert.Contains("fake failure (aot=0)", r.Stderr);
        Assert.Single(Publishes());                          // ReadyToRun failed: NativeAOT not tried
        Assert.False(Unavailable);
        Assert.Equal(R2r + " child=" + Aot, Run().Stdout);   // fixed: both build
    }

    [Fact]
    public void WithoutClangGccLinksTheNativeAotBuild()
    {
        // A PATH holding only the tools the launcher runs, and a gcc (never run: the fake dotnet
        // only records which linker it was asked for).
        var tools = Path.Combine(_root, "tools");
        Directory.CreateDirectory(tools);
        foreach (var t in new[] { "uname", "find", "mkdir", "touch", "mv", "chmod", "rm" })
        {
            var real = new[] { "/usr/bin/", "/bin/" }.Select(d => d + t).First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(tools, t), real);
        }
        Assert.Equal("aot -c pass child=", Run(pyvmAot: "1", path: tools).Stdout);
        Assert.Contains("-p:CppCompilerAndLinker=clang", Publishes()[0]);   // neither: the default
        File.Delete(Aot);
        File.WriteAllText(Path.Combine(tools, "gcc"), "#!/bin/sh\nexit 1\n");
        File.SetUnixFileMode(Path.Combine(tools, "gcc"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Assert.Equal("aot -c pass child=", Run(pyvmAot: "1", path: tools).Stdout);
        Assert.Contains("-p:CppCompilerAndLinker=gcc", Publishes()[1]);
    }

    [Fact]
    public void AnUnknownPyvmAotValueIsRejected()
    {
        var r = Run(pyvmAot: "yes");
        Assert.Equal(2, r.Code);
        Assert.Contains("PYVM_AOT must be 0", r.Stderr);
        Assert.Empty(Publishes());
    }
}
