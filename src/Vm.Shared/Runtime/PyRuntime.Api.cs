using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>The non-generic face of a runtime, for hosts and the CLI.</summary>
public abstract partial class PyRuntime
{
    public abstract PyCode MakeCode(CodeUnit unit);

    /// <summary>Issues the SyntaxWarnings a freshly compiled top-level code carries (Compiling/CompileWarnings.cs).</summary>
    public virtual void IssueCompileWarnings(PyThreadState ts, PyCode code) { }
    /// <summary>Runs module-level code; throws PyException.</summary>
    public abstract PyObject ExecCode(PyThreadState ts, PyCode code, PyDict globals, PyObject? locals);
    public abstract PyObject CallObject(PyThreadState ts, PyObject callable, PyObject[] args);
    public abstract string ReprOf(PyThreadState ts, PyObject o);
    public abstract string StrOf(PyThreadState ts, PyObject o);
    public abstract void PrintException(PyThreadState ts, PyBaseException e, TextWriter w);
    public abstract PyModule ImportModule(PyThreadState ts, string name);
    /// <summary>Take the GIL / mark the thread attached.</summary>
    public abstract void Attach(PyThreadState ts);
    /// <summary>Release the GIL / detach.</summary>
    public abstract void Detach(PyThreadState ts);

    /// <summary>Source text of files run or imported, for tracebacks (linecache).</summary>
    public readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SourceLines = new();

    public void RememberSource(string fileName, string source) =>
        SourceLines[fileName] = source.Replace("\r\n", "\n").Split('\n');

    /// <summary>Compiles source as a module (SyntaxErrorException on bad input).</summary>
    public PyCode CompileModule(string source, string fileName)
    {
        RememberSource(fileName, source);
        var ast = Vm.Parsing.PythonParser.ParseModule(source, fileName);
        var unit = Vm.Compiling.Compiler.CompileModule(ast, fileName, source);
        return MakeCode(unit);
    }

    /// <summary>CompileModule through the compiled-code cache (Runtime/CodeCache.cs): for imports.</summary>
    public PyCode CompileModuleCached(string source, string fileName)
    {
        RememberSource(fileName, source);
        var unit = CodeCache.GetOrCompile(source, fileName,
            () => Vm.Compiling.Compiler.CompileModule(Vm.Parsing.PythonParser.ParseModule(source, fileName), fileName, source));
        return MakeCode(unit);
    }

    /// <summary>The builtins namespace code run with <paramref name="globals"/> sees: its
    /// <c>__builtins__</c> (a module or a dict, as CPython accepts), else the real builtins.</summary>
    public PyDict BuiltinsFor(PyDict globals) => globals.GetStr(Intern("__builtins__")) switch
    {
        PyModule m when m.Dict != null => m.Dict,
        PyDict d => d,
        _ => BuiltinsDict,
    };

    /// <summary>A fresh module namespace with __name__, __builtins__ and friends.</summary>
    public PyDict NewModuleDict(string name, string? file)
    {
        var d = new PyDict(DictType);
        Vm.Builtins.Def.SetRaw(this, d, "__name__", NewStr(name));
        Vm.Builtins.Def.SetRaw(this, d, "__builtins__", BuiltinsModule);
        Vm.Builtins.Def.SetRaw(this, d, "__doc__", None);
        Vm.Builtins.Def.SetRaw(this, d, "__spec__", None);
        Vm.Builtins.Def.SetRaw(this, d, "__loader__", None);
        Vm.Builtins.Def.SetRaw(this, d, "__package__", name == "__main__" ? None : NewStr(""));
        if (file != null) Vm.Builtins.Def.SetRaw(this, d, "__file__", NewStr(file));
        return d;
    }
}
