using System.Numerics;
using BenchmarkDotNet.Attributes;
using CognitoSrp;

namespace Micro;

/// <summary>
/// The SRP work LocalCognito does: the verifier at sign-up (g^x mod N), B for each SRP challenge
/// (k*v + g^b mod N) and the check of the client's claim (SrpServer.VerifyClaim), 3072-bit group.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class SrpBenchmarks
{
    private const string Realm = "AbC123xyZ";
    private const string Identity = "bench-user";
    private const string Password = "Bench!Passw0rd";
    private string _salt = "";
    private BigInteger _verifier;
    private SrpServer _server = null!;
    private string _srpA = "";
    private string _secretBlock = "";
    private string _timestamp = "";
    private string _claim = "";

    [GlobalSetup]
    public void Setup()
    {
        _salt = SrpVerifier.NewSaltHex();
        _verifier = SrpVerifier.Compute(Realm, Identity, Password, _salt);
        _server = new SrpServer(_verifier);
        var client = new SrpClient();
        _srpA = client.SrpAHex;
        _secretBlock = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        _timestamp = SrpTimestamp.Format(DateTimeOffset.UtcNow);
        _claim = client.ComputeClaimSignature(Realm, Identity, Password, _salt, _server.SrpBHex, _secretBlock, _timestamp);
        if (!_server.VerifyClaim(_srpA, Realm, Identity, _salt, _secretBlock, _timestamp, _claim))
        {
            throw new InvalidOperationException("The benchmark's SRP claim does not verify.");
        }
    }

    [Benchmark(Description = "SrpVerifier.Compute (sign-up)")]
    public BigInteger Verifier() => SrpVerifier.Compute(Realm, Identity, Password, _salt);

    [Benchmark(Description = "new SrpServer (B for a challenge)")]
    public string ServerChallenge() => new SrpServer(_verifier).SrpBHex;

    [Benchmark(Description = "SrpServer.VerifyClaim")]
    public bool VerifyClaim() => _server.VerifyClaim(_srpA, Realm, Identity, _salt, _secretBlock, _timestamp, _claim);

    // A fresh b makes the claim (made for the setup's B) fail, after exactly the work of an accepted one.
    [Benchmark(Description = "Server side of one SRP sign-in (new SrpServer + VerifyClaim)")]
    public bool ServerHandshake() =>
        new SrpServer(_verifier).VerifyClaim(_srpA, Realm, Identity, _salt, _secretBlock, _timestamp, _claim);

    [Benchmark(Description = "SrpClient: new + ComputeClaimSignature (client side, for reference)")]
    public string ClientHandshake() =>
        new SrpClient().ComputeClaimSignature(Realm, Identity, Password, _salt, _server.SrpBHex, _secretBlock, _timestamp);
}
