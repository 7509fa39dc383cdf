// Generated from CPython 3.13's unicodedata (Unicode 15.1) by comparing it with .NET's data:
// only the differences are listed. .NET's simple case mappings and categories are used otherwise.
namespace Vm.Builtins.Text;

internal static class UnicodeTables
{
    /// <summary>Inclusive code point ranges (start, end pairs).</summary>
    public static readonly int[] UnassignedInPython =
    [
        0x897, 0x897, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x2427, 0x2429, 0x31E4, 0x31E5,
        0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC, 0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F,
        0x10EC2, 0x10EC4, 0x10EFC, 0x10EFC, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5,
        0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8,
        0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F5A, 0x11F5A, 0x13460, 0x143FA,
        0x16100, 0x16139, 0x16D40, 0x16D79, 0x18CFF, 0x18CFF, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3, 0x1E5D0, 0x1E5FA,
        0x1E5FF, 0x1E5FF, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA89, 0x1FA89, 0x1FA8F, 0x1FA8F, 0x1FABE, 0x1FABE,
        0x1FAC6, 0x1FAC6, 0x1FADC, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE9, 0x1FAE9, 0x1FBCB, 0x1FBEF,
    ];

    /// <summary>Inclusive code point ranges (start, end pairs).</summary>
    public static readonly int[] NumericExtra =
    [
        0x3405, 0x3405, 0x3483, 0x3483, 0x382A, 0x382A, 0x3B4D, 0x3B4D, 0x4E00, 0x4E00, 0x4E03, 0x4E03,
        0x4E07, 0x4E07, 0x4E09, 0x4E09, 0x4E24, 0x4E24, 0x4E5D, 0x4E5D, 0x4E8C, 0x4E8C, 0x4E94, 0x4E94,
        0x4E96, 0x4E96, 0x4EAC, 0x4EAC, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EDF, 0x4EE8, 0x4EE8, 0x4F0D, 0x4F0D,
        0x4F70, 0x4F70, 0x4FE9, 0x4FE9, 0x5006, 0x5006, 0x5104, 0x5104, 0x5146, 0x5146, 0x5169, 0x5169,
        0x516B, 0x516B, 0x516D, 0x516D, 0x5341, 0x5341, 0x5343, 0x5345, 0x534C, 0x534C, 0x53C1, 0x53C4,
        0x56DB, 0x56DB, 0x58F1, 0x58F1, 0x58F9, 0x58F9, 0x5E7A, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0E,
        0x5F10, 0x5F10, 0x62D0, 0x62D0, 0x62FE, 0x62FE, 0x634C, 0x634C, 0x67D2, 0x67D2, 0x6D1E, 0x6D1E,
        0x6F06, 0x6F06, 0x7396, 0x7396, 0x767E, 0x767E, 0x7695, 0x7695, 0x79ED, 0x79ED, 0x8086, 0x8086,
        0x842C, 0x842C, 0x8CAE, 0x8CAE, 0x8CB3, 0x8CB3, 0x8D30, 0x8D30, 0x920E, 0x920E, 0x94A9, 0x94A9,
        0x9621, 0x9621, 0x9646, 0x9646, 0x964C, 0x964C, 0x9678, 0x9678, 0x96F6, 0x96F6, 0xF96B, 0xF96B,
        0xF973, 0xF973, 0xF978, 0xF978, 0xF9B2, 0xF9B2, 0xF9D1, 0xF9D1, 0xF9D3, 0xF9D3, 0xF9FD, 0xF9FD,
        0x20001, 0x20001, 0x20064, 0x20064, 0x200E2, 0x200E2, 0x20121, 0x20121, 0x2092A, 0x2092A, 0x20983, 0x20983,
        0x2098C, 0x2098C, 0x2099C, 0x2099C, 0x20AEA, 0x20AEA, 0x20AFD, 0x20AFD, 0x20B19, 0x20B19, 0x22390, 0x22390,
        0x22998, 0x22998, 0x23B1B, 0x23B1B, 0x2626D, 0x2626D, 0x2F890, 0x2F890,
    ];

    /// <summary>Inclusive code point ranges (start, end pairs).</summary>
    public static readonly int[] OtherLowercase =
    [
        0xAA, 0xAA, 0xBA, 0xBA, 0x2B0, 0x2B8, 0x2C0, 0x2C1, 0x2E0, 0x2E4, 0x345, 0x345,
        0x37A, 0x37A, 0x10FC, 0x10FC, 0x1D2C, 0x1D6A, 0x1D78, 0x1D78, 0x1D9B, 0x1DBF, 0x2071, 0x2071,
        0x207F, 0x207F, 0x2090, 0x209C, 0x2170, 0x217F, 0x24D0, 0x24E9, 0x2C7C, 0x2C7D, 0xA69C, 0xA69D,
        0xA770, 0xA770, 0xA7F2, 0xA7F4, 0xA7F8, 0xA7F9, 0xAB5C, 0xAB5F, 0xAB69, 0xAB69, 0x10780, 0x10780,
        0x10783, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x1E030, 0x1E06D,
    ];

    /// <summary>Inclusive code point ranges (start, end pairs).</summary>
    public static readonly int[] OtherUppercase =
    [
        0x2160, 0x216F, 0x24B6, 0x24CF, 0x1F130, 0x1F149, 0x1F150, 0x1F169, 0x1F170, 0x1F189,
    ];

    /// <summary>Inclusive code point ranges (start, end pairs).</summary>
    public static readonly int[] XidStartFlip =
    [
        0x37A, 0x37A, 0xE33, 0xE33, 0xEB3, 0xEB3, 0x2E2F, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC63,
        0xFDFA, 0xFDFB, 0xFE70, 0xFE70, 0xFE72, 0xFE72, 0xFE74, 0xFE74, 0xFE76, 0xFE76, 0xFE78, 0xFE78,
        0xFE7A, 0xFE7A, 0xFE7C, 0xFE7C, 0xFE7E, 0xFE7E, 0xFF9E, 0xFF9F,
    ];

    /// <summary>Inclusive code point ranges (start, end pairs).</summary>
    public static readonly int[] XidContinueFlip =
    [
        0x37A, 0x37A, 0x2E2F, 0x2E2F, 0x309B, 0x309C, 0x30FB, 0x30FB, 0xFC5E, 0xFC63, 0xFDFA, 0xFDFB,
        0xFE70, 0xFE70, 0xFE72, 0xFE72, 0xFE74, 0xFE74, 0xFE76, 0xFE76, 0xFE78, 0xFE78, 0xFE7A, 0xFE7A,
        0xFE7C, 0xFE7C, 0xFE7E, 0xFE7E, 0xFF65, 0xFF65,
    ];

    public static readonly (int Cp, string To)[] UpperSpecial =
    [
        (0xDF, "\u0053\u0053"), (0x131, "\u0049"), (0x149, "\u02BC\u004E"), (0x17F, "\u0053"),
        (0x19B, "\u019B"), (0x1F0, "\u004A\u030C"), (0x264, "\u0264"), (0x390, "\u0399\u0308\u0301"),
        (0x3B0, "\u03A5\u0308\u0301"), (0x587, "\u0535\u0552"), (0x1C8A, "\u1C8A"), (0x1E96, "\u0048\u0331"),
        (0x1E97, "\u0054\u0308"), (0x1E98, "\u0057\u030A"), (0x1E99, "\u0059\u030A"), (0x1E9A, "\u0041\u02BE"),
        (0x1F50, "\u03A5\u0313"), (0x1F52, "\u03A5\u0313\u0300"), (0x1F54, "\u03A5\u0313\u0301"), (0x1F56, "\u03A5\u0313\u0342"),
        (0x1F80, "\u1F08\u0399"), (0x1F81, "\u1F09\u0399"), (0x1F82, "\u1F0A\u0399"), (0x1F83, "\u1F0B\u0399"),
        (0x1F84, "\u1F0C\u0399"), (0x1F85, "\u1F0D\u0399"), (0x1F86, "\u1F0E\u0399"), (0x1F87, "\u1F0F\u0399"),
        (0x1F88, "\u1F08\u0399"), (0x1F89, "\u1F09\u0399"), (0x1F8A, "\u1F0A\u0399"), (0x1F8B, "\u1F0B\u0399"),
        (0x1F8C, "\u1F0C\u0399"), (0x1F8D, "\u1F0D\u0399"), (0x1F8E, "\u1F0E\u0399"), (0x1F8F, "\u1F0F\u0399"),
        (0x1F90, "\u1F28\u0399"), (0x1F91, "\u1F29\u0399"), (0x1F92, "\u1F2A\u0399"), (0x1F93, "\u1F2B\u0399"),
        (0x1F94, "\u1F2C\u0399"), (0x1F95, "\u1F2D\u0399"), (0x1F96, "\u1F2E\u0399"), (0x1F97, "\u1F2F\u0399"),
        (0x1F98, "\u1F28\u0399"), (0x1F99, "\u1F29\u0399"), (0x1F9A, "\u1F2A\u0399"), (0x1F9B, "\u1F2B\u0399"),
        (0x1F9C, "\u1F2C\u0399"), (0x1F9D, "\u1F2D\u0399"), (0x1F9E, "\u1F2E\u0399"), (0x1F9F, "\u1F2F\u0399"),
        (0x1FA0, "\u1F68\u0399"), (0x1FA1, "\u1F69\u0399"), (0x1FA2, "\u1F6A\u0399"), (0x1FA3, "\u1F6B\u0399"),
        (0x1FA4, "\u1F6C\u0399"), (0x1FA5, "\u1F6D\u0399"), (0x1FA6, "\u1F6E\u0399"), (0x1FA7, "\u1F6F\u0399"),
        (0x1FA8, "\u1F68\u0399"), (0x1FA9, "\u1F69\u0399"), (0x1FAA, "\u1F6A\u0399"), (0x1FAB, "\u1F6B\u0399"),
        (0x1FAC, "\u1F6C\u0399"), (0x1FAD, "\u1F6D\u0399"), (0x1FAE, "\u1F6E\u0399"), (0x1FAF, "\u1F6F\u0399"),
        (0x1FB2, "\u1FBA\u0399"), (0x1FB3, "\u0391\u0399"), (0x1FB4, "\u0386\u0399"), (0x1FB6, "\u0391\u0342"),
        (0x1FB7, "\u0391\u0342\u0399"), (0x1FBC, "\u0391\u0399"), (0x1FC2, "\u1FCA\u0399"), (0x1FC3, "\u0397\u0399"),
        (0x1FC4, "\u0389\u0399"), (0x1FC6, "\u0397\u0342"), (0x1FC7, "\u0397\u0342\u0399"), (0x1FCC, "\u0397\u0399"),
        (0x1FD2, "\u0399\u0308\u0300"), (0x1FD3, "\u0399\u0308\u0301"), (0x1FD6, "\u0399\u0342"), (0x1FD7, "\u0399\u0308\u0342"),
        (0x1FE2, "\u03A5\u0308\u0300"), (0x1FE3, "\u03A5\u0308\u0301"), (0x1FE4, "\u03A1\u0313"), (0x1FE6, "\u03A5\u0342"),
        (0x1FE7, "\u03A5\u0308\u0342"), (0x1FF2, "\u1FFA\u0399"), (0x1FF3, "\u03A9\u0399"), (0x1FF4, "\u038F\u0399"),
        (0x1FF6, "\u03A9\u0342"), (0x1FF7, "\u03A9\u0342\u0399"), (0x1FFC, "\u03A9\u0399"), (0xA7CD, "\uA7CD"),
        (0xA7DB, "\uA7DB"), (0xFB00, "\u0046\u0046"), (0xFB01, "\u0046\u0049"), (0xFB02, "\u0046\u004C"),
        (0xFB03, "\u0046\u0046\u0049"), (0xFB04, "\u0046\u0046\u004C"), (0xFB05, "\u0053\u0054"), (0xFB06, "\u0053\u0054"),
        (0xFB13, "\u0544\u0546"), (0xFB14, "\u0544\u0535"), (0xFB15, "\u0544\u053B"), (0xFB16, "\u054E\u0546"),
        (0xFB17, "\u0544\u053D"), (0x10D70, "\U00010D70"), (0x10D71, "\U00010D71"), (0x10D72, "\U00010D72"),
        (0x10D73, "\U00010D73"), (0x10D74, "\U00010D74"), (0x10D75, "\U00010D75"), (0x10D76, "\U00010D76"),
        (0x10D77, "\U00010D77"), (0x10D78, "\U00010D78"), (0x10D79, "\U00010D79"), (0x10D7A, "\U00010D7A"),
        (0x10D7B, "\U00010D7B"), (0x10D7C, "\U00010D7C"), (0x10D7D, "\U00010D7D"), (0x10D7E, "\U00010D7E"),
        (0x10D7F, "\U00010D7F"), (0x10D80, "\U00010D80"), (0x10D81, "\U00010D81"), (0x10D82, "\U00010D82"),
        (0x10D83, "\U00010D83"), (0x10D84, "\U00010D84"), (0x10D85, "\U00010D85"),
    ];

    public static readonly (int Cp, string To)[] LowerSpecial =
    [
        (0x130, "\u0069\u0307"), (0x1C89, "\u1C89"), (0xA7CB, "\uA7CB"), (0xA7CC, "\uA7CC"),
        (0xA7DA, "\uA7DA"), (0xA7DC, "\uA7DC"), (0x10D50, "\U00010D50"), (0x10D51, "\U00010D51"),
        (0x10D52, "\U00010D52"), (0x10D53, "\U00010D53"), (0x10D54, "\U00010D54"), (0x10D55, "\U00010D55"),
        (0x10D56, "\U00010D56"), (0x10D57, "\U00010D57"), (0x10D58, "\U00010D58"), (0x10D59, "\U00010D59"),
        (0x10D5A, "\U00010D5A"), (0x10D5B, "\U00010D5B"), (0x10D5C, "\U00010D5C"), (0x10D5D, "\U00010D5D"),
        (0x10D5E, "\U00010D5E"), (0x10D5F, "\U00010D5F"), (0x10D60, "\U00010D60"), (0x10D61, "\U00010D61"),
        (0x10D62, "\U00010D62"), (0x10D63, "\U00010D63"), (0x10D64, "\U00010D64"), (0x10D65, "\U00010D65"),
    ];

    public static readonly (int Cp, string To)[] TitleSpecial =
    [
        (0xDF, "\u0053\u0073"), (0x1C4, "\u01C5"), (0x1C5, "\u01C5"), (0x1C6, "\u01C5"),
        (0x1C7, "\u01C8"), (0x1C8, "\u01C8"), (0x1C9, "\u01C8"), (0x1CA, "\u01CB"),
        (0x1CB, "\u01CB"), (0x1CC, "\u01CB"), (0x1F1, "\u01F2"), (0x1F2, "\u01F2"),
        (0x1F3, "\u01F2"), (0x587, "\u0535\u0582"), (0x10D0, "\u10D0"), (0x10D1, "\u10D1"),
        (0x10D2, "\u10D2"), (0x10D3, "\u10D3"), (0x10D4, "\u10D4"), (0x10D5, "\u10D5"),
        (0x10D6, "\u10D6"), (0x10D7, "\u10D7"), (0x10D8, "\u10D8"), (0x10D9, "\u10D9"),
        (0x10DA, "\u10DA"), (0x10DB, "\u10DB"), (0x10DC, "\u10DC"), (0x10DD, "\u10DD"),
        (0x10DE, "\u10DE"), (0x10DF, "\u10DF"), (0x10E0, "\u10E0"), (0x10E1, "\u10E1"),
        (0x10E2, "\u10E2"), (0x10E3, "\u10E3"), (0x10E4, "\u10E4"), (0x10E5, "\u10E5"),
        (0x10E6, "\u10E6"), (0x10E7, "\u10E7"), (0x10E8, "\u10E8"), (0x10E9, "\u10E9"),
        (0x10EA, "\u10EA"), (0x10EB, "\u10EB"), (0x10EC, "\u10EC"), (0x10ED, "\u10ED"),
        (0x10EE, "\u10EE"), (0x10EF, "\u10EF"), (0x10F0, "\u10F0"), (0x10F1, "\u10F1"),
        (0x10F2, "\u10F2"), (0x10F3, "\u10F3"), (0x10F4, "\u10F4"), (0x10F5, "\u10F5"),
        (0x10F6, "\u10F6"), (0x10F7, "\u10F7"), (0x10F8, "\u10F8"), (0x10F9, "\u10F9"),
        (0x10FA, "\u10FA"), (0x10FD, "\u10FD"), (0x10FE, "\u10FE"), (0x10FF, "\u10FF"),
        (0x1F80, "\u1F88"), (0x1F81, "\u1F89"), (0x1F82, "\u1F8A"), (0x1F83, "\u1F8B"),
        (0x1F84, "\u1F8C"), (0x1F85, "\u1F8D"), (0x1F86, "\u1F8E"), (0x1F87, "\u1F8F"),
        (0x1F88, "\u1F88"), (0x1F89, "\u1F89"), (0x1F8A, "\u1F8A"), (0x1F8B, "\u1F8B"),
        (0x1F8C, "\u1F8C"), (0x1F8D, "\u1F8D"), (0x1F8E, "\u1F8E"), (0x1F8F, "\u1F8F"),
        (0x1F90, "\u1F98"), (0x1F91, "\u1F99"), (0x1F92, "\u1F9A"), (0x1F93, "\u1F9B"),
        (0x1F94, "\u1F9C"), (0x1F95, "\u1F9D"), (0x1F96, "\u1F9E"), (0x1F97, "\u1F9F"),
        (0x1F98, "\u1F98"), (0x1F99, "\u1F99"), (0x1F9A, "\u1F9A"), (0x1F9B, "\u1F9B"),
        (0x1F9C, "\u1F9C"), (0x1F9D, "\u1F9D"), (0x1F9E, "\u1F9E"), (0x1F9F, "\u1F9F"),
        (0x1FA0, "\u1FA8"), (0x1FA1, "\u1FA9"), (0x1FA2, "\u1FAA"), (0x1FA3, "\u1FAB"),
        (0x1FA4, "\u1FAC"), (0x1FA5, "\u1FAD"), (0x1FA6, "\u1FAE"), (0x1FA7, "\u1FAF"),
        (0x1FA8, "\u1FA8"), (0x1FA9, "\u1FA9"), (0x1FAA, "\u1FAA"), (0x1FAB, "\u1FAB"),
        (0x1FAC, "\u1FAC"), (0x1FAD, "\u1FAD"), (0x1FAE, "\u1FAE"), (0x1FAF, "\u1FAF"),
        (0x1FB2, "\u1FBA\u0345"), (0x1FB3, "\u1FBC"), (0x1FB4, "\u0386\u0345"), (0x1FB7, "\u0391\u0342\u0345"),
        (0x1FBC, "\u1FBC"), (0x1FC2, "\u1FCA\u0345"), (0x1FC3, "\u1FCC"), (0x1FC4, "\u0389\u0345"),
        (0x1FC7, "\u0397\u0342\u0345"), (0x1FCC, "\u1FCC"), (0x1FF2, "\u1FFA\u0345"), (0x1FF3, "\u1FFC"),
        (0x1FF4, "\u038F\u0345"), (0x1FF7, "\u03A9\u0342\u0345"), (0x1FFC, "\u1FFC"), (0xFB00, "\u0046\u0066"),
        (0xFB01, "\u0046\u0069"), (0xFB02, "\u0046\u006C"), (0xFB03, "\u0046\u0066\u0069"), (0xFB04, "\u0046\u0066\u006C"),
        (0xFB05, "\u0053\u0074"), (0xFB06, "\u0053\u0074"), (0xFB13, "\u0544\u0576"), (0xFB14, "\u0544\u0565"),
        (0xFB15, "\u0544\u056B"), (0xFB16, "\u054E\u0576"), (0xFB17, "\u0544\u056D"),
    ];

    public static readonly (int Cp, string To)[] FoldSpecial =
    [
        (0xB5, "\u03BC"), (0xDF, "\u0073\u0073"), (0x149, "\u02BC\u006E"), (0x17F, "\u0073"),
        (0x1F0, "\u006A\u030C"), (0x345, "\u03B9"), (0x390, "\u03B9\u0308\u0301"), (0x3B0, "\u03C5\u0308\u0301"),
        (0x3C2, "\u03C3"), (0x3D0, "\u03B2"), (0x3D1, "\u03B8"), (0x3D5, "\u03C6"),
        (0x3D6, "\u03C0"), (0x3F0, "\u03BA"), (0x3F1, "\u03C1"), (0x3F5, "\u03B5"),
        (0x587, "\u0565\u0582"), (0x13A0, "\u13A0"), (0x13A1, "\u13A1"), (0x13A2, "\u13A2"),
        (0x13A3, "\u13A3"), (0x13A4, "\u13A4"), (0x13A5, "\u13A5"), (0x13A6, "\u13A6"),
        (0x13A7, "\u13A7"), (0x13A8, "\u13A8"), (0x13A9, "\u13A9"), (0x13AA, "\u13AA"),
        (0x13AB, "\u13AB"), (0x13AC, "\u13AC"), (0x13AD, "\u13AD"), (0x13AE, "\u13AE"),
        (0x13AF, "\u13AF"), (0x13B0, "\u13B0"), (0x13B1, "\u13B1"), (0x13B2, "\u13B2"),
        (0x13B3, "\u13B3"), (0x13B4, "\u13B4"), (0x13B5, "\u13B5"), (0x13B6, "\u13B6"),
        (0x13B7, "\u13B7"), (0x13B8, "\u13B8"), (0x13B9, "\u13B9"), (0x13BA, "\u13BA"),
        (0x13BB, "\u13BB"), (0x13BC, "\u13BC"), (0x13BD, "\u13BD"), (0x13BE, "\u13BE"),
        (0x13BF, "\u13BF"), (0x13C0, "\u13C0"), (0x13C1, "\u13C1"), (0x13C2, "\u13C2"),
        (0x13C3, "\u13C3"), (0x13C4, "\u13C4"), (0x13C5, "\u13C5"), (0x13C6, "\u13C6"),
        (0x13C7, "\u13C7"), (0x13C8, "\u13C8"), (0x13C9, "\u13C9"), (0x13CA, "\u13CA"),
        (0x13CB, "\u13CB"), (0x13CC, "\u13CC"), (0x13CD, "\u13CD"), (0x13CE, "\u13CE"),
        (0x13CF, "\u13CF"), (0x13D0, "\u13D0"), (0x13D1, "\u13D1"), (0x13D2, "\u13D2"),
        (0x13D3, "\u13D3"), (0x13D4, "\u13D4"), (0x13D5, "\u13D5"), (0x13D6, "\u13D6"),
        (0x13D7, "\u13D7"), (0x13D8, "\u13D8"), (0x13D9, "\u13D9"), (0x13DA, "\u13DA"),
        (0x13DB, "\u13DB"), (0x13DC, "\u13DC"), (0x13DD, "\u13DD"), (0x13DE, "\u13DE"),
        (0x13DF, "\u13DF"), (0x13E0, "\u13E0"), (0x13E1, "\u13E1"), (0x13E2, "\u13E2"),
        (0x13E3, "\u13E3"), (0x13E4, "\u13E4"), (0x13E5, "\u13E5"), (0x13E6, "\u13E6"),
        (0x13E7, "\u13E7"), (0x13E8, "\u13E8"), (0x13E9, "\u13E9"), (0x13EA, "\u13EA"),
        (0x13EB, "\u13EB"), (0x13EC, "\u13EC"), (0x13ED, "\u13ED"), (0x13EE, "\u13EE"),
        (0x13EF, "\u13EF"), (0x13F0, "\u13F0"), (0x13F1, "\u13F1"), (0x13F2, "\u13F2"),
        (0x13F3, "\u13F3"), (0x13F4, "\u13F4"), (0x13F5, "\u13F5"), (0x13F8, "\u13F0"),
        (0x13F9, "\u13F1"), (0x13FA, "\u13F2"), (0x13FB, "\u13F3"), (0x13FC, "\u13F4"),
        (0x13FD, "\u13F5"), (0x1C80, "\u0432"), (0x1C81, "\u0434"), (0x1C82, "\u043E"),
        (0x1C83, "\u0441"), (0x1C84, "\u0442"), (0x1C85, "\u0442"), (0x1C86, "\u044A"),
        (0x1C87, "\u0463"), (0x1C88, "\uA64B"), (0x1E96, "\u0068\u0331"), (0x1E97, "\u0074\u0308"),
        (0x1E98, "\u0077\u030A"), (0x1E99, "\u0079\u030A"), (0x1E9A, "\u0061\u02BE"), (0x1E9B, "\u1E61"),
        (0x1E9E, "\u0073\u0073"), (0x1F50, "\u03C5\u0313"), (0x1F52, "\u03C5\u0313\u0300"), (0x1F54, "\u03C5\u0313\u0301"),
        (0x1F56, "\u03C5\u0313\u0342"), (0x1F80, "\u1F00\u03B9"), (0x1F81, "\u1F01\u03B9"), (0x1F82, "\u1F02\u03B9"),
        (0x1F83, "\u1F03\u03B9"), (0x1F84, "\u1F04\u03B9"), (0x1F85, "\u1F05\u03B9"), (0x1F86, "\u1F06\u03B9"),
        (0x1F87, "\u1F07\u03B9"), (0x1F88, "\u1F00\u03B9"), (0x1F89, "\u1F01\u03B9"), (0x1F8A, "\u1F02\u03B9"),
        (0x1F8B, "\u1F03\u03B9"), (0x1F8C, "\u1F04\u03B9"), (0x1F8D, "\u1F05\u03B9"), (0x1F8E, "\u1F06\u03B9"),
        (0x1F8F, "\u1F07\u03B9"), (0x1F90, "\u1F20\u03B9"), (0x1F91, "\u1F21\u03B9"), (0x1F92, "\u1F22\u03B9"),
        (0x1F93, "\u1F23\u03B9"), (0x1F94, "\u1F24\u03B9"), (0x1F95, "\u1F25\u03B9"), (0x1F96, "\u1F26\u03B9"),
        (0x1F97, "\u1F27\u03B9"), (0x1F98, "\u1F20\u03B9"), (0x1F99, "\u1F21\u03B9"), (0x1F9A, "\u1F22\u03B9"),
        (0x1F9B, "\u1F23\u03B9"), (0x1F9C, "\u1F24\u03B9"), (0x1F9D, "\u1F25\u03B9"), (0x1F9E, "\u1F26\u03B9"),
        (0x1F9F, "\u1F27\u03B9"), (0x1FA0, "\u1F60\u03B9"), (0x1FA1, "\u1F61\u03B9"), (0x1FA2, "\u1F62\u03B9"),
        (0x1FA3, "\u1F63\u03B9"), (0x1FA4, "\u1F64\u03B9"), (0x1FA5, "\u1F65\u03B9"), (0x1FA6, "\u1F66\u03B9"),
        (0x1FA7, "\u1F67\u03B9"), (0x1FA8, "\u1F60\u03B9"), (0x1FA9, "\u1F61\u03B9"), (0x1FAA, "\u1F62\u03B9"),
        (0x1FAB, "\u1F63\u03B9"), (0x1FAC, "\u1F64\u03B9"), (0x1FAD, "\u1F65\u03B9"), (0x1FAE, "\u1F66\u03B9"),
        (0x1FAF, "\u1F67\u03B9"), (0x1FB2, "\u1F70\u03B9"), (0x1FB3, "\u03B1\u03B9"), (0x1FB4, "\u03AC\u03B9"),
        (0x1FB6, "\u03B1\u0342"), (0x1FB7, "\u03B1\u0342\u03B9"), (0x1FBC, "\u03B1\u03B9"), (0x1FBE, "\u03B9"),
        (0x1FC2, "\u1F74\u03B9"), (0x1FC3, "\u03B7\u03B9"), (0x1FC4, "\u03AE\u03B9"), (0x1FC6, "\u03B7\u0342"),
        (0x1FC7, "\u03B7\u0342\u03B9"), (0x1FCC, "\u03B7\u03B9"), (0x1FD2, "\u03B9\u0308\u0300"), (0x1FD3, "\u03B9\u0308\u0301"),
        (0x1FD6, "\u03B9\u0342"), (0x1FD7, "\u03B9\u0308\u0342"), (0x1FE2, "\u03C5\u0308\u0300"), (0x1FE3, "\u03C5\u0308\u0301"),
        (0x1FE4, "\u03C1\u0313"), (0x1FE6, "\u03C5\u0342"), (0x1FE7, "\u03C5\u0308\u0342"), (0x1FF2, "\u1F7C\u03B9"),
        (0x1FF3, "\u03C9\u03B9"), (0x1FF4, "\u03CE\u03B9"), (0x1FF6, "\u03C9\u0342"), (0x1FF7, "\u03C9\u0342\u03B9"),
        (0x1FFC, "\u03C9\u03B9"), (0xAB70, "\u13A0"), (0xAB71, "\u13A1"), (0xAB72, "\u13A2"),
        (0xAB73, "\u13A3"), (0xAB74, "\u13A4"), (0xAB75, "\u13A5"), (0xAB76, "\u13A6"),
        (0xAB77, "\u13A7"), (0xAB78, "\u13A8"), (0xAB79, "\u13A9"), (0xAB7A, "\u13AA"),
        (0xAB7B, "\u13AB"), (0xAB7C, "\u13AC"), (0xAB7D, "\u13AD"), (0xAB7E, "\u13AE"),
        (0xAB7F, "\u13AF"), (0xAB80, "\u13B0"), (0xAB81, "\u13B1"), (0xAB82, "\u13B2"),
        (0xAB83, "\u13B3"), (0xAB84, "\u13B4"), (0xAB85, "\u13B5"), (0xAB86, "\u13B6"),
        (0xAB87, "\u13B7"), (0xAB88, "\u13B8"), (0xAB89, "\u13B9"), (0xAB8A, "\u13BA"),
        (0xAB8B, "\u13BB"), (0xAB8C, "\u13BC"), (0xAB8D, "\u13BD"), (0xAB8E, "\u13BE"),
        (0xAB8F, "\u13BF"), (0xAB90, "\u13C0"), (0xAB91, "\u13C1"), (0xAB92, "\u13C2"),
        (0xAB93, "\u13C3"), (0xAB94, "\u13C4"), (0xAB95, "\u13C5"), (0xAB96, "\u13C6"),
        (0xAB97, "\u13C7"), (0xAB98, "\u13C8"), (0xAB99, "\u13C9"), (0xAB9A, "\u13CA"),
        (0xAB9B, "\u13CB"), (0xAB9C, "\u13CC"), (0xAB9D, "\u13CD"), (0xAB9E, "\u13CE"),
        (0xAB9F, "\u13CF"), (0xABA0, "\u13D0"), (0xABA1, "\u13D1"), (0xABA2, "\u13D2"),
        (0xABA3, "\u13D3"), (0xABA4, "\u13D4"), (0xABA5, "\u13D5"), (0xABA6, "\u13D6"),
        (0xABA7, "\u13D7"), (0xABA8, "\u13D8"), (0xABA9, "\u13D9"), (0xABAA, "\u13DA"),
        (0xABAB, "\u13DB"), (0xABAC, "\u13DC"), (0xABAD, "\u13DD"), (0xABAE, "\u13DE"),
        (0xABAF, "\u13DF"), (0xABB0, "\u13E0"), (0xABB1, "\u13E1"), (0xABB2, "\u13E2"),
        (0xABB3, "\u13E3"), (0xABB4, "\u13E4"), (0xABB5, "\u13E5"), (0xABB6, "\u13E6"),
        (0xABB7, "\u13E7"), (0xABB8, "\u13E8"), (0xABB9, "\u13E9"), (0xABBA, "\u13EA"),
        (0xABBB, "\u13EB"), (0xABBC, "\u13EC"), (0xABBD, "\u13ED"), (0xABBE, "\u13EE"),
        (0xABBF, "\u13EF"), (0xFB00, "\u0066\u0066"), (0xFB01, "\u0066\u0069"), (0xFB02, "\u0066\u006C"),
        (0xFB03, "\u0066\u0066\u0069"), (0xFB04, "\u0066\u0066\u006C"), (0xFB05, "\u0073\u0074"), (0xFB06, "\u0073\u0074"),
        (0xFB13, "\u0574\u0576"), (0xFB14, "\u0574\u0565"), (0xFB15, "\u0574\u056B"), (0xFB16, "\u057E\u0576"),
        (0xFB17, "\u0574\u056D"),
    ];
}
