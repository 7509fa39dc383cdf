// importlib.machinery.ModuleSpec: the import-related state of a module (its `__spec__`). The
// importer gives every module it loads from a file or the VM's shipped sources one; a script run
// as __main__ has None, as in CPython. Instances keep their fields in an instance dict, like
// CPython's Python-level class, so programs may read and set them freely.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class ModuleSpecType<TSync> where TSync : struct, ISyncPolicy
{
    public static PyType Type(PyRuntime rt) => rt.LazyType("ModuleSpec", Create);

    /// <summary>A spec for a module the importer found: origin is its file (or "frozen" / "built-in").</summary>
    public static PyObject New(PyThreadState ts, string name, string? origin, string? packageDir, PyObject? loader = null)
    {
        var rt = ts.Rt;
        var spec = new PyInstance(Type(rt));
        Set(ts, spec, "name", rt.NewStr(name));
        Set(ts, spec, "loader", loader ?? rt.None);
        Set(ts, spec, "origin", origin != null ? rt.NewStr(origin) : rt.None);
        Set(ts, spec, "loader_state", rt.None);
        Set(ts, spec, "submodule_search_locations",
            packageDir != null ? Ops<TSync>.NewList(ts, [rt.NewStr(packageDir)]) : rt.None);
        Set(ts, spec, "cached", rt.None);
        Set(ts, spec, "has_location", rt.NewBool(origin != null && !origin.StartsWith('<') && origin is not ("frozen" or "built-in")));
        return spec;
    }

    private static void Set(PyThreadState ts, PyObject spec, string field, PyObject value) =>
        Ops<TSync>.SetAttr(ts, spec, ts.Rt.Intern(field), value);

    private static PyType Create(PyRuntime rt)
    {
        var t = rt.NewBuiltinType("ModuleSpec");
        t.Flags |= TypeFlags.HasDict;
        t.New = CoreTypes<TSync>.AllocInstance;
        Def.SetRaw(rt, t.Dict, "__module__", rt.NewStr("importlib.machinery"));
        Def.Method(rt, t, "__init__", (ts, a, kw) =>
        {
            var p = Args.Bind(ts, "ModuleSpec", a[1..], kw, ["name", "loader", "origin", "loader_state", "is_package"], 2, kwOnlyFrom: 2);
            var self = a[0];
            Set(ts, self, "name", p[0]!);
            Set(ts, self, "loader", p[1]!);
            Set(ts, self, "origin", p[2] ?? ts.Rt.None);
            Set(ts, self, "loader_state", p[3] ?? ts.Rt.None);
            bool isPackage = p[4] != null && Ops<TSync>.IsTrue(ts, p[4]!);
            Set(ts, self, "submodule_search_locations", isPackage ? Ops<TSync>.NewList(ts, []) : ts.Rt.None);
            Set(ts, self, "cached", ts.Rt.None);
            Set(ts, self, "has_location", ts.Rt.False);
            return ts.Rt.None;
        });
        Def.Getter(rt, t, "parent", (ts, o) =>
        {
            var name = Ops<TSync>.StrValue(ts, Ops<TSync>.GetAttr(ts, o, "name"));
            var locations = Ops<TSync>.GetAttr(ts, o, "submodule_search_locations");
            if (!ReferenceEquals(locations, ts.Rt.None)) return ts.Rt.NewStr(name);
            int dot = name.LastIndexOf('.');
            return ts.Rt.NewStr(dot < 0 ? "" : name[..dot]);
        });
        Def.Method(rt, t, "__repr__", (ts, a, kw) =>
        {
            var self = a[0];
            var parts = new List<string>
            {
                "name=" + Ops<TSync>.ReprValue(ts, Ops<TSync>.GetAttr(ts, self, "name")),
                "loader=" + Ops<TSync>.ReprValue(ts, Ops<TSync>.GetAttr(ts, self, "loader")),
            };
            var origin = Ops<TSync>.GetAttr(ts, self, "origin");
            if (!ReferenceEquals(origin, ts.Rt.None)) parts.Add("origin=" + Ops<TSync>.ReprValue(ts, origin));
            var locations = Ops<TSync>.GetAttr(ts, self, "submodule_search_locations");
            if (!ReferenceEquals(locations, ts.Rt.None)) parts.Add("submodule_search_locations=" + Ops<TSync>.ReprValue(ts, locations));
            return ts.Rt.NewStr("ModuleSpec(" + string.Join(", ", parts) + ")");
        });
        return t;
    }
}
