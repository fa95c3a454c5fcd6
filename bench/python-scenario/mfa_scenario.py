"""The AWS example's Cognito MFA sign-up scenario, unattended, with boto3 (issue 14 goal 3's yardstick).

Written for this bench from the steps of the aws-doc-sdk-examples Python scenario (sign up, confirm, list users,
admin sign-in -> MFA_SETUP, AssociateSoftwareToken, VerifySoftwareToken, admin sign-in -> SOFTWARE_TOKEN_MFA,
ConfirmDevice, sign-in with the remembered device), plus deleting the user as the C# app's clean-up does.
Codes come from LocalCognito's outbox; TOTP codes and SRP are computed here (no pyotp / pycognito needed).

    python3 mfa_scenario.py ENDPOINT POOL_ID CLIENT_ID
Prints one line per step (no secrets) and exits 0 when every step did what the example expects.
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.request

import boto3
from botocore.config import Config

from srp import SrpSession, device_verifier


def totp(secret_base32, step):
    """RFC 6238 with Cognito's parameters: SHA-1, 6 digits, 30-second steps."""
    key = base64.b32decode(secret_base32 + "=" * (-len(secret_base32) % 8), casefold=True)
    digest = hmac.new(key, step.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = int.from_bytes(digest[offset:offset + 4], "big") & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def outbox_code(endpoint, user_name):
    with urllib.request.urlopen(f"{endpoint}/_local/outbox?username={user_name}") as response:
        messages = json.load(response)
    return [m for m in messages if m["kind"] == "CONFIRMATION_CODE"][-1]["code"]


def expect(condition, what):
    if not condition:
        raise SystemExit(f"unexpected: {what}")


def main(endpoint, pool_id, client_id):
    cognito = boto3.client(
        "cognito-idp", endpoint_url=endpoint, region_name=pool_id.split("_")[0],
        aws_access_key_id="local", aws_secret_access_key="local",
        config=Config(retries={"max_attempts": 1}))
    user_name = "py-user-" + os.urandom(4).hex()
    password = base64.b64encode(os.urandom(12)).decode() + "a1!A"

    signed_up = cognito.sign_up(ClientId=client_id, Username=user_name, Password=password,
                                UserAttributes=[{"Name": "email", "Value": f"{user_name}@example.com"}])
    print("1 signed up, confirmed:", signed_up["UserConfirmed"])
    sent = cognito.resend_confirmation_code(ClientId=client_id, Username=user_name)
    print("2 code resent by", sent["CodeDeliveryDetails"]["DeliveryMedium"])
    cognito.confirm_sign_up(ClientId=client_id, Username=user_name,
                            ConfirmationCode=outbox_code(endpoint, user_name))
    print("3 confirmed")
    users = cognito.list_users(UserPoolId=pool_id)["Users"]
    print("4 users listed:", len(users))

    def admin_sign_in():
        return cognito.admin_initiate_auth(UserPoolId=pool_id, ClientId=client_id,
                                           AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                                           AuthParameters={"USERNAME": user_name, "PASSWORD": password})

    challenge = admin_sign_in()
    expect(challenge.get("ChallengeName") == "MFA_SETUP", "MFA_SETUP after the first sign-in")
    print("5 signed in:", challenge["ChallengeName"])
    associated = cognito.associate_software_token(Session=challenge["Session"])
    secret = associated["SecretCode"]
    print("6 authenticator secret received")
    step = int(time.time()) // 30
    verified = cognito.verify_software_token(Session=associated["Session"], UserCode=totp(secret, step))
    expect(verified["Status"] == "SUCCESS", "VerifySoftwareToken SUCCESS")
    print("7 authenticator verified")

    challenge = admin_sign_in()
    expect(challenge.get("ChallengeName") == "SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA after set-up")
    # The code of this 30-second step is spent; Cognito accepts the next step's code.
    answered = cognito.admin_respond_to_auth_challenge(
        UserPoolId=pool_id, ClientId=client_id, ChallengeName="SOFTWARE_TOKEN_MFA", Session=challenge["Session"],
        ChallengeResponses={"USERNAME": user_name, "SOFTWARE_TOKEN_MFA_CODE": totp(secret, step + 1)})
    tokens = answered["AuthenticationResult"]
    device = tokens["NewDeviceMetadata"]
    print("8 signed in with the MFA code; new device")

    device_password, salt, verifier = device_verifier(device["DeviceGroupKey"], device["DeviceKey"])
    confirmed = cognito.confirm_device(AccessToken=tokens["AccessToken"], DeviceKey=device["DeviceKey"],
                                       DeviceSecretVerifierConfig={"PasswordVerifier": verifier, "Salt": salt},
                                       DeviceName="python-scenario")
    print("9 device confirmed, user confirmation necessary:", confirmed["UserConfirmationNecessary"])

    user_srp = SrpSession(pool_id.split("_")[1])
    started = cognito.initiate_auth(ClientId=client_id, AuthFlow="USER_SRP_AUTH", AuthParameters={
        "USERNAME": user_name, "SRP_A": user_srp.public_a_hex(), "DEVICE_KEY": device["DeviceKey"]})
    expect(started["ChallengeName"] == "PASSWORD_VERIFIER", "PASSWORD_VERIFIER")
    parameters = started["ChallengeParameters"]
    srp_user = parameters["USER_ID_FOR_SRP"]
    claim = user_srp.claim(srp_user, password, parameters)
    step_two = cognito.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName="PASSWORD_VERIFIER", Session=started.get("Session", ""),
        ChallengeResponses={"USERNAME": srp_user, "DEVICE_KEY": device["DeviceKey"], **claim})
    expect(step_two["ChallengeName"] == "DEVICE_SRP_AUTH", "DEVICE_SRP_AUTH")
    device_srp = SrpSession(device["DeviceGroupKey"])
    step_three = cognito.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName="DEVICE_SRP_AUTH", Session=step_two["Session"],
        ChallengeResponses={"USERNAME": srp_user, "DEVICE_KEY": device["DeviceKey"],
                            "SRP_A": device_srp.public_a_hex()})
    expect(step_three["ChallengeName"] == "DEVICE_PASSWORD_VERIFIER", "DEVICE_PASSWORD_VERIFIER")
    claim = device_srp.claim(device["DeviceKey"], device_password, step_three["ChallengeParameters"])
    final = cognito.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName="DEVICE_PASSWORD_VERIFIER", Session=step_three["Session"],
        ChallengeResponses={"USERNAME": srp_user, "DEVICE_KEY": device["DeviceKey"], **claim})
    expect("AccessToken" in final["AuthenticationResult"], "tokens from the remembered device")
    print("10 signed in with the remembered device, no MFA code")

    cognito.admin_delete_user(UserPoolId=pool_id, Username=user_name)
    print("11 user deleted")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
