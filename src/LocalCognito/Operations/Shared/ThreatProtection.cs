using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The precondition of the auth-event operations: the pool's threat protection is on (AUDIT or ENFORCED).</summary>
public static class ThreatProtection
{
    public static void Require(UserPool pool)
    {
        if (!AuthEventLog.ThreatProtectionOn(pool))
        {
            throw new CognitoException("UserPoolAddOnNotEnabledException",
                "Threat protection is not enabled for this user pool: set UserPoolAddOns.AdvancedSecurityMode to AUDIT or ENFORCED.");
        }
    }
}
