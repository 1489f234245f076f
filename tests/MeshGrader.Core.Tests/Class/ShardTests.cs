using CsCheck;
using MeshGrader.Core.Class;

namespace MeshGrader.Core.Tests.Class;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/4", 3, 4)]
    [InlineData("256/256", 256, 256)]
    public void WellFormedShard_IsRead(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.Parse(text, out _));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("1/4/2")]
    [InlineData("one/four")]
    [InlineData("1 / 4")]
    [InlineData("1/10001")]
    [InlineData("")]
    public void MalformedShard_IsRefusedWithTheForm(string text)
    {
        Assert.Null(Shard.Parse(text, out var problem));
        Assert.Contains("K/N", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_PartitionTheClassInSharesThatDifferByAtMostOne() =>
        Gen.Select(Gen.Int[0, 3000], Gen.Int[1, 300]).Sample((size, count) =>
        {
            var positions = Enumerable.Range(0, size).ToArray();
            var shares = Enumerable.Range(1, count).Select(k => new Shard(k, count)).Select(s => (Shard: s, Held: s.Of(positions))).ToArray();

            Assert.Equal(positions, shares.SelectMany(s => s.Held).Order());
            Assert.All(shares, s => Assert.Equal(s.Held.Count, s.Shard.SizeIn(size)));
            Assert.True(shares.Max(s => s.Held.Count) - shares.Min(s => s.Held.Count) <= 1);
        });

    [Fact]
    public void Fingerprint_DependsOnEveryPathAndTheirOrder()
    {
        var fingerprint = Shard.Fingerprint(["class/a", "class/b"]);

        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        Assert.Equal(fingerprint, Shard.Fingerprint(["class/a", "class/b"]));
        Assert.NotEqual(fingerprint, Shard.Fingerprint(["class/b", "class/a"]));
        Assert.NotEqual(fingerprint, Shard.Fingerprint(["class/a", "class/b", "class/c"]));
        Assert.NotEqual(fingerprint, Shard.Fingerprint(["class/a\nclass/b"]));
    }
}
