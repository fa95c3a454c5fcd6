"""boto3 drives the two ways a Cognito pool signs users in by something other than a user name, and reports what it saw.

Reads one JSON object on stdin: endpoint, region, accessKeyId, secretAccessKey, suffix (makes names unique), password.
Creates its own pools: "email-username" (UsernameAttributes [email], email updates verified before they apply) and
"alias" (AliasAttributes [email, preferred_username]), both case-insensitive and auto-verifying email, each with a
LEGACY client; plus one ENABLED client for USER_AUTH with an unknown name. Codes come from LocalCognito's outbox
(GET /_local/outbox). Prints one JSON object of observations (user names, claims, error codes and messages; never
tokens, sessions, codes or passwords).
"""
import base64
import json
import sys
import urllib.parse
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

FLOWS = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]


def error_of(call):
    try:
        call()
        return {"thrown": False}
    except ClientError as error:
        return {"code": error.response["Error"]["Code"], "message": error.response["Error"]["Message"]}


def claims(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


class Run:
    def __init__(self, given):
        self.endpoint = given["endpoint"]
        self.password = given["password"]
        self.suffix = given["suffix"]
        self.idp = boto3.client(
            "cognito-idp",
            endpoint_url=self.endpoint,
            region_name=given["region"],
            aws_access_key_id=given["accessKeyId"],
            aws_secret_access_key=given["secretAccessKey"],
            config=Config(retries={"max_attempts": 1}),
        )

    def latest_code(self, pool_id, username):
        query = urllib.parse.urlencode({"username": username, "poolId": pool_id})
        with urllib.request.urlopen(urllib.parse.urljoin(self.endpoint, f"_local/outbox?{query}")) as response:
            return json.load(response)[-1]["code"]

    def pool(self, name, **settings):
        pool_id = self.idp.create_user_pool(
            PoolName=f"{name}-{self.suffix}",
            UserPoolTier="ESSENTIALS",
            AutoVerifiedAttributes=["email"],
            UsernameConfiguration={"CaseSensitive": False},
            **settings,
        )["UserPool"]["Id"]
        client_id = self.idp.create_user_pool_client(
            UserPoolId=pool_id, ClientName="app", ExplicitAuthFlows=FLOWS, PreventUserExistenceErrors="LEGACY")["UserPoolClient"]["ClientId"]
        return pool_id, client_id

    def sign_up(self, client_id, username, email, **extra):
        return self.idp.sign_up(ClientId=client_id, Username=username, Password=self.password,
                                UserAttributes=[{"Name": "email", "Value": email}] + [{"Name": k, "Value": v} for k, v in extra.items()])

    def sign_in(self, client_id, name):
        return self.idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                                      AuthParameters={"USERNAME": name, "PASSWORD": self.password})["AuthenticationResult"]

    def signed_in_as(self, client_id, name):
        """The cognito:username the id token names, or the error signing in answered."""
        try:
            return {"username": claims(self.sign_in(client_id, name)["IdToken"])["cognito:username"]}
        except ClientError as error:
            return {"code": error.response["Error"]["Code"], "message": error.response["Error"]["Message"]}


def email_as_username(run, seen):
    pool_id, client_id = run.pool("email-username", UsernameAttributes=["email"],
                                  UserAttributeUpdateSettings={"AttributesRequireVerificationBeforeUpdate": ["email"]})
    email = f"ann-{run.suffix}@example.com"
    seen["notEmail"] = error_of(lambda: run.sign_up(client_id, f"ann-{run.suffix}", email))
    sub = run.sign_up(client_id, email, email)["UserSub"]
    username = run.idp.admin_get_user(UserPoolId=pool_id, Username=email)["Username"]
    seen["generated"] = {"isSub": username == sub, "length": len(username)}
    run.idp.confirm_sign_up(ClientId=client_id, Username=email.upper(), ConfirmationCode=run.latest_code(pool_id, username))
    tokens = run.sign_in(client_id, email.upper())
    id_claims, access_claims = claims(tokens["IdToken"]), claims(tokens["AccessToken"])
    seen["tokens"] = {"cognitoUsernameIsSub": id_claims["cognito:username"] == sub, "accessUsernameIsSub": access_claims["username"] == sub,
                      "emailClaim": id_claims.get("email") == email}
    seen["duplicate"] = error_of(lambda: run.sign_up(client_id, email, email))

    new_email = f"ann-{run.suffix}@new.example.com"
    run.idp.update_user_attributes(AccessToken=tokens["AccessToken"], UserAttributes=[{"Name": "email", "Value": new_email}])
    seen["beforeVerify"] = {"old": run.signed_in_as(client_id, email), "new": run.signed_in_as(client_id, new_email)}
    run.idp.verify_user_attribute(AccessToken=tokens["AccessToken"], AttributeName="email", Code=run.latest_code(pool_id, username))
    seen["afterVerify"] = {"old": run.signed_in_as(client_id, email), "new": run.signed_in_as(client_id, new_email)}
    seen["forgotPassword"] = run.idp.forgot_password(ClientId=client_id, Username=new_email)["CodeDeliveryDetails"]["DeliveryMedium"]

    enabled = run.idp.create_user_pool_client(UserPoolId=pool_id, ClientName="enabled", ExplicitAuthFlows=FLOWS,
                                              PreventUserExistenceErrors="ENABLED")["UserPoolClient"]["ClientId"]
    stranger = run.idp.initiate_auth(ClientId=enabled, AuthFlow="USER_AUTH", AuthParameters={"USERNAME": f"nobody-{run.suffix}@example.com"})
    seen["unknownUserAuth"] = {"challenge": stranger.get("ChallengeName"), "hasSession": bool(stranger.get("Session"))}


def aliases(run, seen):
    pool_id, client_id = run.pool("alias", AliasAttributes=["email", "preferred_username"])
    shared = f"shared-{run.suffix}@example.com"
    seen["emailFormatName"] = error_of(lambda: run.sign_up(client_id, shared, shared))
    ann, bob = f"ann-{run.suffix}", f"bob-{run.suffix}"
    run.sign_up(client_id, ann, shared)
    run.idp.confirm_sign_up(ClientId=client_id, Username=ann, ConfirmationCode=run.latest_code(pool_id, ann))
    seen["byEmail"] = run.signed_in_as(client_id, shared.upper())

    run.sign_up(client_id, bob, shared)
    code = run.latest_code(pool_id, bob)
    seen["confirmTaken"] = error_of(lambda: run.idp.confirm_sign_up(ClientId=client_id, Username=bob, ConfirmationCode=code))
    run.idp.confirm_sign_up(ClientId=client_id, Username=bob, ConfirmationCode=code, ForceAliasCreation=True)
    seen["afterForce"] = run.signed_in_as(client_id, shared)
    attributes = run.idp.admin_get_user(UserPoolId=pool_id, Username=ann)["UserAttributes"]
    seen["formerHolderVerified"] = next(a["Value"] for a in attributes if a["Name"] == "email_verified")

    run.idp.admin_update_user_attributes(UserPoolId=pool_id, Username=ann, UserAttributes=[{"Name": "preferred_username", "Value": f"Annie-{run.suffix}"}])
    seen["byPreferredUsername"] = run.signed_in_as(client_id, f"annie-{run.suffix}")
    seen["bothKinds"] = error_of(lambda: run.idp.create_user_pool(PoolName=f"both-{run.suffix}", UsernameAttributes=["email"], AliasAttributes=["email"]))


def main():
    run = Run(json.load(sys.stdin))
    seen = {}
    email_as_username(run, seen)
    aliases(run, seen)
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
