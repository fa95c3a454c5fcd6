using LocalCognito.Protocol;

namespace LocalCognito.SignIn;

/// <summary>The password claim that ends an SRP exchange (PASSWORD_VERIFIER, DEVICE_PASSWORD_VERIFIER), checked against its session.</summary>
public static class SrpClaim
{
    public static bool Verify(ChallengeAnswer answer, string realm, string identity)
    {
        var session = answer.Session;
        var signature = answer.Required("PASSWORD_CLAIM_SIGNATURE");
        var secretBlock = answer.Required("PASSWORD_CLAIM_SECRET_BLOCK");
        var timestamp = answer.Required("TIMESTAMP");
        if (secretBlock != session.SecretBlock)
        {
            throw Errors.InvalidSession();
        }

        try
        {
            return session.Srp!.VerifyClaim(session.SrpAHex!, realm, identity, session.SrpSaltHex!, secretBlock, timestamp, signature);
        }
        catch (ArgumentException)
        {
            throw Errors.InvalidParameter("SRP_A or the password claim is malformed.");
        }
        catch (FormatException)
        {
            throw Errors.InvalidParameter("SRP_A or the password claim is malformed.");
        }
    }
}
