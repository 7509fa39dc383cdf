// One token the XML scanner (XmlScanner.cs) reports to the _xmltok module: what it is, where it starts
// (byte offset, expat's 1-based line and 0-based column counted in characters) and where it ends, with the
// decoded strings that kind needs. Lib/pyexpat.py turns these into expat's handler calls.
namespace Vm.Modules.Xml;

public enum XmlEventKind
{
    StartTag = 0,      // S1 = name, Attrs = name/value pairs, Flag = 1 if it was <x/>
    EndTag = 1,        // S1 = name
    Data = 2,          // S1 = text (a line, a newline, or one reference's expansion)
    CdataStart = 3,
    CdataEnd = 4,
    Comment = 5,       // S1 = text
    Pi = 6,            // S1 = target, S2 = data
    XmlDecl = 7,       // S1 = version, S2 = encoding or null, Flag = standalone (-1 absent, 0 no, 1 yes)
    Doctype = 8,       // S1 = name, S2 = system id, S3 = public id, Flag = 1 if it has an internal subset
    DoctypeEnd = 9,
    Whitespace = 10,   // blanks outside the root element (only the default handler sees them)
    Entity = 11,       // S1 = name, S2 = replacement text (a general entity of the internal subset)
    SkippedEntity = 12, // S1 = name: a reference to an undeclared entity when an external subset may declare it
}

public sealed class XmlEvent
{
    public XmlEventKind Kind;
    public int Offset, End, Line, Column, Flag;
    public string? S1, S2, S3;
    public List<string>? Attrs;
}

/// <summary>Where the scanner stopped with an error: expat's error code and the position it reports.</summary>
public readonly record struct XmlScanError(int Code, int Offset, int Line, int Column);
