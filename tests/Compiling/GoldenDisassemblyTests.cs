using Vm.Bytecode;
using Xunit;
using static Vm.Tests.Compiling.CompileHelpers;

namespace Vm.Tests.Compiling;

/// <summary>
/// The disassembly of small programs, compared with committed text under tests/Compiling/golden.
/// Regenerate with UPDATE_GOLDEN=1 (then review the diff).
/// </summary>
public sealed class GoldenDisassemblyTests
{
    public static TheoryData<string> Names => new(Cases.Keys);

    private static readonly Dictionary<string, string> Cases = new()
    {
        ["simple_function"] = """
            def add(a, b=2):
                "Add two numbers."
                c = a + b * 3
                return print(c, -1)
            """,
        ["if_elif_else"] = """
            def classify(n):
                if n < 0:
                    return "neg"
                elif n == 0 or n is None:
                    return "zero"
                elif not n:
                    pass
                else:
                    n += 1
                return n
            """,
        ["while_break_continue"] = """
            def loop(n):
                while n > 0:
                    n -= 1
                    if n == 3:
                        continue
                    if n == 1:
                        break
                else:
                    return -1
                return n
            """,
        ["for_else"] = """
            def find(xs, target):
                for i, x in enumerate(xs):
                    if x == target:
                        return i
                else:
                    return None
            """,
        ["try_except_finally"] = """
            def safe(f):
                try:
                    r = f()
                except (ValueError, TypeError) as e:
                    print(e)
                    raise RuntimeError("bad") from e
                except KeyError:
                    return None
                else:
                    return r
                finally:
                    print("done")
            """,
        ["with_multiple"] = """
            def copy(src, dst):
                with open(src) as a, open(dst, "w") as b:
                    for line in a:
                        if not line:
                            break
                        b.write(line)
            """,
        ["closure_nonlocal"] = """
            def counter():
                count = 0
                def inc(step=1):
                    nonlocal count
                    count += step
                    return count
                return inc
            """,
        ["class_super"] = """
            class Point(Base, metaclass=Meta):
                "A point."
                dims: int = 2
                def __init__(self, x, y):
                    super().__init__()
                    self.__x = x
                @property
                def x(self):
                    return self.__x
            """,
        ["comprehensions"] = """
            def comps(xs, k):
                a = [x * k for x in xs if x]
                b = {x: y for x in xs for y in range(x)}
                c = sum(x for x in xs)
                return a, b, c
            """,
        ["calls"] = """
            def calls(f, o, args, kw):
                f(1, 2)
                f(1, key=2)
                f(*args, **kw)
                f(0, *args, x=1, **kw)
                return o.method(1, name="n")
            """,
        ["unpacking_augassign"] = """
            def unpack(seq, d):
                first, *rest, last = seq
                a, (b, c) = rest[0], (1, 2)
                d[first] += last
                d.attr *= 2
                del d[0], d.attr
                return [*rest, *seq], {**d, "k": 1}
            """,
        ["fstrings_slices"] = """
            def fmt(s, width):
                return f"{s!r:>{width}} / {s[1:-1]} / {s[::2]}"
            """,
        ["generators"] = """
            def gen(xs):
                total = 0
                for x in xs:
                    got = yield x
                    total += got or 0
                yield from range(total)
                return total
            """,
        ["imports_module"] = """
            import os.path
            import a.b.c as d
            from . import sibling
            from ..pkg import name as alias, other
            x: int = 1
            assert x, "x must be set"
            """,
        ["lambda_defaults_annotations"] = """
            def outer(a: int, *args: str, b: float = 1.0, **kw) -> bool:
                key = lambda item, scale=2: item[a] * scale
                return key
            """,
        ["chained_compare"] = """
            def between(lo, x, hi):
                ok = lo <= x < hi
                if lo < x < hi and x != 0:
                    return ok
                return x in (1, 2, 3) or x not in {4, 5}
            """,
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesGolden(string name)
    {
        var source = Cases[name].Replace("\r\n", "\n") + "\n";
        var actual = Disassembler.Disassemble(Compile(source));
        var path = Path.Combine(SourceDir(), "golden", name + ".txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"missing golden file {path}; run the tests with UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
