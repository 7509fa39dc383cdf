// sqlite3 checks the corpus cannot show: a file database written, closed and reopened (by a second
// engine too), the native library found from the test output, check_same_thread's error from another
// thread, a connection shared by threads (check_same_thread=False) giving every row exactly once, and
// a user function called while step runs detached. Each case runs on both backends.
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Modules.Sqlite;

public sealed class SqliteModuleTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    [Theory, MemberData(nameof(Backends))]
    public void FileDatabaseKeepsRowsAfterCloseAndReopen(string backend)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sqlite_{Guid.NewGuid():N}.db");
        try
        {
            using (var engine = PythonEngine.Create(Backend.Parse(backend)))
            {
                engine.Execute($$"""
                    import sqlite3
                    con = sqlite3.connect({{PyLiteral(path)}})
                    con.execute("CREATE TABLE t(a INTEGER, b TEXT)")
                    with con:
                        con.executemany("INSERT INTO t VALUES (?, ?)", [(i, str(i)) for i in range(100)])
                    con.execute("INSERT INTO t VALUES (-1, 'uncommitted')")
                    con.close()
                    """);
            }
            Assert.True(File.Exists(path));
            using (var engine = PythonEngine.Create(Backend.Parse(backend)))
            {
                engine.Execute($$"""
                    import sqlite3
                    con = sqlite3.connect({{PyLiteral(path)}})
                    rows = con.execute("SELECT count(*), sum(a), min(a) FROM t").fetchone()
                    con.close()
                    """);
                Assert.Equal("(100, 4950, 0)", engine.Evaluate<string>("repr(rows)"));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void AnotherThreadGetsCheckSameThreadsProgrammingError(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute("""
            import sqlite3, threading
            con = sqlite3.connect(":memory:")
            errors = []
            def use():
                try:
                    con.execute("SELECT 1")
                except sqlite3.ProgrammingError as e:
                    errors.append(str(e))
            t = threading.Thread(target=use)
            t.start(); t.join()
            ok = con.execute("SELECT 2").fetchone()[0]
            """);
        var message = engine.Evaluate<string>("errors[0]");
        Assert.StartsWith("SQLite objects created in a thread can only be used in that same thread. The object was created in thread id ", message);
        Assert.Equal(2L, engine.Evaluate<long>("ok"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void SharedConnectionGivesEachRowOnceAcrossThreads(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute("""
            import sqlite3, threading
            con = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            con.execute("CREATE TABLE t(v INTEGER)")
            con.create_function("twice", 1, lambda x: 2 * x)
            def writer(k):
                for i in range(200):
                    con.execute("INSERT INTO t VALUES (twice(?))", (k * 1000 + i,))
            threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
            for t in threads: t.start()
            for t in threads: t.join()
            cur = con.execute("SELECT v FROM t")
            seen = []
            def reader():
                while True:
                    row = cur.fetchone()
                    if row is None:
                        return
                    seen.append(row[0])
            readers = [threading.Thread(target=reader) for _ in range(3)]
            for t in readers: t.start()
            for t in readers: t.join()
            expected = sorted(2 * (k * 1000 + i) for k in range(4) for i in range(200))
            same = sorted(seen) == expected
            """);
        Assert.True(engine.Evaluate<bool>("same"));
    }

    [Fact]
    public void NativeLibraryIsInTheTestOutput()
    {
        var dir = AppContext.BaseDirectory;
        var candidates = new[] { Path.Combine(dir, "libe_sqlite3.so"), Path.Combine(dir, "runtimes", "linux-x64", "native", "libe_sqlite3.so") };
        Assert.Contains(candidates, File.Exists);
    }

    private static string PyLiteral(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
