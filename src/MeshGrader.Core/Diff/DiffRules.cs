namespace MeshGrader.Core.Diff;

/// <summary>
/// Every kind of change <c>meshgrade diff</c> names (<c>DF-1xx</c>), and every way it refuses a
/// version bump (<c>DF-2xx</c>). The classes follow datacontract-cli's removed <c>breaking</c>
/// command (its error and warning rules are breaking, its info rules additive or cosmetic), with the
/// deviations docs/diff.md lists.
/// </summary>
internal static class DiffRules
{
    public static readonly DiffRule SchemaObjectRemoved = Change("DF-101", "Schema object removed", ChangeClass.Breaking,
        "Consumers that read the object (a table, a topic) find it gone.");

    public static readonly DiffRule SchemaObjectAdded = Change("DF-102", "Schema object added", ChangeClass.Additive,
        "A new object is there to read; nothing existing changes.");

    public static readonly DiffRule PropertyRemoved = Change("DF-103", "Property removed", ChangeClass.Breaking,
        "Consumers that read the property (a column, a field) find it gone.");

    public static readonly DiffRule PropertyAdded = Change("DF-104", "Optional property added", ChangeClass.Additive,
        "A new optional property is there to read; existing readers and writers keep working.");

    public static readonly DiffRule RequiredPropertyAdded = Change("DF-105", "Required property added", ChangeClass.Breaking,
        "Producers that do not yet fill the new required property now break the contract.");

    public static readonly DiffRule TypeChanged = Change("DF-106", "Type changed", ChangeClass.Breaking,
        "A consumer reads a value of the old type (logicalType or physicalType); a value of another type can fail it.");

    public static readonly DiffRule RequiredTightened = Change("DF-107", "Property made required", ChangeClass.Breaking,
        "A property that may be absent today must be present: producers that leave it out break the contract.");

    public static readonly DiffRule RequiredLoosened = Change("DF-108", "Property made optional", ChangeClass.Breaking,
        "Consumers that rely on a required property find it missing; datacontract-cli counts both directions of 'required' as breaking.");

    public static readonly DiffRule KeyChanged = Change("DF-109", "Key or uniqueness changed", ChangeClass.Breaking,
        "unique, primaryKey and primaryKeyPosition decide how rows are joined and deduplicated; consumers rely on them.");

    public static readonly DiffRule ValuesNarrowed = Change("DF-110", "Allowed values narrowed", ChangeClass.Breaking,
        "A value that was allowed (a quality rule's validValues) is now invalid: data a consumer or producer has can break the contract.");

    public static readonly DiffRule ValuesWidened = Change("DF-111", "Allowed values widened", ChangeClass.Additive,
        "New values are allowed; every old value still is (datacontract-cli counted any enum change as breaking; widening is additive here).");

    public static readonly DiffRule QualityRemoved = Change("DF-112", "Quality rule removed", ChangeClass.Breaking,
        "Consumers relied on the quality the rule guaranteed.");

    public static readonly DiffRule QualityWeakened = Change("DF-113", "Quality rule weakened or changed", ChangeClass.Breaking,
        "The rule now accepts data it refused before (a looser threshold or operator), or checks something else: what consumers relied on is no longer promised.");

    public static readonly DiffRule QualityAdded = Change("DF-114", "Quality rule added or strengthened", ChangeClass.Additive,
        "A stronger promise: everything the old contract accepted as good is a subset of what consumers get.");

    public static readonly DiffRule SlaWeakened = Change("DF-115", "Service level weakened", ChangeClass.Breaking,
        "Lower availability or retention, or higher latency, update interval or error rate, is less than consumers were promised.");

    public static readonly DiffRule SlaRemoved = Change("DF-116", "Service level removed", ChangeClass.Breaking,
        "Consumers relied on the promised service level; without it nothing is promised.");

    public static readonly DiffRule SlaStrengthened = Change("DF-117", "Service level added or strengthened", ChangeClass.Additive,
        "A better or new service level; every consumer keeps what it had.");

    public static readonly DiffRule ConstraintChanged = Change("DF-118", "Value constraint changed", ChangeClass.Breaking,
        "A property's constraints (logicalTypeOptions: format, pattern, lengths, bounds) or classification decide which values are valid; datacontract-cli counts any change to them as breaking.");

    public static readonly DiffRule Renamed = Change("DF-119", "Object or property renamed", ChangeClass.Breaking,
        "Matched by its id, the object or property has a new name or physical name: consumers read it by name.");

    public static readonly DiffRule RelationshipChanged = Change("DF-120", "Relationship changed", ChangeClass.Breaking,
        "Relationships (foreign keys) say how data joins; consumers rely on them.");

    public static readonly DiffRule ProductChanged = Change("DF-121", "Data product changed", ChangeClass.Breaking,
        "The contract now governs another data product: its consumers are not the same.");

    public static readonly DiffRule CompatibilityWithdrawn = Change("DF-122", "Backward compatibility withdrawn", ChangeClass.Breaking,
        "The contract no longer promises backward compatibility (backward_compatible or the backwardCompatible custom property went from true to false or away).");

    public static readonly DiffRule CompatibilityPromised = Change("DF-123", "Backward compatibility promised", ChangeClass.Additive,
        "The contract now promises backward compatibility.");

    public static readonly DiffRule ThresholdLowered = Change("DF-124", "Quality threshold lowered", ChangeClass.Breaking,
        "The short form's quality_threshold is the quality the producer guarantees; lower is less than consumers were promised.");

    public static readonly DiffRule ThresholdRaised = Change("DF-125", "Quality threshold raised or added", ChangeClass.Additive,
        "A stronger quality promise.");

    public static readonly DiffRule UptimeLowered = Change("DF-126", "SLA uptime lowered", ChangeClass.Breaking,
        "The short form's sla_uptime is the availability promised; lower is less than consumers were promised.");

    public static readonly DiffRule UptimeRaised = Change("DF-127", "SLA uptime raised or added", ChangeClass.Additive,
        "A stronger availability promise.");

    public static readonly DiffRule Cosmetic = Change("DF-150", "Description or metadata changed", ChangeClass.Cosmetic,
        "Descriptions, names for people, tags, the team, support channels and other metadata change nothing a consumer reads.");

    public static readonly DiffRule Unclassified = Change("DF-199", "Other change", ChangeClass.Additive,
        "A change no rule classifies counts as additive (a minor bump), and is named so that nothing passes silently.");

    public static readonly DiffRule BumpTooSmall = Bump("DF-201", "Version bump too small for the changes",
        "SemVer: a breaking change needs a major bump (a minor one below 1.0.0), an additive one at least a minor bump (a patch below 1.0.0); consumers pin versions on that promise.");

    public static readonly DiffRule VersionUnchanged = Bump("DF-202", "Version unchanged with changes",
        "Two different contracts under one version: a consumer cannot tell which one it has.");

    public static readonly DiffRule VersionDecreased = Bump("DF-203", "Version decreased",
        "A new contract must have a higher version than the one it replaces.");

    public static readonly DiffRule CompatibilityContradicted = Bump("DF-204", "Backward compatibility declared with a breaking change",
        "The new contract declares itself backward compatible, and a change in it is breaking: one of the two is wrong.");

    public static readonly DiffRule VersionNotSemVer = Bump("DF-205", "Version is not SemVer",
        "The bump can only be checked between two SemVer 2.0.0 versions (MAJOR.MINOR.PATCH).");

    public static readonly DiffRule FormsMixed = Bump("DF-206", "Contract written in both forms",
        "A contract is either the lab's short form or an ODCS document; one that holds both says two things about the same values.");

    public static IReadOnlyList<DiffRule> All { get; } =
    [
        SchemaObjectRemoved, SchemaObjectAdded, PropertyRemoved, PropertyAdded, RequiredPropertyAdded, TypeChanged,
        RequiredTightened, RequiredLoosened, KeyChanged, ValuesNarrowed, ValuesWidened, QualityRemoved, QualityWeakened,
        QualityAdded, SlaWeakened, SlaRemoved, SlaStrengthened, ConstraintChanged, Renamed, RelationshipChanged,
        ProductChanged, CompatibilityWithdrawn, CompatibilityPromised, ThresholdLowered, ThresholdRaised, UptimeLowered,
        UptimeRaised, Cosmetic, Unclassified,
        BumpTooSmall, VersionUnchanged, VersionDecreased, CompatibilityContradicted, VersionNotSemVer, FormsMixed,
    ];

    public static DiffRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    private static DiffRule Change(string id, string title, ChangeClass change, string why) => new(id, title, change, why);

    private static DiffRule Bump(string id, string title, string why) => new(id, title, null, why);
}
