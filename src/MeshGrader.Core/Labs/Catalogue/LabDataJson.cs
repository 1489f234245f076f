using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeshGrader.Core.Labs.Catalogue;

/// <summary>
/// Reads catalogues without reflection (Native AOT): property names in camelCase, kinds in
/// kebab-case, and an unknown or missing property is an error, so a typo in a catalogue cannot
/// silently drop a setting.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(LabData))]
internal sealed partial class LabDataJson : JsonSerializerContext;
