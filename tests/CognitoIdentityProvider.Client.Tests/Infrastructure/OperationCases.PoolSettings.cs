using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Pool-wide settings: custom attributes, tags, log delivery and the SAML signing certificate.</summary>
public static partial class OperationCases
{
    private const string PoolArn = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123xyZ";
    private const string LogGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:cognito-notifications";

    private static IEnumerable<OperationCase> PoolSettingsCases()
    {
        yield return OperationCase.Create("AddCustomAttributes", true,
            new AddCustomAttributesRequest
            {
                UserPoolId = PoolId,
                CustomAttributes =
                [
                    new SchemaAttributeType
                    {
                        Name = "team",
                        AttributeDataType = AttributeDataType.String,
                        Mutable = true,
                        StringAttributeConstraints = new StringAttributeConstraintsType { MinLength = "1", MaxLength = "64" },
                    },
                    new SchemaAttributeType
                    {
                        Name = "level",
                        AttributeDataType = AttributeDataType.Number,
                        Mutable = false,
                        DeveloperOnlyAttribute = false,
                        NumberAttributeConstraints = new NumberAttributeConstraintsType { MinValue = "0", MaxValue = "10" },
                    },
                ],
            },
            (c, r, ct) => c.AddCustomAttributesAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","CustomAttributes":[
              {"Name":"team","AttributeDataType":"String","Mutable":true,"StringAttributeConstraints":{"MinLength":"1","MaxLength":"64"}},
              {"Name":"level","AttributeDataType":"Number","Mutable":false,"DeveloperOnlyAttribute":false,
               "NumberAttributeConstraints":{"MinValue":"0","MaxValue":"10"}}]}
            """,
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("TagResource", true,
            new TagResourceRequest { ResourceArn = PoolArn, Tags = new Dictionary<string, string> { ["project"] = "scenario", ["stage"] = "" } },
            (c, r, ct) => c.TagResourceAsync(r, ct),
            """{"ResourceArn":"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123xyZ","Tags":{"project":"scenario","stage":""}}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("UntagResource", true,
            new UntagResourceRequest { ResourceArn = PoolArn, TagKeys = ["stage", "owner"] },
            (c, r, ct) => c.UntagResourceAsync(r, ct),
            """{"ResourceArn":"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123xyZ","TagKeys":["stage","owner"]}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ListTagsForResource", true,
            new ListTagsForResourceRequest { ResourceArn = PoolArn },
            (c, r, ct) => c.ListTagsForResourceAsync(r, ct),
            """{"ResourceArn":"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123xyZ"}""",
            """{"Tags":{"project":"scenario","cost-center":"1234"}}""",
            r =>
            {
                Assert.Equal(2, r.Tags.Count);
                Assert.Equal("1234", r.Tags["cost-center"]);
            });

        yield return OperationCase.Create("SetLogDeliveryConfiguration", true,
            new SetLogDeliveryConfigurationRequest
            {
                UserPoolId = PoolId,
                LogConfigurations =
                [
                    new LogConfigurationType
                    {
                        EventSource = EventSourceName.UserNotification,
                        LogLevel = LogLevel.ERROR,
                        CloudWatchLogsConfiguration = new CloudWatchLogsConfigurationType { LogGroupArn = LogGroupArn },
                    },
                    new LogConfigurationType
                    {
                        EventSource = EventSourceName.UserAuthEvents,
                        LogLevel = LogLevel.INFO,
                        S3Configuration = new S3ConfigurationType { BucketArn = "arn:aws:s3:::cognito-auth-events" },
                    },
                ],
            },
            (c, r, ct) => c.SetLogDeliveryConfigurationAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","LogConfigurations":[
              {"EventSource":"userNotification","LogLevel":"ERROR","CloudWatchLogsConfiguration":{"LogGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:cognito-notifications"}},
              {"EventSource":"userAuthEvents","LogLevel":"INFO","S3Configuration":{"BucketArn":"arn:aws:s3:::cognito-auth-events"}}]}
            """,
            """
            {"LogDeliveryConfiguration":{"UserPoolId":"us-east-1_AbC123xyZ","LogConfigurations":[
              {"EventSource":"userNotification","LogLevel":"ERROR","CloudWatchLogsConfiguration":{"LogGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:cognito-notifications"}},
              {"EventSource":"userAuthEvents","LogLevel":"INFO","FirehoseConfiguration":{"StreamArn":"arn:aws:firehose:us-east-1:123456789012:deliverystream/auth"}}]}}
            """,
            r =>
            {
                var configuration = r.LogDeliveryConfiguration;
                Assert.Equal(PoolId, configuration.UserPoolId);
                Assert.Equal([EventSourceName.UserNotification, EventSourceName.UserAuthEvents], configuration.LogConfigurations.Select(c => c.EventSource));
                Assert.Equal(LogLevel.ERROR, configuration.LogConfigurations[0].LogLevel);
                Assert.Equal(LogGroupArn, configuration.LogConfigurations[0].CloudWatchLogsConfiguration.LogGroupArn);
                Assert.EndsWith("deliverystream/auth", configuration.LogConfigurations[1].FirehoseConfiguration.StreamArn);
                Assert.Null(configuration.LogConfigurations[1].S3Configuration);
            });

        yield return OperationCase.Create("GetLogDeliveryConfiguration", true,
            new GetLogDeliveryConfigurationRequest { UserPoolId = PoolId },
            (c, r, ct) => c.GetLogDeliveryConfigurationAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            """{"LogDeliveryConfiguration":{"UserPoolId":"us-east-1_AbC123xyZ","LogConfigurations":[]}}""",
            r =>
            {
                Assert.Equal(PoolId, r.LogDeliveryConfiguration.UserPoolId);
                Assert.Empty(r.LogDeliveryConfiguration.LogConfigurations);
            });

        yield return OperationCase.Create("GetSigningCertificate", true,
            new GetSigningCertificateRequest { UserPoolId = PoolId },
            (c, r, ct) => c.GetSigningCertificateAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            """{"Certificate":"MIICvTCCAaWgAwIBAgIJAK"}""",
            r => Assert.Equal("MIICvTCCAaWgAwIBAgIJAK", r.Certificate));
    }
}
