namespace CognitoSrp;

/// <summary>The realm a user's SRP verifier is computed in: the user pool's name.</summary>
public static class SrpRealm
{
    /// <summary>The pool id after the region ("us-east-1_AbC" gives "AbC").</summary>
    public static string OfUserPool(string poolId)
    {
        ArgumentNullException.ThrowIfNull(poolId);
        return poolId[(poolId.IndexOf('_', StringComparison.Ordinal) + 1)..];
    }
}
