def f(): return "beta"
