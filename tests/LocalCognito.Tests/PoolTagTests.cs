using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Tag/Untag/ListTagsForResource by the pool's ARN, and UserPoolTags of Create/UpdateUserPool and DescribeUserPool.</summary>
public sealed class PoolTagTests
{
    private static async Task<Dictionary<string, string>> TagsAsync(TestServer t, string arn) =>
        (await t.Client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = arn })).Tags;

    [Fact]
    public async Task Tags_set_at_creation_are_added_overwritten_removed_and_kept_by_an_update_that_leaves_them_out()
    {
        await using var t = await TestServer.StartAsync();
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "tagged", UserPoolTags = new Dictionary<string, string> { ["team"] = "identity" },
        })).UserPool;
        Assert.Equal($"arn:aws:cognito-idp:{t.Server.Region}:000000000000:userpool/{pool.Id}", pool.Arn);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "identity" }, await TagsAsync(t, pool.Arn));

        await t.Client.TagResourceAsync(new TagResourceRequest
        {
            ResourceArn = pool.Arn, Tags = new Dictionary<string, string> { ["team"] = "platform", ["stage"] = "" },
        });
        Assert.Equal(new Dictionary<string, string> { ["team"] = "platform", ["stage"] = "" }, await TagsAsync(t, pool.Arn));

        await t.Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = pool.Arn, TagKeys = ["stage", "never-set"] });
        await t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest { UserPoolId = pool.Id });
        Assert.Equal(new Dictionary<string, string> { ["team"] = "platform" }, await TagsAsync(t, pool.Arn));
        Assert.Equal("platform", (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.Id })).UserPool.UserPoolTags["team"]);

        await t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest { UserPoolId = pool.Id, UserPoolTags = new Dictionary<string, string> { ["cost"] = "42" } });
        Assert.Equal(new Dictionary<string, string> { ["cost"] = "42" }, await TagsAsync(t, pool.Arn));
    }

    [Fact]
    public async Task Unknown_pools_malformed_ARNs_reserved_keys_and_more_than_50_tags_are_refused()
    {
        await using var t = await TestServer.StartAsync();
        var arn = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = t.PoolId })).UserPool.Arn;

        var missing = arn[..(arn.LastIndexOf('_') + 1)] + "NoSuchPool";
        var notFound = await Assert.ThrowsAsync<ResourceNotFoundException>(() => TagsAsync(t, missing));
        Assert.Equal($"Resource {missing} does not exist.", notFound.Message);
        await Assert.ThrowsAsync<InvalidParameterException>(() => TagsAsync(t, "arn:aws:s3:::bucket"));
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.TagResourceAsync(new TagResourceRequest
        {
            ResourceArn = arn, Tags = new Dictionary<string, string> { ["aws:owner"] = "me" },
        }));

        var fifty = Enumerable.Range(0, 50).ToDictionary(i => $"k{i}", i => "v");
        await t.Client.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = fifty });
        var tooMany = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.TagResourceAsync(new TagResourceRequest
        {
            ResourceArn = arn, Tags = new Dictionary<string, string> { ["one-more"] = "v" },
        }));
        Assert.Equal("A user pool can have at most 50 tags.", tooMany.Message);
        Assert.Equal(50, (await TagsAsync(t, arn)).Count);
    }
}
