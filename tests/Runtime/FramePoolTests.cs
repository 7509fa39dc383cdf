// The thread's frame pool (PyThreadState.RentFrame, two frames per call depth): a frame taken from
// the pool is set up exactly as a new frame for the same function would be (the fast path equals
// the slow path); a caller alternating between two functions gets the same two frames back, each
// still set up for its function; a third function takes over the less recently used one; a frame
// that escaped (sys._getframe, a traceback) or is still rented is never handed out again. The
// thread's current frame (PyThreadState.Frame, kept as a pool index for a pooled frame) is the frame
// last entered, also when its pool entry is taken over by a new frame meanwhile.
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class FramePoolTests
{
    private const string Source = """
        def f(a):
            return a
        def g(a, b):
            x = a + b
            return [x, x]
        def h():
            return (1, 2, 3, 4)
        """;

    private static (PyThreadState Ts, PyFunction F, PyFunction G, PyFunction H) Setup(string backend)
    {
        var (rt, globals) = ProgramRun.RunAsMain(backend, Source, "<pool>");
        PyFunction Fn(string name) => (PyFunction)globals.GetStr(rt.Intern(name))!;
        return (rt.NewThreadState(), Fn("f"), Fn("g"), Fn("h"));
    }

    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    /// <summary>Setup, then a frame for f and one for g rented and returned at the same depth.</summary>
    private static (PyThreadState Ts, PyFunction F, PyFunction G, PyFunction H, Frame Ff, Frame Fg) TwoFrames(string backend)
    {
        var (ts, f, g, h) = Setup(backend);
        return (ts, f, g, h, RentAndReturn(ts, f), RentAndReturn(ts, g));
    }

    /// <summary>Rents a frame for func and gives it back as a returned call does (Interpreter.PopInline).</summary>
    private static Frame RentAndReturn(PyThreadState ts, PyFunction func)
    {
        var frame = ts.RentFrame(func, func.Code);
        AssertSetUpAsNew(frame, func);
        frame.Rented = false;
        return frame;
    }

    /// <summary>Every field a call reads is what `new Frame` gives a call of func.</summary>
    private static void AssertSetUpAsNew(Frame frame, PyFunction func)
    {
        var fresh = new Frame(func.Code, func, func.Globals, func.Builtins, null);
        Assert.Same(fresh.Code, frame.Code);
        Assert.Same(fresh.Instrs, frame.Instrs);
        Assert.Same(fresh.Func, frame.Func);
        Assert.Same(fresh.Globals, frame.Globals);
        Assert.Same(fresh.Builtins, frame.Builtins);
        Assert.Null(frame.Locals);
        Assert.Equal(fresh.StackBase, frame.StackBase);
        Assert.Equal(fresh.Sp, frame.Sp);
        Assert.Equal(fresh.Ip, frame.Ip);
        Assert.Equal(fresh.LastIp, frame.LastIp);
        Assert.Equal(fresh.BlockCount, frame.BlockCount);
        Assert.False(frame.Finished || frame.Yielded || frame.Escaped);
        Assert.True(frame.Slots.Length >= fresh.Slots.Length);
        for (int i = 0; i < frame.StackBase; i++) Assert.Null(frame.Slots[i]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void AlternatingFunctionsGetTheirOwnFramesBack(string backend)
    {
        var (ts, f, g, _, ff, fg) = TwoFrames(backend);
        Assert.NotSame(ff, fg);
        for (int i = 0; i < 4; i++)
        {
            Assert.Same(ff, RentAndReturn(ts, f));
            Assert.Same(fg, RentAndReturn(ts, g));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void AThirdFunctionTakesOverTheLessRecentlyUsedFrame(string backend)
    {
        var (ts, f, g, h, ff, fg) = TwoFrames(backend);
        Assert.Same(ff, RentAndReturn(ts, f)); // g's frame is now the less recently used
        Assert.Same(fg, RentAndReturn(ts, h));
        fg.Slots[0] = f; // a value left on h's value stack, where g's first local goes
        Assert.Same(ff, RentAndReturn(ts, f));
        Assert.Same(fg, RentAndReturn(ts, g)); // h's frame again, set up for g, its locals clear
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void EscapedAndRentedFramesAreNeverHandedOut(string backend)
    {
        var (ts, f, g, _, ff, fg) = TwoFrames(backend);
        ff.Escaped = true; // kept by sys._getframe or a traceback
        var nf = RentAndReturn(ts, f);
        Assert.NotSame(ff, nf);
        Assert.NotSame(fg, nf);
        var rented = ts.RentFrame(g, g.Code); // not returned yet
        var other = ts.RentFrame(g, g.Code);
        Assert.NotSame(rented, other);
        AssertSetUpAsNew(other, g);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void TheCurrentFrameIsTheFrameEnteredEvenWhenItLeavesThePool(string backend)
    {
        var (ts, f, _, _, ff, fg) = TwoFrames(backend);
        var previous = ts.Frame;
        ts.EnterCurrentFrame(ff);
        Assert.Same(ff, ts.Frame);
        ts.EnterCurrentFrame(fg);
        Assert.Same(fg, ts.Frame);
        ts.EnterCurrentFrame(ff);
        // ff runs (rented) and escaped (sys._getframe): a call of f at its depth takes a new frame,
        // which replaces ff in the pool; ff stays the current frame.
        ff.Rented = true;
        ff.Escaped = true;
        var nf = ts.RentFrame(f, f.Code);
        Assert.NotSame(ff, nf);
        Assert.Same(ff, ts.Frame);
        ts.EnterCurrentFrame(nf);
        Assert.Same(nf, ts.Frame);
        ts.EnterCurrentFrame(ff); // back in ff (no longer pooled)
        Assert.Same(ff, ts.Frame);
        ts.Frame = previous;
        Assert.Same(previous, ts.Frame);
    }
}
