using MeshGrader.Core.Findings;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// Cross-file: a contract that names its product must name the data product that domain.yaml
/// defines. Silent when either side is missing or already wrong, so one mistake gives one finding.
/// </summary>
internal sealed class ContractProductRule(string fieldRuleId) : ISemanticRule
{
    internal const string ProductPointer = "/contract/product";
    internal const string DomainProductPointer = "/data_product/name";

    public IReadOnlyList<RuleDescriptor> Introduces => [];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError("contract", ProductPointer) || context.Text("contract", ProductPointer) is not { } named
            || context.HasError("domain", DomainProductPointer) || context.Text("domain", DomainProductPointer) is not { } defined)
        {
            yield break;
        }

        if (string.Equals(named.Trim(), defined.Trim(), StringComparison.Ordinal))
        {
            yield break;
        }

        var close = NearMatch.Best(named, [defined]) is not null ? " (a near miss: check the spelling)" : string.Empty;
        yield return context.AtField(fieldRuleId, "contract", ProductPointer,
            $"contract.product '{named}' does not name the data product defined in domain.yaml, '{defined}'{close}.",
            $"Write product: {defined}, so the contract governs the product it describes.")
            with { Answer = new FindingAnswer(ProductPointer, Schemas.ListItem.Scalar(defined.Trim())) };
    }
}
