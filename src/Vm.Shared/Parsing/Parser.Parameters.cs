using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// Parameter lists of def (with annotations) and lambda (without).
internal sealed partial class Parser
{
    /// <summary>
    /// Parameters up to, not including, ')' (def) or ':' (lambda): positional-only before '/',
    /// keyword-only after '*' or '*args', '**kwargs' last.
    /// </summary>
    private Arguments ParseParameters(bool lambda)
    {
        var a = new Arguments();
        var close = lambda ? TokenKind.Colon : TokenKind.RPar;
        var positional = new List<Arg>();
        bool sawSlash = false, sawStar = false, sawKwArg = false;
        while (!At(close))
        {
            var t = Peek();
            if (sawKwArg) throw ErrorAt(t, "arguments cannot follow var-keyword argument");
            if (t.Kind == TokenKind.Slash)
            {
                Next();
                if (sawSlash) throw ErrorAt(t, "/ may appear only once");
                if (sawStar) throw ErrorAt(t, "/ must be ahead of *");
                if (positional.Count == 0)
                {
                    if (PeekQuietly(0).Kind == TokenKind.Comma) throw ErrorAt(t, "at least one argument must precede /");
                    throw Generic(t);
                }
                a.PosOnlyArgs.AddRange(positional);
                positional.Clear();
                sawSlash = true;
            }
            else if (t.Kind == TokenKind.Star)
            {
                Next();
                if (sawStar) throw ErrorAt(t, "* argument may appear only once");
                sawStar = true;
                if (At(TokenKind.Comma) || At(close))
                {
                    var after = At(TokenKind.Comma) ? PeekAt(1) : Peek();
                    if (after.Kind == close || after.Kind == TokenKind.DoubleStar)
                    {
                        // CPython points at the '*' of a def, but past it in a lambda
                        throw ErrorAt(lambda ? after : t, "named arguments must follow bare *");
                    }
                }
                else
                {
                    a.VarArg = ParseParam(lambda, starAnnotation: true);
                    if (At(TokenKind.Equal)) throw ErrorAt(Peek(), "var-positional argument cannot have default value");
                }
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Next();
                a.KwArg = ParseParam(lambda, starAnnotation: false);
                if (At(TokenKind.Equal)) throw ErrorAt(Peek(), "var-keyword argument cannot have default value");
                sawKwArg = true;
            }
            else
            {
                var p = ParseParam(lambda, starAnnotation: false);
                Expr? def = null;
                if (At(TokenKind.Equal))
                {
                    var eq = Next();
                    if (At(TokenKind.Comma) || At(close)) throw ErrorAt(eq, "expected default value expression");
                    def = ParseExpression();
                }
                if (sawStar)
                {
                    a.KwOnlyArgs.Add(p);
                    a.KwDefaults.Add(def);
                }
                else
                {
                    positional.Add(p);
                    if (def != null) a.Defaults.Add(def);
                    else if (a.Defaults.Count > 0)
                    {
                        throw ErrorAt(p, "parameter without a default follows parameter with a default");
                    }
                }
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        a.Args.AddRange(positional);
        return a;
    }

    private Arg ParseParam(bool lambda, bool starAnnotation)
    {
        var t = Peek();
        string name = ExpectName();
        Expr? annotation = null;
        if (!lambda && Accept(TokenKind.Colon))
        {
            annotation = starAnnotation && At(TokenKind.Star) ? ParseStarExpression() : ParseExpression();
        }
        return Fin(new Arg(name, annotation), t);
    }
}
