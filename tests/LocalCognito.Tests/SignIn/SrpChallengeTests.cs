using CognitoSrp;
using LocalCognito.SignIn;
using LocalCognito.Store;
using static LocalCognito.Tests.SignIn.SignInHarness;

namespace LocalCognito.Tests.SignIn;

/// <summary>PASSWORD_SRP, PASSWORD_VERIFIER, DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER, driven without Kestrel.</summary>
public sealed class SrpChallengeTests
{
    private static SignInChallenge StartSrp(SignInHarness h, SrpClient srp, string username, string? deviceKey = null) =>
        AssertChallenge("PASSWORD_VERIFIER", h.Router.Start(h.Pool, h.Client, h.Stored(username), "PASSWORD_SRP",
            new Dictionary<string, string> { ["SRP_A"] = srp.SrpAHex }, deviceKey, SignInContext.Api));

    private static Dictionary<string, string> Claim(SignInHarness h, SrpClient srp, SignInChallenge challenge, string realm, string identity,
        string password)
    {
        var p = challenge.Parameters;
        var timestamp = SrpTimestamp.Format(h.Time.GetUtcNow());
        return new Dictionary<string, string>
        {
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = p["SECRET_BLOCK"],
            ["PASSWORD_CLAIM_SIGNATURE"] = srp.ComputeClaimSignature(realm, identity, password, p["SALT"], p["SRP_B"], p["SECRET_BLOCK"], timestamp),
            ["TIMESTAMP"] = timestamp,
        };
    }

    [Fact]
    public void A_right_password_claim_signs_in()
    {
        using var h = new SignInHarness();
        h.AddUser("ann");
        var srp = new SrpClient();
        var challenge = StartSrp(h, srp, "ann");

        AssertSignedIn(h.Respond("PASSWORD_VERIFIER", challenge.Session, "ann", Claim(h, srp, challenge, h.Pool.SrpRealm, "ann", Password)));
    }

    [Fact]
    public void A_claim_made_with_a_wrong_password_is_refused_and_spends_the_session()
    {
        using var h = new SignInHarness();
        h.AddUser("ann");
        var srp = new SrpClient();
        var challenge = StartSrp(h, srp, "ann");
        var wrong = Claim(h, srp, challenge, h.Pool.SrpRealm, "ann", "Not-the-password-1");

        AssertRefused("NotAuthorizedException", "Incorrect username or password.", () => h.Respond("PASSWORD_VERIFIER", challenge.Session, "ann", wrong));
        AssertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
            () => h.Respond("PASSWORD_VERIFIER", challenge.Session, "ann", wrong));
    }

    [Fact]
    public void The_session_expires_after_the_clients_auth_session_validity()
    {
        using var h = new SignInHarness();
        h.AddUser("ann");
        var srp = new SrpClient();
        var challenge = StartSrp(h, srp, "ann");
        h.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));

        AssertRefused("NotAuthorizedException", "Invalid session for the user, session is expired.",
            () => h.Respond("PASSWORD_VERIFIER", challenge.Session, "ann", Claim(h, srp, challenge, h.Pool.SrpRealm, "ann", Password)));
    }

    [Fact]
    public void Chosen_without_srp_a_it_asks_for_it_with_the_password_srp_challenge()
    {
        using var h = new SignInHarness(pool => AllowFirstFactors(pool, "PASSWORD"));
        h.AddUser("ann");
        var asked = AssertChallenge("PASSWORD_SRP", h.Router.StartChoice(h.Pool, h.Client, h.Stored("ann"), "PASSWORD_SRP",
            new Dictionary<string, string>(), null, SignInContext.Api));
        var srp = new SrpClient();

        var challenge = AssertChallenge("PASSWORD_VERIFIER", h.Respond("PASSWORD_SRP", asked.Session, "ann", new() { ["SRP_A"] = srp.SrpAHex }));

        AssertSignedIn(h.Respond("PASSWORD_VERIFIER", challenge.Session, "ann", Claim(h, srp, challenge, h.Pool.SrpRealm, "ann", Password)));
    }

    private static void RememberDevices(Store.UserPool pool)
    {
        RequireMfa(pool);
        pool.Settings["DeviceConfiguration"] = new System.Text.Json.Nodes.JsonObject { ["ChallengeRequiredOnNewDevice"] = true };
    }

    [Fact]
    public void A_remembered_device_stands_in_for_the_mfa_code_through_its_own_srp_exchange()
    {
        using var h = new SignInHarness(RememberDevices);
        h.AddUser("ann", user => WithTotp(user));
        var device = new Device
        {
            DeviceKey = "us-east-1_00000000-0000-0000-0000-000000000001",
            DeviceGroupKey = "group",
            UserPoolId = h.Pool.Id,
            UsernameKey = "ann",
            CreateDate = h.Time.GetUtcNow(),
            LastModifiedDate = h.Time.GetUtcNow(),
        };
        var secret = DeviceSecrets.Create(device.DeviceGroupKey, device.DeviceKey);
        device.VerifierBase64 = secret.PasswordVerifier;
        device.SaltBase64 = secret.Salt;
        device.Remembered = true;
        h.Store.AddNewDevice(device, keepUnconfirmed: 10);
        h.Time.Advance(TimeSpan.FromMinutes(1));

        var asked = AssertChallenge("DEVICE_SRP_AUTH", h.StartWithPassword("ann", deviceKey: device.DeviceKey));
        var srp = new SrpClient();
        var challenge = AssertChallenge("DEVICE_PASSWORD_VERIFIER",
            h.Respond("DEVICE_SRP_AUTH", asked.Session, "ann", new() { ["DEVICE_KEY"] = device.DeviceKey, ["SRP_A"] = srp.SrpAHex }));
        var completed = AssertSignedIn(h.Respond("DEVICE_PASSWORD_VERIFIER", challenge.Session, "ann",
            Claim(h, srp, challenge, device.DeviceGroupKey, device.DeviceKey, secret.DevicePassword)));

        Assert.Equal(device.DeviceKey, completed.DeviceKey);
        Assert.Equal(h.Time.GetUtcNow(), h.Store.FindDevice(device.DeviceKey)!.LastAuthenticatedDate);
    }

    [Fact]
    public void A_device_claim_made_with_a_wrong_device_password_is_refused()
    {
        using var h = new SignInHarness(RememberDevices);
        h.AddUser("ann", user => WithTotp(user));
        var secret = DeviceSecrets.Create("group", "us-east-1_device");
        h.Store.AddNewDevice(new Device
        {
            DeviceKey = "us-east-1_device",
            DeviceGroupKey = "group",
            UserPoolId = h.Pool.Id,
            UsernameKey = "ann",
            VerifierBase64 = secret.PasswordVerifier,
            SaltBase64 = secret.Salt,
            Remembered = true,
        }, keepUnconfirmed: 10);
        var asked = AssertChallenge("DEVICE_SRP_AUTH", h.StartWithPassword("ann", deviceKey: "us-east-1_device"));
        var srp = new SrpClient();
        var challenge = AssertChallenge("DEVICE_PASSWORD_VERIFIER",
            h.Respond("DEVICE_SRP_AUTH", asked.Session, "ann", new() { ["DEVICE_KEY"] = "us-east-1_device", ["SRP_A"] = srp.SrpAHex }));

        AssertRefused("NotAuthorizedException", "Incorrect username or password.", () => h.Respond("DEVICE_PASSWORD_VERIFIER", challenge.Session, "ann",
            Claim(h, srp, challenge, "group", "us-east-1_device", "not-the-device-password")));
    }
}
