namespace LocalCognito.Store;

public sealed partial class CognitoStore
{
    private readonly Dictionary<string, Device> _devices = new();
    private readonly Dictionary<string, List<Device>> _devicesByUser = new();

    public Device? FindDevice(string deviceKey)
    {
        lock (_sync)
        {
            return _devices.GetValueOrDefault(deviceKey);
        }
    }

    public IReadOnlyList<Device> Devices(string poolId, string usernameKey)
    {
        lock (_sync)
        {
            return _devicesByUser.TryGetValue(UserId(poolId, usernameKey), out var devices)
                ? devices.OrderBy(device => device.CreateDate).ThenBy(device => device.DeviceKey).ToList()
                : [];
        }
    }

    /// <summary>
    /// Records a device handed out at sign-in (NewDeviceMetadata). Clients that never confirm their devices would
    /// otherwise pile them up, so only the most recent few unconfirmed devices of a user are kept.
    /// </summary>
    public void AddNewDevice(Device device, int keepUnconfirmed)
    {
        lock (_sync)
        {
            Write(DeviceKind, device.DeviceKey, device);
            Index(device);
            var stale = Devices(device.UserPoolId, device.UsernameKey).Where(existing => !existing.Confirmed)
                .OrderByDescending(existing => existing.CreateDate).Skip(keepUnconfirmed).ToList();
            foreach (var old in stale)
            {
                DeleteDevice(old.DeviceKey);
            }
        }
    }

    /// <summary>Changes a device atomically, as <see cref="UpdateUser"/> changes a user.</summary>
    public Device UpdateDevice(string deviceKey, Func<Exception> whenMissing, Action<Device> change) =>
        ChangeOptimistically(() => FindDevice(deviceKey), device => device.Copy(), change, whenMissing, (read, changed) =>
        {
            if (!_devices.TryGetValue(deviceKey, out var current) || !ReferenceEquals(current, read))
            {
                return false;
            }

            Write(DeviceKind, deviceKey, changed);
            Index(changed);
            return true;
        });

    /// <summary>Removes one of the user's devices; false when there is no such device or it is someone else's.</summary>
    public bool DeleteUsersDevice(UserPool pool, string username, string deviceKey)
    {
        lock (_sync)
        {
            return _devices.TryGetValue(deviceKey, out var device) && device.BelongsTo(pool, username) && DeleteDevice(deviceKey);
        }
    }

    private bool DeleteDevice(string deviceKey)
    {
        if (!_devices.Remove(deviceKey, out var device))
        {
            return false;
        }

        var userId = UserId(device.UserPoolId, device.UsernameKey);
        if (_devicesByUser.TryGetValue(userId, out var devices))
        {
            devices.RemoveAll(existing => existing.DeviceKey == deviceKey);
            if (devices.Count == 0)
            {
                _devicesByUser.Remove(userId);
            }
        }

        _persistence.Delete(DeviceKind, deviceKey);
        return true;
    }

    private void Index(Device device)
    {
        _devices[device.DeviceKey] = device;
        var userId = UserId(device.UserPoolId, device.UsernameKey);
        if (!_devicesByUser.TryGetValue(userId, out var devices))
        {
            _devicesByUser[userId] = devices = [];
        }

        devices.RemoveAll(existing => existing.DeviceKey == device.DeviceKey);
        devices.Add(device);
    }
}
