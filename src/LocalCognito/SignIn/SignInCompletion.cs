using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// The end of every successful sign-in: the lockout count starts again and, when the context wants tokens, tokens
/// are issued, bound to the presented device or, when the pool tracks devices and this one is new, to a new device
/// whose keys go out as NewDeviceMetadata.
/// </summary>
public sealed class SignInCompletion(
    CognitoStore store, TokenService tokens, SignInLockout lockout, AuthEventLog authEvents, ServerInfo server, TimeProvider time)
{
    private const int UnconfirmedDevicesKept = 10;

    public SignInCompleted Complete(SignInAttempt attempt)
    {
        var (pool, client, user) = (attempt.Pool, attempt.Client, attempt.User);
        var now = time.GetUtcNow();
        var knownDevice = attempt.DeviceKey is null ? null : store.FindDevice(attempt.DeviceKey);
        if (knownDevice is not null && !knownDevice.BelongsTo(pool, user.Username))
        {
            knownDevice = null;
        }

        if (!attempt.Context.IssueTokens)
        {
            lockout.SignedIn(user);
            authEvents.SignedIn(pool, user);
            return new SignInCompleted(user, now, knownDevice?.DeviceKey, AuthenticationResult: null);
        }

        var newDevice = knownDevice is null && pool.DeviceTrackingEnabled ? AddDevice(attempt, now) : null;
        var result = tokens.SignIn(pool, client, user, knownDevice?.DeviceKey ?? newDevice?.DeviceKey);
        lockout.SignedIn(user);
        authEvents.SignedIn(pool, user);
        if (newDevice is not null)
        {
            result["NewDeviceMetadata"] = new JsonObject { ["DeviceKey"] = newDevice.DeviceKey, ["DeviceGroupKey"] = newDevice.DeviceGroupKey };
        }

        return new SignInCompleted(user, now, knownDevice?.DeviceKey ?? newDevice?.DeviceKey, result);
    }

    private Device AddDevice(SignInAttempt attempt, DateTimeOffset now)
    {
        var device = new Device
        {
            DeviceKey = Ids.DeviceKey(server.Region),
            DeviceGroupKey = Ids.DeviceGroupKey(),
            UserPoolId = attempt.Pool.Id,
            UsernameKey = attempt.UsernameKey,
            CreateDate = now,
            LastModifiedDate = now,
            LastAuthenticatedDate = now,
        };
        store.AddNewDevice(device, UnconfirmedDevicesKept);
        return device;
    }
}
