using CognitoSrp;
using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.SignIn.Challenges;

/// <summary>DEVICE_SRP_AUTH: a remembered device starts its SRP exchange (SRP_A); the answer is DEVICE_PASSWORD_VERIFIER.</summary>
public sealed class DeviceSrpAuthChallenge(SessionStore sessionStore, SignInSessions sessions, RememberedDevices devices) : IChallengeHandler
{
    public string ChallengeName => SessionStep.DeviceSrpAuth;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.DeviceSrpAuth];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var attempt = answer.Attempt;
        var deviceKey = answer.Required("DEVICE_KEY");
        var srpA = answer.Required("SRP_A");
        sessionStore.Consume(answer.SessionId);
        var device = devices.Find(attempt.Pool, attempt.UsernameKey, deviceKey) ?? throw Errors.ResourceNotFound("Device does not exist.");
        var saltHex = DeviceSecrets.SaltHexFromBase64(device.SaltBase64!);
        var srp = new SrpServer(DeviceSecrets.VerifierFromBase64(device.VerifierBase64!));
        var secretBlock = SessionStore.NewSecretBlock();
        var next = sessions.Issue(sessions.For(attempt with { DeviceKey = deviceKey }, SessionStep.DevicePasswordVerifier) with
        {
            Srp = srp,
            SrpAHex = srpA,
            SrpSaltHex = saltHex,
            SecretBlock = secretBlock,
        });
        return new SignInChallenge(SessionStep.DevicePasswordVerifier, new Dictionary<string, string>
        {
            ["DEVICE_KEY"] = deviceKey,
            ["SALT"] = saltHex,
            ["SECRET_BLOCK"] = secretBlock,
            ["SRP_B"] = srp.SrpBHex,
            ["USERNAME"] = attempt.User.Username,
        }, next);
    }
}
