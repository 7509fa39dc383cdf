// CPython 3.13's list sort (Objects/listobject.c, listsort.txt): an adaptive, stable, natural
// merge sort with binary insertion for short runs, galloping merges and the "powersort" merge
// policy. Ported step by step so that the comparisons made (and hence the result for
// inconsistent orderings such as lists with NaNs, and the side effects of __lt__) match CPython.
// Only `<` is used. An exception from a comparison leaves the arrays a permutation of the input.
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Containers;

public sealed class TimSort<TSync> where TSync : struct, ISyncPolicy
{
    private const int MinGallopInit = 7;
    private const int MaxMinRun = 64;
    private const int MaxMergePending = 85;

    private readonly PyThreadState _ts;
    private readonly PyRuntime _rt;
    private readonly PyObject[] _k;       // keys
    private readonly PyObject[]? _v;      // values moved in lockstep (null: the keys are the values)
    private readonly int _listLen;
    private PyObject[] _tk = [];
    private PyObject[]? _tv;
    private int _minGallop = MinGallopInit;
    private readonly int[] _runBase = new int[MaxMergePending];
    private readonly int[] _runLen = new int[MaxMergePending];
    private readonly int[] _runPower = new int[MaxMergePending];
    private int _n;
    /// <summary>The one exact type all keys share, found before sorting (CPython's pre-sort check of
    /// list.sort): Lt then compares by it without testing the pair's types.</summary>
    private readonly KeyKind _kind;

    private enum KeyKind : byte { Mixed, Int, Float, Str, Tuple }

    private TimSort(PyThreadState ts, PyObject[] keys, PyObject[]? values, int n)
    {
        _ts = ts;
        _rt = ts.Rt;
        _k = keys;
        _v = values;
        _listLen = n;
        _kind = KindOf(_rt, keys, n);
    }

    /// <summary>
    /// The kind of keys[0..n) when every key is of one exact type among int, float, str and tuple, else
    /// Mixed. It holds for the whole sort: the keys only move within the array (the key array is the
    /// sort's own, and a list's items are detached from it while it sorts, so Python code that runs in
    /// a comparison cannot put another object there), and these types' __class__ cannot be assigned.
    /// </summary>
    private static KeyKind KindOf(PyRuntime rt, PyObject[] keys, int n)
    {
        var t = keys[0].Type;
        var kind = ReferenceEquals(t, rt.IntType) ? KeyKind.Int : ReferenceEquals(t, rt.FloatType) ? KeyKind.Float
            : ReferenceEquals(t, rt.StrType) ? KeyKind.Str : ReferenceEquals(t, rt.TupleType) ? KeyKind.Tuple : KeyKind.Mixed;
        if (kind == KeyKind.Mixed) return kind;
        for (int i = 1; i < n; i++)
            if (!ReferenceEquals(keys[i].Type, t)) return KeyKind.Mixed;
        return kind;
    }

    /// <summary>Sorts keys[0..n) ascending (values permuted in lockstep). Throws PyException from comparisons.
    /// Both arrays must have been created as PyObject[] (RefArray.IsExact: the moves skip the covariance check).</summary>
    public static void Sort(PyThreadState ts, PyObject[] keys, PyObject[]? values, int n)
    {
        if (!RefArray.IsExact(keys) || (values != null && !RefArray.IsExact(values)))
            throw new ArgumentException("TimSort sorts arrays created as PyObject[]");
        if (n < 2) return;
        new TimSort<TSync>(ts, keys, values, n).Run();
    }

    private void Run()
    {
        int nremaining = _listLen;
        int lo = 0;
        int minrun = ComputeMinRun(nremaining);
        do
        {
            int n = CountRun(lo, nremaining);
            if (n < minrun)
            {
                int force = nremaining <= minrun ? nremaining : minrun;
                BinarySort(lo, force, n);
                n = force;
            }
            FoundNewRun(n);
            _runBase[_n] = lo;
            _runLen[_n] = n;
            _n++;
            lo += n;
            nremaining -= n;
        } while (nremaining > 0);
        MergeForceCollapse();
    }

    // ------------------------------------------------------------------ comparison

    private bool Lt(PyObject a, PyObject b)
    {
        // Each case is LtMixed's branch for a pair of that type, without the tests of the pair's types.
        switch (_kind)
        {
            case KeyKind.Int:
                var x = (PyInt)a;
                var y = (PyInt)b;
                return !x.IsBig && !y.IsBig ? x.Small < y.Small : x.Big < y.Big;
            case KeyKind.Str:
                return CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0;
            case KeyKind.Float:
                return ((PyFloat)a).Value < ((PyFloat)b).Value;
            case KeyKind.Tuple:
                return TupleLt((PyTuple)a, (PyTuple)b) ?? Ops<TSync>.RichCompareBool(_ts, a, b, CompareOpArg.Lt);
        }
        return LtMixed(a, b);
    }

    private bool LtMixed(PyObject a, PyObject b)
    {
        var rt = _rt;
        var ta = a.Type;
        if (ReferenceEquals(ta, b.Type))
        {
            if (ReferenceEquals(ta, rt.IntType))
            {
                var x = (PyInt)a;
                var y = (PyInt)b;
                if (!x.IsBig && !y.IsBig) return x.Small < y.Small;
                return x.Big < y.Big;
            }
            if (ReferenceEquals(ta, rt.FloatType)) return ((PyFloat)a).Value < ((PyFloat)b).Value;
            if (ReferenceEquals(ta, rt.StrType)) return CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0;
            if (ReferenceEquals(ta, rt.TupleType) && TupleLt((PyTuple)a, (PyTuple)b) is { } lt) return lt;
        }
        return Ops<TSync>.RichCompareBool(_ts, a, b, CompareOpArg.Lt);
    }

    /// <summary>
    /// a &lt; b for two exact tuples whose items, up to the first that differ, are identical or
    /// pairs of one exact int, float or str type (sort keys such as (-count, word)): tuple
    /// comparison's answer (identical items are equal, then the first unequal pair decides, else
    /// the shorter tuple is less), computed without method calls. Null as soon as a pair is of
    /// any other kind, before any Python code could have run: the caller then compares generally.
    /// </summary>
    private bool? TupleLt(PyTuple a, PyTuple b)
    {
        var rt = _rt;
        var x = a.Items;
        var y = b.Items;
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            var p = x[i];
            var q = y[i];
            if (ReferenceEquals(p, q)) continue;
            var t = p.Type;
            if (!ReferenceEquals(t, q.Type)) return null;
            if (ReferenceEquals(t, rt.IntType))
            {
                var u = (PyInt)p;
                var v = (PyInt)q;
                int c = !u.IsBig && !v.IsBig ? u.Small.CompareTo(v.Small) : u.Big.CompareTo(v.Big);
                if (c != 0) return c < 0;
            }
            else if (ReferenceEquals(t, rt.FloatType))
            {
                double u = ((PyFloat)p).Value, v = ((PyFloat)q).Value;
                if (u != v) return u < v; // NaN: unequal, and not less
            }
            else if (ReferenceEquals(t, rt.StrType))
            {
                int c = CompareCodePoints(((PyStr)p).Value, ((PyStr)q).Value);
                if (c != 0) return c < 0;
            }
            else return null;
        }
        return x.Length < y.Length;
    }

    /// <summary>Orders two strings by code point (UTF-16 ordinal order differs for astral characters).</summary>
    public static int CompareCodePoints(string a, string b) => Vm.Builtins.Text.CodePoints.Compare(a, b);

    // ------------------------------------------------------------------ helpers

    private void Reverse(int lo, int n)
    {
        Array.Reverse(_k, lo, n);
        if (_v != null) Array.Reverse(_v, lo, n);
    }

    private static int ComputeMinRun(int n)
    {
        int r = 0;
        while (n >= MaxMinRun)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void EnsureTemp(int need)
    {
        if (_tk.Length >= need) return;
        _tk = new PyObject[need];
        if (_v != null) _tv = new PyObject[need];
    }

    // ------------------------------------------------------------------ runs

    /// <summary>Binary insertion sort of [lo, lo+n) where [lo, lo+ok) is already sorted.</summary>
    private void BinarySort(int lo, int n, int ok)
    {
        if (ok == 0) ok = 1;
        for (; ok < n; ++ok)
        {
            int l = 0, r = ok;
            var pivot = _k[lo + ok];
            do
            {
                int m = (l + r) >> 1;
                if (Lt(pivot, _k[lo + m])) r = m;
                else l = m + 1;
            } while (l < r);
            Array.Copy(_k, lo + l, _k, lo + l + 1, ok - l);
            RefArray.Set(_k, lo + l, pivot);
            if (_v != null)
            {
                var vp = _v[lo + ok];
                Array.Copy(_v, lo + l, _v, lo + l + 1, ok - l);
                RefArray.Set(_v, lo + l, vp);
            }
        }
    }

    /// <summary>Length of the run starting at lo (a descending run is reversed in place to ascending).</summary>
    private int CountRun(int lo, int nremaining)
    {
        int n;
        for (n = 1; n < nremaining; ++n)
            if (Lt(_k[lo + n], _k[lo + n - 1])) break;
        if (n == nremaining) return n;
        if (n > 1)
        {
            if (Lt(_k[lo], _k[lo + n - 1])) return n;
            Reverse(lo, n);
        }
        ++n;
        int neq = 0;
        for (; n < nremaining; ++n)
        {
            if (Lt(_k[lo + n], _k[lo + n - 1]))
            {
                if (neq != 0)
                {
                    ++neq;
                    Reverse(lo + n - neq, neq);
                    neq = 0;
                }
            }
            else
            {
                if (Lt(_k[lo + n - 1], _k[lo + n])) break;
                ++neq;
            }
        }
        if (neq != 0)
        {
            ++neq;
            Reverse(lo + n - neq, neq);
        }
        Reverse(lo, n);
        for (; n < nremaining; ++n)
            if (Lt(_k[lo + n], _k[lo + n - 1])) break;
        return n;
    }

    // ------------------------------------------------------------------ galloping

    private static int NextOfs(int ofs, int maxofs)
    {
        int next = (ofs << 1) + 1;
        return next <= 0 ? maxofs : next;
    }

    /// <summary>Position k in a[base..base+n) with a[k-1] &lt; key &lt;= a[k].</summary>
    private int GallopLeft(PyObject key, PyObject[] arr, int a, int n, int hint)
    {
        int ofs, lastofs, k;
        a += hint;
        lastofs = 0;
        ofs = 1;
        if (Lt(arr[a], key))
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (Lt(arr[a + ofs], key))
                {
                    lastofs = ofs;
                    ofs = NextOfs(ofs, maxofs);
                }
                else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        else
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (Lt(arr[a - ofs], key)) break;
                lastofs = ofs;
                ofs = NextOfs(ofs, maxofs);
            }
            if (ofs > maxofs) ofs = maxofs;
            k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        a -= hint;
        ++lastofs;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (Lt(arr[a + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /// <summary>Position k in a[base..base+n) with a[k-1] &lt;= key &lt; a[k].</summary>
    private int GallopRight(PyObject key, PyObject[] arr, int a, int n, int hint)
    {
        int ofs, lastofs, k;
        a += hint;
        lastofs = 0;
        ofs = 1;
        if (Lt(key, arr[a]))
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (Lt(key, arr[a - ofs]))
                {
                    lastofs = ofs;
                    ofs = NextOfs(ofs, maxofs);
                }
                else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        else
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (Lt(key, arr[a + ofs])) break;
                lastofs = ofs;
                ofs = NextOfs(ofs, maxofs);
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        a -= hint;
        ++lastofs;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (Lt(key, arr[a + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    // ------------------------------------------------------------------ merging

    // The merges move one item at a time in their inner loops: a store (the arrays are exact
    // PyObject[]: RefArray.Set skips the covariance helper), not an Array.Copy call of length 1
    // (its checks and write-barrier bulk copy took as long as the comparisons of a sort of ints).

    private void CopyMain(int src, int dst, int count)
    {
        if (count == 1)
        {
            RefArray.Set(_k, dst, _k[src]);
            if (_v != null) RefArray.Set(_v, dst, _v[src]);
            return;
        }
        Array.Copy(_k, src, _k, dst, count);
        if (_v != null) Array.Copy(_v, src, _v, dst, count);
    }

    private void TempToMain(int src, int dst, int count)
    {
        if (count == 1)
        {
            RefArray.Set(_k, dst, _tk[src]);
            if (_v != null) RefArray.Set(_v, dst, _tv![src]);
            return;
        }
        Array.Copy(_tk, src, _k, dst, count);
        if (_v != null) Array.Copy(_tv!, src, _v, dst, count);
    }

    /// <summary>Merges [pa, pa+na) and [pb, pb+nb) (pb == pa+na), na &lt;= nb, copying the a-run to temp.</summary>
    private void MergeLo(int pa, int na, int pb, int nb)
    {
        EnsureTemp(na);
        Array.Copy(_k, pa, _tk, 0, na);
        if (_v != null) Array.Copy(_v, pa, _tv!, 0, na);
        int dest = pa, ia = 0, ib = pb;
        CopyMain(ib++, dest++, 1);
        --nb;
        try
        {
            if (nb == 0) goto Succeed;
            if (na == 1) goto CopyB;
            int minGallop = _minGallop;
            for (;;)
            {
                int acount = 0, bcount = 0;
                for (;;)
                {
                    if (Lt(_k[ib], _tk[ia]))
                    {
                        CopyMain(ib++, dest++, 1);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 0) goto Succeed;
                        if (bcount >= minGallop) break;
                    }
                    else
                    {
                        TempToMain(ia++, dest++, 1);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 1) goto CopyB;
                        if (acount >= minGallop) break;
                    }
                }
                ++minGallop;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = GallopRight(_k[ib], _tk, ia, na, 0);
                    acount = k;
                    if (k != 0)
                    {
                        TempToMain(ia, dest, k);
                        dest += k;
                        ia += k;
                        na -= k;
                        if (na == 1) goto CopyB;
                        if (na == 0) goto Succeed;
                    }
                    CopyMain(ib++, dest++, 1);
                    --nb;
                    if (nb == 0) goto Succeed;

                    k = GallopLeft(_tk[ia], _k, ib, nb, 0);
                    bcount = k;
                    if (k != 0)
                    {
                        CopyMain(ib, dest, k);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if (nb == 0) goto Succeed;
                    }
                    TempToMain(ia++, dest++, 1);
                    --na;
                    if (na == 1) goto CopyB;
                } while (acount >= MinGallopInit || bcount >= MinGallopInit);
                ++minGallop;
                _minGallop = minGallop;
            }
        Succeed:
            if (na != 0) TempToMain(ia, dest, na);
            na = 0;
            return;
        CopyB:
            // The last element of the a-run belongs at the end of the merge.
            CopyMain(ib, dest, nb);
            TempToMain(ia, dest + nb, 1);
            na = 0;
        }
        catch
        {
            if (na != 0) TempToMain(ia, dest, na);
            throw;
        }
    }

    /// <summary>Merges [pa, pa+na) and [pb, pb+nb), na &gt;= nb, copying the b-run to temp and merging from the right.</summary>
    private void MergeHi(int pa, int na, int pb, int nb)
    {
        EnsureTemp(nb);
        Array.Copy(_k, pb, _tk, 0, nb);
        if (_v != null) Array.Copy(_v, pb, _tv!, 0, nb);
        int dest = pb + nb - 1;
        int basea = pa;
        int ib = nb - 1;          // in temp
        int ia = pa + na - 1;     // in main
        CopyMain(ia--, dest--, 1);
        --na;
        try
        {
            if (na == 0) goto Succeed;
            if (nb == 1) goto CopyA;
            int minGallop = _minGallop;
            for (;;)
            {
                int acount = 0, bcount = 0;
                for (;;)
                {
                    if (Lt(_tk[ib], _k[ia]))
                    {
                        CopyMain(ia--, dest--, 1);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 0) goto Succeed;
                        if (acount >= minGallop) break;
                    }
                    else
                    {
                        TempToMain(ib--, dest--, 1);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 1) goto CopyA;
                        if (bcount >= minGallop) break;
                    }
                }
                ++minGallop;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = GallopRight(_tk[ib], _k, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        ia -= k;
                        CopyMain(ia + 1, dest + 1, k);
                        na -= k;
                        if (na == 0) goto Succeed;
                    }
                    TempToMain(ib--, dest--, 1);
                    --nb;
                    if (nb == 1) goto CopyA;

                    k = GallopLeft(_k[ia], _tk, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        ib -= k;
                        TempToMain(ib + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1) goto CopyA;
                        if (nb == 0) goto Succeed;
                    }
                    CopyMain(ia--, dest--, 1);
                    --na;
                    if (na == 0) goto Succeed;
                } while (acount >= MinGallopInit || bcount >= MinGallopInit);
                ++minGallop;
                _minGallop = minGallop;
            }
        Succeed:
            if (nb != 0) TempToMain(0, dest - (nb - 1), nb);
            nb = 0;
            return;
        CopyA:
            // The first element of the b-run belongs at the front of the merge.
            CopyMain(ia + 1 - na, dest + 1 - na, na);
            dest -= na;
            TempToMain(ib, dest, 1);
            nb = 0;
        }
        catch
        {
            if (nb != 0) TempToMain(0, dest - (nb - 1), nb);
            throw;
        }
    }

    private void MergeAt(int i)
    {
        int pa = _runBase[i], na = _runLen[i];
        int pb = _runBase[i + 1], nb = _runLen[i + 1];
        _runLen[i] = na + nb;
        if (i == _n - 3)
        {
            _runBase[i + 1] = _runBase[i + 2];
            _runLen[i + 1] = _runLen[i + 2];
            _runPower[i + 1] = _runPower[i + 2];
        }
        --_n;
        int k = GallopRight(_k[pb], _k, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) return;
        nb = GallopLeft(_k[pa + na - 1], _k, pb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) MergeLo(pa, na, pb, nb);
        else MergeHi(pa, na, pb, nb);
    }

    private static int PowerLoop(long s1, long n1, long n2, long n)
    {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;)
        {
            ++result;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void FoundNewRun(int n2)
    {
        if (_n == 0) return;
        int s1 = _runBase[_n - 1];
        int n1 = _runLen[_n - 1];
        int power = PowerLoop(s1, n1, n2, _listLen);
        while (_n > 1 && _runPower[_n - 2] > power) MergeAt(_n - 2);
        _runPower[_n - 1] = power;
    }

    private void MergeForceCollapse()
    {
        while (_n > 1)
        {
            int n = _n - 2;
            if (n > 0 && _runLen[n - 1] < _runLen[n + 1]) --n;
            MergeAt(n);
        }
    }
}
