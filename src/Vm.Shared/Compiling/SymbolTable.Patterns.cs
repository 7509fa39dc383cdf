using Vm.Ast;

namespace Vm.Compiling;

// The match statement's names: captures are local definitions; value patterns, mapping keys and
// class names are loads.
public sealed partial class SymbolTable
{
    private void VisitMatch(Match m)
    {
        VisitExpr(m.Subject);
        foreach (var c in m.Cases)
        {
            VisitPattern(c.Pattern);
            if (c.Guard != null) VisitExpr(c.Guard);
            VisitStmts(c.Body);
        }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                break;
            case MatchSingleton:
                break;
            case MatchSequence s:
                foreach (var item in s.Patterns) VisitPattern(item);
                break;
            case MatchStar star:
                if (star.Name != null) DefinePatternName(star.Name, star);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var item in m.Patterns) VisitPattern(item);
                if (m.Rest != null) DefinePatternName(m.Rest, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var item in c.Patterns) VisitPattern(item);
                for (int i = 0; i < c.KwdAttrs.Count; i++)
                {
                    CheckDebugStore(c.KwdAttrs[i], c.KwdPatterns[i]);
                    VisitPattern(c.KwdPatterns[i]);
                }
                break;
            case MatchAs a:
                if (a.Pattern != null) VisitPattern(a.Pattern);
                if (a.Name != null) DefinePatternName(a.Name, a);
                break;
            case MatchOr o:
                foreach (var alt in o.Patterns) VisitPattern(alt);
                break;
        }
    }

    private void DefinePatternName(string name, Node node)
    {
        CheckDebugStore(name, node);
        AddDef(name, SymbolFlags.DefLocal, node);
    }
}
