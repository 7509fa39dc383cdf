// The shared front of the bench subcommands: --help prints the usage, a parse error prints the
// message and the usage (exit code 2).
namespace Vm.Bench;

public static class CommandLine
{
    /// <summary>Parses <paramref name="args"/>; null with <paramref name="exitCode"/> set when the command must stop here.</summary>
    public static T? ParseOrExit<T>(string[] args, Func<string[], T> parse, string usage, out int exitCode) where T : class
    {
        exitCode = 0;
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(usage);
            return null;
        }
        try
        {
            return parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(usage);
            exitCode = 2;
            return null;
        }
    }
}
