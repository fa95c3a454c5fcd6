"""boto3 drives email MFA and choice-based sign-in (USER_AUTH) against LocalCognito and reports what it saw.

Reads one JSON object on stdin: endpoint, region, accessKeyId, secretAccessKey, suffix (makes names unique), password.
Creates its own pools: "required" (MFA ON, TOTP + email MFA, PASSWORD first factor) and "optional" (MFA OPTIONAL,
PASSWORD and EMAIL_OTP first factors), both ESSENTIALS with email through SES. Codes come from LocalCognito's
outbox (GET /_local/outbox); TOTP codes are computed here (RFC 6238). Prints one JSON object of observations
(challenge names, parameters, error codes and messages; never tokens, sessions, codes or secrets).
"""
import base64
import hashlib
import hmac
import json
import struct
import sys
import time
import urllib.parse
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

SES = {"EmailSendingAccount": "DEVELOPER", "SourceArn": "arn:aws:ses:us-east-1:000000000000:identity/no-reply@example.com"}
FLOWS = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]


def totp(secret_base32, at=None):
    key = base64.b32decode(secret_base32 + "=" * (-len(secret_base32) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def error_of(call):
    try:
        call()
        return {"thrown": False}
    except ClientError as error:
        return {"code": error.response["Error"]["Code"], "message": error.response["Error"]["Message"]}


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

    def latest(self, pool_id, username):
        query = urllib.parse.urlencode({"username": username, "poolId": pool_id})
        with urllib.request.urlopen(urllib.parse.urljoin(self.endpoint, f"_local/outbox?{query}")) as response:
            return json.load(response)[-1]

    def pool(self, name, mfa, first_factors):
        pool_id = self.idp.create_user_pool(
            PoolName=f"{name}-{self.suffix}",
            UserPoolTier="ESSENTIALS",
            AutoVerifiedAttributes=["email"],
            Schema=[{"Name": "email", "AttributeDataType": "String", "Required": True, "Mutable": True}],
            EmailConfiguration=SES,
            Policies={"SignInPolicy": {"AllowedFirstAuthFactors": first_factors}},
        )["UserPool"]["Id"]
        self.idp.set_user_pool_mfa_config(
            UserPoolId=pool_id,
            SoftwareTokenMfaConfiguration={"Enabled": True},
            EmailMfaConfiguration={"Subject": "Sign-in code", "Message": "Your code: {####}"},
            MfaConfiguration=mfa,
        )
        client_id = self.idp.create_user_pool_client(UserPoolId=pool_id, ClientName="app", ExplicitAuthFlows=FLOWS)["UserPoolClient"]["ClientId"]
        return pool_id, client_id

    def sign_up(self, pool_id, client_id, username):
        self.idp.sign_up(ClientId=client_id, Username=username, Password=self.password,
                         UserAttributes=[{"Name": "email", "Value": f"{username}@example.com"}])
        self.idp.confirm_sign_up(ClientId=client_id, Username=username, ConfirmationCode=self.latest(pool_id, username)["code"])

    def password_auth(self, client_id, username):
        return self.idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                                      AuthParameters={"USERNAME": username, "PASSWORD": self.password})

    def respond(self, client_id, name, session, **responses):
        return self.idp.respond_to_auth_challenge(ClientId=client_id, ChallengeName=name, Session=session, ChallengeResponses=responses)


def main():
    run = Run(json.load(sys.stdin))
    seen = {}

    # Email MFA set-up through MFA_SETUP, then the EMAIL_OTP challenge on the next sign-in.
    required_pool, required_client = run.pool("required", "ON", ["PASSWORD"])
    seen["mfaConfig"] = run.idp.get_user_pool_mfa_config(UserPoolId=required_pool)["EmailMfaConfiguration"]
    user = f"ed-{run.suffix}"
    run.sign_up(required_pool, required_client, user)
    setup = run.password_auth(required_client, user)
    seen["setup"] = {"challenge": setup["ChallengeName"], "canSetUp": json.loads(setup["ChallengeParameters"]["MFAS_CAN_SETUP"])}
    otp = run.respond(required_client, "MFA_SETUP", setup["Session"], USERNAME=user, EMAIL=f"{user}@example.com")
    mail = run.latest(required_pool, user)
    seen["setupCode"] = {"challenge": otp["ChallengeName"], "medium": otp["ChallengeParameters"]["CODE_DELIVERY_DELIVERY_MEDIUM"],
                         "destination": otp["ChallengeParameters"]["CODE_DELIVERY_DESTINATION"], "kind": mail["kind"],
                         "subject": mail.get("subject"), "messageHasCode": mail["code"] in mail.get("message", "")}
    done = run.respond(required_client, "EMAIL_OTP", otp["Session"], USERNAME=user, EMAIL_OTP_CODE=mail["code"])
    access = done["AuthenticationResult"]["AccessToken"]
    me = run.idp.get_user(AccessToken=access)
    seen["afterSetup"] = {"mfaList": me.get("UserMFASettingList"), "preferred": me.get("PreferredMfaSetting")}

    challenge = run.password_auth(required_client, user)
    code = run.latest(required_pool, user)["code"]
    wrong = "000000" if code != "000000" else "111111"
    seen["wrongCode"] = error_of(lambda: run.respond(required_client, "EMAIL_OTP", challenge["Session"], USERNAME=user, EMAIL_OTP_CODE=wrong))
    seen["rightCodeAfterWrong"] = "AuthenticationResult" in run.respond(
        required_client, "EMAIL_OTP", challenge["Session"], USERNAME=user, EMAIL_OTP_CODE=code)

    # TOTP added with the access token, both factors on and none preferred: SELECT_MFA_TYPE.
    secret = run.idp.associate_software_token(AccessToken=access)["SecretCode"]
    run.idp.verify_software_token(AccessToken=access, UserCode=totp(secret))
    run.idp.set_user_mfa_preference(AccessToken=access, SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": False},
                                    EmailMfaSettings={"Enabled": True, "PreferredMfa": False})
    select = run.password_auth(required_client, user)
    seen["select"] = {"challenge": select["ChallengeName"], "canChoose": json.loads(select["ChallengeParameters"]["MFAS_CAN_CHOOSE"])}
    by_email = run.respond(required_client, "SELECT_MFA_TYPE", select["Session"], USERNAME=user, ANSWER="EMAIL_OTP")
    seen["selectEmail"] = by_email["ChallengeName"]
    seen["selectEmailSignedIn"] = "AuthenticationResult" in run.respond(
        required_client, "EMAIL_OTP", by_email["Session"], USERNAME=user, EMAIL_OTP_CODE=run.latest(required_pool, user)["code"])
    select = run.password_auth(required_client, user)
    by_app = run.respond(required_client, "SELECT_MFA_TYPE", select["Session"], USERNAME=user, ANSWER="SOFTWARE_TOKEN_MFA")
    seen["selectApp"] = by_app["ChallengeName"]
    # The verifying code's time step cannot be used twice; Cognito accepts the next step's code.
    seen["selectAppSignedIn"] = "AuthenticationResult" in run.respond(
        required_client, "SOFTWARE_TOKEN_MFA", by_app["Session"], USERNAME=user, SOFTWARE_TOKEN_MFA_CODE=totp(secret, time.time() + 30))

    # USER_AUTH in the MFA-required pool: password factors only, MFA after the password.
    user_auth = run.idp.initiate_auth(ClientId=required_client, AuthFlow="USER_AUTH", AuthParameters={"USERNAME": user})
    seen["requiredAvailable"] = user_auth.get("AvailableChallenges")
    after_password = run.respond(required_client, "SELECT_CHALLENGE", user_auth["Session"], USERNAME=user, ANSWER="PASSWORD", PASSWORD=run.password)
    seen["requiredAfterPassword"] = after_password["ChallengeName"]

    # USER_AUTH with each first factor in the MFA-optional pool.
    optional_pool, optional_client = run.pool("optional", "OPTIONAL", ["PASSWORD", "EMAIL_OTP"])
    ann = f"ann-{run.suffix}"
    run.sign_up(optional_pool, optional_client, ann)
    first = run.idp.initiate_auth(ClientId=optional_client, AuthFlow="USER_AUTH", AuthParameters={"USERNAME": ann})
    seen["optional"] = {"challenge": first["ChallengeName"], "available": first.get("AvailableChallenges")}
    seen["passwordSignedIn"] = "AuthenticationResult" in run.respond(
        optional_client, "SELECT_CHALLENGE", first["Session"], USERNAME=ann, ANSWER="PASSWORD", PASSWORD=run.password)
    srp = run.idp.initiate_auth(ClientId=optional_client, AuthFlow="USER_AUTH", AuthParameters={"USERNAME": ann, "PREFERRED_CHALLENGE": "PASSWORD_SRP"})
    seen["preferredSrp"] = srp["ChallengeName"]
    emailed = run.idp.initiate_auth(ClientId=optional_client, AuthFlow="USER_AUTH", AuthParameters={"USERNAME": ann, "PREFERRED_CHALLENGE": "EMAIL_OTP"})
    sign_in_mail = run.latest(optional_pool, ann)
    seen["emailFirstFactor"] = {"challenge": emailed["ChallengeName"], "kind": sign_in_mail["kind"]}
    signed_in = run.respond(optional_client, "EMAIL_OTP", emailed["Session"], USERNAME=ann, EMAIL_OTP_CODE=sign_in_mail["code"])
    factors = run.idp.get_user_auth_factors(AccessToken=signed_in["AuthenticationResult"]["AccessToken"])
    seen["authFactors"] = factors.get("ConfiguredUserAuthFactors")
    again = run.idp.initiate_auth(ClientId=optional_client, AuthFlow="USER_AUTH", AuthParameters={"USERNAME": ann})
    seen["webAuthn"] = error_of(lambda: run.respond(optional_client, "SELECT_CHALLENGE", again["Session"], USERNAME=ann, ANSWER="WEB_AUTHN"))

    # Sign-in straight after sign-up with ConfirmSignUp's Session.
    new = f"new-{run.suffix}"
    signed_up = run.idp.sign_up(ClientId=optional_client, Username=new, Password=run.password,
                                UserAttributes=[{"Name": "email", "Value": f"{new}@example.com"}])
    confirmed = run.idp.confirm_sign_up(ClientId=optional_client, Username=new, Session=signed_up["Session"],
                                        ConfirmationCode=run.latest(optional_pool, new)["code"])
    seen["afterSignUpSignedIn"] = "AuthenticationResult" in run.idp.initiate_auth(
        ClientId=optional_client, AuthFlow="USER_AUTH", AuthParameters={"USERNAME": new}, Session=confirmed["Session"])

    print(json.dumps(seen))


if __name__ == "__main__":
    main()
