using System.Security.Cryptography;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// SignUp without a password: Cognito allows it only when the pool offers a passwordless first factor (EMAIL_OTP or
/// SMS_OTP in SignInPolicy.AllowedFirstAuthFactors); the user then signs in with codes until they set a password.
/// </summary>
public static class PasswordlessSignUp
{
    private static readonly string[] PasswordlessFactors = ["EMAIL_OTP", "SMS_OTP"];

    public static void RequireAllowed(UserPool pool)
    {
        if (!pool.AllowedFirstAuthFactors.Any(PasswordlessFactors.Contains))
        {
            throw Errors.InvalidParameter(
                "Password is required: this user pool does not allow passwordless sign-in (AllowedFirstAuthFactors has no EMAIL_OTP or SMS_OTP).");
        }
    }

    /// <summary>A password no one knows, so the password checks keep working and always fail for this user.</summary>
    public static string UnguessablePassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
