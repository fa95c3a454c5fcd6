using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// Threat protection: the sign-in events a user produced, feedback on them, the pool's risk configuration,
/// and the legacy SMS MFA settings of a user.
/// </summary>
public static partial class OperationCases
{
    private const string NotifySourceArn = "arn:aws:ses:us-east-1:123456789012:identity/security@example.com";

    private static IEnumerable<OperationCase> ThreatProtectionCases()
    {
        yield return OperationCase.Create("AdminListUserAuthEvents", true,
            new AdminListUserAuthEventsRequest { UserPoolId = PoolId, Username = "alice", MaxResults = 2, NextToken = "ev-page-1" },
            (c, r, ct) => c.AdminListUserAuthEventsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","MaxResults":2,"NextToken":"ev-page-1"}""",
            """
            {"AuthEvents":[{"EventId":"ev-1","EventType":"SignIn","CreationDate":1700000000,"EventResponse":"Pass",
               "EventRisk":{"RiskDecision":"NoRisk","RiskLevel":"Low","CompromisedCredentialsDetected":false},
               "ChallengeResponses":[{"ChallengeName":"Password","ChallengeResponse":"Success"},{"ChallengeName":"Mfa","ChallengeResponse":"Success"}],
               "EventContextData":{"IpAddress":"203.0.113.7","DeviceName":"Firefox, Linux","Timezone":"+01:00","City":"Lyon","Country":"France"},
               "EventFeedback":{"FeedbackValue":"Valid","Provider":"Admin","FeedbackDate":1700003600}},
              {"EventId":"ev-0","EventType":"SignIn","CreationDate":1699996400,"EventResponse":"Fail",
               "ChallengeResponses":[{"ChallengeName":"Password","ChallengeResponse":"Failure"}]}],
             "NextToken":"ev-page-2"}
            """,
            r =>
            {
                Assert.Equal(["ev-1", "ev-0"], r.AuthEvents.Select(e => e.EventId));
                var passed = r.AuthEvents[0];
                Assert.Equal(EventType.SignIn, passed.EventType);
                Assert.Equal(EventResponseType.Pass, passed.EventResponse);
                Assert.Equal(RiskDecisionType.NoRisk, passed.EventRisk.RiskDecision);
                Assert.Equal(RiskLevelType.Low, passed.EventRisk.RiskLevel);
                Assert.False(passed.EventRisk.CompromisedCredentialsDetected);
                Assert.Equal([ChallengeName.Password, ChallengeName.Mfa], passed.ChallengeResponses.Select(c => c.ChallengeName));
                Assert.Equal(ChallengeResponse.Success, passed.ChallengeResponses[1].ChallengeResponse);
                Assert.Equal("203.0.113.7", passed.EventContextData.IpAddress);
                Assert.Equal("France", passed.EventContextData.Country);
                Assert.Equal(FeedbackValueType.Valid, passed.EventFeedback.FeedbackValue);
                Assert.Equal(Epoch1700000000.AddHours(1), passed.EventFeedback.FeedbackDate);
                Assert.Equal(EventResponseType.Fail, r.AuthEvents[1].EventResponse);
                Assert.Null(r.AuthEvents[1].EventRisk);
                Assert.Equal(Epoch1700000000.AddHours(-1), r.AuthEvents[1].CreationDate);
                Assert.Equal("ev-page-2", r.NextToken);
            });

        yield return OperationCase.Create("AdminUpdateAuthEventFeedback", true,
            new AdminUpdateAuthEventFeedbackRequest { UserPoolId = PoolId, Username = "alice", EventId = "ev-1", FeedbackValue = FeedbackValueType.Invalid },
            (c, r, ct) => c.AdminUpdateAuthEventFeedbackAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","EventId":"ev-1","FeedbackValue":"Invalid"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("UpdateAuthEventFeedback", false,
            new UpdateAuthEventFeedbackRequest
            {
                UserPoolId = PoolId,
                Username = "alice",
                EventId = "ev-1",
                FeedbackToken = "feedback-token",
                FeedbackValue = FeedbackValueType.Valid,
            },
            (c, r, ct) => c.UpdateAuthEventFeedbackAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","EventId":"ev-1","FeedbackToken":"feedback-token","FeedbackValue":"Valid"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("SetRiskConfiguration", true,
            new SetRiskConfigurationRequest
            {
                UserPoolId = PoolId,
                ClientId = ClientId,
                CompromisedCredentialsRiskConfiguration = new CompromisedCredentialsRiskConfigurationType
                {
                    EventFilter = ["SIGN_IN", "PASSWORD_CHANGE"],
                    Actions = new CompromisedCredentialsActionsType { EventAction = CompromisedCredentialsEventActionType.BLOCK },
                },
                AccountTakeoverRiskConfiguration = new AccountTakeoverRiskConfigurationType
                {
                    NotifyConfiguration = new NotifyConfigurationType
                    {
                        SourceArn = NotifySourceArn,
                        From = "security@example.com",
                        BlockEmail = new NotifyEmailType { Subject = "Blocked sign-in", TextBody = "We blocked a sign-in." },
                    },
                    Actions = new AccountTakeoverActionsType
                    {
                        LowAction = new AccountTakeoverActionType { EventAction = AccountTakeoverEventActionType.NO_ACTION, Notify = false },
                        HighAction = new AccountTakeoverActionType { EventAction = AccountTakeoverEventActionType.BLOCK, Notify = true },
                    },
                },
                RiskExceptionConfiguration = new RiskExceptionConfigurationType { SkippedIPRangeList = ["10.0.0.0/8"], BlockedIPRangeList = ["192.0.2.0/24"] },
            },
            (c, r, ct) => c.SetRiskConfigurationAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h",
             "CompromisedCredentialsRiskConfiguration":{"EventFilter":["SIGN_IN","PASSWORD_CHANGE"],"Actions":{"EventAction":"BLOCK"}},
             "AccountTakeoverRiskConfiguration":{
               "NotifyConfiguration":{"SourceArn":"arn:aws:ses:us-east-1:123456789012:identity/security@example.com","From":"security@example.com",
                                      "BlockEmail":{"Subject":"Blocked sign-in","TextBody":"We blocked a sign-in."}},
               "Actions":{"LowAction":{"EventAction":"NO_ACTION","Notify":false},"HighAction":{"EventAction":"BLOCK","Notify":true}}},
             "RiskExceptionConfiguration":{"SkippedIPRangeList":["10.0.0.0/8"],"BlockedIPRangeList":["192.0.2.0/24"]}}
            """,
            """
            {"RiskConfiguration":{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h",
              "CompromisedCredentialsRiskConfiguration":{"EventFilter":["SIGN_IN","PASSWORD_CHANGE"],"Actions":{"EventAction":"BLOCK"}},
              "AccountTakeoverRiskConfiguration":{"Actions":{"HighAction":{"EventAction":"BLOCK","Notify":true}},
                "NotifyConfiguration":{"SourceArn":"arn:aws:ses:us-east-1:123456789012:identity/security@example.com"}},
              "RiskExceptionConfiguration":{"BlockedIPRangeList":["192.0.2.0/24"]},"LastModifiedDate":1700000000}}
            """,
            r =>
            {
                var configuration = r.RiskConfiguration;
                Assert.Equal(ClientId, configuration.ClientId);
                Assert.Equal(["SIGN_IN", "PASSWORD_CHANGE"], configuration.CompromisedCredentialsRiskConfiguration.EventFilter);
                Assert.Equal(CompromisedCredentialsEventActionType.BLOCK, configuration.CompromisedCredentialsRiskConfiguration.Actions.EventAction);
                var high = configuration.AccountTakeoverRiskConfiguration.Actions.HighAction;
                Assert.Equal(AccountTakeoverEventActionType.BLOCK, high.EventAction);
                Assert.True(high.Notify);
                Assert.Null(configuration.AccountTakeoverRiskConfiguration.Actions.LowAction);
                Assert.Equal(NotifySourceArn, configuration.AccountTakeoverRiskConfiguration.NotifyConfiguration.SourceArn);
                Assert.Equal(["192.0.2.0/24"], configuration.RiskExceptionConfiguration.BlockedIPRangeList);
                Assert.Equal(Epoch1700000000, configuration.LastModifiedDate);
            });

        yield return OperationCase.Create("DescribeRiskConfiguration", true,
            new DescribeRiskConfigurationRequest { UserPoolId = PoolId, ClientId = ClientId },
            (c, r, ct) => c.DescribeRiskConfigurationAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h"}""",
            """{"RiskConfiguration":{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"ALL"}}""",
            r =>
            {
                Assert.Equal(PoolId, r.RiskConfiguration.UserPoolId);
                Assert.Equal("ALL", r.RiskConfiguration.ClientId);
                Assert.Null(r.RiskConfiguration.AccountTakeoverRiskConfiguration);
                Assert.Null(r.RiskConfiguration.LastModifiedDate);
            });

        yield return OperationCase.Create("AdminSetUserSettings", true,
            new AdminSetUserSettingsRequest
            {
                UserPoolId = PoolId,
                Username = "alice",
                MFAOptions = [new MFAOptionType { DeliveryMedium = DeliveryMediumType.SMS, AttributeName = "phone_number" }],
            },
            (c, r, ct) => c.AdminSetUserSettingsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","MFAOptions":[{"DeliveryMedium":"SMS","AttributeName":"phone_number"}]}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("SetUserSettings", false,
            new SetUserSettingsRequest
            {
                AccessToken = "at",
                MFAOptions = [new MFAOptionType { DeliveryMedium = DeliveryMediumType.SMS, AttributeName = "phone_number" }],
            },
            (c, r, ct) => c.SetUserSettingsAsync(r, ct),
            """{"AccessToken":"at","MFAOptions":[{"DeliveryMedium":"SMS","AttributeName":"phone_number"}]}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
