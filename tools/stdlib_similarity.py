"""Compare the pure-Python modules in src/Vm.Shared/Lib with CPython 3.13's files of the same name
(the figures of docs/provenance.md): private names shared, def/class names and their order,
shared comment/docstring lines, share of 12-token sequences, identical code lines.

Usage: python3.13 tools/stdlib_similarity.py src/Vm.Shared/Lib [module paths...] [-v]
(-v lists the shared names and lines). CPython's files are read from CPY below.
"""
import ast, io, os, re, sys, tokenize
CPY = os.path.expanduser('~/.pyenv/versions/3.13.0/lib/python3.13')
def toks(src):
    out=[]; comments=[]
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type==tokenize.COMMENT: comments.append(t.string); continue
            if t.type in (tokenize.NL,tokenize.NEWLINE,tokenize.INDENT,tokenize.DEDENT,tokenize.ENDMARKER): continue
            if t.type==tokenize.STRING and len(t.string)>40: comments.append(t.string); out.append('STR'); continue
            out.append(t.string)
    except Exception as e: pass
    return out, comments
def privs(src):
    return set(n for n in re.findall(r'\b(_[A-Za-z0-9]\w*)', src) if not (n.startswith('__') and n.endswith('__')))
def defs(src):
    try: tree=ast.parse(src)
    except SyntaxError: return []
    r=[]
    for n in ast.walk(tree):
        if isinstance(n,(ast.FunctionDef,ast.AsyncFunctionDef,ast.ClassDef)): r.append((n.lineno,n.name))
    return [n for _,n in sorted(r)]
def lcs(a,b):
    prev=[0]*(len(b)+1)
    for x in a:
        cur=[0]
        for j,y in enumerate(b): cur.append(prev[j]+1 if x==y else max(prev[j+1],cur[j]))
        prev=cur
    return prev[-1]
def norm(s): return re.sub(r'\s+',' ',s.strip().lower())
def textlines(comments):
    r=set()
    for c in comments:
        for l in c.splitlines():
            l=norm(l.strip('#"\' '))
            if len(l)>=25: r.add(l)
    return r
def shingles(t,k=12): return set(tuple(t[i:i+k]) for i in range(len(t)-k+1))
def codelines(src):
    return set(norm(l) for l in src.splitlines() if len(norm(l))>=30 and not l.strip().startswith('#'))
def compare(ours, theirs):
    a=open(ours).read(); b=open(theirs).read()
    ta,ca=toks(a); tb,cb=toks(b)
    pa=privs(a); pb=privs(b)
    da=defs(a); db=defs(b)
    common=[d for d in da if d in set(db)]
    l=lcs([d for d in da if d in set(db)],[d for d in db if d in set(da)])
    xa=textlines(ca); xb=textlines(cb)
    sa=shingles(ta); sb=shingles(tb)
    la=codelines(a); lb=codelines(b)
    return dict(priv=f"{len(pa&pb)}/{len(pa)}", privnames=sorted(pa&pb), defs=f"{len(common)}/{len(da)} lcs{l}",
        text=f"{len(xa&xb)}/{len(xa)}", textsame=sorted(xa&xb), shing=f"{len(sa&sb)/max(1,len(sa)):.2f}",
        lines=f"{len(la&lb)}/{len(la)}", linesame=sorted(la&lb))
if __name__=='__main__':
    lib=sys.argv[1]; verbose='-v' in sys.argv
    only=[x for x in sys.argv[2:] if x!='-v']
    for root,_,fs in sorted(os.walk(lib)):
        for f in sorted(fs):
            if not f.endswith('.py'): continue
            p=os.path.join(root,f); rel=os.path.relpath(p,lib)
            if only and rel not in only: continue
            c=os.path.join(CPY,rel)
            if not os.path.exists(c): continue
            r=compare(p,c)
            print(f"{rel:40} priv {r['priv']:>7} defs {r['defs']:>14} text {r['text']:>7} shingle12 {r['shing']} lines {r['lines']}")
            if verbose:
                print('  privs:',' '.join(r['privnames']))
                for t in r['textsame']: print('  T:',t[:120])
                for t in r['linesame']: print('  L:',t[:120])
