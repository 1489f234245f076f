namespace MeshGrader.Cli;

/// <summary>The process exit codes, documented in the README; each has a test.</summary>
internal enum ExitCode
{
    /// <summary>Every graded lab is completed, or the overall score reaches --min-score; a class graded (--each) or merged, whatever its scores; init's starter files in place (written now or already there), schema's written.</summary>
    Passed = 0,

    /// <summary>Graded, but not passing.</summary>
    NotPassing = 1,

    /// <summary>A bad option, a missing folder, or no lab file found without --lab; a file init or schema cannot write; a class with no submission folder; partials that do not make one class.</summary>
    UsageError = 2,

    /// <summary>A fault in the grader itself; a short message on stderr, details with --verbose.</summary>
    InternalError = 3,
}
