# Formatting floats: f, e, g, %, precision, alignment, signs, grouping
x = 1234.56789
print(f"{x}", f"{x:f}", f"{x:.2f}", f"{x:.0f}", f"{x:10.1f}|", f"{x:<10.1f}|", f"{x:^12.3f}|", f"{x:010.2f}")
print(f"{x:e}", f"{x:.2e}", f"{x:E}", f"{x:.0e}", f"{0.000123:e}", f"{1e300:.3e}")
print(f"{x:g}", f"{x:.3g}", f"{0.0001234:g}", f"{0.00001234:g}", f"{123456789.0:g}", f"{1e16:g}", f"{100.0:g}", f"{x:G}")
print(f"{0.25:%}", f"{0.25:.1%}", f"{1.5:.0%}", f"{-0.0123:.2%}")
print(f"{x:,}", f"{x:,.2f}", f"{1234567.891:_.1f}", f"{-1e6:,.0f}")
print(f"{3.5:+}", f"{-3.5:+}", f"{3.5: }", f"{-3.5: }", f"{3.5:-}", f"{3.5:+.2f}")
print(f"{3.0}", f"{3.0:.1}", f"{3.0:#.0f}", f"{3.0:.0f}", f"{3.0:#g}", f"{3.0:g}", f"{0.1:.20f}")
print(f"{float('inf'):f}", f"{float('-inf'):.2f}", f"{float('nan'):e}", f"{float('inf'):F}", f"{float('nan'):G}")
print(f"{-0.0:f}", f"{-0.0:g}", f"{-0.0:z.1f}", f"{-0.00001:z.2f}", f"{0.0:e}")
print(f"{1.5:*>10}", f"{1.5:*<10}", f"{1.5:*^10}", f"{-1.5:=10}", f"{-1.5:0=10}")
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{2.675:.2f}", f"{1e-7:.3f}")
print(f"{123.456:n}", f"{1e20:f}", f"{1e-20:f}", f"{1/3:.15f}", f"{2/3:.17g}")
print("%f %.2f %e %.3E %g %G %10.3f| %-10.1f| %+.1f %%" % (x, x, x, x, x, 1e-10, x, x, x))
print("{:.3f} {:>8.2e} {:<8g}| {:^+9.1f}".format(x, x, x, x))
print(str(x), repr(x), format(x), format(x, ""), format(x, ".3"), format(1e20, ".3"), format(12.0, ".3"))
print(round(x, 2), f"{round(x, 2)}", f"{x:.{2}f}", f"{x:{10}.{1}f}|")
for bad in ("d", "x", "c", "s"):
    try:
        format(1.5, bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
