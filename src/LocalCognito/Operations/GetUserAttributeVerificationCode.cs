using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Sends the signed-in user a code (to the local outbox) that verifies an attribute; requests count toward the hourly limit.</summary>
public sealed class GetUserAttributeVerificationCode(CognitoStore store, TokenService tokens, OneTimeCodes codes, AttemptLimits limits) : ICognitoOperation
{
    public string Name => "GetUserAttributeVerificationCode";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, tokenUser, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        var attributeName = request.Required("AttributeName");
        limits.AttributeVerificationCodes.Take(tokenUser);
        var (_, issued) = store.UpdateUser(pool, tokenUser.Username, Errors.AccessTokenRevoked, user => codes.IssueVerification(pool, user, attributeName));
        return new JsonObject { ["CodeDeliveryDetails"] = codes.Deliver(issued) };
    }
}
