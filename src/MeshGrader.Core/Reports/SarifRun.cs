using System.Text.Json;

namespace MeshGrader.Core.Reports;

/// <summary>
/// The opening every SARIF 2.1.0 log of meshgrade's has, for a grading and for a contract diff alike:
/// one run whose tool is meshgrade at its version, left open at its rule list.
/// </summary>
internal static class SarifRun
{
    public static void StartAtRules(Utf8JsonWriter json, string toolVersion)
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "meshgrade");
        json.WriteString("semanticVersion", toolVersion);
        json.WriteStartArray("rules");
    }
}
