using System.Globalization;
using System.Text;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MeshGrader.Core.Loading;

/// <summary>
/// Reads one lab file into a positioned tree. Every problem becomes a located finding; nothing the
/// learner writes makes this throw.
/// </summary>
internal sealed class YamlDocumentLoader(LoadLimits limits)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a lab file of the submission through its containment, so every refusal is a finding on that file.</summary>
    public LoadedDocument Load(SubmissionFiles files, string name)
    {
        var content = files.Read(name, limits.MaxFileBytes);
        if (content.Refusal != FileRefusal.None)
        {
            var (message, fix) = Explain(content.Refusal, name);
            return Fatal(name, FindingFactory.Unlocated(CoreRules.UnreadableFile, name, message, fix));
        }

        if (content.Bytes.Length > limits.MaxFileBytes)
        {
            return Fatal(name, FindingFactory.At(CoreRules.LimitExceeded, name, SourceSpan.FileStart, JsonPointerText.Root,
                $"{name} is larger than {limits.MaxFileBytes / 1024} KiB; a lab file is a few dozen lines."));
        }

        return LoadBytes(content.Bytes, name);
    }

    private static (string Message, string Fix) Explain(FileRefusal refusal, string name)
    {
        const string UseTheFile = "Put the file itself in the submission folder, not a link to it.";
        return refusal switch
        {
            FileRefusal.Folder => ($"{name} is a folder, not a file.", "Replace the folder with a YAML file of that name."),
            FileRefusal.LinkNotInside => ($"{name} is a link that does not lead to a file inside the submission folder; the grader reads only the submission's own files.", UseTheFile),
            FileRefusal.LinkToHidden => ($"{name} is a link into a hidden file or folder (a name that starts with '.', such as .git); the grader reads only the submission's own files.", UseTheFile),
            FileRefusal.NotRegularFile => ($"{name} is not a regular file (a pipe, socket or device).", "Replace it with a YAML text file of that name."),
            FileRefusal.Missing => ($"{name} disappeared while the submission was being graded.", "Grade the submission again once it is complete."),
            _ => ($"{name} could not be read.", "Check that the file is a readable YAML text file."),
        };
    }

    public LoadedDocument LoadBytes(byte[] bytes, string relativePath)
    {
        if (!TryDecode(bytes, relativePath, out var text, out var decodeFinding))
        {
            return Fatal(relativePath, decodeFinding!);
        }

        return LoadText(text, relativePath);
    }

    public LoadedDocument LoadText(string text, string relativePath)
    {
        // A BOM that reaches the parser becomes part of the first key.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        // YAML 1.2 reads NEL, LS and PS as ordinary characters; YamlDotNet, following YAML 1.1, breaks
        // lines at them, which would shift every position after one. They become spaces.
        text = text.Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');

        var lines = new SourceLines(text);
        var (repaired, slips) = YamlSlips.Repair(text);
        var (document, failure) = Parse(repaired, relativePath);
        if (failure is not null && slips.Count > 0 && Parse(text, relativePath) is (var original, null))
        {
            // What looked like a slip was the learner's valid YAML after all (a line that continues a value).
            return original with { Lines = lines };
        }

        var recovered = new List<YamlSlip>(slips);
        var repairShifts = slips.SelectMany(s => s.Shifts).ToArray();
        if (failure is { } quoteFailure && YamlSlips.CloseQuote(repaired, (int)quoteFailure.Start.Line) is var (closed, quoteSlip)
            && Parse(closed, relativePath) is (var withQuote, null))
        {
            (document, failure) = (withQuote, null);
            recovered.Add(quoteSlip with { At = ColumnShift.Undo(quoteSlip.At, repairShifts) });
        }
        else if (failure is { } indentFailure && YamlSlips.Reindent(repaired, FailedLine(indentFailure)) is var (reindented, indentSlip)
            && Parse(reindented, relativePath) is (var withIndent, null))
        {
            (document, failure) = (withIndent, null);
            recovered.Add(indentSlip with { At = ColumnShift.Undo(indentSlip.At, repairShifts) });
        }
        else if (failure is not null && YamlSlips.CloseQuote(repaired, (int)failure.Start.Line) is var (_, unclosed))
        {
            // The quote is the cause, but the file has more to it than a closing quote mends: said plainly, and not graded.
            document = document with { Findings = [.. document.Findings.Where(f => f.Rule != CoreRules.YamlSyntax.Id), SlipFinding(unclosed, relativePath, JsonPointerText.Root)] };
        }

        if (recovered.Count == 0)
        {
            return document with { Lines = lines };
        }

        // Every position the tree and its findings carry is the learner's, not the read text's.
        var shifts = recovered.SelectMany(s => s.Shifts).ToArray();
        if (document.Root is { } read && shifts.Length > 0)
        {
            SlipPositions.Relocate(read, p => ColumnShift.Undo(p, shifts));
            document = document with { Findings = [.. document.Findings.Select(f => SlipPositions.Relocated(f, shifts))] };
        }

        // The slips were undone and the rest of the file is graded; each slip fails the check of the key on its line.
        var slipFindings = recovered.Select(slip => SlipFinding(slip, relativePath, document.Root is { } root ? SlipPositions.PointerOfLine(root, slip.At.Line) : JsonPointerText.Root));
        return document with { Findings = [.. slipFindings.Concat(document.Findings)], Lines = lines };
    }

    /// <summary>The line the parser failed on: where it gave up, which for a key out of line is that key's line.</summary>
    private static int FailedLine(YamlException failure) => (int)Math.Max(1, failure.End.Line);

    private static Finding SlipFinding(YamlSlip slip, string file, string pointer) =>
        FindingFactory.At(CoreRules.YamlSyntax, file, new SourceSpan(slip.At, slip.At), pointer, slip.Message, slip.Hint);

    /// <summary>Parses a text into the positioned tree; the parser's own failure is returned too, for the tolerant retries.</summary>
    private (LoadedDocument Document, YamlException? Failure) Parse(string text, string relativePath)
    {
        var lines = new SourceLines(text);
        var textEnd = lines.End;
        var builder = new TreeBuilder(relativePath, limits, textEnd);
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        YamlException? failure = null;
        try
        {
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!))
                {
                    break;
                }
            }
        }
        catch (YamlException ex)
        {
            failure = ex;
            var (span, message, hint) = YamlSyntaxWords.Explain(ex, lines);
            builder.Fail(FindingFactory.At(CoreRules.YamlSyntax, relativePath, WithinText(span, textEnd), JsonPointerText.Root, message, hint));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this without a position for some malformed flow collections.
            FailAtScanner("YAML syntax error: a flow collection ('[...]' or '{...}') is not closed properly.", null);
        }
        catch (ArgumentOutOfRangeException)
        {
            // YamlDotNet throws this, without a position, for an escape beyond Unicode such as "\U80000000".
            FailAtScanner(
                "YAML syntax error: an escape sequence in a double-quoted string names no Unicode character (the largest is \\U0010FFFF).",
                "Write the character itself, or remove the escape.");
        }

        return (builder.Finish(), failure);

        // Where the scanner stopped is the best position the parser leaves for these.
        void FailAtScanner(string message, string? hint)
        {
            var at = ParserMarks.Position(scanner.CurrentPosition);
            builder.Fail(FindingFactory.At(CoreRules.YamlSyntax, relativePath, WithinText(new SourceSpan(at, at), textEnd), JsonPointerText.Root, message, hint));
        }
    }

    /// <summary>
    /// The parser reports the end of a file without a final newline on a line after the last one;
    /// such a position is moved to the end of the last line, so every finding points into the file.
    /// </summary>
    internal static SourceSpan WithinText(SourceSpan span, SourcePosition textEnd) =>
        new(WithinText(span.Start, textEnd), WithinText(span.End, textEnd));

    private static SourcePosition WithinText(SourcePosition position, SourcePosition textEnd) =>
        position.Line > textEnd.Line ? textEnd : position;

    private static bool TryDecode(byte[] bytes, string file, out string text, out Finding? finding)
    {
        text = string.Empty;
        finding = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            finding = FindingFactory.At(CoreRules.UnreadableFile, file, SourceSpan.FileStart, JsonPointerText.Root,
                $"{file} is saved as UTF-16; the grader reads UTF-8.");
            return false;
        }

        try
        {
            // Strict decoding: a replacement character would silently change the learner's text.
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            var at = PositionOfByte(bytes, Math.Max(0, ex.Index));
            finding = FindingFactory.At(CoreRules.UnreadableFile, file, new SourceSpan(at, at), JsonPointerText.Root,
                $"{file} is not valid UTF-8 (byte 0x{bytes[Math.Clamp(ex.Index, 0, bytes.Length - 1)]:X2} at line {at.Line.ToString(CultureInfo.InvariantCulture)}).");
            return false;
        }
    }

    private static SourcePosition PositionOfByte(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, so count UTF-8 lead bytes only.
        var column = 1;
        for (var i = lineStart; i < index && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourcePosition(line, column);
    }

    private static LoadedDocument Fatal(string file, Finding finding) => new(file, null, [finding]);

    /// <summary>Turns the parser's event stream into a tree, enforcing the limits as it goes.</summary>
    private sealed class TreeBuilder(string file, LoadLimits limits, SourcePosition textEnd)
    {
        private readonly List<Finding> findings = [];
        private readonly Stack<Frame> stack = new();
        private readonly Dictionary<string, SourceNode> anchors = new(StringComparer.Ordinal);

        // Where the node just attached sits in its parent: a key or an index (the root has none).
        private object? currentSegment;
        private SourceNode? root;
        private int documents;
        private int events;
        private bool fatal;

        // Every node's place is inside the text, even a value that ends the file without a newline.
        private SourceSpan Span(Mark start, Mark end) => WithinText(ParserMarks.Span(start, end), textEnd);

        private SourcePosition Position(Mark mark) => WithinText(ParserMarks.Position(mark), textEnd);

        public bool Accept(ParsingEvent e)
        {
            if (++events > limits.MaxEvents)
            {
                return Stop(CoreRules.LimitExceeded, e, $"{file} has more than {limits.MaxEvents.ToString(CultureInfo.InvariantCulture)} YAML nodes; a lab file is a few dozen lines.");
            }

            switch (e)
            {
                case DocumentStart start:
                    if (++documents > 1)
                    {
                        return Stop(CoreRules.MultipleDocuments, start, $"{file} holds more than one YAML document; the second starts here.");
                    }

                    return true;
                case Scalar scalar:
                    var node = new SourceScalar(Span(scalar.Start, scalar.End), scalar.Value, scalar.Style,
                        scalar.Tag.IsEmpty ? null : scalar.Tag.Value);
                    Register(scalar.Anchor, node);
                    return Attach(node, scalar);
                case MappingStart mapping:
                    return Open(new SourceMapping(Span(mapping.Start, mapping.End)), mapping.Anchor, mapping, mapping.Style == MappingStyle.Flow);
                case SequenceStart sequence:
                    return Open(new SourceSequence(Span(sequence.Start, sequence.End)), sequence.Anchor, sequence, sequence.Style == SequenceStyle.Flow);
                case MappingEnd or SequenceEnd:
                    var closed = stack.Pop();
                    if (closed.IsFlow)
                    {
                        // A block collection's end event sits on the next line; only brackets mark a real end.
                        closed.Node.CloseAt(Position(e.End));
                    }

                    closed.Node.IsOpen = false;
                    return true;
                case AnchorAlias alias:
                    return AcceptAlias(alias);
                default:
                    return true;
            }
        }

        public void Fail(Finding finding)
        {
            findings.Add(finding);
            fatal = true;
        }

        public LoadedDocument Finish()
        {
            if (fatal)
            {
                return new LoadedDocument(file, null, findings);
            }

            if (root is null || (root is SourceScalar s && s.IsPlain && ScalarResolver.Resolve(s).Kind == ScalarKind.Null))
            {
                return Fatal(file, FindingFactory.At(CoreRules.EmptyFile, file, SourceSpan.FileStart, JsonPointerText.Root,
                    $"{file} is empty: it has no settings to grade."));
            }

            return new LoadedDocument(file, root, findings);
        }

        private bool AcceptAlias(AnchorAlias alias)
        {
            var span = Span(alias.Start, alias.End);
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return Stop(CoreRules.YamlSyntax, alias, $"The alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} defined before it.");
            }

            if (target.IsOpen)
            {
                return Stop(CoreRules.LimitExceeded, alias, $"The alias *{alias.Value.Value} refers to a node that contains it, which would repeat forever.");
            }

            return Attach(new SourceAlias(span, target), alias);
        }

        private bool Open(SourceNode node, AnchorName anchor, ParsingEvent e, bool isFlow)
        {
            if (stack.Count >= limits.MaxDepth)
            {
                return Stop(CoreRules.LimitExceeded, e, $"{file} nests more than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep; a lab file needs three.");
            }

            Register(anchor, node);
            if (!Attach(node, e))
            {
                return false;
            }

            node.IsOpen = true;
            stack.Push(new Frame(node, stack.Count == 0 ? null : stack.Peek(), currentSegment, isFlow));
            return true;
        }

        private void Register(AnchorName anchor, SourceNode node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }
        }

        private bool Attach(SourceNode node, ParsingEvent e)
        {
            if (stack.Count == 0)
            {
                root = node;
                currentSegment = null;
                return true;
            }

            var parent = stack.Peek();
            switch (parent.Node)
            {
                case SourceSequence sequence:
                    currentSegment = sequence.Items.Count;
                    sequence.Items.Add(node);
                    return true;
                case SourceMapping mapping when parent.PendingKey is null:
                    if (node is not SourceScalar key)
                    {
                        return Stop(CoreRules.YamlSyntax, e, "A key must be plain text; lists, mappings and aliases cannot be keys here.");
                    }

                    parent.PendingKey = key;
                    return true;
                case SourceMapping mapping:
                    var pendingKey = parent.PendingKey;
                    parent.PendingKey = null;
                    currentSegment = pendingKey.Text;
                    if (parent.Keys.TryGetValue(pendingKey.Text, out var first))
                    {
                        findings.Add(FindingFactory.At(CoreRules.DuplicateKey, file, pendingKey.Span, JsonPointerText.Append(parent.Pointer, pendingKey.Text),
                            $"The key '{pendingKey.Text}' appears twice in this mapping (first at line {first.Span.Start.Line.ToString(CultureInfo.InvariantCulture)}, column {first.Span.Start.Column.ToString(CultureInfo.InvariantCulture)}).",
                            check: Finding.WholeStep));

                        // The later entry is dropped; its check fails through the finding above.
                        return true;
                    }

                    parent.Keys[pendingKey.Text] = pendingKey;
                    mapping.Entries.Add(new SourceEntry(pendingKey, node));
                    return true;
                default:
                    return true;
            }
        }

        private bool Stop(RuleDescriptor rule, ParsingEvent e, string message)
        {
            findings.Add(FindingFactory.At(rule, file, Span(e.Start, e.End), JsonPointerText.Root, message));
            fatal = true;
            return false;
        }

        /// <summary>An open collection. Its pointer is worked out only for a finding: most collections never need it.</summary>
        private sealed class Frame(SourceNode node, Frame? parent, object? segment, bool isFlow)
        {
            public SourceNode Node { get; } = node;

            public bool IsFlow { get; } = isFlow;

            public string Pointer => (parent, segment) switch
            {
                (null, _) => JsonPointerText.Root,
                (_, int index) => JsonPointerText.Append(parent.Pointer, index),
                _ => JsonPointerText.Append(parent.Pointer, (string)segment!),
            };

            public SourceScalar? PendingKey { get; set; }

            public Dictionary<string, SourceScalar> Keys { get; } = new(StringComparer.Ordinal);
        }
    }
}
