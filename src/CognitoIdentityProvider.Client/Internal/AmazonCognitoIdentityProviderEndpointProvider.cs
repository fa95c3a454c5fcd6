using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace Amazon.CognitoIdentityProvider.Internal;

/// <summary>
/// The service's endpoint rule set (cognito-idp-2016-04-18.endpoint-rule-set-1.json of the full model) written
/// out by hand, as it is short: an explicit endpoint wins; otherwise cognito-idp[-fips].{Region}.{dnsSuffix}.
/// Cognito's dual-stack endpoints in the aws partition are the plain regional host names. The tests compare
/// this with botocore's rule engine running the published rule set.
/// </summary>
public class AmazonCognitoIdentityProviderEndpointProvider : IEndpointProvider
{
    private static readonly string[] UsFipsRegions = ["us-east-1", "us-east-2", "us-west-1", "us-west-2"];

    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var useFips = Equals(parameters["UseFIPS"], true);
        var useDualStack = Equals(parameters["UseDualStack"], true);
        var refs = new Dictionary<string, object?>
        {
            ["Region"] = parameters["Region"],
            ["UseDualStack"] = parameters["UseDualStack"],
            ["UseFIPS"] = parameters["UseFIPS"],
            ["Endpoint"] = parameters["Endpoint"],
        };

        if (Fn.IsSet(refs["Endpoint"]))
        {
            if (useFips)
            {
                throw new AmazonClientException("Invalid Configuration: FIPS and custom endpoint are not supported");
            }

            if (useDualStack)
            {
                throw new AmazonClientException("Invalid Configuration: Dualstack and custom endpoint are not supported");
            }

            return Result((string)refs["Endpoint"]!, refs);
        }
        if (!Fn.IsSet(refs["Region"]) || (refs["PartitionResult"] = Fn.Partition((string)refs["Region"]!)) == null)
        {
            throw new AmazonClientException("Invalid Configuration: Missing Region");
        }

        var partition = refs["PartitionResult"];
        var supportsFips = Equals(Fn.GetAttr(partition, "supportsFIPS"), true);
        var supportsDualStack = Equals(Fn.GetAttr(partition, "supportsDualStack"), true);
        var region = (string)refs["Region"]!;
        if (useFips && useDualStack)
        {
            if (!supportsFips || !supportsDualStack)
            {
                throw new AmazonClientException("FIPS and DualStack are enabled, but this partition does not support one or both");
            }

            return UsFipsRegions.Contains(region)
                ? Result($"https://cognito-idp-fips.{region}.amazonaws.com", refs)
                : Result(Fn.Interpolate("https://cognito-idp-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", refs), refs);
        }
        if (useFips)
        {
            if (!supportsFips)
            {
                throw new AmazonClientException("FIPS is enabled but this partition does not support FIPS");
            }

            return Result(Fn.Interpolate("https://cognito-idp-fips.{Region}.{PartitionResult#dnsSuffix}", refs), refs);
        }
        if (useDualStack)
        {
            if (!supportsDualStack)
            {
                throw new AmazonClientException("DualStack is enabled but this partition does not support DualStack");
            }

            return Equals(Fn.GetAttr(partition, "name"), "aws")
                ? Result(Fn.Interpolate("https://cognito-idp.{Region}.amazonaws.com", refs), refs)
                : Result(Fn.Interpolate("https://cognito-idp.{Region}.{PartitionResult#dualStackDnsSuffix}", refs), refs);
        }
        return Result(Fn.Interpolate("https://cognito-idp.{Region}.{PartitionResult#dnsSuffix}", refs), refs);
    }

    private static Endpoint Result(string url, Dictionary<string, object?> refs) =>
        new(url, Fn.InterpolateJson("", refs), Fn.InterpolateJson("", refs));
}
