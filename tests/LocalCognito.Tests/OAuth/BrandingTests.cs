using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime.Documents;

namespace LocalCognito.Tests.OAuth;

/// <summary>Managed login branding and UI customization are stored and returned.</summary>
public sealed class BrandingTests
{
    [Fact]
    public async Task A_branding_style_is_created_described_updated_and_deleted()
    {
        await using var t = await TestServer.StartAsync();
        var created = (await t.Client.CreateManagedLoginBrandingAsync(new CreateManagedLoginBrandingRequest
        {
            UserPoolId = t.PoolId,
            ClientId = t.ClientId,
            Settings = new Document(new Dictionary<string, Document> { ["categories"] = new Document(new Dictionary<string, Document> { ["form"] = new Document("x") }) }),
        })).ManagedLoginBranding;
        Assert.False(created.UseCognitoProvidedValues);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4", created.ManagedLoginBrandingId);

        var byClient = (await t.Client.DescribeManagedLoginBrandingByClientAsync(new DescribeManagedLoginBrandingByClientRequest
        {
            UserPoolId = t.PoolId, ClientId = t.ClientId,
        })).ManagedLoginBranding;
        Assert.Equal(created.ManagedLoginBrandingId, byClient.ManagedLoginBrandingId);
        Assert.Equal("x", byClient.Settings.AsDictionary()["categories"].AsDictionary()["form"].AsString());

        var again = await Assert.ThrowsAsync<ManagedLoginBrandingExistsException>(() => t.Client.CreateManagedLoginBrandingAsync(
            new CreateManagedLoginBrandingRequest { UserPoolId = t.PoolId, ClientId = t.ClientId, UseCognitoProvidedValues = true }));
        Assert.Equal("Managed login branding already exists for this app client.", again.Message);

        var updated = (await t.Client.UpdateManagedLoginBrandingAsync(new UpdateManagedLoginBrandingRequest
        {
            UserPoolId = t.PoolId, ManagedLoginBrandingId = created.ManagedLoginBrandingId, UseCognitoProvidedValues = true,
        })).ManagedLoginBranding;
        Assert.True(updated.UseCognitoProvidedValues);

        await t.Client.DeleteManagedLoginBrandingAsync(new DeleteManagedLoginBrandingRequest { UserPoolId = t.PoolId, ManagedLoginBrandingId = created.ManagedLoginBrandingId });
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.DescribeManagedLoginBrandingAsync(new DescribeManagedLoginBrandingRequest
        {
            UserPoolId = t.PoolId, ManagedLoginBrandingId = created.ManagedLoginBrandingId,
        }));
    }

    [Fact]
    public async Task UI_customization_is_stored_per_client_with_the_pool_default()
    {
        await using var t = await TestServer.StartAsync();
        await t.Client.SetUICustomizationAsync(new SetUICustomizationRequest { UserPoolId = t.PoolId, CSS = ".banner-customizable { background-color: teal; }" });
        var forClient = (await t.Client.GetUICustomizationAsync(new GetUICustomizationRequest { UserPoolId = t.PoolId, ClientId = t.ClientId })).UICustomization;
        Assert.Equal(("ALL", ".banner-customizable { background-color: teal; }"), (forClient.ClientId, forClient.CSS));

        await t.Client.SetUICustomizationAsync(new SetUICustomizationRequest { UserPoolId = t.PoolId, ClientId = t.ClientId, CSS = ".label-customizable { }" });
        Assert.Equal(".label-customizable { }",
            (await t.Client.GetUICustomizationAsync(new GetUICustomizationRequest { UserPoolId = t.PoolId, ClientId = t.ClientId })).UICustomization.CSS);

        var noDomain = await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "bare" });
        var error = await Assert.ThrowsAsync<InvalidParameterException>(
            () => t.Client.SetUICustomizationAsync(new SetUICustomizationRequest { UserPoolId = noDomain.UserPool.Id, CSS = "" }));
        Assert.Equal("There has to be an existing domain associated with this user pool or app client.", error.Message);
    }
}
