namespace MeshGrader.Core.Findings;

/// <summary>Rules that belong to no lab: reading the files and YAML itself.</summary>
internal static class CoreRules
{
    public static readonly RuleDescriptor YamlSyntax = Make("MG-001", "YAML syntax error", Severity.Error,
        "The file must be valid YAML before its settings can be graded. A slip with one clear reading (a tab in the indentation, no space after a key's colon, a quote not closed on its line, a key indented unlike the key above it) is read past, so the rest of the file is graded, and fails the check of the key on its line; any other syntax error stops the file from being graded.",
        "Do what the message says at the position shown; every nested key is indented by the same number of spaces, with spaces only.");

    public static readonly RuleDescriptor DuplicateKey = Make("MG-002", "Duplicate key", Severity.Error,
        "A key written twice in one mapping is ambiguous: YAML tools disagree on which value wins.",
        "Keep one of the two entries and delete the other.");

    public static readonly RuleDescriptor UnreadableFile = Make("MG-003", "Unreadable file", Severity.Error,
        "The grader reads lab files as UTF-8 text files.",
        "Save the file as UTF-8 text (most editors offer this under 'Save with encoding').");

    public static readonly RuleDescriptor MissingFile = Make("MG-004", "Missing lab file", Severity.Error,
        "Each step is graded from the file that holds it; without the file the step cannot be checked.",
        "Create the file in the root of the submission folder.");

    public static readonly RuleDescriptor AmbiguousFile = Make("MG-005", "Both .yaml and .yml present", Severity.Error,
        "With two versions of one file, the grader cannot know which one you mean.",
        "Delete one of the two files.");

    public static readonly RuleDescriptor MultipleDocuments = Make("MG-006", "More than one YAML document", Severity.Error,
        "A lab file holds exactly one YAML document; a line '---' starts a second one.",
        "Remove the '---' line (and anything after it that belongs in another file).");

    public static readonly RuleDescriptor EmptyFile = Make("MG-007", "Empty file", Severity.Error,
        "An empty file (or one with only comments) has no settings to grade.",
        "Write the sections of the lab into the file.");

    public static readonly RuleDescriptor LimitExceeded = Make("MG-008", "File too large or too deeply nested", Severity.Error,
        "The grader bounds what it reads so that it always answers quickly; a lab file is far below these limits.",
        "Remove the oversized or deeply nested content, and avoid aliases that expand to huge structures.");

    public static readonly RuleDescriptor FileStructure = Make("MG-009", "File is not a mapping of sections", Severity.Error,
        "A lab file is a mapping whose top-level keys are the lab's sections.",
        "Start the file with the section keys at the left margin, e.g. 'domain:'.");

    public static readonly RuleDescriptor FindingsNotShown = Make("MG-010", "More findings not shown", Severity.Info,
        "A report shows a bounded number of findings, so that a file with thousands of mistakes still gives a report that can be read; the score counts every finding.",
        "Fix the findings shown and grade again to see the rest.");

    public static readonly RuleDescriptor MisplacedFile = Make("MG-011", "Lab file in the wrong place", Severity.Error,
        "The grader reads each lab file from the root of the submission folder, by its exact name in lowercase, as the lab's layout says; a file in a subfolder, or named with capitals, is graded so you see its findings, but its steps score nothing until it is moved, so that every run (your computer, CI, the instructor's) grades the same layout.",
        "Move or rename the file as the message says, e.g. `git mv lab16/domain.yaml domain.yaml`, and commit.");

    public static readonly RuleDescriptor OtherLabFileContent = Make("MG-012", "Sections of another lab file", Severity.Error,
        "Each lab file holds its own sections (domain.yaml: domain, data_product, platform, governance, discovery; contract.yaml: contract; mlops.yaml: Lab 17's; governance.yaml: Lab 18's); sections written in the wrong file are not graded there.",
        "Move the sections into the file the message names (or rename the file, if it is that file).");

    public static readonly RuleDescriptor OdcsStructure = Make("MG-013", "Contract does not follow ODCS v3.1.0", Severity.Error,
        "A contract written as an Open Data Contract Standard document (apiVersion and kind at the top) is read by every ODCS tool by the official v3.1.0 schema; a key the schema does not define, a value of the wrong kind or a choice it does not list makes the contract one those tools refuse, so it is graded as they read it.",
        "Do what the message says at the position shown: rename or remove an unknown key, write the value in the form named, or add the missing key; the ODCS reference (bitol-io.github.io/open-data-contract-standard) describes every key.");

    public static readonly RuleDescriptor UnknownKey = Make("MG-101", "Unknown key", Severity.Warning,
        "Keys the lab does not define are ignored by the grader, and often hide a typo.",
        "Check the spelling against the lab's file format, or remove the key.");

    public static readonly RuleDescriptor ChoiceSpelling = Make("MG-102", "Choice spelled differently", Severity.Info,
        "Choices are written in lowercase kebab-case; other spellings of the same choice are accepted.",
        "Write the canonical spelling shown.");

    public static readonly RuleDescriptor RepeatedListItem = Make("MG-103", "Repeated list item", Severity.Warning,
        "A list that names the same item twice usually hides a copy-paste slip.",
        "Remove the repeated item.");

    public static readonly RuleDescriptor RubricSetting = Make("MG-301", "Rubric setting not valid", Severity.Error,
        "A rubric decides every learner's grade, so the grader refuses a rubric it cannot read exactly as written rather than guess: an unknown or misspelt setting, lab, step or check would otherwise be ignored in silence.",
        "Correct the setting as the message says; `meshgrade rubric --print` writes a rubric to start from, and docs/rubrics.md lists every setting.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        YamlSyntax, DuplicateKey, UnreadableFile, MissingFile, AmbiguousFile, MultipleDocuments, EmptyFile,
        LimitExceeded, FileStructure, FindingsNotShown, MisplacedFile, OtherLabFileContent, OdcsStructure, UnknownKey, ChoiceSpelling, RepeatedListItem, RubricSetting,
    ];

    private static RuleDescriptor Make(string id, string title, Severity severity, string why, string hint) =>
        new(id, title, severity, Lab: null, Step: null, why, hint);
}
