// The match statement's runtime answers (Runtime/PatternMatching.cs): the builtin types' direct
// answers to "is this a sequence / a mapping" must be what the collections.abc check (the path
// every other object takes) says, and a dict's direct key lookups what the get() path finds.
// Pattern semantics themselves are checked against CPython by tests/programs/control/match_*.py.
using Vm.Objects;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class PatternMatchingTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private static PyObject Global(string backend, string source, string name)
    {
        var (rt, g) = ProgramRun.RunAsMain(backend, source, "<match>");
        return g.GetStr(rt.Intern(name))!;
    }

    private static List<string> Strings(PyObject list) => ((PyList)list).ToArrayLockHeld().Select(o => ((PyStr)o).Value).ToList();

    [Theory]
    [MemberData(nameof(Backends))]
    public void BuiltinSubjects_AreSequencesAndMappingsExactlyWhenTheAbcsSaySo(string backend)
    {
        var mismatches = Global(backend, """
            import collections, collections.abc, types
            class L(list): pass
            class T(tuple): pass
            class D(dict): pass
            class S(str): pass
            subjects = [[], (), range(3), memoryview(b"ab"), "s", b"b", bytearray(b"x"), {}, set(), frozenset(),
                        1, 2.5, 3j, True, None, L(), T(), D(), S("x"), collections.deque(), collections.OrderedDict(),
                        types.MappingProxyType({}), {}.keys(), iter([]), object(), len, ...]
            mismatches = []
            for s in subjects:
                match s:
                    case [*_]:
                        seq = True
                    case _:
                        seq = False
                match s:
                    case {}:
                        mapping = True
                    case _:
                        mapping = False
                abc_seq = isinstance(s, collections.abc.Sequence) and not isinstance(s, (str, bytes, bytearray))
                abc_mapping = isinstance(s, collections.abc.Mapping)
                if seq != abc_seq or mapping != abc_mapping:
                    mismatches.append(type(s).__name__)
            """, "mismatches");
        Assert.Empty(Strings(mismatches));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void DictKeyLookups_FindWhatTheGetPathFinds(string backend)
    {
        var results = Global(backend, """
            import collections.abc
            class Wrapped(collections.abc.Mapping):
                def __init__(self, d): self.d = d
                def __getitem__(self, k): return self.d[k]
                def __iter__(self): return iter(self.d)
                def __len__(self): return len(self.d)
            def probe(m):
                out = []
                for case in range(4):
                    match m:
                        case {1: a, "b": b} if case == 0:
                            out.append(("ab", a, b))
                        case {1.0: a} if case == 1:
                            out.append(("float key", a))
                        case {"missing": _} if case == 2:
                            out.append("missing?")
                        case {True: a, **rest} if case == 3:
                            out.append(("rest", a, sorted(rest)))
                        case _:
                            out.append("none")
                return out
            d = {1: "one", "b": "bee", "c": None}
            results = [repr(probe(d)), repr(probe(Wrapped(d)))]
            """, "results");
        var both = Strings(results);
        Assert.Equal(both[0], both[1]);
        Assert.Equal("[('ab', 'one', 'bee'), ('float key', 'one'), 'none', ('rest', 'one', ['b', 'c'])]", both[0]);
    }
}
