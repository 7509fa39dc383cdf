using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

public class EngineSandboxTests
{
    public static TheoryData<string> Backends => EngineBasicsTests.Backends;

    private static string? Denied(PythonEngine engine, string statement)
    {
        engine.Globals["__probe_result"] = null;
        engine.Execute(
            "try:\n" +
            "    " + statement + "\n" +
            "    __probe_result = 'allowed'\n" +
            "except PermissionError as e:\n" +
            "    __probe_result = 'PermissionError: ' + str(e)\n");
        return (string?)engine.Globals["__probe_result"];
    }

    [Theory, MemberData(nameof(Backends))]
    public void OpenIsRefusedWithoutFileSystemAccess(string backend)
    {
        var path = Path.GetTempFileName();
        try
        {
            using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { AllowFileSystem = false });
            engine.Globals["path"] = path;
            Assert.StartsWith("PermissionError", Denied(engine, "open(path).read()"));
            Assert.StartsWith("PermissionError", Denied(engine, "open(path, 'w')"));
            Assert.StartsWith("PermissionError", Denied(engine, "import io; io.open(path)"));
            Assert.StartsWith("PermissionError", Denied(engine, "import io; io.FileIO(path)"));
            Assert.StartsWith("PermissionError", Denied(engine, "import os; os.listdir('.')"));
            Assert.StartsWith("PermissionError", Denied(engine, "import os; os.remove(path)"));
            Assert.StartsWith("PermissionError", Denied(engine, "import os; os.stat(path)"));
            Assert.Equal(false, engine.Evaluate("__import__('os').path.exists(path)")); // exists() swallows OSError, as in CPython
            Assert.True(File.Exists(path));
            // What needs no file system still works.
            Assert.Equal("allowed", Denied(engine, "import io; io.StringIO('x').read(); import json; json.dumps([1])"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void FileSystemIsAvailableByDefault(string backend)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "content");
            using var engine = PythonEngine.Create(Backend.Parse(backend));
            engine.Globals["path"] = path;
            Assert.Equal("content", engine.Evaluate("open(path).read()"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void EnvironmentIsRefusedWhenNotAllowed(string backend)
    {
        Environment.SetEnvironmentVariable("VM_EMBED_TEST", "secret");
        try
        {
            using (var open = PythonEngine.Create(Backend.Parse(backend)))
                Assert.Equal("secret", open.Evaluate("__import__('os').environ.get('VM_EMBED_TEST')"));
            using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { AllowEnvironment = false });
            Assert.StartsWith("PermissionError", Denied(engine, "import os; os.environ['VM_EMBED_TEST']"));
            Assert.StartsWith("PermissionError", Denied(engine, "import os; os.getenv('VM_EMBED_TEST')"));
            Assert.StartsWith("PermissionError", Denied(engine, "import os; os.environ['X'] = '1'"));
            Assert.StartsWith("PermissionError", Denied(engine, "import os; os.putenv('X', '1')"));
            Assert.Equal("allowed", Denied(engine, "import os; os.path.join('a', 'b')"));
            Assert.Null(Environment.GetEnvironmentVariable("X"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("VM_EMBED_TEST", null);
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void ProcessControlIsRefusedWhenNotAllowed(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { AllowProcesses = false });
        Assert.StartsWith("PermissionError", Denied(engine, "import os; os._exit(0)"));
        Assert.StartsWith("PermissionError", Denied(engine, "import subprocess"));
        Assert.StartsWith("PermissionError", Denied(engine, "import multiprocessing"));
        Assert.Equal("allowed", Denied(engine, "import os; os.getpid()"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void AllowedModulesRestrictsWhatScriptsImport(string backend)
    {
        var options = new EngineOptions { AllowedModules = ["math", "json", "collections"] };
        options.AddModule(new HostModule("hostlib").Add("x", 1));
        using var engine = PythonEngine.Create(Backend.Parse(backend), options);
        engine.Execute("import math, json, hostlib\nimport collections.abc\nfrom collections import OrderedDict\nr = json.dumps([math.floor(2.5), hostlib.x])");
        Assert.Equal("[2, 1]", engine.Globals["r"]);
        foreach (var statement in new[] { "import os", "import threading", "from os import path", "__import__('time')", "import _thread" })
        {
            var ex = Assert.Throws<PythonException>(() => engine.Execute(statement));
            Assert.Equal("ImportError", ex.PythonType);
            Assert.Contains("is not allowed by the host", ex.Message);
        }
        engine.Execute("try:\n    import random\nexcept ImportError:\n    random = None\n");
        Assert.Null(engine.Globals["random"]);
    }
}
