// importlib.machinery.FrozenImporter: the loader of the modules shipped inside the VM (Lib/**/*.py,
// ShippedModules), their __loader__ and __spec__.loader. As in CPython the class itself is the
// loader (its methods are class and static methods), in importlib.abc.InspectLoader's shape:
// get_source, get_code, is_package, create_module, exec_module. Unlike CPython's frozen modules,
// ours keep their source, so get_source returns it: linecache (and through it traceback and
// inspect.getsource) reads a shipped module's lines by its file name "<frozen NAME>".
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class FrozenImporterType<TSync> where TSync : struct, ISyncPolicy
{
    public static PyType Type(PyRuntime rt) => rt.LazyType("FrozenImporter", Create);

    private static PyType Create(PyRuntime rt)
    {
        var t = rt.NewBuiltinType("FrozenImporter");
        Def.SetRaw(rt, t.Dict, "__module__", rt.NewStr("_frozen_importlib"));
        Def.ClassMethod(rt, t, "get_source", (ts, a, kw) => ts.Rt.NewStr(Source(ts, Name(ts, a, "get_source"))));
        Def.ClassMethod(rt, t, "is_package", (ts, a, kw) =>
        {
            var name = Name(ts, a, "is_package");
            Source(ts, name);
            return ts.Rt.NewBool(ShippedModules.IsPackage(name));
        });
        Def.ClassMethod(rt, t, "get_code", (ts, a, kw) => Code(ts, Name(ts, a, "get_code")));
        Def.StaticMethod(rt, t, "create_module", (ts, a, kw) =>
        {
            Args.Count(ts, "create_module", a.Length, 1, 1);
            return ts.Rt.None;
        });
        Def.StaticMethod(rt, t, "exec_module", (ts, a, kw) =>
        {
            Args.Count(ts, "exec_module", a.Length, 1, 1);
            if (a[0] is not PyModule { Dict: { } d } m) throw ts.Rt.TypeError($"exec_module() argument must be a module, not {a[0].Type.Name}");
            ts.Rt.ExecCode(ts, Code(ts, m.Name), d, null);
            return ts.Rt.None;
        });
        return t;
    }

    /// <summary>The module name argument of a class method (args[0] is the class).</summary>
    private static string Name(PyThreadState ts, ReadOnlySpan<PyObject> a, string method)
    {
        Args.Count(ts, method, a.Length - 1, 1, 1);
        return a[1] is PyStr s ? s.Value : throw ts.Rt.TypeError($"{method}() argument must be str, not {a[1].Type.Name}");
    }

    private static string Source(PyThreadState ts, string name) =>
        ts.Rt.ShippedModuleSource?.Invoke(name) ?? throw ts.Rt.Error("ImportError", $"'{name}' is not a frozen module");

    /// <summary>The module's code, compiled as the importer compiles it (same file name, same cache).</summary>
    private static PyCode Code(PyThreadState ts, string name)
    {
        var source = Source(ts, name);
        try
        {
            return ts.Rt.CompileModuleCached(source, FileName(name));
        }
        catch (Vm.Text.SyntaxErrorException se)
        {
            throw new PyException(ExceptionsSetup<TSync>.FromSyntaxError(ts, se));
        }
    }

    /// <summary>The file name a shipped module's code carries ("&lt;frozen json&gt;").</summary>
    public static string FileName(string name) => "<frozen " + name + ">";
}
