// Marks the builtin methods compiled code calls without spilling its stack
// (Runtime/Compiler/Interpreter.JitBuiltinMethods.cs): PyBuiltinFunction.Intrinsic names what the
// call does, so the compiled call site needs no name and keeps no cache. Set once, while the
// runtime's types are installed (one thread, before any code runs), never written again.
//
// StrPure: a str method that, given an exact str self and arguments that are each an exact str or
// int, runs no Python code and frees nothing but the objects it makes (it may raise: TypeError,
// ValueError). Not listed: encode (a codec lookup may import a Python module), format and
// format_map (they call __format__ / __getitem__ of their arguments), translate (table lookups),
// and every dunder (the operators have their own paths).
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static class BuiltinMethodIntrinsics
{
    private static readonly string[] PureStrMethods =
    [
        "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "capitalize", "title", "swapcase",
        "split", "rsplit", "splitlines", "partition", "rpartition", "join",
        "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "replace",
        "removeprefix", "removesuffix", "zfill", "center", "ljust", "rjust", "expandtabs",
        "isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle", "isdecimal",
        "isnumeric", "isidentifier", "isprintable", "isascii",
    ];

    public static void Mark(PyRuntime rt)
    {
        Set(rt, rt.ListType, "pop", BuiltinIntrinsic.ListPop);
        Set(rt, rt.SetType, "add", BuiltinIntrinsic.SetAdd);
        Set(rt, rt.SetType, "discard", BuiltinIntrinsic.SetDiscard);
        Set(rt, rt.SetType, "remove", BuiltinIntrinsic.SetRemove);
        foreach (var name in PureStrMethods) Set(rt, rt.StrType, name, BuiltinIntrinsic.StrPure);
    }

    /// <summary>The method descriptor <paramref name="name"/> of <paramref name="t"/> gets <paramref name="what"/>
    /// (nothing when the type has no such builtin method of its own).</summary>
    private static void Set(PyRuntime rt, PyType t, string name, BuiltinIntrinsic what)
    {
        if (t.Dict!.GetStr(rt.Intern(name)) is PyBuiltinFunction { IsMethodDescriptor: true, Intrinsic: BuiltinIntrinsic.None } f && ReferenceEquals(f.OwnerType, t))
            f.Intrinsic = what;
    }
}
