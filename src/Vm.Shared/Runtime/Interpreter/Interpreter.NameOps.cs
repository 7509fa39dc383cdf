// The eval loop's instructions of module and class bodies, out of line: the *_NAME family (the
// locals mapping of a class body, exec or a module), LOAD_CLASSDEREF, LOAD_BUILD_CLASS,
// SETUP_ANNOTATIONS, DELETE_GLOBAL and the interactive PRINT_EXPR. Function bodies use the fast
// locals and LOAD_GLOBAL instead; these run once per definition or per module-level statement.
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>LOAD_NAME: the locals mapping, then globals, then builtins.</summary>
    private static PyObject LoadName(PyThreadState ts, Frame f, PyStr name)
    {
        PyObject? v = f.Locals != null ? MappingGet(ts, f.Locals, name) : null;
        v ??= DictOps<TSync>.GetItemOrNull(ts, f.Globals, name) ?? DictOps<TSync>.GetItemOrNull(ts, f.Builtins, name);
        return v ?? throw Ops<TSync>.NameErrorFor(ts, name);
    }

    /// <summary>STORE_NAME into the locals mapping (the globals at module level).</summary>
    private static void StoreName(PyThreadState ts, Frame f, PyStr name, PyObject v)
    {
        var locals = f.Locals ?? f.Globals;
        if (locals is PyDict d && d.Type == ts.Rt.DictType) DictOps<TSync>.SetItem(ts, d, name, v);
        else Ops<TSync>.SetItem(ts, locals, name, v);
    }

    private static void DeleteName(PyThreadState ts, Frame f, PyStr name)
    {
        var locals = f.Locals ?? f.Globals;
        if (locals is PyDict d && d.Type == ts.Rt.DictType)
        {
            if (!DictOps<TSync>.DelStr(ts, d, name)) throw Ops<TSync>.NameErrorFor(ts, name);
        }
        else Ops<TSync>.DelItem(ts, locals, name);
    }

    private static void DeleteGlobal(PyThreadState ts, Frame f, PyStr name)
    {
        if (!DictOps<TSync>.DelStr(ts, f.Globals, name)) throw Ops<TSync>.NameErrorFor(ts, name);
    }

    /// <summary>LOAD_CLASSDEREF: a free variable of a class body, looked up in the class namespace first.</summary>
    private static PyObject LoadClassDeref(PyThreadState ts, Frame f, int arg)
    {
        var code = f.Code;
        int freeIndex = arg - (code.NCells - code.NFree);
        var nm = ts.Rt.Intern(code.Unit.FreeVars[Math.Max(0, freeIndex)]);
        PyObject? v = f.Locals != null ? MappingGet(ts, f.Locals, nm) : null;
        if (v != null) return v;
        return ((PyCell)f.Slots[code.NLocals + arg]!).Contents ?? throw UnboundDeref(ts, code, arg);
    }

    private static PyObject LoadBuildClass(PyThreadState ts, Frame f) =>
        f.Builtins.GetStr(ts.Rt.S.__build_class__) ?? throw ts.Rt.NameError("__build_class__ not found");

    private static void SetupAnnotations(PyThreadState ts, Frame f)
    {
        var locals = f.Locals ?? f.Globals;
        var key = ts.Rt.S.__annotations__;
        if (MappingGet(ts, locals, key) == null) Ops<TSync>.SetItem(ts, locals, key, Ops<TSync>.NewDict(ts));
    }
}
