using System.Threading.Channels;

namespace MeshGrader.Cli.Commands;

/// <summary>Where a watch learns that lab files changed; tests feed one by hand.</summary>
internal interface IChangeFeed
{
    /// <summary>The names of the files that changed, one per change seen (a save can give several).</summary>
    ChannelReader<string> Changes { get; }

    /// <summary>Takes the files as they are now as seen, just before a grading reads them, so the change it grades is not reported again.</summary>
    void Settle();
}

/// <summary>
/// Changes to the YAML files at the top of a submission folder, from two sources at once: the file
/// system's notifications (inotify, FSEvents, ReadDirectoryChangesW), which are immediate, and a
/// poll of each file's length and modification time, which sees what notifications miss (a Docker
/// bind mount or a WSL folder on Windows's disk, a network share, a machine out of inotify watches).
/// A save seen by both is one change once debounced (<see cref="WatchLoop"/>).
/// </summary>
/// <remarks>
/// Only names and file metadata are looked at here: the content is read by the grading, through
/// SubmissionFiles, as on any run. Any .yaml or .yml name counts, not only the labs' own, so
/// renaming Domain.yaml to domain.yaml regrades; an editor's swap and backup files do not.
/// </remarks>
internal sealed class LabFileChanges : IChangeFeed, IDisposable
{
    /// <summary>How many entries a poll compares: a lab submission holds a handful of files.</summary>
    private const int MaxPolledFiles = 200;

    private static readonly EnumerationOptions TopLevel = new() { IgnoreInaccessible = true, RecurseSubdirectories = false };

    private readonly string folder;
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly Lock gate = new();
    private readonly FileSystemWatcher? watcher;
    private readonly ITimer poll;
    private Dictionary<string, (long Length, DateTime Written)> seen;

    /// <param name="notifications">False to rely on the poll alone, as where the file system sends none.</param>
    public LabFileChanges(string folder, TimeProvider clock, TimeSpan pollEvery, bool notifications = true)
    {
        this.folder = folder;
        seen = Snapshot();
        watcher = notifications ? TryWatch(folder) : null;
        poll = clock.CreateTimer(_ => Poll(), null, pollEvery, pollEvery);
    }

    public ChannelReader<string> Changes => changes.Reader;

    /// <summary>False when the file system gave no notifications here; the poll alone sees changes.</summary>
    public bool Notified => watcher is not null;

    public void Settle()
    {
        lock (gate)
        {
            seen = Snapshot();
        }
    }

    public void Dispose()
    {
        poll.Dispose();
        watcher?.Dispose();
        changes.Writer.TryComplete();
    }

    private FileSystemWatcher? TryWatch(string path)
    {
        try
        {
            var created = new FileSystemWatcher(path)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            created.Changed += (_, e) => Offer(e.Name);
            created.Created += (_, e) => Offer(e.Name);
            created.Deleted += (_, e) => Offer(e.Name);
            created.Renamed += (_, e) =>
            {
                Offer(e.OldName);
                Offer(e.Name);
            };

            // A lost notification (an overflowing buffer) is left to the poll.
            created.EnableRaisingEvents = true;
            return created;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or UnauthorizedAccessException or ArgumentException)
        {
            // Out of inotify instances or watches, or no notifications on this file system.
            return null;
        }
    }

    private void Poll()
    {
        lock (gate)
        {
            var now = Snapshot();
            foreach (var name in now.Keys.Union(seen.Keys).Where(name => !seen.TryGetValue(name, out var was) || !now.TryGetValue(name, out var @is) || was != @is))
            {
                changes.Writer.TryWrite(name);
            }

            seen = now;
        }
    }

    private void Offer(string? name)
    {
        if (name is not null && IsYaml(name))
        {
            changes.Writer.TryWrite(name);
        }
    }

    private Dictionary<string, (long, DateTime)> Snapshot()
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFiles("*", TopLevel)
                .Where(file => IsYaml(file.Name))
                .Take(MaxPolledFiles)
                .ToDictionary(file => file.Name, file => (file.Length, file.LastWriteTimeUtc), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder gone or unreadable for a moment: no files, and their return is a change.
            return new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        }
    }

    private static bool IsYaml(string name) =>
        !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal)
        && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
}
