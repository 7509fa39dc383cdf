using Vm.Ast;
using Vm.Text;

namespace Vm.Compiling;

/// <summary>Builds <see cref="SyntaxErrorException"/>s with CPython's position conventions.</summary>
internal sealed class SyntaxErrors
{
    private readonly string _fileName;
    private readonly string _source;
    private string[]? _lines;

    public SyntaxErrors(string fileName, string source)
    {
        _fileName = fileName;
        _source = source ?? "";
    }

    public string FileName => _fileName;

    /// <summary>The text of a 1-based source line without its line ending, or null.</summary>
    public string? SourceLine(int line)
    {
        _lines ??= _source.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return line >= 1 && line <= _lines.Length ? _lines[line - 1] : null;
    }

    /// <summary>An error at a node: offset = col + 1, end offset = end col + 1 (as CPython).</summary>
    public SyntaxErrorException At(Node? node, string message)
    {
        if (node == null || node.Line <= 0)
            return new SyntaxErrorException("SyntaxError", message, _fileName, 0, 0, null);
        return At(node.Line, node.Col, node.EndLine, node.EndCol, message);
    }

    /// <summary>An error at 1-based line and 0-based columns.</summary>
    public SyntaxErrorException At(int line, int col, int endLine, int endCol, string message)
    {
        if (endLine <= 0) { endLine = line; endCol = col; }
        return new SyntaxErrorException("SyntaxError", message, _fileName, line, col + 1,
            SourceLine(line), endLine, endCol + 1);
    }
}
