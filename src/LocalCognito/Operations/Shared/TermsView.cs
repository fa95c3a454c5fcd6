using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Terms documents as the Terms operations read and answer them (TermsType, TermsDescriptionType).</summary>
public static class TermsView
{
    public static JsonObject Require(CognitoStore store, string poolId, string termsId) =>
        store.FindDocument(CognitoStore.TermsSection, poolId, termsId) ?? throw NotFound(termsId);

    public static CognitoException NotFound(string termsId) => Errors.ResourceNotFound($"Terms {termsId} do not exist.");

    public static CognitoException Taken(JsonObject terms) =>
        new("TermsExistsException", $"App client {terms["ClientId"]} already has {terms["TermsName"]} terms.");

    /// <summary>The summary ListTerms gives of each document.</summary>
    public static JsonObject Describe(JsonObject terms) => new()
    {
        ["TermsId"] = terms["TermsId"]?.DeepClone(),
        ["TermsName"] = terms["TermsName"]?.DeepClone(),
        ["Enforcement"] = terms["Enforcement"]?.DeepClone(),
        ["CreationDate"] = terms["CreationDate"]?.DeepClone(),
        ["LastModifiedDate"] = terms["LastModifiedDate"]?.DeepClone(),
    };

    /// <summary>Every link must be an absolute http(s) URL, since managed login puts it in the sign-up page as is.</summary>
    public static void RequireLinks(JsonObject request)
    {
        foreach (var (language, link) in request.Map("Links"))
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw Errors.InvalidParameter($"The link for {language} must be an absolute http or https URL.");
            }
        }
    }
}
