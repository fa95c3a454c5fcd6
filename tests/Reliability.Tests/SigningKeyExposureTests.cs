using System.Text.Json.Nodes;
using LocalCognito;
using Microsoft.Data.Sqlite;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;

namespace Reliability.Tests;

/// <summary>
/// A pool's RSA private key forges tokens every app under test trusts: it stays in the --data store and no
/// response (operations, tokens, JWKS, discovery, outbox) carries any part of it.
/// </summary>
public sealed class SigningKeyExposureTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("localcognito-key-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task No_response_carries_any_part_of_a_pools_private_key()
    {
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { DataDirectory = _data.FullName });
        using var http = LoopbackHttp.Create();
        var cognito = new CognitoWireClient(http, server.Endpoint, new SigV4Signer(server.AccessKeyId, server.SecretAccessKey, server.Region));
        var journey = new MfaUserJourney(cognito, server.UserPoolId, server.ClientId, "keyholder");
        await journey.SignUpAsync();
        await journey.ConfirmFromOutboxAsync();
        var accessToken = await journey.CompleteMfaSetupAsync(await journey.EnrolTotpAsync());
        var second = (await cognito.CallAsync("CreateUserPool", new JsonObject { ["PoolName"] = "second" }))["UserPool"]!["Id"]!.GetValue<string>();

        var answers = new List<string> { accessToken };
        foreach (var (operation, body) in new (string, JsonObject)[]
                 {
                     ("DescribeUserPool", new() { ["UserPoolId"] = server.UserPoolId }),
                     ("DescribeUserPool", new() { ["UserPoolId"] = second }),
                     ("ListUserPools", new() { ["MaxResults"] = 60 }),
                     ("DescribeUserPoolClient", new() { ["UserPoolId"] = server.UserPoolId, ["ClientId"] = server.ClientId }),
                     ("ListUsers", new() { ["UserPoolId"] = server.UserPoolId }),
                     ("AdminGetUser", new() { ["UserPoolId"] = server.UserPoolId, ["Username"] = "keyholder" }),
                     ("GetUser", new() { ["AccessToken"] = accessToken }),
                     ("AdminInitiateAuth", new()
                     {
                         ["UserPoolId"] = server.UserPoolId, ["ClientId"] = server.ClientId, ["AuthFlow"] = "ADMIN_USER_PASSWORD_AUTH",
                         ["AuthParameters"] = new JsonObject { ["USERNAME"] = "keyholder", ["PASSWORD"] = MfaUserJourney.Password },
                     }),
                 })
        {
            answers.Add((await cognito.SendAsync(operation, body)).Body);
        }
        foreach (var path in new[] { "_local/outbox", $"{server.UserPoolId}/.well-known/jwks.json", $"{server.UserPoolId}/.well-known/openid-configuration" })
        {
            answers.Add(await http.GetStringAsync(new Uri(server.Endpoint, path)));
        }

        var keys = StoredPrivateKeys();
        Assert.Equal(2, keys.Count);
        foreach (var key in keys)
        {
            // 32 characters from the middle of the PKCS#8 text lie in the private part; any copy of them is a leak.
            var fragment = key.Substring(key.Length / 2, 32);
            Assert.DoesNotContain(answers, answer => answer.Contains(fragment, StringComparison.Ordinal)
                                                     || answer.Contains(fragment.Replace('+', '-').Replace('/', '_'), StringComparison.Ordinal));
        }
        Assert.DoesNotContain(answers, answer => answer.Contains("Pkcs8", StringComparison.OrdinalIgnoreCase));
    }

    private List<string> StoredPrivateKeys()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.FullName, "localcognito.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT json FROM entities WHERE kind = 'pool';";
        using var reader = select.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(JsonNode.Parse(reader.GetString(0))!["SigningKeyPkcs8"]!.GetValue<string>());
        }
        return keys;
    }
}
