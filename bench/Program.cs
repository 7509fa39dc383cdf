// bench entry point:
//   dotnet run -c Release --project bench -- micro [BenchmarkDotNet args]   micro-benchmarks
//   dotnet run -c Release --project bench -- scaling [...]                  the scaling harness (issue 6)
//   dotnet run -c Release --project bench -- speed [...]                    single-thread speed vs CPython (issue 9)
//   dotnet run -c Release --project bench -- mp [...]                       start-up and multiprocessing costs vs CPython
//   dotnet run -c Release --project bench -- gil [...]                      GIL behaviour under contention vs CPython (issue 3)
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Vm.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "micro")
        {
            // Every class's rows in one joined table (both backends side by side). The default
            // config's exporters write it as GitHub markdown, CSV and HTML into
            // BenchmarkDotNet.Artifacts/results.
            var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray(), config);
            return 0;
        }
        if (args.Length > 0 && args[0] == "corpus") return CorpusStatus.Run(args.Skip(1).ToArray());
        if (args.Length > 0 && args[0] == "scaling")
            return Scaling.ScalingHarness.MainAsync(args.Skip(1).ToArray()).GetAwaiter().GetResult();
        if (args.Length > 0 && args[0] == "speed")
            return Speed.SpeedHarness.MainAsync(args.Skip(1).ToArray()).GetAwaiter().GetResult();
        if (args.Length > 0 && args[0] == "mp") return Mp.MpBench.Run(args.Skip(1).ToArray());
        if (args.Length > 0 && args[0] == "gil") return Gil.GilBench.Run(args.Skip(1).ToArray());
        if (args.Length > 0 && args[0] == "memory") return Memory.MemoryBench.Run(args.Skip(1).ToArray());
        Console.WriteLine("usage: bench micro [--filter *] | bench scaling [--quick] [--help] | bench speed [--quick] [--help] | bench corpus [--write-skips] [filter] | bench mp [--rounds R] | bench gil [--rounds R] | bench memory [--rounds R] [--n N]");
        return 2;
    }
}
