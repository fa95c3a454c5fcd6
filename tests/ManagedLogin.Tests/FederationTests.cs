using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ManagedLogin.Tests;

/// <summary>
/// Federation over real HTTP with a real OIDC provider: a second LocalCognito pool (its own domain, managed login
/// pages, tokens and JWKS) is the app pool's external identity provider, as Cognito pools federate on AWS.
/// </summary>
public sealed class FederationTests
{
    [Fact]
    public async Task Signing_in_through_the_provider_creates_an_external_provider_user_with_identities_and_group()
    {
        await using var f = await FederationServer.StartAsync();
        var sub = await f.IdpUserAsync("dana");

        var token = await FederatedSignInAsync(f, "&identity_provider=" + FederationServer.Provider, "dana");

        var username = FederationServer.Provider + "_" + sub;
        Assert.Equal(username, token.GetPayloadValue<string>("cognito:username"));
        Assert.Equal("dana@partner.example", token.GetPayloadValue<string>("email"));
        Assert.Equal("Partner dana", token.GetPayloadValue<string>("name"));
        Assert.Equal("app-nonce", token.GetPayloadValue<string>("nonce"));
        Assert.Contains(f.AppPoolId + "_" + FederationServer.Provider, token.GetPayloadValue<List<string>>("cognito:groups"));
        var identities = System.Text.Json.Nodes.JsonNode.Parse(token.GetPayloadValue<System.Text.Json.JsonElement>("identities").GetRawText())!.AsArray();
        Assert.Equal(sub, identities[0]!["userId"]!.ToString());
        Assert.Equal(FederationServer.Provider, identities[0]!["providerName"]!.ToString());
        Assert.Equal("OIDC", identities[0]!["providerType"]!.ToString());
        var user = await f.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = f.AppPoolId, Username = username });
        Assert.Equal("EXTERNAL_PROVIDER", user.UserStatus.Value);

        // A second sign-in (by idp_identifier this time) lands on the same user.
        var again = await FederatedSignInAsync(f, "&idp_identifier=partner.example", "dana");
        Assert.Equal(username, again.GetPayloadValue<string>("cognito:username"));
        Assert.Equal(token.Subject, again.Subject);
    }

    [Fact]
    public async Task The_sign_in_page_offers_a_button_per_provider_of_the_client()
    {
        await using var f = await FederationServer.StartAsync();
        using var browser = new PageClient(new Uri(f.BaseUrl));

        await browser.OpenAsync(f.AuthorizeUrl());

        Assert.Contains($"/domain/{f.AppDomain}/login", browser.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Sign in with PartnerIdp", browser.Html, StringComparison.Ordinal);
        Assert.Contains("identity_provider=PartnerIdp", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_linked_identity_signs_in_as_the_native_user_until_the_provider_is_disabled_for_it()
    {
        await using var f = await FederationServer.StartAsync();
        var sub = await f.IdpUserAsync("erin");
        await f.Client.AdminCreateUserAsync(new AdminCreateUserRequest { UserPoolId = f.AppPoolId, Username = "erin-native", MessageAction = MessageActionType.SUPPRESS });
        var external = new ProviderUserIdentifierType { ProviderName = FederationServer.Provider, ProviderAttributeName = "Cognito_Subject", ProviderAttributeValue = sub };
        await f.Client.AdminLinkProviderForUserAsync(new AdminLinkProviderForUserRequest
        {
            UserPoolId = f.AppPoolId,
            DestinationUser = new ProviderUserIdentifierType { ProviderName = "Cognito", ProviderAttributeValue = "erin-native" },
            SourceUser = external,
        });

        var linked = await FederatedSignInAsync(f, "&identity_provider=" + FederationServer.Provider, "erin");
        Assert.Equal("erin-native", linked.GetPayloadValue<string>("cognito:username"));
        Assert.Contains(sub, linked.GetPayloadValue<System.Text.Json.JsonElement>("identities").GetRawText(), StringComparison.Ordinal);

        await f.Client.AdminDisableProviderForUserAsync(new AdminDisableProviderForUserRequest { UserPoolId = f.AppPoolId, User = external });
        var native = await f.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = f.AppPoolId, Username = "erin-native" });
        Assert.DoesNotContain(native.UserAttributes, attribute => attribute.Name == "identities");
        var unlinked = await FederatedSignInAsync(f, "&identity_provider=" + FederationServer.Provider, "erin");
        Assert.Equal(FederationServer.Provider + "_" + sub, unlinked.GetPayloadValue<string>("cognito:username"));
    }

    [Fact]
    public async Task Providers_are_created_with_discovered_endpoints_listed_found_updated_and_deleted()
    {
        await using var f = await FederationServer.StartAsync();
        var described = (await f.Client.DescribeIdentityProviderAsync(new DescribeIdentityProviderRequest
            { UserPoolId = f.AppPoolId, ProviderName = FederationServer.Provider })).IdentityProvider;
        Assert.Equal($"{f.BaseUrl}/domain/partner/oauth2/authorize", described.ProviderDetails["authorize_url"]);
        Assert.Equal($"{f.BaseUrl}/domain/partner/oauth2/token", described.ProviderDetails["token_url"]);
        Assert.Equal($"{f.IdpIssuer}/.well-known/jwks.json", described.ProviderDetails["jwks_uri"]);
        var byIdentifier = await f.Client.GetIdentityProviderByIdentifierAsync(new GetIdentityProviderByIdentifierRequest
            { UserPoolId = f.AppPoolId, IdpIdentifier = "partner.example" });
        Assert.Equal(FederationServer.Provider, byIdentifier.IdentityProvider.ProviderName);
        var listed = await f.Client.ListIdentityProvidersAsync(new ListIdentityProvidersRequest { UserPoolId = f.AppPoolId });
        Assert.Equal([FederationServer.Provider], listed.Providers.Select(provider => provider.ProviderName));

        var duplicate = await Assert.ThrowsAsync<DuplicateProviderException>(() => f.Client.CreateIdentityProviderAsync(new CreateIdentityProviderRequest
        {
            UserPoolId = f.AppPoolId, ProviderName = FederationServer.Provider, ProviderType = IdentityProviderTypeType.OIDC,
            ProviderDetails = described.ProviderDetails,
        }));
        Assert.Contains(FederationServer.Provider, duplicate.Message, StringComparison.Ordinal);
        var saml = await Assert.ThrowsAsync<InvalidParameterException>(() => f.Client.CreateIdentityProviderAsync(new CreateIdentityProviderRequest
        {
            UserPoolId = f.AppPoolId, ProviderName = "Corp", ProviderType = IdentityProviderTypeType.SAML,
            ProviderDetails = new Dictionary<string, string> { ["MetadataURL"] = "https://corp.example/metadata" },
        }));
        Assert.Contains("does not emulate identity providers of type SAML", saml.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidParameterException>(() => f.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
            { UserPoolId = f.AppPoolId, ClientName = "x", SupportedIdentityProviders = ["NoSuchIdp"] }));

        var updated = await f.Client.UpdateIdentityProviderAsync(new UpdateIdentityProviderRequest
        {
            UserPoolId = f.AppPoolId, ProviderName = FederationServer.Provider, AttributeMapping = new Dictionary<string, string> { ["email"] = "email" },
        });
        Assert.Equal(["email"], updated.IdentityProvider.AttributeMapping.Keys);
        Assert.Equal(described.ProviderDetails["token_url"], updated.IdentityProvider.ProviderDetails["token_url"]);

        await f.Client.DeleteIdentityProviderAsync(new DeleteIdentityProviderRequest { UserPoolId = f.AppPoolId, ProviderName = FederationServer.Provider });
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => f.Client.DescribeIdentityProviderAsync(new DescribeIdentityProviderRequest
            { UserPoolId = f.AppPoolId, ProviderName = FederationServer.Provider }));
    }

    [Fact]
    public async Task Invalid_providers_and_unknown_sign_in_states_are_refused()
    {
        await using var f = await FederationServer.StartAsync();
        CreateIdentityProviderRequest Oidc(string name, Dictionary<string, string> details, List<string>? identifiers = null) => new()
        {
            UserPoolId = f.AppPoolId, ProviderName = name, ProviderType = IdentityProviderTypeType.OIDC, ProviderDetails = details, IdpIdentifiers = identifiers,
        };
        var complete = new Dictionary<string, string>
        {
            ["client_id"] = "c", ["attributes_request_method"] = "GET", ["oidc_issuer"] = "https://idp.example", ["authorize_scopes"] = "openid",
            ["authorize_url"] = "https://idp.example/authorize", ["token_url"] = "https://idp.example/token",
            ["attributes_url"] = "https://idp.example/userinfo", ["jwks_uri"] = "https://idp.example/jwks",
        };
        var withoutClientId = new Dictionary<string, string>(complete);
        withoutClientId.Remove("client_id");
        var missing = await Assert.ThrowsAsync<InvalidParameterException>(() => f.Client.CreateIdentityProviderAsync(Oidc("Other", withoutClientId)));
        Assert.Contains("client_id", missing.Message, StringComparison.Ordinal);
        var badMethod = new Dictionary<string, string>(complete) { ["attributes_request_method"] = "PUT" };
        await Assert.ThrowsAsync<InvalidParameterException>(() => f.Client.CreateIdentityProviderAsync(Oidc("Other", badMethod)));
        await Assert.ThrowsAsync<InvalidParameterException>(() => f.Client.CreateIdentityProviderAsync(Oidc("COGNITO", complete)));
        await Assert.ThrowsAsync<DuplicateProviderException>(() => f.Client.CreateIdentityProviderAsync(Oidc("Other", complete, ["partner.example"])));

        var created = await f.Client.CreateIdentityProviderAsync(Oidc("Other", complete));
        Assert.Equal("https://idp.example/jwks", created.IdentityProvider.ProviderDetails["jwks_uri"]);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => f.Client.UpdateIdentityProviderAsync(new UpdateIdentityProviderRequest
            { UserPoolId = f.AppPoolId, ProviderName = "Missing", IdpIdentifiers = ["x"] }));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => f.Client.GetIdentityProviderByIdentifierAsync(new GetIdentityProviderByIdentifierRequest
            { UserPoolId = f.AppPoolId, IdpIdentifier = "nobody.example" }));

        using var browser = new PageClient(new Uri(f.BaseUrl));
        await browser.OpenAsync($"{f.BaseUrl}/domain/{f.AppDomain}/oauth2/idpresponse?code=abc&state=forged");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, browser.Status);
        Assert.Null(browser.LeftTo);

        // A provider the app client does not support goes back to the app as an error.
        await browser.OpenAsync(f.AuthorizeUrl("&identity_provider=Other"));
        Assert.Contains("error=invalid_request", browser.LeftTo!.Query, StringComparison.Ordinal);
    }

    /// <summary>Walks /oauth2/authorize → the provider pool's sign-in page → idpresponse → the app's callback; answers the app's id token.</summary>
    private static async Task<JsonWebToken> FederatedSignInAsync(FederationServer f, string providerParameter, string idpUsername)
    {
        using var browser = new PageClient(new Uri(f.BaseUrl));
        await browser.OpenAsync(f.AuthorizeUrl(providerParameter));
        Assert.Contains("/domain/partner/login", browser.Url.AbsolutePath, StringComparison.Ordinal);
        await browser.SubmitAsync(new Dictionary<string, string> { ["username"] = idpUsername, ["password"] = FederationServer.Password });

        Assert.NotNull(browser.LeftTo);
        Assert.StartsWith(FederationServer.AppCallback, browser.LeftTo!.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(browser.LeftTo.Query);
        Assert.True(query.ContainsKey("code"), browser.LeftTo.ToString());
        Assert.Equal("app-state", query["state"].ToString());
        var tokens = await f.RedeemAsync(query["code"].ToString());
        return new JsonWebToken(tokens["id_token"]!.ToString());
    }
}
