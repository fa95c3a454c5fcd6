using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn.Challenges;

/// <summary>DEVICE_PASSWORD_VERIFIER: the device's SRP claim; proven, the device stands in for MFA and the sign-in completes.</summary>
public sealed class DevicePasswordVerifierChallenge(
    SessionStore sessions, RememberedDevices devices, CognitoStore store, SignInCompletion completion, TimeProvider time) : IChallengeHandler
{
    public string ChallengeName => SessionStep.DevicePasswordVerifier;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.DevicePasswordVerifier];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var attempt = answer.Attempt;
        sessions.Consume(answer.SessionId);
        var device = devices.Find(attempt.Pool, attempt.UsernameKey, attempt.DeviceKey) ?? throw Errors.ResourceNotFound("Device does not exist.");
        if (!SrpClaim.Verify(answer, device.DeviceGroupKey, device.DeviceKey))
        {
            throw Errors.IncorrectCredentials();
        }

        _ = store.RecordDeviceSignIn(device.DeviceKey, time.GetUtcNow()) ?? throw Errors.ResourceNotFound("Device does not exist.");
        return completion.Complete(attempt with { DeviceKey = device.DeviceKey });
    }
}
