namespace Conformance.Tests.Infrastructure;

/// <summary>IAM credentials handed to a client; LocalCognito accepts only its configured pair.</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey);
