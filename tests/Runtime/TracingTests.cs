// sys.settrace / sys.setprofile against the baseline compiler (src/Vm.Shared/Runtime/Tracing/): a traced
// thread runs its frames interpreted, so functions already compiled report the same events as interpreted
// ones; a frame running compiled when tracing starts keeps running and its callees are traced; after the
// trace function is removed compiled code is entered again; the state is per thread. Both backends, the
// compiler at first call and counted. Event-by-event agreement with CPython is the corpus's (tests/programs/tracing).
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class TracingTests
{
    private const string Program = """
        import sys

        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        def loop(n):
            x = 0
            for i in range(n):
                x += fib(i % 4)
            return x

        for _ in range(200):
            loop(8)

        events = []
        def tracer(frame, event, arg):
            events.append((frame.f_code.co_name, event, frame.f_lineno))
            return tracer

        sys.settrace(tracer)
        r = loop(5)
        sys.settrace(None)
        loop_events = list(events)

        profiled = []
        def profiler(frame, event, arg):
            profiled.append((event, arg.__name__ if event.startswith('c_') else frame.f_code.co_name))
        sys.setprofile(profiler)
        loop(3)
        sys.setprofile(None)

        # A frame that is running (compiled) when tracing starts keeps running; the calls it makes are traced.
        def starter():
            total = 0
            for k in range(3):
                total += k
            sys.settrace(tracer)
            total += fib(2)
            sys.settrace(None)
            return total

        for _ in range(200):
            starter()
        del events[:]
        sys.settrace(None)
        started = starter()
        started_events = list(events)
        after = loop(8)
        """;

    [Theory, MemberData(nameof(BaselineJitTests.BackendsAndModes), MemberType = typeof(BaselineJitTests))]
    public void CompiledFunctionsReportTheInterpretersEvents(string backend, int jitMode)
    {
        var (interpreted, compiled) = BaselineJitTests.RunBoth(backend, Program, jitMode);
        using var _i = interpreted;
        using var _c = compiled;
        Assert.Equal(2, BaselineJitTests.JitState(compiled, "fib")); // compiled before tracing began
        Assert.Equal(2, BaselineJitTests.JitState(compiled, "loop"));
        foreach (var name in new[] { "loop_events", "profiled", "started_events", "(r, started, after)" })
            Assert.Equal(interpreted.Evaluate($"repr({name})"), compiled.Evaluate($"repr({name})"));
        // loop(5): 1 + 5 calls of fib(i % 4) = 0, 1, 2 (3 frames), 3 (5 frames), 0 -> 11 fib calls
        Assert.Equal(11L, compiled.Evaluate("len([e for e in loop_events if e[:2] == ('fib', 'call')])"));
        Assert.Equal(5L, compiled.Evaluate("len([e for e in profiled if e == ('call', 'fib')])")); // loop(3): fib(0), fib(1), fib(2)
        Assert.Equal(3L, compiled.Evaluate("len([e for e in started_events if e[1] == 'call'])")); // fib(2): three frames, none of starter
        Assert.Equal(0, compiled.Runtime.MainThread.JitNativeDepth); // the compiled tier is open again
        Assert.False(compiled.Runtime.MainThread.TraceOn);
    }

    [Theory, MemberData(nameof(BaselineJitTests.Backends), MemberType = typeof(BaselineJitTests))]
    public void TraceFunctionsArePerThread(string backend)
    {
        using var engine = BaselineJitTests.Engine(backend, 2);
        engine.Execute("""
            import sys, threading

            def work(n):
                return sum(i for i in range(n))

            seen = {}
            def tracer(frame, event, arg):
                if event == 'call':
                    name = threading.current_thread().name
                    seen[name] = seen.get(name, 0) + 1
                return None

            def traced():
                sys.settrace(tracer)
                for _ in range(50):
                    work(10)
                sys.settrace(None)

            def untraced():
                for _ in range(50):
                    work(10)

            a = threading.Thread(target=traced, name='traced')
            b = threading.Thread(target=untraced, name='untraced')
            a.start(); b.start(); a.join(); b.join()
            main_trace = sys.gettrace()
            """);
        // work and its generator expression, 50 times each (a 'call' at each of the generator's 11 resumes)
        Assert.Equal("{'traced': 600}", engine.Evaluate("repr(seen)"));
        Assert.Equal("None", engine.Evaluate("repr(main_trace)"));
    }
    [Theory, MemberData(nameof(BaselineJitTests.Backends), MemberType = typeof(BaselineJitTests))]
    public void OpcodeEventsComeBeforeEachInstructionWhenFTraceOpcodesIsSet(string backend)
    {
        using var engine = BaselineJitTests.Engine(backend, 2);
        engine.Execute("""
            import sys

            def straight():
                a = 1
                b = a + 2
                return b

            def run(opcodes):
                events = []
                def tracer(frame, event, arg):
                    if frame.f_code.co_name == 'straight':
                        if event == 'call':
                            frame.f_trace_opcodes = opcodes
                        events.append((event, frame.f_lineno, frame.f_lasti))
                    return tracer
                sys.settrace(tracer)
                r = straight()
                sys.settrace(None)
                return r, events

            r_off, off = run(False)
            r_on, on = run(True)
            opcodes = [e for e in on if e[0] == 'opcode']
            lastis = [e[2] for e in opcodes]
            # every 'line' is followed by the 'opcode' of the same instruction
            line_then_opcode = all(on[i + 1][0] == 'opcode' and on[i + 1][2] == on[i][2] for i, e in enumerate(on) if e[0] == 'line')
            """);
        Assert.Equal(3L, engine.Evaluate("r_on"));
        Assert.Equal(engine.Evaluate("repr([e for e in on if e[0] != 'opcode'])"), engine.Evaluate("repr(off)")); // the same other events
        Assert.Equal(0L, engine.Evaluate("len([e for e in off if e[0] == 'opcode'])"));
        Assert.Equal(true, engine.Evaluate("len(opcodes) > len([e for e in on if e[0] == 'line'])")); // several instructions a line
        Assert.Equal(true, engine.Evaluate("lastis == sorted(set(lastis))")); // straight-line code: each instruction once, in order
        Assert.Equal(true, engine.Evaluate("line_then_opcode"));
    }
}
