using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Compiling;
using Vm.Parsing;
using Vm.Text;
using Xunit;

namespace Vm.Tests.Compiling;

/// <summary>Parsing, compiling and inspecting code units in tests.</summary>
internal static class CompileHelpers
{
    public const string FileName = "<test>";

    public static CodeUnit Compile(string source, string fileName = FileName) =>
        Compiler.CompileModule(PythonParser.ParseModule(source, fileName), fileName, source);

    public static CodeUnit CompileEval(string source) =>
        Compiler.CompileExpression(PythonParser.ParseExpression(source, FileName), FileName, source);

    public static CodeUnit CompileSingle(string source) =>
        Compiler.CompileInteractive(PythonParser.ParseInteractive(source, FileName), FileName, source);

    public static SymbolTable Symbols(string source) =>
        SymbolTable.Build(PythonParser.ParseModule(source, FileName), FileName, source);

    /// <summary>The first code unit (depth first, the unit itself included) with the given name or qualname.</summary>
    public static CodeUnit Find(CodeUnit code, string name)
    {
        foreach (var c in All(code))
            if (c.Name == name || c.QualName == name) return c;
        throw new Xunit.Sdk.XunitException($"no code unit named {name}");
    }

    public static IEnumerable<CodeUnit> All(CodeUnit code)
    {
        yield return code;
        foreach (var k in code.Consts)
        {
            if (k is not CodeUnit inner) continue;
            foreach (var c in All(inner)) yield return c;
        }
    }

    public static List<Opcode> Ops(CodeUnit code) => code.Code.Select(Instr.Op).ToList();

    /// <summary>The instructions as "OPNAME arg" / "OPNAME" strings (args only where meaningful).</summary>
    public static List<string> Listing(CodeUnit code) =>
        code.Code.Select(i => Disassembler.HasArg(Instr.Op(i)) ? $"{Instr.Op(i)} {Instr.Arg(i)}" : Instr.Op(i).ToString()).ToList();

    public static SyntaxErrorException CompileError(string source)
    {
        var ex = Assert.Throws<SyntaxErrorException>(() => Compile(source));
        return ex;
    }

    /// <summary>The tests/Compiling source directory, for golden files.</summary>
    public static string SourceDir([CallerFilePath] string path = "")
    {
        var dir = Path.GetDirectoryName(path);
        if (dir != null && Directory.Exists(Path.Combine(dir, "golden"))) return dir;
        // Path-mapped (deterministic) builds: look upwards from the test binaries.
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "Compiling");
            if (Directory.Exists(Path.Combine(candidate, "golden"))) return candidate;
            candidate = Path.Combine(d.FullName, "tests", "Compiling");
            if (Directory.Exists(Path.Combine(candidate, "golden"))) return candidate;
        }
        return dir ?? ".";
    }

    /// <summary>tests/programs, the CPython-differential corpus.</summary>
    public static string ProgramsDir() => Path.Combine(Path.GetDirectoryName(SourceDir())!, "programs");
}
