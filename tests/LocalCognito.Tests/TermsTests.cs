using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Create/Describe/List/Update/DeleteTerms: one document of each name per app client, links per language.</summary>
public sealed class TermsTests
{
    private static Task<CreateTermsResponse> CreateAsync(TestServer t, string name, string link = "https://example.com/terms") =>
        t.Client.CreateTermsAsync(new CreateTermsRequest
        {
            UserPoolId = t.PoolId,
            ClientId = t.ClientId,
            TermsName = name,
            TermsSource = TermsSourceType.LINK,
            Enforcement = TermsEnforcementType.NONE,
            Links = new Dictionary<string, string> { ["cognito:default"] = link },
        });

    [Fact]
    public async Task Terms_are_created_described_listed_updated_and_deleted()
    {
        await using var t = await TestServer.StartAsync();
        var terms = (await CreateAsync(t, "terms-of-use")).Terms;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", terms.TermsId);
        Assert.Equal((t.PoolId, t.ClientId, "terms-of-use"), (terms.UserPoolId, terms.ClientId, terms.TermsName));
        await CreateAsync(t, "privacy-policy");

        var described = (await t.Client.DescribeTermsAsync(new DescribeTermsRequest { UserPoolId = t.PoolId, TermsId = terms.TermsId })).Terms;
        Assert.Equal("https://example.com/terms", described.Links["cognito:default"]);
        Assert.Equal(TermsSourceType.LINK, described.TermsSource);

        var first = await t.Client.ListTermsAsync(new ListTermsRequest { UserPoolId = t.PoolId, MaxResults = 1 });
        var second = await t.Client.ListTermsAsync(new ListTermsRequest { UserPoolId = t.PoolId, MaxResults = 1, NextToken = first.NextToken });
        Assert.Equal(["privacy-policy", "terms-of-use"], first.Terms.Concat(second.Terms).Select(x => x.TermsName).Order());
        Assert.Null(second.NextToken);

        t.Time.Advance(TimeSpan.FromMinutes(5));
        var updated = (await t.Client.UpdateTermsAsync(new UpdateTermsRequest
        {
            UserPoolId = t.PoolId,
            TermsId = terms.TermsId,
            Links = new Dictionary<string, string> { ["cognito:default"] = "https://example.com/v2", ["cognito:french"] = "https://example.com/fr" },
        })).Terms;
        Assert.Equal("terms-of-use", updated.TermsName);
        Assert.Equal(2, updated.Links.Count);
        Assert.Equal(TimeSpan.FromMinutes(5), updated.LastModifiedDate - updated.CreationDate);

        await t.Client.DeleteTermsAsync(new DeleteTermsRequest { UserPoolId = t.PoolId, TermsId = terms.TermsId });
        var gone = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            t.Client.DescribeTermsAsync(new DescribeTermsRequest { UserPoolId = t.PoolId, TermsId = terms.TermsId }));
        Assert.Equal($"Terms {terms.TermsId} do not exist.", gone.Message);
    }

    [Fact]
    public async Task A_client_has_one_document_of_each_name_and_links_are_checked()
    {
        await using var t = await TestServer.StartAsync();
        var terms = (await CreateAsync(t, "terms-of-use")).Terms;
        var privacy = (await CreateAsync(t, "privacy-policy")).Terms;
        await Assert.ThrowsAsync<TermsExistsException>(() => CreateAsync(t, "terms-of-use"));
        await Assert.ThrowsAsync<TermsExistsException>(() => t.Client.UpdateTermsAsync(new UpdateTermsRequest
        {
            UserPoolId = t.PoolId, TermsId = privacy.TermsId, TermsName = "terms-of-use",
        }));
        await Assert.ThrowsAsync<InvalidParameterException>(() => CreateAsync(t, "cookie-policy"));
        await Assert.ThrowsAsync<InvalidParameterException>(() => CreateAsync(t, "privacy-policy", "not a url"));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.CreateTermsAsync(new CreateTermsRequest
        {
            UserPoolId = t.PoolId, ClientId = "nosuchclient", TermsName = "terms-of-use", TermsSource = TermsSourceType.LINK,
            Enforcement = TermsEnforcementType.NONE, Links = new Dictionary<string, string> { ["cognito:default"] = "https://example.com" },
        }));
        Assert.Equal("terms-of-use", (await t.Client.DescribeTermsAsync(new DescribeTermsRequest { UserPoolId = t.PoolId, TermsId = terms.TermsId })).Terms.TermsName);
    }
}
