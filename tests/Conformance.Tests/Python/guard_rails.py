"""boto3 and joserfc against LocalCognito's guard rails (issue 22): per-pool signing keys, the ChangePassword limit,
the bound on sign-in sessions in progress, and a Host header that is not a host name.

Reads one JSON object on stdin: endpoint, region, accessKeyId, secretAccessKey, defaultPoolId, defaultClientId,
username, password. Prints one JSON object of observations (codes, messages, outcomes; never tokens or passwords).
"""
import http.client
import json
import sys
import urllib.parse
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet


def cognito(given):
    return boto3.client(
        "cognito-idp",
        endpoint_url=given["endpoint"],
        region_name=given["region"],
        aws_access_key_id=given["accessKeyId"],
        aws_secret_access_key=given["secretAccessKey"],
        config=Config(retries={"max_attempts": 1}),  # no retry of TooManyRequestsException
    )


def error_of(call):
    try:
        call()
        return None
    except ClientError as error:
        return {"code": error.response["Error"]["Code"], "message": error.response["Error"]["Message"]}


def pool_with_user(idp, name, username, password):
    """A pool without MFA, a client allowing USER_PASSWORD_AUTH, a confirmed user; returns (pool id, tokens)."""
    pool_id = idp.create_user_pool(PoolName=name, MfaConfiguration="OFF")["UserPool"]["Id"]
    client_id = idp.create_user_pool_client(
        UserPoolId=pool_id, ClientName=name, ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    )["UserPoolClient"]["ClientId"]
    idp.admin_create_user(UserPoolId=pool_id, Username=username, MessageAction="SUPPRESS")
    idp.admin_set_user_password(UserPoolId=pool_id, Username=username, Password=password, Permanent=True)
    tokens = idp.initiate_auth(
        ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": username, "PASSWORD": password}
    )["AuthenticationResult"]
    return pool_id, tokens


def signature_error(token, endpoint, pool_id):
    """None when the token's signature verifies against the pool's JWKS, else the joserfc error's class name."""
    with urllib.request.urlopen(f"{endpoint}/{pool_id}/.well-known/jwks.json", timeout=30) as response:
        keys = KeySet.import_key_set(json.load(response))
    try:
        jwt.decode(token, keys, algorithms=["RS256"])
        return None
    except (JoseError, ValueError) as error:
        return type(error).__name__


def host_header_status(endpoint, host):
    """The status and __type of GET /_local/outbox sent with a raw Host header."""
    url = urllib.parse.urlparse(endpoint)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.putrequest("GET", "/_local/outbox", skip_host=True)
    connection.putheader("Host", host)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    return {"status": response.status, "type": json.loads(body).get("__type") if body.startswith("{") else None}


def reset_code(endpoint, pool_id, username):
    """The latest password-reset code LocalCognito's outbox holds for the user."""
    query = urllib.parse.urlencode({"username": username, "poolId": pool_id})
    with urllib.request.urlopen(f"{endpoint}/_local/outbox?{query}", timeout=30) as response:
        codes = [m["code"] for m in json.load(response) if m["kind"] == "PASSWORD_RESET_CODE"]
    return codes[-1] if codes else None


def wrong_code(code):
    return f"{(int(code) + 1) % 1_000_000:06d}"


def main():
    given = json.load(sys.stdin)
    idp = cognito(given)
    endpoint = given["endpoint"].rstrip("/")
    username, password = given["username"], given["password"]
    observations = {}

    # Item 6: two in-memory pools, two keys.
    pool_a, tokens_a = pool_with_user(idp, "keys-a", username, password)
    pool_b, tokens_b = pool_with_user(idp, "keys-b", username, password)
    observations["ownSignature"] = signature_error(tokens_a["IdToken"], endpoint, pool_a)
    observations["crossSignatureAB"] = signature_error(tokens_a["IdToken"], endpoint, pool_b)
    observations["crossSignatureBA"] = signature_error(tokens_b["AccessToken"], endpoint, pool_a)

    # Item 2: ChangePassword, five calls an hour.
    wrong = [error_of(lambda i=i: idp.change_password(
        AccessToken=tokens_a["AccessToken"], PreviousPassword=f"Wr0ngPass{i}!", ProposedPassword="Chang3dPass!")) for i in range(5)]
    observations["wrongPreviousPasswords"] = sorted({e["code"] for e in wrong if e})
    observations["sixthChange"] = error_of(lambda: idp.change_password(
        AccessToken=tokens_a["AccessToken"], PreviousPassword=password, ProposedPassword="Chang3dPass!"))

    # Item 7: sign-ins in progress per user (the default pool requires MFA, so each answers MFA_SETUP).
    pool_id, client_id = given["defaultPoolId"], given["defaultClientId"]
    idp.admin_create_user(UserPoolId=pool_id, Username=username, MessageAction="SUPPRESS")
    idp.admin_set_user_password(UserPoolId=pool_id, Username=username, Password=password, Permanent=True)
    challenges = []
    for _ in range(20):
        challenges.append(idp.initiate_auth(
            ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": username, "PASSWORD": password}
        ).get("ChallengeName"))
    observations["first20"] = sorted(set(challenges))
    observations["twentyFirst"] = error_of(lambda: idp.initiate_auth(
        ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": username, "PASSWORD": password}))

    # Item 1: reset codes, 20 requests plus entries an hour (ForgotPassword, ConfirmForgotPassword).
    reset_user = username + "-reset"
    idp.admin_create_user(UserPoolId=pool_id, Username=reset_user, MessageAction="SUPPRESS", UserAttributes=[
        {"Name": "email", "Value": reset_user + "@example.com"}, {"Name": "email_verified", "Value": "true"}])
    idp.admin_set_user_password(UserPoolId=pool_id, Username=reset_user, Password=password, Permanent=True)
    answers = []
    for _ in range(10):
        idp.forgot_password(ClientId=client_id, Username=reset_user)
        answers.append(error_of(lambda: idp.confirm_forgot_password(
            ClientId=client_id, Username=reset_user, ConfirmationCode=wrong_code(reset_code(endpoint, pool_id, reset_user)), Password="N3wPassw0rd!")))
    observations["twentyResetAttempts"] = sorted({a["code"] for a in answers if a})
    observations["twentyFirstReset"] = error_of(lambda: idp.forgot_password(ClientId=client_id, Username=reset_user))

    # Item 3: a disabled user (the default client prevents user-existence errors).
    disabled_user = username + "-off"
    idp.admin_create_user(UserPoolId=pool_id, Username=disabled_user, MessageAction="SUPPRESS", UserAttributes=[
        {"Name": "email", "Value": disabled_user + "@example.com"}, {"Name": "email_verified", "Value": "true"}])
    idp.admin_set_user_password(UserPoolId=pool_id, Username=disabled_user, Password=password, Permanent=True)
    idp.forgot_password(ClientId=client_id, Username=disabled_user)
    earlier_code = reset_code(endpoint, pool_id, disabled_user)
    idp.admin_disable_user(UserPoolId=pool_id, Username=disabled_user)
    delivery = idp.forgot_password(ClientId=client_id, Username=disabled_user)["CodeDeliveryDetails"]
    observations["disabledForgotDelivery"] = delivery.get("DeliveryMedium")
    observations["disabledNewCodeSent"] = reset_code(endpoint, pool_id, disabled_user) != earlier_code
    observations["disabledConfirm"] = error_of(lambda: idp.confirm_forgot_password(
        ClientId=client_id, Username=disabled_user, ConfirmationCode=earlier_code, Password="N3wPassw0rd!"))

    # Item 5: a Host header that is invalid punycode.
    observations["hostXn"] = host_header_status(endpoint, "xn--")
    observations["hostDotXn"] = host_header_status(endpoint, "a.xn--")

    print(json.dumps(observations))


if __name__ == "__main__":
    main()
