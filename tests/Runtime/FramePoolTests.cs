// The thread's frame pool (PyThreadState.RentFrame, four frames per call depth): a frame taken from
// the pool is set up exactly as a new frame for the same function would be (the fast path equals
// the slow path); a caller alternating between up to four functions gets the same frames back, each
// still set up for its function (the first two found by RentFrame, the others by RentOtherFrame); a
// fifth function takes over the one set up longest ago; a frame that escaped (sys._getframe, a
// traceback) or is still rented is never handed out again. The thread's current frame
// (PyThreadState.Frame, kept as a pool index for a pooled frame) is the frame last entered, also
// when its pool entry is taken over by a new frame meanwhile.
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
        def k(a):
            return -a
        def m(a, b):
            y = a * b
            return y
        """;

    private static (PyThreadState Ts, PyFunction F, PyFunction G, PyFunction H) Setup(string backend)
    {
        var (ts, fn) = Functions(backend);
        return (ts, fn("f"), fn("g"), fn("h"));
    }

    /// <summary>A thread state of a runtime that ran Source, and its functions by name.</summary>
    private static (PyThreadState Ts, Func<string, PyFunction> Fn) Functions(string backend)
    {
        var (rt, globals) = ProgramRun.RunAsMain(backend, Source, "<pool>");
        return (rt.NewThreadState(), name => (PyFunction)globals.GetStr(rt.Intern(name))!);
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
    public void FourFunctionsKeepTheirFramesAndAFifthTakesOverTheOldest(string backend)
    {
        var (ts, fn) = Functions(backend);
        string[] names = ["h", "f", "g", "k"];
        var frames = names.Select(n => RentAndReturn(ts, fn(n))).ToArray();
        Assert.Equal(4, frames.Distinct().Count());
        for (int round = 0; round < 3; round++)
            for (int i = names.Length - 1; i >= 0; i--)
                Assert.Same(frames[i], RentAndReturn(ts, fn(names[i])));
        frames[0].Slots[0] = fn("f"); // a value left on h's value stack, where m's first local goes
        Assert.Same(frames[0], RentAndReturn(ts, fn("m"))); // h's frame (set up first), now for m, its locals clear
        for (int i = 1; i < names.Length; i++) Assert.Same(frames[i], RentAndReturn(ts, fn(names[i])));
        Assert.Same(frames[1], RentAndReturn(ts, fn("h"))); // then the next oldest, f's
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
        var (ts, fn) = Functions(backend);
        var f = fn("f");
        var ff = RentAndReturn(ts, f);
        var fg = RentAndReturn(ts, fn("g"));
        RentAndReturn(ts, fn("h"));
        RentAndReturn(ts, fn("k")); // the depth's four frames set up: ff is the next one taken over
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
