using Vm.Objects;

namespace Vm.Runtime;

public abstract partial class PyRuntime
{
    /// <summary>Runs __del__ (once) and weak-reference callbacks of an object whose count reached zero.</summary>
    public abstract void Finalize(PyThreadState ts, PyObject o);

    /// <summary>At exit: releases module globals as CPython's finalize_modules does (ModuleFinalization.cs).</summary>
    public abstract void FinalizeModules(PyThreadState ts);
}
