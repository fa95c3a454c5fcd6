using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;

namespace LocalCognito.Tests;

/// <summary>
/// StartInBackground, as the scenario app starts its embedded server: URL and default ids are final when it returns,
/// calls made before the server runs are answered once it does, and the in-memory signing key is the one the tokens use.
/// </summary>
public sealed class BackgroundStartTests
{
    [Fact]
    public async Task The_url_and_default_ids_are_final_at_once_and_a_call_sent_before_it_runs_is_answered()
    {
        var server = LocalCognitoServer.StartInBackground(new LocalCognitoOptions());
        await using (server)
        {
            Assert.False(server.Ready.IsCompleted); // building the host alone takes tens of milliseconds
            var (endpoint, poolId, clientId) = (server.Endpoint, server.UserPoolId, server.ClientId);
            Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", endpoint.ToString());
            Assert.Matches("^us-east-1_[A-Za-z0-9]{9}$", poolId);
            Assert.Matches("^[a-z0-9]{26}$", clientId);

            // Sent without awaiting Ready: the connection waits in the listen queue until Kestrel takes it.
            using var client = ClientFor(server);
            var described = client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = poolId, ClientId = clientId });
            using var http = new HttpClient { BaseAddress = endpoint };
            var outbox = http.GetStringAsync("/_local/outbox");

            var answered = (await described.WaitAsync(TimeSpan.FromSeconds(60))).UserPoolClient;
            Assert.Equal("CognitoMfaScenarioClient", answered.ClientName);
            Assert.Equal("[]", await outbox.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.True(server.Ready.IsCompletedSuccessfully);
            Assert.Equal((endpoint, poolId, clientId), (server.Endpoint, server.UserPoolId, server.ClientId));

            // Only the default pool carries the reserved ids; a later pool and client get new ones.
            var other = (await client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "second" })).UserPool.Id;
            var otherClient = (await client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = other, ClientName = "c" }))
                .UserPoolClient.ClientId;
            Assert.NotEqual(poolId, other);
            Assert.NotEqual(clientId, otherClient);
        }
    }

    [Fact]
    public void A_taken_port_is_an_IOException_before_anything_starts()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen();
        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;

        var error = Assert.Throws<IOException>(() => LocalCognitoServer.StartInBackground(new LocalCognitoOptions { Port = port }));

        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }

    [Fact]
    public void A_data_directory_needs_StartAsync() =>
        Assert.Throws<ArgumentException>(() => LocalCognitoServer.StartInBackground(new LocalCognitoOptions { DataDirectory = Path.GetTempPath() }));

    [Fact]
    public async Task Pools_made_in_memory_sign_with_the_key_their_JWKS_publishes()
    {
        await using var server = LocalCognitoServer.StartInBackground(new LocalCognitoOptions());
        await server.Ready;
        using var client = ClientFor(server);
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        var pools = new[] { server.UserPoolId, (await client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "p2" })).UserPool.Id };

        foreach (var poolId in pools)
        {
            var clientId = poolId == server.UserPoolId
                ? server.ClientId
                : (await client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
                {
                    UserPoolId = poolId,
                    ClientName = "c",
                    ExplicitAuthFlows = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                })).UserPoolClient.ClientId;
            var jwks = JsonNode.Parse(await http.GetStringAsync($"/{poolId}/.well-known/jwks.json"))!["keys"]![0]!;
            Assert.False(string.IsNullOrEmpty(jwks["kid"]!.GetValue<string>()));

            if (poolId != server.UserPoolId)
            {
                // A pool without MFA: a password sign-in gets tokens at once; their kid is the JWKS key's.
                await client.AdminCreateUserAsync(new AdminCreateUserRequest
                {
                    UserPoolId = poolId,
                    Username = "kid-check",
                    TemporaryPassword = "Passw0rd!",
                    MessageAction = MessageActionType.SUPPRESS,
                });
                await client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
                {
                    UserPoolId = poolId,
                    Username = "kid-check",
                    Password = "Passw0rd!",
                    Permanent = true,
                });
                var tokens = (await client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
                {
                    UserPoolId = poolId,
                    ClientId = clientId,
                    AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
                    AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "kid-check", ["PASSWORD"] = "Passw0rd!" },
                })).AuthenticationResult;
                var header = JsonNode.Parse(Base64UrlDecode(tokens.AccessToken.Split('.')[0]))!;
                Assert.Equal(jwks["kid"]!.GetValue<string>(), header["kid"]!.GetValue<string>());

                // The server accepts its own token (its kid check uses the same key).
                Assert.Equal("kid-check", (await client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken })).Username);
            }
        }
    }

    private static AmazonCognitoIdentityProviderClient ClientFor(LocalCognitoServer server) =>
        new(new BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey), new AmazonCognitoIdentityProviderConfig
        {
            ServiceURL = server.Endpoint.ToString(),
            AuthenticationRegion = server.Region,
            MaxErrorRetry = 0,
        });

    private static string Base64UrlDecode(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
