using BenchmarkDotNet.Attributes;
using OtpNet;

namespace Micro;

/// <summary>The TOTP check of every MFA sign-in: Otp.NET alone, and LocalCognito's check (window ±1 step).</summary>
[Config(typeof(ShortInProcessConfig))]
public class TotpBenchmarks
{
    private const string Secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private readonly LocalCognito.Auth.Totp _localCognito = new(TimeProvider.System);
    private string _code = "";

    [GlobalSetup]
    public void Setup() => _code = new Totp(Base32Encoding.ToBytes(Secret)).ComputeTotp(DateTime.UtcNow);

    [Benchmark(Description = "Otp.NET VerifyTotp, window ±1")]
    public bool OtpNetVerify() =>
        new Totp(Base32Encoding.ToBytes(Secret)).VerifyTotp(_code, out _, new VerificationWindow(previous: 1, future: 1));

    [Benchmark(Description = "LocalCognito Totp.MatchStep (right code)")]
    public long? LocalCognitoRightCode() => _localCognito.MatchStep(Secret, _code);

    [Benchmark(Description = "LocalCognito Totp.MatchStep (wrong code)")]
    public long? LocalCognitoWrongCode() => _localCognito.MatchStep(Secret, "000000");
}
