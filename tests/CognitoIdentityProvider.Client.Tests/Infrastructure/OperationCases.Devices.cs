using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Remembered devices, for the signed-in user and for administrators.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> DevicesCases()
    {
        yield return OperationCase.Create("ConfirmDevice", false,
            new ConfirmDeviceRequest
            {
                AccessToken = "at",
                DeviceKey = "us-east-1_d1",
                DeviceName = "laptop",
                DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = "dmVyaWZpZXI=", Salt = "c2FsdA==" },
            },
            (c, r, ct) => c.ConfirmDeviceAsync(r, ct),
            """{"AccessToken":"at","DeviceKey":"us-east-1_d1","DeviceName":"laptop","DeviceSecretVerifierConfig":{"PasswordVerifier":"dmVyaWZpZXI=","Salt":"c2FsdA=="}}""",
            """{"UserConfirmationNecessary":false}""",
            r => Assert.False(r.UserConfirmationNecessary));

        yield return OperationCase.Create("ListDevices", false,
            new ListDevicesRequest { AccessToken = "at", Limit = 10 },
            (c, r, ct) => c.ListDevicesAsync(r, ct),
            """{"AccessToken":"at","Limit":10}""",
            """
            {"Devices":[{"DeviceKey":"us-east-1_d1","DeviceCreateDate":1700000000,"DeviceLastAuthenticatedDate":1700000000,
              "DeviceAttributes":[{"Name":"device_name","Value":"laptop"}]}]}
            """,
            r =>
            {
                var device = Assert.Single(r.Devices);
                Assert.Equal("us-east-1_d1", device.DeviceKey);
                Assert.Equal(Epoch1700000000, device.DeviceLastAuthenticatedDate);
                Assert.Equal("laptop", Assert.Single(device.DeviceAttributes).Value);
                Assert.Null(r.PaginationToken);
            });

        yield return OperationCase.Create("ForgetDevice", false,
            new ForgetDeviceRequest { AccessToken = "at", DeviceKey = "us-east-1_d1" },
            (c, r, ct) => c.ForgetDeviceAsync(r, ct),
            """{"AccessToken":"at","DeviceKey":"us-east-1_d1"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("GetDevice", false,
            new GetDeviceRequest { DeviceKey = "us-east-1_d1", AccessToken = "at" },
            (c, r, ct) => c.GetDeviceAsync(r, ct),
            """{"DeviceKey":"us-east-1_d1","AccessToken":"at"}""",
            """
            {"Device":{"DeviceKey":"us-east-1_d1","DeviceCreateDate":1700000000,"DeviceLastModifiedDate":1700000000.5,
              "DeviceLastAuthenticatedDate":1700003600,
              "DeviceAttributes":[{"Name":"device_status","Value":"valid"},{"Name":"device_name","Value":"laptop"},{"Name":"last_ip_used","Value":"192.0.2.1"}]}}
            """,
            r =>
            {
                Assert.Equal("us-east-1_d1", r.Device.DeviceKey);
                Assert.Equal(Epoch1700000000, r.Device.DeviceCreateDate);
                Assert.Equal(Epoch1700000000.AddMilliseconds(500), r.Device.DeviceLastModifiedDate);
                Assert.Equal(Epoch1700000000.AddHours(1), r.Device.DeviceLastAuthenticatedDate);
                Assert.Equal(["device_status", "device_name", "last_ip_used"], r.Device.DeviceAttributes.Select(a => a.Name));
                Assert.Equal("laptop", r.Device.DeviceAttributes[1].Value);
            });

        yield return OperationCase.Create("UpdateDeviceStatus", false,
            new UpdateDeviceStatusRequest { AccessToken = "at", DeviceKey = "us-east-1_d1", DeviceRememberedStatus = DeviceRememberedStatusType.Remembered },
            (c, r, ct) => c.UpdateDeviceStatusAsync(r, ct),
            """{"AccessToken":"at","DeviceKey":"us-east-1_d1","DeviceRememberedStatus":"remembered"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminGetDevice", true,
            new AdminGetDeviceRequest { DeviceKey = "us-east-1_d1", UserPoolId = PoolId, Username = "alice" },
            (c, r, ct) => c.AdminGetDeviceAsync(r, ct),
            """{"DeviceKey":"us-east-1_d1","UserPoolId":"us-east-1_AbC123xyZ","Username":"alice"}""",
            """
            {"Device":{"DeviceKey":"us-east-1_d1","DeviceCreateDate":1700000000,
              "DeviceAttributes":[{"Name":"device_status","Value":"not_remembered"},{"Name":"device_name"}]}}
            """,
            r =>
            {
                Assert.Equal(Epoch1700000000, r.Device.DeviceCreateDate);
                Assert.Null(r.Device.DeviceLastModifiedDate);
                Assert.Null(r.Device.DeviceLastAuthenticatedDate);
                Assert.Equal("not_remembered", r.Device.DeviceAttributes[0].Value);
                Assert.Null(r.Device.DeviceAttributes[1].Value);
            });

        yield return OperationCase.Create("AdminListDevices", true,
            new AdminListDevicesRequest { UserPoolId = PoolId, Username = "alice", Limit = 2, PaginationToken = "d-page-1" },
            (c, r, ct) => c.AdminListDevicesAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","Limit":2,"PaginationToken":"d-page-1"}""",
            """
            {"Devices":[{"DeviceKey":"us-east-1_d1","DeviceCreateDate":1700000000,"DeviceLastAuthenticatedDate":1700003600,"DeviceAttributes":[]},
                        {"DeviceKey":"us-east-1_d2","DeviceCreateDate":1700003600.25}],
             "PaginationToken":"d-page-2"}
            """,
            r =>
            {
                Assert.Equal(["us-east-1_d1", "us-east-1_d2"], r.Devices.Select(d => d.DeviceKey));
                Assert.Equal(Epoch1700000000.AddHours(1), r.Devices[0].DeviceLastAuthenticatedDate);
                Assert.Empty(r.Devices[0].DeviceAttributes);
                Assert.Equal(Epoch1700000000.AddHours(1).AddMilliseconds(250), r.Devices[1].DeviceCreateDate);
                Assert.Null(r.Devices[1].DeviceAttributes);
                Assert.Equal("d-page-2", r.PaginationToken);
            });

        yield return OperationCase.Create("AdminUpdateDeviceStatus", true,
            new AdminUpdateDeviceStatusRequest
            {
                UserPoolId = PoolId,
                Username = "alice",
                DeviceKey = "us-east-1_d1",
                DeviceRememberedStatus = DeviceRememberedStatusType.Not_remembered,
            },
            (c, r, ct) => c.AdminUpdateDeviceStatusAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","DeviceKey":"us-east-1_d1","DeviceRememberedStatus":"not_remembered"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminForgetDevice", true,
            new AdminForgetDeviceRequest { UserPoolId = PoolId, Username = "alice", DeviceKey = "us-east-1_d1" },
            (c, r, ct) => c.AdminForgetDeviceAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","DeviceKey":"us-east-1_d1"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
