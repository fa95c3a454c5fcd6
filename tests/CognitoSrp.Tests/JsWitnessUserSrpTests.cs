using System.Globalization;
using System.Text.Json.Nodes;
using CognitoSrp.Tests.Support;

namespace CognitoSrp.Tests;

/// <summary>
/// USER_SRP_AUTH against amazon-cognito-identity-js, an implementation independent of ours. Client and server
/// here share the math, so only an outside witness catches a bug both sides would make the same way.
/// </summary>
public sealed class JsWitnessUserSrpTests
{
    private const string UserPoolId = "us-east-1_AbC123xyZ";
    private const string PoolName = "AbC123xyZ"; // the realm: pool id after '_'
    private const string Username = "alice@example.com";
    private const string UserIdForSrp = "4f1c2a9e-0b7d-4c55-9d1e-2b8a6c3f7e10";
    private const string Password = "Correct-Horse-7!";

    private static JsonObject CognitoUserInput(string password, SrpServer server, string saltHex, string secretBlock) => new()
    {
        ["flow"] = "user",
        ["userPoolId"] = UserPoolId,
        ["clientId"] = "2abc3def4ghi5jkl6mno7pqr8s",
        ["username"] = Username,
        ["password"] = password,
        ["userIdForSrp"] = UserIdForSrp,
        ["srpBHex"] = server.SrpBHex,
        ["saltHex"] = saltHex,
        ["secretBlockBase64"] = secretBlock,
    };

    [Fact]
    public void ClaimFromJsCognitoUserVerifiesOnOurServer()
    {
        var saltHex = SrpVerifier.NewSaltHex();
        var server = new SrpServer(SrpVerifier.Compute(PoolName, UserIdForSrp, Password, saltHex));
        var secretBlock = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));

        var outputs = NodeWitness.Run("cognito-user-claim.mjs", Json.ArrayOf(
        [
            CognitoUserInput(Password, server, saltHex, secretBlock),
            CognitoUserInput("Correct-Horse-8!", server, saltHex, secretBlock),
        ])).AsArray();

        var right = outputs[0]!;
        var answer = right["challengeResponses"]!;
        Assert.Equal("PASSWORD_VERIFIER", right.Text("challengeName"));
        Assert.Equal(UserIdForSrp, answer.Text("USERNAME"));
        Assert.Equal(secretBlock, answer.Text("PASSWORD_CLAIM_SECRET_BLOCK"));
        Assert.True(server.VerifyClaim(right.Text("srpAHex"), PoolName, UserIdForSrp, saltHex,
            answer.Text("PASSWORD_CLAIM_SECRET_BLOCK"), answer.Text("TIMESTAMP"), answer.Text("PASSWORD_CLAIM_SIGNATURE")),
            "our server rejected the claim amazon-cognito-identity-js computed with the right password");

        var wrong = outputs[1]!;
        var wrongAnswer = wrong["challengeResponses"]!;
        Assert.False(server.VerifyClaim(wrong.Text("srpAHex"), PoolName, UserIdForSrp, saltHex,
            wrongAnswer.Text("PASSWORD_CLAIM_SECRET_BLOCK"), wrongAnswer.Text("TIMESTAMP"), wrongAnswer.Text("PASSWORD_CLAIM_SIGNATURE")),
            "our server accepted a claim made with a wrong password");
    }

    [Fact]
    public void JsCognitoUserTimestampHasOurFormat()
    {
        var saltHex = SrpVerifier.NewSaltHex();
        var server = new SrpServer(SrpVerifier.Compute(PoolName, UserIdForSrp, Password, saltHex));

        var output = NodeWitness.Run("cognito-user-claim.mjs", CognitoUserInput(Password, server, saltHex, "c2VjcmV0"));

        var timestamp = output["challengeResponses"]!.Text("TIMESTAMP");
        var parsed = DateTimeOffset.ParseExact(timestamp, "ddd MMM d HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal);
        Assert.Equal(timestamp, SrpTimestamp.Format(parsed));
    }

    /// <summary>
    /// Fixes the JS helper's secret a to the one our client drew from a deterministic generator, so A, k, u and the
    /// claim signature can be compared value by value. Salts and passwords cover the padding and encoding corners.
    /// </summary>
    [Fact]
    public void OurClientComputesTheSameValuesAsTheJsHelper()
    {
        string[] salts =
        [
            "00c0ffee00112233445566778899aabb", // high bit set: padded with 00
            "0000000012",                       // leading zero bytes: dropped when read as a number
            "7f",
            "FFEE",                             // uppercase, high bit, unpadded
        ];
        string[] passwords = [Password, "pässwörd ✓ 鍵", "", "a:b:c"];
        var cases = new List<(SrpClient Client, SrpServer Server, string SaltHex, string Password, string SecretBlock, string Timestamp, JsonObject Input)>();
        for (var i = 0; i < 6; i++)
        {
            var seed = $"user-srp-case-{i}";
            var smallA = new DeterministicRandom(seed).Take(32); // what SrpClient draws for a
            var client = new SrpClient(new DeterministicRandom(seed));
            var saltHex = i < salts.Length ? salts[i] : SrpVerifier.NewSaltHex();
            var password = passwords[i % passwords.Length];
            var server = new SrpServer(SrpVerifier.Compute(PoolName, UserIdForSrp, password, saltHex));
            var secretBlock = Convert.ToBase64String(new DeterministicRandom(seed + "-block").Take(32 + i));
            var timestamp = SrpTimestamp.Format(new DateTimeOffset(2026, 1 + i % 12, 1 + i, i, 2 * i, 3 * i, TimeSpan.Zero));
            cases.Add((client, server, saltHex, password, secretBlock, timestamp, new JsonObject
            {
                ["realm"] = PoolName,
                ["identity"] = UserIdForSrp,
                ["password"] = password,
                ["saltHex"] = saltHex,
                ["srpBHex"] = server.SrpBHex,
                ["secretBlockBase64"] = secretBlock,
                ["timestamp"] = timestamp,
                ["smallAHex"] = Convert.ToHexString(smallA),
            }));
        }

        var outputs = NodeWitness.Run("helper-claim.mjs", Json.ArrayOf(cases.Select(c => c.Input))).AsArray();

        Assert.Equal(cases.Count, outputs.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var (client, server, saltHex, password, secretBlock, timestamp, _) = cases[i];
            var js = outputs[i]!;
            var ourA = SrpHex.ParseUnsigned(client.SrpAHex, "A");
            Assert.Equal(SrpHex.ParseUnsigned(js.Text("srpAHex"), "A"), ourA);
            Assert.Equal(SrpHex.ParseUnsigned(js.Text("kHex"), "k"), SrpGroup.K);
            Assert.Equal(SrpHex.ParseUnsigned(js.Text("uHex"), "u"), SrpHashing.ComputeU(ourA, SrpHex.ParseUnsigned(server.SrpBHex, "B")));

            var ours = client.ComputeClaimSignature(PoolName, UserIdForSrp, password, saltHex, server.SrpBHex, secretBlock, timestamp);
            Assert.True(js.Text("claimSignature") == ours, $"case {i}: claim signatures differ (salt {saltHex})");
            Assert.True(server.VerifyClaim(js.Text("srpAHex"), PoolName, UserIdForSrp, saltHex, secretBlock, timestamp, js.Text("claimSignature")),
                $"case {i}: our server rejected the JS helper's claim");
        }
    }
}
