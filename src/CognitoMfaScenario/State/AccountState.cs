using Amazon.CognitoIdentityProvider;

namespace CognitoMfaScenario.State;

/// <summary>The run's user as the steps learn it: name, password, email and status. One instance per run.</summary>
public sealed class AccountState
{
    public string Username { get; private set; } = string.Empty;

    /// <summary>Kept in memory only; never printed.</summary>
    public string Password { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    /// <summary>Whether the user existed before this run (the person chose to continue with it).</summary>
    public bool ContinuedExistingUser { get; private set; }

    /// <summary>UNCONFIRMED, CONFIRMED, … as last seen.</summary>
    public UserStatusType? Status { get; private set; }

    public bool IsConfirmed => string.Equals(Status?.Value, UserStatusType.CONFIRMED.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The clean-up deleted the user.</summary>
    public bool Deleted { get; private set; }

    /// <summary>The user this run works with.</summary>
    public void Use(string username, string password, string email = "")
    {
        Username = username;
        Password = password;
        Email = email;
    }

    /// <summary>The name was taken: the run goes on with another one.</summary>
    public void Rename(string username) => Username = username;

    /// <summary>The password changed (refused by the policy, typed again, or reset).</summary>
    public void ChangePassword(string password) => Password = password;

    /// <summary>The person chose to go on with the user that exists already.</summary>
    public void ContinueExisting() => ContinuedExistingUser = true;

    /// <summary>Records the status Cognito reported (an unknown one keeps the last seen).</summary>
    public void SawStatus(UserStatusType? status) => Status = status ?? Status;

    public void MarkDeleted() => Deleted = true;
}
