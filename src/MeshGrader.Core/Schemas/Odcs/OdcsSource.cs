using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>A contract.yaml graded as ODCS: the document as written and the short form read from it.</summary>
/// <param name="DocumentFindings">
/// The findings on the ODCS document itself, added after the lab's checks have run: their
/// pointers are ODCS pointers, and one at the document's root would read to a check as an error
/// above every value of the short form, silencing it.
/// </param>
internal sealed record OdcsSource(JsonInstance Document, ContractProjection Projection, IReadOnlyList<Finding> DocumentFindings);
