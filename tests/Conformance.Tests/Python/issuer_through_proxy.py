"""boto3 through a forwarding proxy: tokens minted there verify against the discovery document fetched there.

Reads one JSON object on stdin: proxyUrl, directUrl, region, accessKeyId, secretAccessKey, username, password.
Prints one JSON object of observations (issuers, URLs and outcomes; never tokens or the password).
Everything, including pool set-up, goes through the proxy, as it would for an app that only knows the proxy.
"""
import json
import sys
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet


def cognito(url, given):
    return boto3.client(
        "cognito-idp",
        endpoint_url=url,
        region_name=given["region"],
        aws_access_key_id=given["accessKeyId"],
        aws_secret_access_key=given["secretAccessKey"],
        config=Config(retries={"max_attempts": 1}),
    )


def fetch_json(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def verify(token, keys, issuer, audience=None):
    """RS256 signature against the JWKS, then iss (and aud) against what discovery says; None when valid."""
    try:
        decoded = jwt.decode(token, keys, algorithms=["RS256"])
        expected = {"iss": {"essential": True, "value": issuer}}
        if audience is not None:
            expected["aud"] = {"essential": True, "value": audience}
        jwt.JWTClaimsRegistry(**expected).validate(decoded.claims)
        return None
    except JoseError as error:
        return f"{type(error).__name__}: {error}"


def tampered(token):
    """The same token with one character of its signature changed."""
    head, body, signature = token.split(".")
    flipped = ("A" if signature[10] != "A" else "B")
    return ".".join([head, body, signature[:10] + flipped + signature[11:]])


def main():
    given = json.load(sys.stdin)
    proxy_url = given["proxyUrl"].rstrip("/")
    via_proxy = cognito(proxy_url, given)

    pool_id = via_proxy.create_user_pool(PoolName="issuer-through-proxy", MfaConfiguration="OFF")["UserPool"]["Id"]
    client_id = via_proxy.create_user_pool_client(
        UserPoolId=pool_id,
        ClientName="app-behind-proxy",
        ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    )["UserPoolClient"]["ClientId"]
    via_proxy.admin_create_user(UserPoolId=pool_id, Username=given["username"], MessageAction="SUPPRESS")
    via_proxy.admin_set_user_password(UserPoolId=pool_id, Username=given["username"], Password=given["password"], Permanent=True)
    tokens = via_proxy.initiate_auth(
        ClientId=client_id,
        AuthFlow="USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": given["username"], "PASSWORD": given["password"]},
    )["AuthenticationResult"]

    discovery = fetch_json(f"{proxy_url}/{pool_id}/.well-known/openid-configuration")
    keys = KeySet.import_key_set(fetch_json(discovery["jwks_uri"]))
    id_claims = jwt.decode(tokens["IdToken"], keys, algorithms=["RS256"]).claims

    observations = {
        "poolId": pool_id,
        "clientId": client_id,
        "discoveryIssuer": discovery["issuer"],
        "jwksUri": discovery["jwks_uri"],
        "idTokenIssuer": id_claims.get("iss"),
        "idTokenError": verify(tokens["IdToken"], keys, discovery["issuer"], audience=client_id),
        "accessTokenError": verify(tokens["AccessToken"], keys, discovery["issuer"]),
        "tamperedIdTokenError": verify(tampered(tokens["IdToken"]), keys, discovery["issuer"], audience=client_id),
        "otherIssuerError": verify(tokens["IdToken"], keys, given["directUrl"].rstrip("/") + "/" + pool_id, audience=client_id),
    }

    # The access token minted through the proxy must work whichever address the next call uses.
    for name, url in (("getUserThroughProxy", proxy_url), ("getUserDirect", given["directUrl"])):
        try:
            observations[name] = {"username": cognito(url, given).get_user(AccessToken=tokens["AccessToken"])["Username"]}
        except ClientError as error:
            observations[name] = {"code": error.response["Error"]["Code"], "message": error.response["Error"]["Message"]}

    print(json.dumps(observations))


if __name__ == "__main__":
    main()
