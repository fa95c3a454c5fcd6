using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime.Documents;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// The look of the hosted pages: managed login branding styles (free-form JSON documents and binary assets)
/// and the classic hosted UI customization (CSS and a logo).
/// </summary>
public static partial class OperationCases
{
    private const string BrandingId = "7a3c2b1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d";

    // The first bytes of a PNG file, which travel as base64 text in JSON.
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47];

    private const string BrandingJson =
        """
        {"ManagedLoginBranding":{"ManagedLoginBrandingId":"7a3c2b1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d","UserPoolId":"us-east-1_AbC123xyZ",
          "UseCognitoProvidedValues":false,
          "Settings":{"categories":{"global":{"colorSchemeMode":"DARK","pageHeader":{"enabled":true}}},"version":2},
          "Assets":[{"Category":"PAGE_HEADER_LOGO","ColorMode":"DARK","Extension":"PNG","Bytes":"iVBORw==","ResourceId":"logo-1"}],
          "CreationDate":1700000000,"LastModifiedDate":1700003600}}
        """;

    private static Document BrandingSettings() => new(new Dictionary<string, Document>
    {
        ["categories"] = new(new Dictionary<string, Document>
        {
            ["global"] = new(new Dictionary<string, Document> { ["colorSchemeMode"] = new("DARK") }),
        }),
    });

    private static AssetType LogoAsset() => new()
    {
        Category = AssetCategoryType.PAGE_HEADER_LOGO,
        ColorMode = ColorSchemeModeType.DARK,
        Extension = AssetExtensionType.PNG,
        Bytes = new MemoryStream(PngHeader),
        ResourceId = "logo-1",
    };

    private static void VerifyBranding(ManagedLoginBrandingType branding)
    {
        Assert.Equal(BrandingId, branding.ManagedLoginBrandingId);
        Assert.Equal(PoolId, branding.UserPoolId);
        Assert.False(branding.UseCognitoProvidedValues);
        var global = branding.Settings.AsDictionary()["categories"].AsDictionary()["global"].AsDictionary();
        Assert.Equal("DARK", global["colorSchemeMode"].AsString());
        Assert.True(global["pageHeader"].AsDictionary()["enabled"].AsBool());
        Assert.Equal(2, branding.Settings.AsDictionary()["version"].AsInt());
        var asset = Assert.Single(branding.Assets);
        Assert.Equal(AssetCategoryType.PAGE_HEADER_LOGO, asset.Category);
        Assert.Equal(AssetExtensionType.PNG, asset.Extension);
        Assert.Equal(PngHeader, asset.Bytes.ToArray());
        Assert.Equal(Epoch1700000000.AddHours(1), branding.LastModifiedDate);
    }

    private static IEnumerable<OperationCase> BrandingCases()
    {
        yield return OperationCase.Create("CreateManagedLoginBranding", true,
            new CreateManagedLoginBrandingRequest
            {
                UserPoolId = PoolId,
                ClientId = ClientId,
                UseCognitoProvidedValues = false,
                Settings = BrandingSettings(),
                Assets = [LogoAsset()],
            },
            (c, r, ct) => c.CreateManagedLoginBrandingAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","UseCognitoProvidedValues":false,
             "Settings":{"categories":{"global":{"colorSchemeMode":"DARK"}}},
             "Assets":[{"Category":"PAGE_HEADER_LOGO","ColorMode":"DARK","Extension":"PNG","Bytes":"iVBORw==","ResourceId":"logo-1"}]}
            """,
            BrandingJson,
            r => VerifyBranding(r.ManagedLoginBranding));

        yield return OperationCase.Create("DescribeManagedLoginBranding", true,
            new DescribeManagedLoginBrandingRequest { UserPoolId = PoolId, ManagedLoginBrandingId = BrandingId, ReturnMergedResources = true },
            (c, r, ct) => c.DescribeManagedLoginBrandingAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ManagedLoginBrandingId":"7a3c2b1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d","ReturnMergedResources":true}""",
            BrandingJson,
            r => VerifyBranding(r.ManagedLoginBranding));

        yield return OperationCase.Create("DescribeManagedLoginBrandingByClient", true,
            new DescribeManagedLoginBrandingByClientRequest { UserPoolId = PoolId, ClientId = ClientId, ReturnMergedResources = false },
            (c, r, ct) => c.DescribeManagedLoginBrandingByClientAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","ReturnMergedResources":false}""",
            BrandingJson,
            r => VerifyBranding(r.ManagedLoginBranding));

        yield return OperationCase.Create("UpdateManagedLoginBranding", true,
            new UpdateManagedLoginBrandingRequest
            {
                UserPoolId = PoolId,
                ManagedLoginBrandingId = BrandingId,
                UseCognitoProvidedValues = false,
                Settings = BrandingSettings(),
                Assets = [LogoAsset()],
            },
            (c, r, ct) => c.UpdateManagedLoginBrandingAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ManagedLoginBrandingId":"7a3c2b1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d","UseCognitoProvidedValues":false,
             "Settings":{"categories":{"global":{"colorSchemeMode":"DARK"}}},
             "Assets":[{"Category":"PAGE_HEADER_LOGO","ColorMode":"DARK","Extension":"PNG","Bytes":"iVBORw==","ResourceId":"logo-1"}]}
            """,
            BrandingJson,
            r => VerifyBranding(r.ManagedLoginBranding));

        yield return OperationCase.Create("DeleteManagedLoginBranding", true,
            new DeleteManagedLoginBrandingRequest { UserPoolId = PoolId, ManagedLoginBrandingId = BrandingId },
            (c, r, ct) => c.DeleteManagedLoginBrandingAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ManagedLoginBrandingId":"7a3c2b1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("SetUICustomization", true,
            new SetUICustomizationRequest
            {
                UserPoolId = PoolId,
                ClientId = ClientId,
                CSS = ".banner-customizable {background-color: #1a1a2e;}",
                ImageFile = new MemoryStream(PngHeader),
            },
            (c, r, ct) => c.SetUICustomizationAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h",
             "CSS":".banner-customizable {background-color: #1a1a2e;}","ImageFile":"iVBORw=="}
            """,
            """
            {"UICustomization":{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h",
              "ImageUrl":"https://d3oia8etllorh5.cloudfront.net/us-east-1_AbC123xyZ/4tq8example3k6fn0c9a2rl6h/20231114221320/assets/images/image.png",
              "CSS":".banner-customizable {background-color: #1a1a2e;}","CSSVersion":"20231114221320",
              "CreationDate":1700000000,"LastModifiedDate":1700000000}}
            """,
            r =>
            {
                Assert.Equal(ClientId, r.UICustomization.ClientId);
                Assert.EndsWith("/assets/images/image.png", r.UICustomization.ImageUrl);
                Assert.Equal("20231114221320", r.UICustomization.CSSVersion);
                Assert.Equal(Epoch1700000000, r.UICustomization.CreationDate);
            });

        yield return OperationCase.Create("GetUICustomization", true,
            new GetUICustomizationRequest { UserPoolId = PoolId, ClientId = ClientId },
            (c, r, ct) => c.GetUICustomizationAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h"}""",
            """{"UICustomization":{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"ALL","CSS":".label-customizable {font-weight: 400;}"}}""",
            r =>
            {
                Assert.Equal("ALL", r.UICustomization.ClientId);
                Assert.Equal(".label-customizable {font-weight: 400;}", r.UICustomization.CSS);
                Assert.Null(r.UICustomization.ImageUrl);
                Assert.Null(r.UICustomization.CreationDate);
            });
    }
}
