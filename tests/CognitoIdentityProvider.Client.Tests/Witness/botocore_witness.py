"""Independent witness for the C# client tests: serialises and signs requests with botocore.

Reads one JSON document from stdin and writes one to stdout.
  {"mode": "probe"} -> {}   (exit 3 when botocore is missing, as for every mode)
  {"mode": "serialize", "cases": [{"operation": "SignUp", "params": {...}}]}
      -> {"SignUp": {"target": ..., "contentType": ..., "body": "<json text>"} or {"error": "<validation report>"}}
  {"mode": "sign", "requests": [{"id": ..., "method", "url", "headers": {...}, "body", "amzDate",
                                 "accessKey", "secretKey", "region", "service"}]}
      -> {"<id>": "<Authorization header botocore computes>"}
  {"mode": "paginators", "operations": ["ListUsers", ...]}
      -> {"<operation>": {"input_token": ..., "output_token": ..., "limit_key": ..., "result_key": ...} or null}
  {"mode": "endpoints", "cases": [{"id": ..., "region": ..., "fips": bool, "dualStack": bool}]}
      -> {"<id>": {"url": ...} or {"error": ...}}   (botocore's rule-set engine over cognito-idp's rule set)
Nothing here talks to the network.
"""
import base64
import datetime
import json
import sys

try:
    import botocore.auth
    import botocore.awsrequest
    import botocore.credentials
    import botocore.exceptions
    import botocore.serialize
    import botocore.session
except ImportError as error:  # the C# test turns this into a clear failure
    sys.stderr.write(f"botocore is not importable: {error}\n")
    sys.exit(3)


def decode_blobs(value, shape):
    """The cases write blobs as the base64 text of the wire; botocore takes the raw bytes and encodes them itself."""
    if value is None:
        return value
    if shape.type_name == "blob":
        return base64.b64decode(value)
    if shape.type_name == "structure" and isinstance(value, dict):
        return {name: decode_blobs(item, shape.members[name]) if name in shape.members else item
                for name, item in value.items()}
    if shape.type_name == "list" and isinstance(value, list):
        return [decode_blobs(item, shape.member) for item in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return {key: decode_blobs(item, shape.value) for key, item in value.items()}
    return value


def serialize(cases):
    model = botocore.session.get_session().get_service_model("cognito-idp")
    serializer = botocore.serialize.create_serializer("json", include_validation=True)
    result = {}
    for case in cases:
        operation = model.operation_model(case["operation"])
        try:
            params = decode_blobs(case["params"], operation.input_shape)
            request = serializer.serialize_to_request(params, operation)
        except botocore.exceptions.ParamValidationError as error:
            # botocore validates the input against the model: report it for this case only.
            result[case["operation"]] = {"error": str(error)}
            continue
        body = request["body"]
        result[case["operation"]] = {
            "target": request["headers"].get("X-Amz-Target"),
            "contentType": request["headers"].get("Content-Type"),
            "body": body.decode("utf-8") if isinstance(body, bytes) else body,
        }
    return result


def sign(requests):
    result = {}
    for item in requests:
        fixed = datetime.datetime.strptime(item["amzDate"], "%Y%m%dT%H%M%SZ")
        botocore.auth.get_current_datetime = lambda remove_tzinfo=True, fixed=fixed: fixed
        credentials = botocore.credentials.Credentials(item["accessKey"], item["secretKey"])
        request = botocore.awsrequest.AWSRequest(
            method=item["method"], url=item["url"], data=item["body"].encode("utf-8"), headers=item["headers"])
        botocore.auth.SigV4Auth(credentials, item["service"], item["region"]).add_auth(request)
        result[item["id"]] = request.headers["Authorization"]
    return result


def paginators(operations):
    model = botocore.session.get_session().get_paginator_model("cognito-idp")
    result = {}
    for name in operations:
        try:
            result[name] = model.get_paginator(name)
        except ValueError:  # botocore's way of saying the operation has no paginator
            result[name] = None
    return result


def endpoints(cases):
    from botocore.endpoint_provider import EndpointProvider

    loader = botocore.session.get_session().get_component("data_loader")
    provider = EndpointProvider(
        loader.load_service_model("cognito-idp", "endpoint-rule-set-1"), loader.load_data("partitions"))
    result = {}
    for case in cases:
        try:
            url = provider.resolve_endpoint(Region=case["region"], UseFIPS=case["fips"], UseDualStack=case["dualStack"]).url
            result[case["id"]] = {"url": url}
        except botocore.exceptions.BotoCoreError as error:
            result[case["id"]] = {"error": str(error)}
    return result


def main():
    command = json.load(sys.stdin)
    if command["mode"] == "probe":
        output = {}
    elif command["mode"] == "serialize":
        output = serialize(command["cases"])
    elif command["mode"] == "sign":
        output = sign(command["requests"])
    elif command["mode"] == "paginators":
        output = paginators(command["operations"])
    elif command["mode"] == "endpoints":
        output = endpoints(command["cases"])
    else:
        raise SystemExit(f"unknown mode {command['mode']}")
    json.dump(output, sys.stdout)


if __name__ == "__main__":
    main()
