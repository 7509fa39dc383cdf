using Vm.Ast;
using Vm.Parsing;
using Vm.Text;
using Xunit;
using Assert = Xunit.Assert;
using Attribute = Vm.Ast.Attribute;

namespace Vm.Tests.Parsing;

internal static class ParseHelpers
{
    public static Module Parse(string source) => PythonParser.ParseModule(source, "t.py");

    public static Stmt Stmt(string source) => Assert.Single(Parse(source).Body);

    public static T Stmt<T>(string source) where T : Stmt => Assert.IsType<T>(Stmt(source));

    /// <summary>The expression of a source holding one expression statement.</summary>
    public static Expr Expr(string source) => Stmt<ExprStmt>(source).Value;

    public static T Expr<T>(string source) where T : Expr => Assert.IsType<T>(Expr(source));

    /// <summary>ast.dump-style text of one expression, without positions.</summary>
    public static string Dump(string source) => AstDump.Dump(Expr(source));

    public static SyntaxErrorException Error(string source)
        => Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseModule(source, "t.py"));
}
