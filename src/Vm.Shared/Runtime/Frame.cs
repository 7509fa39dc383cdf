namespace Vm.Runtime;

/// <summary>An executing Python frame (filled in by the interpreter).</summary>
public sealed partial class Frame
{
    public Frame? Back;
}
