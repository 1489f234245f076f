using System.Text.Json.Nodes;

namespace MeshGrader.Core.Schemas.Validation;

/// <summary>The property names a schema declares for an object, for "did you mean" and for telling cascades apart.</summary>
/// <param name="Applying">
/// Declared by the schema or a subschema applied to this value: through $ref, allOf, anyOf, oneOf, and
/// then/else as the value meets their condition (a server's own keys by its <c>type</c>).
/// </param>
/// <param name="Conditional">Declared under a then or else anywhere in the schema, whatever the value.</param>
/// <param name="Discriminators">Tested by a condition (<c>if</c>): the keys that choose which then applies.</param>
internal sealed record DeclaredProperties(IReadOnlySet<string> Applying, IReadOnlySet<string> Conditional, IReadOnlySet<string> Discriminators);

internal sealed partial class SchemaValidator
{
    /// <summary>The property names declared for a value by the subschema at <paramref name="schemaLocation"/>, or null if there is none.</summary>
    public DeclaredProperties? Declared(string schemaLocation, JsonNode? instance)
    {
        if (At(schemaLocation) is not { } schema)
        {
            return null;
        }

        var applying = new HashSet<string>(StringComparer.Ordinal);
        var conditional = new HashSet<string>(StringComparer.Ordinal);
        var discriminators = new HashSet<string>(StringComparer.Ordinal);
        schema.Collect(instance, applying, new HashSet<SchemaValidator>(ReferenceEqualityComparer.Instance));
        foreach (var part in schema.InPlaceClosure())
        {
            if (part.condition is not null)
            {
                discriminators.UnionWith(part.condition.InPlaceClosure().SelectMany(c => c.properties?.Keys ?? (IEnumerable<string>)[]));
            }

            foreach (var branch in new[] { part.then, part.otherwise }.OfType<SchemaValidator>())
            {
                conditional.UnionWith(branch.InPlaceClosure().SelectMany(c => c.properties?.Keys ?? (IEnumerable<string>)[]));
            }
        }

        return new DeclaredProperties(applying, conditional, discriminators);
    }

    private void Collect(JsonNode? instance, HashSet<string> names, HashSet<SchemaValidator> seen)
    {
        if (!seen.Add(this))
        {
            return;
        }

        if (properties is not null)
        {
            names.UnionWith(properties.Keys);
        }

        IEnumerable<SchemaValidator?> applied = [reference?.Target, .. allOf ?? [], .. anyOf ?? [], .. oneOf ?? []];
        if (condition is not null)
        {
            applied = applied.Append(condition.IsValid(instance) ? then : otherwise);
        }

        foreach (var schema in applied.OfType<SchemaValidator>())
        {
            schema.Collect(instance, names, seen);
        }
    }

    // This schema and every subschema applied to the same value, whatever the value.
    private IEnumerable<SchemaValidator> InPlaceClosure()
    {
        var seen = new HashSet<SchemaValidator>(ReferenceEqualityComparer.Instance) { this };
        var queue = new Queue<SchemaValidator>([this]);
        while (queue.TryDequeue(out var schema))
        {
            yield return schema;
            foreach (var next in schema.InPlace().Where(n => n != schema.not && n != schema.condition))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
    }
}
