"""boto3 calls Cognito operations LocalCognito does not implement and reports how it parsed each answer.

Reads one JSON object on stdin: endpoint, region, accessKeyId, secretAccessKey, operations (model names such as
"GetCSVHeader"). Parameter validation is off, so each call reaches the server without arguments.
Prints one JSON object: for each operation, the parsed error code, message and HTTP status (or "succeeded").
"""
import json
import sys

import boto3
from botocore import xform_name
from botocore.config import Config
from botocore.exceptions import ClientError


def main():
    given = json.load(sys.stdin)
    client = boto3.client(
        "cognito-idp",
        endpoint_url=given["endpoint"],
        region_name=given["region"],
        aws_access_key_id=given["accessKeyId"],
        aws_secret_access_key=given["secretAccessKey"],
        config=Config(parameter_validation=False, retries={"max_attempts": 1}),
    )
    answers = {}
    for operation in given["operations"]:
        try:
            getattr(client, xform_name(operation))()
            answers[operation] = {"succeeded": True}
        except ClientError as error:
            answers[operation] = {
                "code": error.response["Error"]["Code"],
                "message": error.response["Error"]["Message"],
                "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
            }
    print(json.dumps(answers))


if __name__ == "__main__":
    main()
