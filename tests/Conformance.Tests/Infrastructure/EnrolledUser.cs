using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>A user with TOTP set up: their authenticator app and the AuthenticationResult of the enrolment sign-in.</summary>
public sealed record EnrolledUser(TotpAuthenticator Authenticator, JsonObject AuthenticationResult)
{
    public string AccessToken => AuthenticationResult["AccessToken"]?.GetValue<string>() ?? "";

    // Keeps tokens out of any message that prints the record.
    public override string ToString() => "EnrolledUser { tokens redacted }";
}
