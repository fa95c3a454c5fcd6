using System.Diagnostics.CodeAnalysis;

namespace LocalCognito.Store;

/// <summary>The changes a sign-in makes, each one atomic.</summary>
public sealed partial class CognitoStore
{
    /// <summary>
    /// Records a TOTP time step as used by a sign-in. False when the user already used this step or a later one (the
    /// code was used before), or when there is no such user (<paramref name="user"/> is then null).
    /// </summary>
    public bool TryUseTotpStep(UserPool pool, string username, long step, [NotNullWhen(true)] out User? user)
    {
        lock (_sync)
        {
            if (!TryResolve(pool, username, out var id, out var current))
            {
                user = null;
                return false;
            }

            if (step <= current.LastTotpStep)
            {
                user = current;
                return false;
            }

            var changed = current.Copy();
            changed.LastTotpStep = step;
            user = Replace(id, changed);
            return true;
        }
    }

    /// <summary>
    /// A code emailed to <paramref name="destination"/> came back: the address is proven (email_verified when it is the
    /// user's email), and when the code was for setting up email MFA, that address becomes the user's email and email
    /// MFA is turned on (preferred unless TOTP is). Null when there is no such user.
    /// </summary>
    public User? RecordEmailCodeReturned(UserPool pool, string username, string destination, bool turnOnEmailMfa, DateTimeOffset now) =>
        ChangeUser(pool, username, user =>
        {
            if (turnOnEmailMfa)
            {
                user.SetAttribute("email", destination);
                user.EmailMfaEnabled = true;
                user.EmailMfaPreferred = !user.TotpPreferred;
            }

            if (user.GetAttribute("email") == destination)
            {
                user.SetAttribute("email_verified", "true");
            }

            user.LastModifiedDate = now;
        });

    /// <summary>
    /// NEW_PASSWORD_REQUIRED answered: the new password replaces the temporary one, the answer's attributes are set, and
    /// the user is confirmed. Null when there is no such user.
    /// </summary>
    public User? ReplaceTemporaryPassword(UserPool pool, string username, StoredPassword password, IReadOnlyList<UserAttribute> attributes,
        DateTimeOffset now) =>
        ChangeUser(pool, username, user =>
        {
            foreach (var attribute in attributes)
            {
                user.SetAttribute(attribute.Name, attribute.Value);
            }

            user.Password = password;
            user.TemporaryPasswordIssuedAt = null;
            user.Status = UserStatus.Confirmed;
            user.LastModifiedDate = now;
        });

    /// <summary>A remembered device signed in; null when it no longer exists.</summary>
    public Device? RecordDeviceSignIn(string deviceKey, DateTimeOffset now)
    {
        lock (_sync)
        {
            if (!_devices.TryGetValue(deviceKey, out var current))
            {
                return null;
            }

            var changed = current.Copy();
            changed.LastAuthenticatedDate = now;
            Write(DeviceKind, deviceKey, changed);
            Index(changed);
            return changed;
        }
    }
}
