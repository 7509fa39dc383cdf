// Coroutine code objects in the baseline compiler (Runtime/Compiler/JitEmitter.Generators.cs,
// Interpreter.JitGenerators.cs): an `async def` compiles like a generator (await is GET_AWAITABLE
// and a YIELD_FROM), and gives what the interpreted one gives: await chains through coroutines,
// __await__ iterators and types.coroutine generators, values sent and exceptions thrown in, close(),
// cr_await/cr_frame/cr_running, "coroutine is being awaited already", "cannot reuse already awaited
// coroutine", PEP 479's RuntimeError, tracebacks, and asyncio.
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class CompiledCoroutineTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Coroutines = """
        import asyncio, types, traceback

        class Ready:
            def __init__(self, v): self.v = v
            def __await__(self):
                got = yield ("ready", self.v)   # suspends the whole await chain, sent value comes back
                return (self.v, got)

        @types.coroutine
        def pause(tag):
            got = yield tag
            return got

        async def leaf(x):
            a = await Ready(x)
            b = await pause(("pause", x))
            return a, b

        async def middle(n):
            out = []
            for i in range(n):
                try:
                    out.append(await leaf(i))
                except KeyError as e:
                    out.append(("caught", str(e)))
                finally:
                    out.append("finally")
            return out

        async def raiser():
            await pause("r")
            raise ValueError("bad")

        async def stopper():
            await pause("s")
            raise StopIteration("inside")

        async def calls(c):
            return await c

        def tb(e):
            return [fs.name for fs in traceback.extract_tb(e.__traceback__)]

        def drive(coro, values, throw_at=None):
            log = []
            try:
                log.append(coro.send(None))
                for k, v in enumerate(values):
                    if k == throw_at:
                        log.append(coro.throw(KeyError("thrown")))
                    else:
                        log.append(coro.send(v))
            except StopIteration as e:
                log.append(("return", e.value))
            except Exception as e:
                log.append((type(e).__name__, str(e), tb(e)))
            return log

        async def gathered():
            async def one(i):
                await asyncio.sleep(0)
                return i * i
            return await asyncio.gather(*(one(i) for i in range(5)))

        def run():
            got = []
            got.append(drive(middle(2), ["s0", "s1", "s2", "s3"]))
            got.append(drive(middle(2), ["s0", "s1", "s2"], throw_at=1))
            got.append(drive(calls(raiser()), [1]))
            got.append(drive(calls(stopper()), [1]))
            c = middle(3)
            c.send(None)
            got.append((type(c.cr_await).__name__, c.cr_frame is not None, c.cr_running))
            got.append(c.close())
            got.append((c.cr_frame, c.cr_await))
            inner = leaf(7)
            inner.send(None)
            try:
                calls(inner).send(None)
            except RuntimeError as e:
                got.append(str(e))
            inner.close()
            done = calls(leaf(1))
            drive(done, [1, 2])
            try:
                done.send(None)
            except RuntimeError as e:
                got.append(str(e))
            got.append(asyncio.run(gathered()))
            return got

        results = [run() for _ in range(3)]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void CompiledCoroutinesGiveTheInterpretersResults(string backend) =>
        CompiledGeneratorTests.AssertCompiledAsInterpreted(backend, Coroutines,
            "[[('ready', 0), ('pause', 0), ('ready', 1), ('pause', 1), ('return', [((0, 's0'), 's1'), 'finally', ((1, 's2'), 's3'), 'finally'])], [('ready', 0), ('pause', 0), ('ready', 1), ('pause', 1)], ['r', ('ValueError', 'bad', ['drive', 'calls', 'raiser'])], ['s', ('RuntimeError', 'coroutine raised StopIteration', ['drive', 'calls'])], ('coroutine', True, False), None, (None, None), 'coroutine is being awaited already', 'cannot reuse already awaited coroutine', [0, 1, 4, 9, 16]]",
            "leaf", "middle", "raiser", "stopper", "calls", "gathered");

    private const string AsyncWith = """
        class CM:
            async def __aenter__(self): return 1
            async def __aexit__(self, *a): return False

        async def uses_async_with():
            async with CM() as v:
                return v

        async def agen():
            yield 1
        """;

    /// <summary>`async with`/`async for` and async generators are not emitted: such code stays in Eval.</summary>
    [Theory, MemberData(nameof(Backends))]
    public void AsyncWithAndAsyncGeneratorsStayInterpreted(string backend)
    {
        using var engine = BaselineJitTests.Engine(backend, 2);
        engine.Execute(AsyncWith);
        engine.Execute("""
            c = uses_async_with()
            try:
                c.send(None)
            except StopIteration as e:
                got = e.value
            try:
                agen().asend(None).send(None)
            except StopIteration as e:
                first = e.value
            """);
        Assert.Equal(1L, engine.Evaluate("got"));
        Assert.Equal(1L, engine.Evaluate("first"));
        Assert.Equal(3, BaselineJitTests.JitState(engine, "uses_async_with"));
        Assert.Equal(3, BaselineJitTests.JitState(engine, "agen"));
    }
}
