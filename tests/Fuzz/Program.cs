// Vm.Fuzz: the fuzzing driver. See README.md.
//   Vm.Fuzz TARGET                      run under afl-fuzz (SharpFuzz's fork server); outside
//                                       afl-fuzz it runs the input on stdin once
//   Vm.Fuzz TARGET --replay PATH...     run files (or every file under directories) in-process,
//                                       print each outcome; exit status 1 if any input is a bug
using System.Diagnostics;
using SharpFuzz;
using Vm.Fuzz;

if (args.Length == 0 || Array.IndexOf(FuzzTargets.Names, args[0]) < 0)
{
    Console.Error.WriteLine($"usage: Vm.Fuzz TARGET [--replay PATH...]   TARGET: {string.Join(" | ", FuzzTargets.Names)}");
    return 2;
}
var target = args[0];

if (args.Length > 1 && args[1] == "--replay")
    return Replay(target, args[2..]);

Action<Stream> run = stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    try
    {
        FuzzTargets.Run(target, buffer.ToArray());
    }
    catch (Exception e)
    {
        Console.Error.WriteLine(e); // afl-fuzz discards it; seen with AFL_DEBUG=1
        throw;
    }
};
// In process: SharpFuzz's fork server runs every input in this one process (no fork on .NET).
// A crash .NET cannot catch (a stack overflow) ends the fork server, and afl-fuzz stops with
// "fork server crashed"; SharpFuzz's out-of-process mode would survive it but did not start
// under Debian's afl++ 4.04c (see README.md).
Fuzzer.Run(run);
return 0;

static unsafe int Replay(string target, string[] paths)
{
    // The instrumented assemblies write coverage to this map; outside afl-fuzz it is ours.
    SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);
    var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
        ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [p]).ToList();
    int bugs = 0;
    foreach (var file in files)
    {
        var input = File.ReadAllBytes(file);
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = FuzzTargets.Run(target, input);
            Console.WriteLine($"{outcome,-12} {clock.ElapsedMilliseconds,6} ms  {file}");
        }
        catch (Exception e)
        {
            bugs++;
            Console.WriteLine($"{"BUG",-12} {clock.ElapsedMilliseconds,6} ms  {file}");
            Console.Error.WriteLine($"--- {file}\n{e}");
        }
    }
    Console.WriteLine($"{files.Count} inputs, {bugs} bugs");
    return bugs == 0 ? 0 : 1;
}
