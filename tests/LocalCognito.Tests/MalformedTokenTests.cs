using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Tests;

/// <summary>
/// Whatever arrives where an access token belongs, the answer is Cognito's 400 NotAuthorizedException
/// "Invalid Access Token", never an InternalErrorException.
/// </summary>
public sealed class MalformedTokenTests
{
    private const string GetUser = "AWSCognitoIdentityProviderService.GetUser";

    public static TheoryData<string> MalformedTokens()
    {
        static string Segment(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var payload = Segment("""{"iss":"http://127.0.0.1/us-east-1_abcdefghi","token_use":"access","username":"tom","origin_jti":"x"}""");
        return new TheoryData<string>
        {
            "garbage",
            "a.b",
            "a.b.c",
            "...",
            "....",
            "a.b.c.d.e",
            // A JWE's five parts, with a plausible header.
            Segment("""{"alg":"RSA-OAEP","enc":"A256GCM"}""") + ".AAAA.AAAA.AAAA.AAAA",
            Segment("""{"alg":"dir","enc":"A128CBC-HS256","kid":"k"}""") + "..AAAA.AAAA.AAAA",
            Segment("""{"alg":"none"}""") + "." + payload + ".",
            Segment("""{"alg":"HS256","typ":"JWT"}""") + "." + payload + "." + Base64UrlEncoder.Encode(new byte[32]),
            Segment("""{"alg":"RS256"}""") + "." + Segment("[1,2,3]") + ".AAAA",
            Segment("""{"alg":"RS256"}""") + "." + Segment("""{"iss":5,"token_use":["access"],"username":{},"origin_jti":null}""") + ".AAAA",
            Segment("""{"alg":"RS256"}""") + "." + Segment("""{"iss":"","token_use":"access","username":"tom","origin_jti":"x","exp":"soon"}""") + ".AAAA",
            Segment("not json") + "." + payload + ".AAAA",
            "eyJ." + payload + ".AAAA",
            // Five parts whose encrypted key is not base64 (the parser threw FormatException: a 500).
            Segment("""{"alg":"RSA-OAEP","enc":"A256GCM"}""") + ".eyJ.AAAA.eyJ.AAAA",
            Segment("""{"alg":"dir","enc":"A256GCM"}""") + ".eyJ.AAAA.eyJ.AAAA",
            new string('A', 5000) + "." + new string('B', 5000) + "." + new string('C', 5000),
        };
    }

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task A_malformed_access_token_is_invalid_not_an_internal_error(string token)
    {
        await using var t = await TestServer.StartAsync();
        foreach (var target in new[] { GetUser, "AWSCognitoIdentityProviderService.GlobalSignOut", "AWSCognitoIdentityProviderService.ListDevices" })
        {
            var (status, body, _) = await t.RawAsync(target, new JsonObject { ["AccessToken"] = token }.ToJsonString());
            Assert.True(status == 400, $"{target}: HTTP {status} {body.ToJsonString()}");
            Assert.Equal("NotAuthorizedException", body["__type"]!.GetValue<string>());
            Assert.Equal("Invalid Access Token", body["message"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_token_outside_the_models_pattern_is_a_validation_error()
    {
        await using var t = await TestServer.StartAsync();
        var (status, body, _) = await t.RawAsync(GetUser, new JsonObject { ["AccessToken"] = "a.b.!!!" }.ToJsonString());
        Assert.Equal(400, status);
        Assert.Equal("InvalidParameterException", body["__type"]!.GetValue<string>());
    }
}
