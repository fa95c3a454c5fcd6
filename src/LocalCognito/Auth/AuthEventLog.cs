using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// The sign-in events threat protection records, as AdminListUserAuthEvents returns them (AuthEventType). Cognito
/// records them only while the pool's threat protection (UserPoolAddOns.AdvancedSecurityMode AUDIT or ENFORCED) is on,
/// and so does LocalCognito (which accepts AUDIT only: it records, never blocks). There is no risk engine here: every event is rated NoRisk / Low.
/// </summary>
public sealed class AuthEventLog(CognitoStore store, TimeProvider time, IHttpContextAccessor requests)
{
    public const string Section = "auth-events";

    public static bool ThreatProtectionOn(UserPool pool) =>
        pool.Settings["UserPoolAddOns"]?["AdvancedSecurityMode"]?.GetValue<string>() is "AUDIT" or "ENFORCED";

    /// <summary>A sign-in that ended with tokens.</summary>
    public void SignedIn(UserPool pool, User user) => Record(pool, user, "Pass", "Success");

    /// <summary>A sign-in refused at the password.</summary>
    public void PasswordFailed(UserPool pool, User user) => Record(pool, user, "Fail", "Failure");

    // Members kept with each event that the API never shows.
    public const string FeedbackTokenMember = "_FeedbackToken", SubMember = "_Sub", KeyMember = "_Key";

    /// <summary>A user's events, newest first.</summary>
    public IReadOnlyList<JsonObject> EventsOf(UserPool pool, User user) =>
        store.Documents(Section, pool.Id).Where(body => body[SubMember]?.GetValue<string>() == user.Sub).ToList();

    /// <summary>Records feedback on an event; false when the user has no such event or the token does not match.</summary>
    public bool GiveFeedback(UserPool pool, User user, string eventId, string? feedbackToken, string value, string provider)
    {
        var body = EventsOf(pool, user).FirstOrDefault(candidate => candidate["EventId"]?.GetValue<string>() == eventId);
        if (body is null)
        {
            return false;
        }

        if (feedbackToken is not null && !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(body[FeedbackTokenMember]!.GetValue<string>()), System.Text.Encoding.UTF8.GetBytes(feedbackToken)))
        {
            return false;
        }

        body["EventFeedback"] = new JsonObject { ["FeedbackValue"] = value, ["Provider"] = provider, ["FeedbackDate"] = JsonRequest.Epoch(time.GetUtcNow()) };
        return store.PutDocument(Section, pool.Id, body[KeyMember]!.GetValue<string>(), body);
    }

    /// <summary>An event as the API shows it, without LocalCognito's own bookkeeping.</summary>
    public static JsonObject View(JsonObject body)
    {
        var view = (JsonObject)body.DeepClone();
        foreach (var member in new[] { FeedbackTokenMember, SubMember, KeyMember })
        {
            view.Remove(member);
        }

        return view;
    }

    private void Record(UserPool pool, User user, string response, string passwordResult)
    {
        if (!ThreatProtectionOn(pool))
        {
            return;
        }

        var now = time.GetUtcNow();
        var eventId = Guid.NewGuid().ToString("D");
        var http = requests.HttpContext;
        var body = new JsonObject
        {
            ["EventId"] = eventId,
            ["EventType"] = "SignIn",
            ["CreationDate"] = JsonRequest.Epoch(now),
            ["EventResponse"] = response,
            ["EventRisk"] = new JsonObject { ["RiskDecision"] = "NoRisk", ["RiskLevel"] = "Low", ["CompromisedCredentialsDetected"] = false },
            ["ChallengeResponses"] = new JsonArray(new JsonObject { ["ChallengeName"] = "Password", ["ChallengeResponse"] = passwordResult }),
            ["EventContextData"] = new JsonObject
            {
                ["IpAddress"] = http?.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
                ["DeviceName"] = http?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent[..Math.Min(agent.Length, 256)] : "Unknown",
            },
            // Cognito puts this token in its notification emails; UpdateAuthEventFeedback must present it.
            [FeedbackTokenMember] = Ids.Opaque(32),
            [SubMember] = user.Sub,
        };
        // Keys sort newest first within a user, the order AdminListUserAuthEvents lists them in.
        var key = $"{user.Sub}/{long.MaxValue - now.UtcTicks:D20}/{eventId}";
        body[KeyMember] = key;
        store.PutDocument(Section, pool.Id, key, body);
    }
}
