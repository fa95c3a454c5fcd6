using System.Text;
using LocalCognito;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;

namespace Reliability.Tests;

/// <summary>A request body over LocalCognito's 1 MiB limit is refused with a documented error that the client can read.</summary>
public sealed class OversizedBodyTests
{
    // Before LocalCognito drained oversized bodies, .NET's HttpClient (still sending) failed here with "Broken pipe".
    [Fact]
    public async Task A_body_over_the_limit_is_answered_with_a_documented_error_and_the_connection_stays_usable()
    {
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions());
        using var http = LoopbackHttp.Create(maxConnections: 1);
        var cognito = new CognitoWireClient(http, server.Endpoint,
            new SigV4Signer(server.AccessKeyId, server.SecretAccessKey, server.Region));
        var oversized = Encoding.UTF8.GetBytes("{\"Username\":\"" + new string('x', 8 * 1024 * 1024) + "\"}");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var answer = await cognito.SendRawAsync(cognito.CreateRequest(CognitoWireClient.TargetPrefix + "SignUp", oversized));
            Assert.False(answer.IsSuccess);
            Assert.True(answer.ErrorCode is "InvalidParameterException" or "SerializationException", answer.ToString());

            // The next ordinary request on the same (single) connection pool must still be answered.
            var ordinary = await cognito.SendAsync("SignUp", new System.Text.Json.Nodes.JsonObject { ["ClientId"] = server.ClientId });
            Assert.Equal("InvalidParameterException", ordinary.ErrorCode);
        }
    }
}
