// The reduction protocol of builtin objects, used by pickle and copy:
//   object.__reduce_ex__(proto) calls a __reduce__ the class overrides, else asks
//   copyreg._reduce_object(obj, proto, solid) where `solid` is the first builtin (non-heap) type
//   in the MRO; copyreg decides from it whether the layout can be rebuilt (it cannot for native
//   objects such as locks and files: "cannot pickle '_thread.lock' object").
//   BaseException.__reduce__ / __setstate__: (type, args[, __dict__]) as in CPython.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class PickleSupport<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyRuntime rt)
    {
        var o = rt.ObjectType;
        Def.Method(rt, o, "__reduce_ex__", (ts, a, kw) =>
        {
            Args.NoKwargs(ts, "__reduce_ex__", kw);
            Args.Count(ts, "__reduce_ex__", a.Length - 1, 1, 1);
            long proto = Args.ToLong(ts, a[1]);
            var self = a[0];
            var reduce = self.Type.Lookup(ts.Rt.Intern("__reduce__"));
            var objectReduce = ts.Rt.ObjectType.Dict.GetStr(ts.Rt.Intern("__reduce__"));
            if (reduce != null && !ReferenceEquals(reduce, objectReduce))
                return Ops<TSync>.CallMethod(ts, self, "__reduce__", []);
            return ReduceObject(ts, self, proto);
        });
        Def.Method(rt, o, "__getstate__", (ts, a, kw) =>
        {
            Args.NoKwargs(ts, "__getstate__", kw);
            Args.Count(ts, "__getstate__", a.Length - 1, 0, 0);
            var copyreg = Importer<TSync>.Import(ts, "copyreg");
            var fn = Ops<TSync>.GetAttr(ts, copyreg, "_default_getstate");
            return Ops<TSync>.Call(ts, fn, [a[0], ts.Rt.False], null);
        });
        Def.Method(rt, o, "__reduce__", (ts, a, kw) =>
        {
            Args.NoKwargs(ts, "__reduce__", kw);
            Args.Count(ts, "__reduce__", a.Length - 1, 0, 0);
            return ReduceObject(ts, a[0], 0);
        });

        var be = rt.ExceptionTypes["BaseException"];
        Def.Method(rt, be, "__reduce__", (ts, a, kw) =>
        {
            var e = (PyBaseException)a[0];
            if (e.Dict != null && e.Dict.Count > 0) return Ops<TSync>.NewTuple(ts, [e.Type, e.Args, e.Dict]);
            return Ops<TSync>.NewTuple(ts, [e.Type, e.Args]);
        });
        Def.Method(rt, be, "__setstate__", (ts, a, kw) =>
        {
            Args.Count(ts, "__setstate__", a.Length - 1, 1, 1);
            if (ReferenceEquals(a[1], ts.Rt.None)) return ts.Rt.None;
            if (a[1] is not PyDict d) throw ts.Rt.TypeError("state is not a dictionary");
            foreach (var kv in d.Snapshot())
                Ops<TSync>.SetAttr(ts, a[0], (PyStr)kv.Key, kv.Value);
            return ts.Rt.None;
        });
    }

    /// <summary>
    /// The state a builtin container's __reduce__ puts third (CPython's _PyObject_GetState):
    /// obj.__getstate__(), which for a user subclass holds its __dict__ and __slots__ values; an
    /// instance of the builtin itself has neither (None).
    /// </summary>
    public static PyObject StateOf(PyThreadState ts, PyObject self) =>
        self.Type.IsHeapType ? Ops<TSync>.CallMethod(ts, self, "__getstate__", []) : ts.Rt.None;

    private static PyObject ReduceObject(PyThreadState ts, PyObject self, long proto)
    {
        PyType solid = ts.Rt.ObjectType;
        foreach (var t in self.Type.Mro)
            if (!t.IsHeapType) { solid = t; break; }
        var copyreg = Importer<TSync>.Import(ts, "copyreg");
        var fn = Ops<TSync>.GetAttr(ts, copyreg, "_reduce_object");
        return Ops<TSync>.Call(ts, fn, [self, ts.Rt.NewInt(proto), solid], null);
    }
}
