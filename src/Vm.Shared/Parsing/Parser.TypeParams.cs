using Vm.Ast;
using Attribute = Vm.Ast.Attribute;
using Vm.Lexing;

namespace Vm.Parsing;

// PEP 695 type parameter lists (`def f[T]`, `class C[T]`) and the `type X = ...` statement.
//
// The parser lowers them to ordinary nodes, the way CPython's compiler builds an annotation scope:
//   def f[T: B](x=d) -> T: ...       def f(.a0):                      # the annotation scope
//                                      .typing = <import typing>
//                                      T = .typing._type_param_from_syntax("TypeVar", 'T', lambda: B, None, None)
//                                      def f(x=.a0) -> T: ...   # stored in .defined
//                                      .defined.__type_params__ = (T,)
//                                      return <decorators>(.defined)
//                                    f = f(d)
// Decorators and defaults are evaluated outside the scope (passed in as `.a*` arguments), bounds,
// constraints, defaults and alias values inside lambdas, so they are evaluated lazily and see the
// type parameters. A generic class gets `Generic[T, ...]` as its last base and `__type_params__` in
// its body. Names starting with '.' cannot be written in Python, so they never collide.
// In a class body the scope also gets the class namespace (`locals()` there) as `.classdict`, and
// the compiler reads its free and global names from it first (FunctionDef.SeesClassDict).
internal sealed partial class Parser
{
    /// <summary>True while the statements of a class body (not of a def inside it) are parsed.</summary>
    private bool _inClassBody;

    /// <summary>True while a definition in a class body is lowered: its scope sees `.classdict`.</summary>
    private bool _lowerInClass;

    private enum TypeParamKind { TypeVar, TypeVarTuple, ParamSpec }

    private sealed record TypeParam(TypeParamKind Kind, string Name, Expr? Bound, Expr? Default, Token At);

    private List<TypeParam> ParseTypeParams()
    {
        var open = Expect(TokenKind.LSqb);
        var list = new List<TypeParam>();
        if (At(TokenKind.RSqb)) throw ErrorAt(open, "Type parameter list cannot be empty");
        var seen = new HashSet<string>();
        string? firstDefault = null;
        while (!At(TokenKind.RSqb))
        {
            var start = Peek();
            var kind = Accept(TokenKind.DoubleStar) ? TypeParamKind.ParamSpec
                : Accept(TokenKind.Star) ? TypeParamKind.TypeVarTuple : TypeParamKind.TypeVar;
            var nameTok = Peek();
            var name = ExpectName();
            Expr? bound = null, dflt = null;
            if (At(TokenKind.Colon))
            {
                if (kind == TypeParamKind.TypeVarTuple) throw ErrorAt(Peek(), "cannot use bound with TypeVarTuple");
                if (kind == TypeParamKind.ParamSpec) throw ErrorAt(Peek(), "cannot use bound with ParamSpec");
                Next();
                bound = ParseExpression();
            }
            if (Accept(TokenKind.Equal))
                dflt = kind == TypeParamKind.TypeVarTuple ? ParseStarExpression() : ParseExpression();
            if (!seen.Add(name)) throw ErrorAt(nameTok, $"duplicate type parameter '{name}'");
            if (dflt != null) firstDefault ??= name;
            else if (firstDefault != null)
                throw ErrorAt(nameTok, $"non-default type parameter '{name}' follows default type parameter");
            list.Add(new TypeParam(kind, name, bound, dflt, start));
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RSqb);
        return list;
    }

    /// <summary>`type X[T] = value` (a soft keyword statement): X = a TypeAliasType with a lazy value.</summary>
    private Stmt ParseTypeAlias()
    {
        var kw = Next();
        var name = ExpectName();
        var typeParams = At(TokenKind.LSqb) ? ParseTypeParams() : new List<TypeParam>();
        Expect(TokenKind.Equal);
        var value = ParseExpression();
        var src = Fin(new Pass(), kw);
        _lowerInClass = _inClassBody;
        var body = TypeParamPrologue(typeParams, src);
        var make = Mk(new Call(TypingAttr("_type_alias_from_syntax", src),
            [Mk(new Constant(name), src), Thunk(value, "a type alias", src), TypeParamTuple(typeParams, src)], []), src);
        body.Add(Mk(new Return(make), src));
        return WrapInScope(name, new List<Expr>(), body, new List<Arg>(), src);
    }

    private Stmt LowerGenericFunction(FunctionDef fd, List<TypeParam> typeParams, bool inClass) =>
        LowerGeneric(fd, fd.Name, fd.DecoratorList, typeParams, inClass, scope =>
        {
            fd.Args.Defaults = scope.PassIn(fd.Args.Defaults, fd);
            for (var i = 0; i < fd.Args.KwDefaults.Count; i++)
                if (fd.Args.KwDefaults[i] is { } kd) fd.Args.KwDefaults[i] = scope.PassIn([kd], fd)[0];
            fd.StoreAs = Defined;
            var target = Mk(new Attribute(Mk(new Name(Defined, ExprContext.Load), fd), "__type_params__", ExprContext.Store), fd);
            return Mk(new Assign([target], TypeParamTuple(typeParams, fd)), fd);
        });

    private Stmt LowerGenericClass(ClassDef cd, List<TypeParam> typeParams, bool inClass) =>
        LowerGeneric(cd, cd.Name, cd.DecoratorList, typeParams, inClass, _ =>
        {
            cd.StoreAs = Defined;
            var generic = new List<Expr>();
            foreach (var p in typeParams)
            {
                Expr n = Mk(new Name(p.Name, ExprContext.Load), cd);
                generic.Add(p.Kind == TypeParamKind.TypeVarTuple ? Mk(new Starred(n, ExprContext.Load), cd) : n);
            }
            cd.Bases.Add(Mk(new Subscript(TypingAttr("Generic", cd), Mk(new TupleExpr(generic, ExprContext.Load), cd), ExprContext.Load), cd));
            var hasDoc = cd.Body.Count > 0 && cd.Body[0] is ExprStmt { Value: Constant { Value: string } };
            cd.Body.Insert(hasDoc ? 1 : 0, Mk(new Assign([Mk(new Name("__type_params__", ExprContext.Store), cd)], TypeParamTuple(typeParams, cd)), cd));
            return null;
        });

    /// <summary>The annotation scope around a def or class: decorators are passed in, `prepare`
    /// adjusts the definition (and may give a statement to run after it), the scope returns the
    /// decorated result.</summary>
    private Stmt LowerGeneric(Stmt def, string name, List<Expr> decoratorList, List<TypeParam> typeParams, bool inClass,
        Func<ScopeArgs, Stmt?> prepare)
    {
        _lowerInClass = inClass;
        var body = TypeParamPrologue(typeParams, def);
        var scope = new ScopeArgs();
        var decorators = scope.PassIn(decoratorList, def);
        decoratorList.Clear();
        var after = prepare(scope);
        body.Add(def);
        if (after != null) body.Add(after);
        body.Add(Mk(new Return(Decorate(decorators, def)), def));
        return WrapInScope(name, scope.OuterArgs, body, scope.Params, def);
    }

    /// <summary>`.typing = <import typing>` then one assignment per type parameter.</summary>
    private List<Stmt> TypeParamPrologue(List<TypeParam> typeParams, Node src)
    {
        var body = new List<Stmt> { Mk(new Import([Mk(new Alias("typing", ".typing"), src)]), src) };
        foreach (var p in typeParams)
        {
            Expr? bound = null, constraints = null;
            if (p.Bound is TupleExpr) constraints = Thunk(p.Bound, "a TypeVar constraint", src);
            else if (p.Bound != null) bound = Thunk(p.Bound, "a TypeVar bound", src);
            var ofDefault = $"a {p.Kind} default";
            Expr? dflt = p.Default switch
            {
                null => null,
                // `*Ts = *tuple[int]`: the default is the unpacked form, Unpack[tuple[int]]
                Starred st => Thunk(Mk(new Subscript(TypingAttr("Unpack", src), st.Value, ExprContext.Load), src), ofDefault, src),
                var d => Thunk(d, ofDefault, src),
            };
            var make = Mk(new Call(TypingAttr("_type_param_from_syntax", src),
                [Mk(new Constant(p.Kind.ToString()), src), Mk(new Constant(p.Name), src), bound ?? None(src), constraints ?? None(src), dflt ?? None(src)], []), src);
            body.Add(Mk(new Assign([Mk(new Name(p.Name, ExprContext.Store), src)], make), src));
        }
        return body;
    }

    /// <summary>Expressions evaluated outside the annotation scope and passed in as its parameters.</summary>
    private sealed class ScopeArgs
    {
        public readonly List<Expr> OuterArgs = new();
        public readonly List<Arg> Params = new();

        /// <summary>Replaces each expression by a parameter of the annotation scope.</summary>
        public List<Expr> PassIn(List<Expr> exprs, Node src)
        {
            var result = new List<Expr>();
            foreach (var e in exprs)
            {
                var name = ".a" + OuterArgs.Count;
                OuterArgs.Add(e);
                Params.Add(Mk(new Arg(name, null), src));
                result.Add(Mk(new Name(name, ExprContext.Load), src));
            }
            return result;
        }
    }

    /// <summary>The variable of the annotation scope that holds the def or class it defines.</summary>
    private const string Defined = ".defined";

    private static Expr Decorate(List<Expr> decorators, Node src)
    {
        Expr e = Mk(new Name(Defined, ExprContext.Load), src);
        for (var i = decorators.Count - 1; i >= 0; i--) e = Mk(new Call(decorators[i], [e], []), src);
        return e;
    }

    /// <summary>`def name(scopeParams): body` then `name = name(outerArgs)`, as one statement.</summary>
    private Stmt WrapInScope(string name, List<Expr> outerArgs, List<Stmt> body, List<Arg> scopeParams, Node src)
    {
        var args = Mk(new Arguments(), src);
        args.Args.AddRange(scopeParams);
        if (_lowerInClass)
        {
            args.Args.Add(Mk(new Arg(".classdict", null), src));
            outerArgs.Add(Mk(new Call(Mk(new Name("locals", ExprContext.Load), src), [], []), src));
        }
        var scope = Mk(new FunctionDef { Name = name, Args = args, Body = body, IsTypeParamScope = true, SeesClassDict = _lowerInClass }, src);
        var call = Mk(new Call(Mk(new Name(name, ExprContext.Load), src), outerArgs, []), src);
        var assign = Mk(new Assign([Mk(new Name(name, ExprContext.Store), src)], call), src);
        return Mk(new If(Mk(new Constant(true), src), [scope, assign], []), src);
    }

    private static Expr TypeParamTuple(List<TypeParam> typeParams, Node src) =>
        Mk(new TupleExpr(typeParams.Select(p => (Expr)Mk(new Name(p.Name, ExprContext.Load), src)).ToList(), ExprContext.Load), src);

    private static Expr TypingAttr(string attr, Node src) =>
        Mk(new Attribute(Mk(new Name(".typing", ExprContext.Load), src), attr, ExprContext.Load), src);

    /// <summary>`lambda: body`, evaluated on first use; in a class body `lambda .classdict=.classdict: body`.</summary>
    private Expr Thunk(Expr body, string of, Node src)
    {
        var args = Mk(new Arguments(), src);
        if (_lowerInClass)
        {
            args.Args.Add(Mk(new Arg(".classdict", null), src));
            args.Defaults.Add(Mk(new Name(".classdict", ExprContext.Load), src));
        }
        return Mk(new Lambda(args, body) { SeesClassDict = _lowerInClass, AnnotationScopeOf = of }, src);
    }

    private static Expr None(Node src) => Mk(new Constant(null), src);

    private static T Mk<T>(T node, Node src) where T : Node
    {
        node.Line = src.Line;
        node.Col = src.Col;
        node.EndLine = src.EndLine;
        node.EndCol = src.EndCol;
        return node;
    }
}
