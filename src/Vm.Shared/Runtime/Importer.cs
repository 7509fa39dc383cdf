// The import system: sys.modules, native modules, modules shipped with the VM (Lib/*.py as
// embedded resources), and .py files and packages on the search path (the script's directory
// first). Import of one module by two threads at once is serialised by a per-runtime import lock
// (a Monitor, so Coyote controls it); a thread blocked on it is detached.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Importer<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>IMPORT_NAME: returns the top-level package (no fromlist) or the module itself.</summary>
    public static PyObject ImportName(PyThreadState ts, Frame f, PyStr name, PyObject fromlist, int level) =>
        ImportName(ts, f.Globals, name, fromlist, level);

    /// <summary>IMPORT_NAME / __import__ with the importing module's globals (for relative imports).</summary>
    public static PyObject ImportName(PyThreadState ts, PyDict? globals, PyStr name, PyObject fromlist, int level)
    {
        var rt = ts.Rt;
        string full = name.Value;
        if (level > 0)
        {
            if (globals == null) throw rt.Error("KeyError", "'__name__' not in globals");
            full = ResolveRelative(ts, globals, full, level);
        }
        var module = Import(ts, full);
        bool hasFromlist = fromlist is PyTuple t ? t.Count > 0 : !ReferenceEquals(fromlist, rt.None) && Ops<TSync>.IsTrue(ts, fromlist);
        if (hasFromlist)
        {
            // from package import submodule: import submodules named in the fromlist.
            if (module.Dict?.GetStr(rt.Intern("__path__")) != null)
            {
                foreach (var item in Ops<TSync>.ToArray(ts, fromlist))
                {
                    var n = ((PyStr)item).Value;
                    if (n == "*" || module.Dict!.GetStr(rt.Intern(n)) != null) continue;
                    // Only "this submodule does not exist" means the name may be a plain attribute
                    // (IMPORT_FROM reports it); a missing module the submodule itself imports is
                    // the real error and goes up, as in CPython.
                    try { Import(ts, full + "." + n); }
                    catch (PyException e) when (e.Value.Type.IsSubtypeOf(rt.ExceptionTypes["ModuleNotFoundError"])
                                                && IsMissing(ts, e.Value, full + "." + n)) { }
                }
            }
            return module;
        }
        if (level > 0 && name.Value.Length == 0) return module;
        var top = full.Split('.')[0];
        if (level > 0)
        {
            // `from . import x` handled above; for `import .a.b` forms CPython returns the top relative package.
            var pkg = full.Substring(0, full.Length - name.Value.Length);
            top = pkg + name.Value.Split('.')[0];
        }
        return (PyModule)rt.Modules.GetStr(rt.Intern(top))!;
    }

    private static bool IsMissing(PyThreadState ts, PyBaseException e, string moduleName) =>
        Ops<TSync>.TryGetAttr(ts, e, ts.Rt.Intern("name")) is not PyStr n || n.Value == moduleName;

    private static string ResolveRelative(PyThreadState ts, PyDict globals, string name, int level)
    {
        var rt = ts.Rt;
        var pkgObj = globals.GetStr(rt.Intern("__package__"));
        string? pkg = pkgObj as PyStr is { } ps && ps.Value.Length > 0 ? ps.Value : null;
        if (pkg == null)
        {
            var modName = (globals.GetStr(rt.Intern("__name__")) as PyStr)?.Value ?? "";
            if (globals.GetStr(rt.Intern("__path__")) != null) pkg = modName;
            else
            {
                int dot = modName.LastIndexOf('.');
                pkg = dot < 0 ? "" : modName.Substring(0, dot);
            }
        }
        if (pkg.Length == 0) throw rt.Error("ImportError", "attempted relative import with no known parent package");
        var parts = pkg.Split('.');
        if (level - 1 > parts.Length - 1 && level > 1 && level - 1 >= parts.Length)
            throw rt.Error("ImportError", "attempted relative import beyond top-level package");
        var baseName = string.Join('.', parts.Take(parts.Length - (level - 1)));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    /// <summary>Imports a dotted module name, importing parents first; returns the leaf module.</summary>
    public static PyModule Import(PyThreadState ts, string fullName)
    {
        var rt = ts.Rt;
        rt.ImportFilter?.Invoke(ts, fullName);
        if (rt.Modules.GetStr(rt.Intern(fullName)) is PyModule cached) return cached;
        var parts = fullName.Split('.');
        PyModule? parent = null;
        string prefix = "";
        for (int i = 0; i < parts.Length; i++)
        {
            prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
            if (rt.Modules.GetStr(rt.Intern(prefix)) is PyModule m)
            {
                parent = m;
                continue;
            }
            var loaded = LoadModule(ts, prefix, parts[i], parent);
            if (parent != null) Ops<TSync>.SetAttr(ts, parent, rt.Intern(parts[i]), loaded);
            parent = loaded;
        }
        return parent!;
    }

    private static PyModule LoadModule(PyThreadState ts, string fullName, string shortName, PyModule? parent)
    {
        var rt = ts.Rt;
        AttachedMonitor<TSync>.Enter(ts, rt.ImportLock); // never waits attached (holding the GIL / critical sections)
        try
        {
            if (rt.Modules.GetStr(rt.Intern(fullName)) is PyModule again) return again;
            if (parent == null && rt.NativeModules.TryGetValue(fullName, out var factory))
            {
                var nm = factory(ts);
                if (nm.Dict != null && nm.Dict.GetStr(rt.Intern("__spec__")) == null)
                    DictOps<TSync>.SetItem(ts, nm.Dict, rt.Intern("__spec__"), Vm.Modules.ModuleSpecType<TSync>.New(ts, fullName, "built-in", null));
                DictOps<TSync>.SetItem(ts, rt.Modules, rt.Intern(fullName), nm);
                if (StartupTrace.Enabled) StartupTrace.Mark("imported native " + fullName);
                return nm;
            }
            // Search path: the parent's __path__ for submodules, else the runtime's search path.
            IEnumerable<string> dirs;
            if (parent != null)
            {
                var pathObj = parent.Dict?.GetStr(rt.Intern("__path__"));
                if (pathObj == null)
                    throw NotFound(ts, fullName, $"No module named '{fullName}'; '{parent.Name}' is not a package");
                dirs = Ops<TSync>.ToArray(ts, pathObj).Select(p => Ops<TSync>.StrValue(ts, p)).ToList();
            }
            else dirs = SysPath(ts);
            foreach (var dir in dirs)
            {
                var pkgInit = Path.Combine(dir, shortName, "__init__.py");
                if (File.Exists(pkgInit))
                    return ExecModuleFile(ts, fullName, pkgInit, Path.Combine(dir, shortName));
                var file = Path.Combine(dir, shortName + ".py");
                if (File.Exists(file)) return ExecModuleFile(ts, fullName, file, null);
            }
            // Modules written in Python and shipped with the VM.
            var shipped = rt.ShippedModuleSource?.Invoke(fullName);
            if (shipped != null)
            {
                // A shipped package gets a __path__ (a name no directory has) so its submodules,
                // not found on disk, are looked up among the shipped modules too.
                string? pkgPath = Vm.Modules.ShippedModules.IsPackage(fullName) ? "<shipped>/" + fullName.Replace('.', '/') : null;
                return ExecModuleSource(ts, fullName, shipped, Vm.Modules.FrozenImporterType<TSync>.FileName(fullName), pkgPath);
            }
            throw NotFound(ts, fullName, $"No module named '{fullName}'");
        }
        finally
        {
            Monitor.Exit(rt.ImportLock);
        }
    }

    private static IEnumerable<string> SysPath(PyThreadState ts)
    {
        var rt = ts.Rt;
        var p = rt.SysModule.Dict!.GetStr(rt.Intern("path"));
        if (p is PyList l)
            return l.ToArray<TSync>(ts).OfType<PyStr>().Select(s => s.Value.Length == 0 ? Directory.GetCurrentDirectory() : s.Value).ToList();
        return rt.SearchPath;
    }

    private static PyException NotFound(PyThreadState ts, string name, string msg)
    {
        var e = ts.Rt.NewException(ts.Rt.ExceptionTypes["ModuleNotFoundError"], msg);
        var ed = Ops<TSync>.GetOrCreateDict(ts, e, e);
        DictOps<TSync>.SetItem(ts, ed, ts.Rt.Intern("name"), ts.Rt.NewStr(name));
        return new PyException(e);
    }

    public static PyModule ExecModuleFile(PyThreadState ts, string fullName, string file, string? packageDir)
    {
        string source;
        try
        {
            source = File.ReadAllText(file);
        }
        catch (IOException ex)
        {
            throw ts.Rt.Error("ImportError", $"cannot read {file}: {ex.Message}");
        }
        return ExecModuleSource(ts, fullName, source, Path.GetFullPath(file), packageDir);
    }

    public static PyModule ExecModuleSource(PyThreadState ts, string fullName, string source, string fileName, string? packageDir)
    {
        var rt = ts.Rt;
        var d = rt.NewModuleDict(fullName, fileName.StartsWith('<') ? null : fileName);
        if (packageDir != null)
        {
            DictOps<TSync>.SetItem(ts, d, rt.Intern("__path__"), Ops<TSync>.NewList(ts, [rt.NewStr(packageDir)]));
            DictOps<TSync>.SetItem(ts, d, rt.Intern("__package__"), rt.NewStr(fullName));
        }
        else
        {
            int dot = fullName.LastIndexOf('.');
            DictOps<TSync>.SetItem(ts, d, rt.Intern("__package__"), rt.NewStr(dot < 0 ? "" : fullName.Substring(0, dot)));
        }
        var origin = fileName.StartsWith('<') ? "frozen" : fileName;
        // A shipped module's loader gives its source (linecache, traceback, inspect.getsource).
        PyObject loader = fileName.StartsWith("<frozen ", StringComparison.Ordinal) ? Vm.Modules.FrozenImporterType<TSync>.Type(rt) : rt.None;
        DictOps<TSync>.SetItem(ts, d, rt.Intern("__loader__"), loader);
        DictOps<TSync>.SetItem(ts, d, rt.Intern("__spec__"), Vm.Modules.ModuleSpecType<TSync>.New(ts, fullName, origin, packageDir, loader));
        var m = new PyModule(rt.ModuleType, fullName, d);
        DictOps<TSync>.SetItem(ts, rt.Modules, rt.Intern(fullName), m);
        try
        {
            PyCode code;
            try
            {
                code = rt.CompileModuleCached(source, fileName);
                rt.IssueCompileWarnings(ts, code);
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                throw new PyException(ExceptionsSetup<TSync>.FromSyntaxError(ts, se));
            }
            if (StartupTrace.Enabled) StartupTrace.Mark("compiled " + fullName);
            rt.ExecCode(ts, code, d, null);
            if (StartupTrace.Enabled) StartupTrace.Mark("imported " + fullName);
        }
        catch
        {
            DictOps<TSync>.Delete(ts, rt.Modules, rt.Intern(fullName));
            throw;
        }
        return m;
    }

    /// <summary>IMPORT_FROM.</summary>
    public static PyObject ImportFrom(PyThreadState ts, PyObject module, PyStr name)
    {
        var rt = ts.Rt;
        var v = OptionalAttr(ts, module, name);
        if (v != null) return v;
        var modName = module is PyModule pm ? pm.Name : "?";
        // A submodule imported meanwhile (circular imports).
        if (rt.Modules.GetStr(rt.Intern(modName + "." + name.Value)) is PyModule sub) return sub;
        var file = module is PyModule m && m.Dict?.GetStr(rt.Intern("__file__")) is PyStr fs ? fs.Value : null;
        var msg = $"cannot import name '{name.Value}' from '{modName}'" + (file != null ? $" ({file})" : " (unknown location)");
        var e = rt.NewException(rt.ExceptionTypes["ImportError"], msg);
        var ed = Ops<TSync>.GetOrCreateDict(ts, e, e);
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("name"), rt.NewStr(modName));
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("path"), file != null ? rt.NewStr(file) : rt.None);
        DictOps<TSync>.SetItem(ts, ed, rt.Intern("name_from"), name);
        throw new PyException(e);
    }

    /// <summary>The attribute, or null when it is absent or its lookup raised AttributeError (a module's
    /// PEP 562 __getattr__ raises it for names it does not provide): `from m import x` then raises ImportError.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PyObject? OptionalAttr(PyThreadState ts, PyObject module, PyStr name)
    {
        try
        {
            return Ops<TSync>.TryGetAttr(ts, module, name);
        }
        catch (PyException e) when (Ops<TSync>.IsInstance(e.Value, ts.Rt.ExceptionTypes["AttributeError"]))
        {
            Ops<TSync>.DiscardException(ts, e);
            return null;
        }
    }

    public static void ImportStar(PyThreadState ts, Frame f, PyObject module)
    {
        var rt = ts.Rt;
        var locals = f.Locals ?? f.Globals;
        var md = (module as IHasDict)?.Dict;
        if (md == null) return;
        var all = md.GetStr(rt.Intern("__all__"));
        if (all != null)
        {
            foreach (var n in Ops<TSync>.ToArray(ts, all))
                Ops<TSync>.SetItem(ts, locals, n, Ops<TSync>.GetAttr(ts, module, (PyStr)n));
            return;
        }
        foreach (var kv in md.Snapshot())
        {
            if (kv.Key is PyStr s && !s.Value.StartsWith('_')) Ops<TSync>.SetItem(ts, locals, kv.Key, kv.Value);
        }
    }
}
