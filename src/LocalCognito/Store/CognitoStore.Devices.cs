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
    public Device UpdateDevice(string deviceKey, Func<Exception> whenMissing, Action<Device> change)
    {
        lock (_sync)
        {
            if (!_devices.TryGetValue(deviceKey, out var current))
            {
                throw whenMissing();
            }

            var changed = current.Copy();
            change(changed);
            Write(DeviceKind, deviceKey, changed);
            Index(changed);
            return changed;
        }
    }

    /// <summary>Removes a device if it exists and <paramref name="condition"/> holds for it; false otherwise.</summary>
    public bool DeleteDevice(string deviceKey, Func<Device, bool> condition)
    {
        lock (_sync)
        {
            return _devices.TryGetValue(deviceKey, out var device) && condition(device) && DeleteDevice(deviceKey);
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
