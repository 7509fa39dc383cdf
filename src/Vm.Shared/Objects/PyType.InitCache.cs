// The per-type answer to "what does type.__call__(cls, ...) run?" for the usual class: object's
// __new__ (the inherited native allocator) followed by a Python __init__. TypeOps.PlainInit asks
// it on every instantiation, from the general path (TypeCallDefault) and from the eval loop's
// inline __init__ call (Interpreter.InitCalls.cs), which therefore take the same decision.
//
// Design note (free-threaded backend: readers race writers): an answer is an immutable object
// (tag, init) published with one reference write. It is computed from the type's lookup cache
// under the version tag read before the lookups (PyType.AttributeCache.cs), so it is used only
// while that tag is current: any change to the class, a base or their MROs gives the type a new
// tag and retires it, exactly as it retires the lookups it was made of. Two threads filling it at
// once write equivalent answers; the later write wins. Nothing else is shared.
namespace Vm.Objects;

public sealed partial class PyType
{
    private InitPlan? _initPlan;

    /// <summary>The __init__ to run after object.__new__ (null: cls needs the general protocol), valid under Tag.</summary>
    internal sealed class InitPlan(long tag, PyFunction? init)
    {
        public readonly long Tag = tag;
        public readonly PyFunction? Init = init;
    }

    /// <summary>The remembered plan, when it was made under the type's current version tag.</summary>
    internal InitPlan? CurrentInitPlan => Volatile.Read(ref _initPlan) is { } p && p.Tag == VersionTag ? p : null;

    internal void RememberInitPlan(InitPlan plan) => Volatile.Write(ref _initPlan, plan);
}
