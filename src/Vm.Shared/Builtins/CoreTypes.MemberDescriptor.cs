using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

// member_descriptor: what `__slots__` puts in the class dict (PySlotDescriptor). getattr/setattr/delattr
// use it directly (Ops.GenericGetAttr/GenericSetAttr, the attribute caches); these are its Python-visible
// methods and attributes, as CPython 3.13's member_get/member_set (descr_check: the object must be an
// instance of the owner class) and its repr.
public static partial class CoreTypes<TSync>
{
    private static void InstallMemberDescriptor(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.MemberDescriptorType;
        Def.Method(rt, t, "__get__", (ts2, a, kw) =>
        {
            var sd = (PySlotDescriptor)a[0];
            if (DescriptorGetTarget(ts2, a, kw) is not { } target) return sd; // CoreTypes.BuiltinDescriptors.cs
            var obj = MemberTarget(ts2, sd, target);
            return sd.Get(obj) ?? throw Ops<TSync>.AttributeErrorFor(ts2, obj, ts2.Rt.Intern(sd.Name));
        });
        Def.Method(rt, t, "__set__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "__set__", kw);
            Args.Count(ts2, "", a.Length - 1, 2, 2);
            var sd = (PySlotDescriptor)a[0];
            sd.Set<TSync>(ts2, MemberTarget(ts2, sd, a[1]), a[2]);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__delete__", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "__delete__", kw);
            if (a.Length != 2) throw ts2.Rt.TypeError($"expected 1 argument, got {a.Length - 1}");
            var sd = (PySlotDescriptor)a[0];
            if (!sd.Delete<TSync>(ts2, MemberTarget(ts2, sd, a[1]))) throw ts2.Rt.AttributeError(sd.Name); // CPython 3.13 names only the member
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var sd = (PySlotDescriptor)a[0];
            return ts2.Rt.NewStr($"<member '{sd.Name}' of '{sd.Owner.Name}' objects>");
        });
        Def.Getter(rt, t, "__objclass__", (ts2, o) => ((PySlotDescriptor)o).Owner);
        Def.Getter(rt, t, "__name__", (ts2, o) => ts2.Rt.NewStr(((PySlotDescriptor)o).Name));
        Def.Getter(rt, t, "__qualname__", (ts2, o) => ts2.Rt.NewStr(((PySlotDescriptor)o).Owner.Name + "." + ((PySlotDescriptor)o).Name));
        Def.Getter(rt, t, "__doc__", (ts2, o) => ts2.Rt.None);
    }

    /// <summary>obj when it is an instance of the descriptor's class, else CPython's TypeError.</summary>
    private static PyObject MemberTarget(PyThreadState ts, PySlotDescriptor sd, PyObject obj) =>
        sd.AppliesTo(obj) ? obj : throw sd.NotApplicable(ts, obj);
}
