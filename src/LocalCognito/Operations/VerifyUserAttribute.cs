using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>A right code marks the attribute verified, applying a value held back until verification; every entry counts toward the hourly limit.</summary>
public sealed class VerifyUserAttribute(CognitoStore store, TokenService tokens, OneTimeCodes codes, AttemptLimits limits, TimeProvider time) : ICognitoOperation
{
    public string Name => "VerifyUserAttribute";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, tokenUser, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        var attributeName = request.Required("AttributeName");
        var code = request.Required("Code");
        limits.AttributeVerificationCodes.Take(tokenUser);
        var (_, rejection) = store.UpdateUser(pool, tokenUser.Username, Errors.AccessTokenRevoked, user =>
        {
            // A wrong code is still stored: failed attempts count towards the limit.
            var rejection = codes.Check(user, CodePurpose.AttributeVerification, code, attributeName);
            if (rejection is not null)
            {
                return rejection;
            }

            if (user.PendingAttributes.Remove(attributeName, out var pendingValue))
            {
                user.SetAttribute(attributeName, pendingValue);
            }

            user.SetAttribute(attributeName + "_verified", "true");
            user.LastModifiedDate = time.GetUtcNow();
            return null;
        });
        if (rejection is not null)
        {
            throw rejection;
        }

        return new JsonObject();
    }
}
