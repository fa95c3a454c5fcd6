using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// What follows a proven password (PASSWORD, PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED): the user's status decides
/// (disabled, unconfirmed, reset required, or a temporary password to replace), then a remembered device stands in
/// for MFA (DEVICE_SRP_AUTH), else the MFA step.
/// </summary>
public sealed class AfterPassword(SignInSessions sessions, RememberedDevices devices, MfaStep mfa, TimeProvider time)
{
    public SignInOutcome Continue(SignInAttempt attempt)
    {
        var (pool, user) = (attempt.Pool, attempt.User);
        if (!user.Enabled)
        {
            throw Errors.UserDisabled();
        }

        if (user.Status == UserStatus.Unconfirmed)
        {
            throw Errors.UserNotConfirmed();
        }

        if (user.Status == UserStatus.ResetRequired)
        {
            throw LifecycleErrors.PasswordResetRequired();
        }

        if (user.Status == UserStatus.ForceChangePassword)
        {
            NewPasswordChallenge.EnsureTemporaryPasswordValid(pool, user, time.GetUtcNow());
            return new SignInChallenge(SessionStep.NewPasswordRequired, new Dictionary<string, string>
            {
                ["USER_ID_FOR_SRP"] = user.Username,
                ["requiredAttributes"] = NewPasswordChallenge.RequiredAttributesJson(pool, user),
                ["userAttributes"] = UserAttributesJson(user),
            }, sessions.Issue(attempt, SessionStep.NewPasswordRequired));
        }

        if (pool.RememberedDeviceReplacesMfa && devices.Find(pool, attempt.UsernameKey, attempt.DeviceKey) is not null)
        {
            return new SignInChallenge(SessionStep.DeviceSrpAuth, new Dictionary<string, string>(), sessions.Issue(attempt, SessionStep.DeviceSrpAuth));
        }

        return mfa.Continue(attempt);
    }

    /// <summary>An imported user has no password to check: every password sign-in is sent to the password reset.</summary>
    public static void RefuseImportedWithoutPassword(User user)
    {
        if (user.ImportedWithoutPassword && user.Status == UserStatus.ResetRequired)
        {
            throw LifecycleErrors.PasswordResetRequired();
        }
    }

    private static string UserAttributesJson(User user)
    {
        var attributes = new JsonObject();
        foreach (var attribute in user.Attributes.Where(attribute => attribute.Name != "sub"))
        {
            attributes[attribute.Name] = attribute.Value;
        }

        return attributes.ToJsonString();
    }
}
