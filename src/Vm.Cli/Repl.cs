// The interactive prompt: >>> and ... continuation, expression results echoed via sys.displayhook.
using Vm.Hosting;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Cli;

public static class Repl
{
    public static int Run(PyRuntime rt)
    {
        var ts = rt.MainThread;
        var globals = rt.NewModuleDict("__main__", null);
        var main = new PyModule(rt.ModuleType, "__main__", globals);
        rt.Modules.SetLockHeldStr(rt, "__main__", main);
        Console.WriteLine($"Python 3.13.0 (pyvm {rt.BackendName} backend) on .NET");
        Console.WriteLine("Type \"exit()\" or Ctrl-D to leave.");
        var buffer = new System.Text.StringBuilder();
        while (true)
        {
            Console.Write(buffer.Length == 0 ? ">>> " : "... ");
            rt.Stdout.Flush();
            var line = Console.ReadLine();
            if (line == null) { Console.WriteLine(); break; }
            buffer.Append(line).Append('\n');
            var src = buffer.ToString();
            Vm.Ast.Module ast;
            try
            {
                ast = Vm.Parsing.PythonParser.ParseInteractive(src, "<stdin>");
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                if (IsIncomplete(se, src, line)) continue;
                buffer.Clear();
                Console.Error.Write(ScriptRunner.FormatSyntaxError(se));
                continue;
            }
            bool compound = src.TrimEnd('\n').Contains('\n') || line.TrimEnd().EndsWith(':');
            if (compound && line.Trim().Length != 0) continue;
            buffer.Clear();
            try
            {
                rt.RememberSource("<stdin>", src);
                var unit = Vm.Compiling.Compiler.CompileInteractive(ast, "<stdin>", src);
                rt.ExecCode(ts, rt.MakeCode(unit), globals, null);
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                Console.Error.Write(ScriptRunner.FormatSyntaxError(se));
            }
            catch (PyException e)
            {
                if (e.Value.Type.IsSubtypeOf(rt.ExceptionTypes["SystemExit"]))
                    return ScriptRunner.HandleUncaught(rt, ts, e.Value);
                rt.PrintException(ts, e.Value, rt.Stderr);
            }
            rt.Stdout.Flush();
        }
        return ScriptRunner.Finish(rt, ts, 0);
    }

    private static bool IsIncomplete(Vm.Text.SyntaxErrorException se, string src, string line)
    {
        if (line.Trim().Length == 0) return false;
        return se.Msg.Contains("unexpected EOF") || se.Msg.Contains("was never closed") ||
               se.Msg.StartsWith("expected an indented block") || se.Msg.Contains("unterminated triple-quoted") ||
               src.TrimEnd().EndsWith(':') || src.TrimEnd().EndsWith('\\');
    }
}
