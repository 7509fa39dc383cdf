// LOAD_SUPER_ATTR (Runtime/Interpreter/Interpreter.SuperAttr.cs) and LOAD_METHOD's classmethod,
// staticmethod and class-receiver entries (Interpreter.AttrCache.cs) run by several real threads
// through the same sites while another thread changes what they must answer (not timed, both
// backends): methods, classmethods and staticmethods reassigned, a classmethod replaced by a plain
// function and back, __bases__ switched under super(). Every result must be one of the writer's
// states, never go back to an older one, and the final state must be seen by every reader.
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class SuperAndClassMethodStressTests
{
    private const string Prelude = AttrSiteCacheStressTests.Prelude; // run_readers_and_writer

    [Fact]
    public void ClassAndStaticMethodsReassigned_CallsNeverGoBackwards_AndSeeTheLastOne()
    {
        GuaranteeStressTests.RunBoth(Prelude + """
            class Base:
                @classmethod
                def cm(cls): return (0, cls.__name__)
                @staticmethod
                def sm(): return 0
            class Leaf(Base):
                pass
            N = 1500
            done = threading.Event()
            errors = []
            def writer():
                for i in range(1, N + 1):
                    if i % 3 == 0:
                        Base.cm = (lambda k: lambda self: (k, "function"))(i)   # a plain function for a while
                    else:
                        Base.cm = classmethod((lambda k: lambda cls: (k, cls.__name__))(i))
                    Base.sm = staticmethod((lambda k: lambda: k)(i))
                Base.cm = classmethod(lambda cls: (N + 1, cls.__name__))
                done.set()
            def reader(idx):
                o = Leaf()
                last = 0
                while True:
                    finished = done.is_set()
                    a, ka = o.cm()
                    s = o.sm()
                    try:
                        b, kb = Leaf.cm()
                    except TypeError:   # a plain function just then: called on the class, it lacks self
                        b, kb = a, "Leaf"
                    t = Leaf.sm()
                    if ka not in ("Leaf", "function") or kb != "Leaf" or (ka == "function") != (a % 3 == 0 and 0 < a <= N):
                        errors.append((idx, a, ka, b, kb))
                        return
                    if a < last or s < a - 1 or b < a or t < s:
                        errors.append((idx, "backwards", last, a, s, b, t))
                        return
                    last = a
                    if finished:
                        break
                if (o.cm(), Leaf.cm(), o.sm(), Leaf.sm()) != ((N + 1, "Leaf"), (N + 1, "Leaf"), N, N):
                    errors.append((idx, "final", o.cm(), Leaf.cm(), o.sm()))
            run_readers_and_writer(reader, writer)
            assert not errors, errors[:5]
            print("ok")
            """);
    }

    [Fact]
    public void BasesSwitchedUnderSuper_EveryCallIsOneOfTheWritersStates()
    {
        GuaranteeStressTests.RunBoth(Prelude + """
            class A:
                def m(self): return "A"
                @classmethod
                def c(cls): return "cA"
            class B:
                def m(self): return "B"
                @classmethod
                def c(cls): return "cB"
            class Mid(A):
                pass
            class Leaf(Mid):
                def m(self): return "L" + super().m()
                def c2(self): return super().c()
                def two(self): return super(Leaf, self).m()
            N = 1500
            done = threading.Event()
            errors = []
            def writer():
                for i in range(N):
                    Mid.__bases__ = (B,) if i % 2 == 0 else (A,)
                    A.m = (lambda k: lambda self: "A")(i)
                Mid.__bases__ = (B,)
                B.m = lambda self: "final"
                done.set()
            def reader(idx):
                o = Leaf()
                while True:
                    finished = done.is_set()
                    m, c, t = o.m(), o.c2(), o.two()
                    if m not in ("LA", "LB", "Lfinal") or c not in ("cA", "cB") or t not in ("A", "B", "final"):
                        errors.append((idx, m, c, t))
                        return
                    if finished:
                        break
                if (o.m(), o.c2(), o.two()) != ("Lfinal", "cB", "final"):
                    errors.append((idx, "final", o.m(), o.c2(), o.two()))
            run_readers_and_writer(reader, writer)
            assert not errors, errors[:5]
            print("ok")
            """);
    }
}
