using CognitoMfaScenario.Errors;
using CognitoSrp;

namespace CognitoMfaScenario.Cognito;

/// <summary>The answer to an SRP verifier challenge (PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER): the proof of the password, not the password.</summary>
/// <param name="Signature">PASSWORD_CLAIM_SIGNATURE.</param>
/// <param name="SecretBlock">PASSWORD_CLAIM_SECRET_BLOCK, the challenge's SECRET_BLOCK handed back.</param>
/// <param name="Timestamp">TIMESTAMP, part of the signed message.</param>
public sealed record PasswordClaim(string Signature, string SecretBlock, string Timestamp)
{
    /// <summary>Signs the challenge's SALT, SRP_B and SECRET_BLOCK with the client's SRP secret.</summary>
    /// <param name="srp">The client side of this exchange (it sent SRP_A).</param>
    /// <param name="challenge">The verifier challenge.</param>
    /// <param name="realm">The pool name for users, the device group key for devices.</param>
    /// <param name="identity">USER_ID_FOR_SRP for users, the device key for devices.</param>
    /// <param name="password">The user's or the device's password; it stays on this machine.</param>
    /// <param name="now">The time for TIMESTAMP.</param>
    /// <exception cref="ScenarioException">A parameter is missing or not a usable SRP value.</exception>
    public static PasswordClaim For(SrpClient srp, SignInOutcome challenge, string realm, string identity, string password, DateTimeOffset now)
    {
        var secretBlock = challenge.RequiredParameter("SECRET_BLOCK");
        var timestamp = SrpTimestamp.Format(now);
        try
        {
            var signature = srp.ComputeClaimSignature(realm, identity, password,
                challenge.RequiredParameter("SALT"), challenge.RequiredParameter("SRP_B"), secretBlock, timestamp);
            return new PasswordClaim(signature, secretBlock, timestamp);
        }
        catch (ArgumentException exception)
        {
            throw new ScenarioException($"Cognito's {challenge.Describe} challenge carries values SRP cannot use ({exception.Message}). Check that the endpoint is a Cognito user pool service.", exception);
        }
    }
}
