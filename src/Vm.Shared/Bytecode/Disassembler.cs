using System.Globalization;
using System.Text;
using Vm.Compiling;

namespace Vm.Bytecode;

/// <summary>
/// Text disassembly in the format of CPython's `dis` module: line numbers, offsets (instruction
/// index × 2, as CPython's byte offsets), jump-target markers, opnames, arguments and their
/// meaning; nested code objects follow ("Disassembly of &lt;code object f ...&gt;:").
/// </summary>
public static class Disassembler
{
    private const int OpNameWidth = 20;
    private const int OpArgWidth = 5;

    /// <summary>Disassembles a code unit and, recursively, every code unit among its constants.</summary>
    public static string Disassemble(CodeUnit code)
    {
        var sb = new StringBuilder();
        DisassembleRecursive(code, sb);
        return sb.ToString();
    }

    private static void DisassembleRecursive(CodeUnit code, StringBuilder sb)
    {
        DisassembleOne(code, sb);
        foreach (var c in code.Consts)
        {
            if (c is not CodeUnit inner) continue;
            sb.Append('\n');
            sb.Append("Disassembly of ").Append(PyRepr.Of(inner)).Append(":\n");
            DisassembleRecursive(inner, sb);
        }
    }

    /// <summary>Disassembles one code unit (without nested code).</summary>
    public static string DisassembleOne(CodeUnit code)
    {
        var sb = new StringBuilder();
        DisassembleOne(code, sb);
        return sb.ToString();
    }

    /// <summary>True if the instruction's argument means something (CPython's HAVE_ARGUMENT).</summary>
    public static bool HasArg(Opcode op) => op switch
    {
        Opcode.NOP or Opcode.POP_TOP or Opcode.ROT_TWO or Opcode.ROT_THREE or Opcode.ROT_FOUR or Opcode.DUP_TOP
            or Opcode.DUP_TOP_TWO or Opcode.LOAD_ASSERTION_ERROR or Opcode.LOAD_BUILD_CLASS or Opcode.BINARY_SUBSCR
            or Opcode.STORE_SUBSCR or Opcode.DELETE_SUBSCR or Opcode.UNARY_POSITIVE or Opcode.UNARY_NEGATIVE
            or Opcode.UNARY_NOT or Opcode.UNARY_INVERT or Opcode.LIST_TO_TUPLE or Opcode.GET_ITER
            or Opcode.RETURN_VALUE or Opcode.YIELD_VALUE or Opcode.GET_YIELD_FROM_ITER or Opcode.YIELD_FROM
            or Opcode.POP_BLOCK or Opcode.POP_EXCEPT or Opcode.RERAISE or Opcode.WITH_EXCEPT_START
            or Opcode.IMPORT_STAR or Opcode.SETUP_ANNOTATIONS or Opcode.PRINT_EXPR
            or Opcode.GET_ANEXT or Opcode.IS_STOP_ASYNC_ITERATION or Opcode.ASYNC_GEN_WRAP or Opcode.BEFORE_ASYNC_WITH
            or Opcode.MATCH_SEQUENCE or Opcode.MATCH_MAPPING or Opcode.GET_LEN or Opcode.MATCH_KEYS
            or Opcode.MATCH_DICT_REST => false,
        _ => true,
    };

    private static void DisassembleOne(CodeUnit code, StringBuilder sb)
    {
        var n = code.Code.Length;
        var targets = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            var op = Instr.Op(code.Code[i]);
            if (StackEffect.IsJump(op)) targets.Add(Instr.Arg(code.Code[i]));
        }
        var maxLine = 0;
        for (var i = 0; i < n; i++) maxLine = Math.Max(maxLine, code.LineAt(i));
        var lineWidth = maxLine >= 1000 ? maxLine.ToString(CultureInfo.InvariantCulture).Length : 3;
        var maxOffset = Math.Max(0, (n - 1) * 2);
        var offsetWidth = maxOffset >= 10000 ? maxOffset.ToString(CultureInfo.InvariantCulture).Length : 4;

        var lastLine = -1;
        for (var i = 0; i < n; i++)
        {
            var op = Instr.Op(code.Code[i]);
            var arg = Instr.Arg(code.Code[i]);
            var line = code.LineAt(i);
            var startsLine = line > 0 && line != lastLine;
            if (line > 0) lastLine = line;
            if (startsLine && i > 0) sb.Append('\n');

            var fields = new List<string>
            {
                startsLine ? line.ToString(CultureInfo.InvariantCulture).PadLeft(lineWidth) : new string(' ', lineWidth),
                "   ",
                targets.Contains(i) ? ">>" : "  ",
                (i * 2).ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth),
                op.ToString().PadRight(OpNameWidth),
            };
            if (HasArg(op))
            {
                fields.Add(arg.ToString(CultureInfo.InvariantCulture).PadLeft(OpArgWidth));
                var argRepr = ArgRepr(code, op, arg);
                if (argRepr.Length > 0) fields.Add("(" + argRepr + ")");
            }
            sb.Append(string.Join(' ', fields).TrimEnd()).Append('\n');
        }
    }

    private static string ArgRepr(CodeUnit code, Opcode op, int arg)
    {
        switch (op)
        {
            case Opcode.LOAD_CONST:
                return arg < code.Consts.Length ? PyRepr.Of(code.Consts[arg]) : "?";
            case Opcode.LOAD_FAST:
            case Opcode.STORE_FAST:
            case Opcode.DELETE_FAST:
            case Opcode.LOAD_FAST_AND_CLEAR:
            case Opcode.STORE_FAST_MAYBE_NULL:
                return arg < code.VarNames.Length ? code.VarNames[arg] : "?";
            case Opcode.LOAD_DEREF:
            case Opcode.STORE_DEREF:
            case Opcode.DELETE_DEREF:
            case Opcode.LOAD_CLOSURE:
            case Opcode.LOAD_CLASSDEREF:
                return arg < code.CellVars.Length ? code.CellVars[arg]
                    : arg - code.CellVars.Length < code.FreeVars.Length ? code.FreeVars[arg - code.CellVars.Length] : "?";
            case Opcode.LOAD_GLOBAL:
            case Opcode.STORE_GLOBAL:
            case Opcode.DELETE_GLOBAL:
            case Opcode.LOAD_NAME:
            case Opcode.STORE_NAME:
            case Opcode.DELETE_NAME:
            case Opcode.LOAD_ATTR:
            case Opcode.STORE_ATTR:
            case Opcode.DELETE_ATTR:
            case Opcode.LOAD_METHOD:
            case Opcode.IMPORT_NAME:
            case Opcode.IMPORT_FROM:
                return arg < code.Names.Length ? code.Names[arg] : "?";
            case Opcode.LOAD_SUPER_ATTR:
                return (arg >> 2) < code.Names.Length ? code.Names[arg >> 2] : "?";
            case Opcode.COMPARE_OP:
            {
                var symbol = ((CompareOpArg)(arg & CompareOpArgs.OperatorMask)) switch
                {
                    CompareOpArg.Lt => "<",
                    CompareOpArg.LtE => "<=",
                    CompareOpArg.Eq => "==",
                    CompareOpArg.NotEq => "!=",
                    CompareOpArg.Gt => ">",
                    CompareOpArg.GtE => ">=",
                    _ => "?",
                };
                return arg >= CompareOpArgs.KeepsRight ? symbol + ", keeps right" : symbol;
            }
            case Opcode.BINARY_OP:
                return BinaryOpSymbol(arg);
            case Opcode.FORMAT_VALUE:
            {
                var s = (arg & 3) switch { 1 => "str", 2 => "repr", 3 => "ascii", _ => "" };
                if ((arg & 4) != 0) s = s.Length > 0 ? s + ", with format" : "with format";
                return s;
            }
            case Opcode.MAKE_FUNCTION:
            {
                string[] flags = ["defaults", "kwdefaults", "annotations", "closure"];
                return string.Join(", ", flags.Where((_, i) => (arg & (1 << i)) != 0));
            }
            default:
                return StackEffect.IsJump(op) ? "to " + (arg * 2).ToString(CultureInfo.InvariantCulture) : "";
        }
    }

    private static string BinaryOpSymbol(int arg)
    {
        var inplace = arg >= (int)BinaryOpArg.InplaceAdd;
        var baseOp = (BinaryOpArg)(inplace ? arg - 13 : arg);
        var s = baseOp switch
        {
            BinaryOpArg.Add => "+",
            BinaryOpArg.And => "&",
            BinaryOpArg.FloorDivide => "//",
            BinaryOpArg.LShift => "<<",
            BinaryOpArg.MatrixMultiply => "@",
            BinaryOpArg.Multiply => "*",
            BinaryOpArg.Remainder => "%",
            BinaryOpArg.Or => "|",
            BinaryOpArg.Power => "**",
            BinaryOpArg.RShift => ">>",
            BinaryOpArg.Subtract => "-",
            BinaryOpArg.TrueDivide => "/",
            BinaryOpArg.Xor => "^",
            _ => "?",
        };
        return inplace ? s + "=" : s;
    }
}
