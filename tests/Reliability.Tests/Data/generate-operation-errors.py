#!/usr/bin/env python3
"""Writes operation-errors.json: for every operation of the Cognito service model, the error codes the
model declares for it. The malformed-request test accepts only these (plus the protocol-level errors).
Usage: generate-operation-errors.py <cognito-idp-2016-04-18.service-2.json>"""
import json
import pathlib
import sys

model = json.loads(pathlib.Path(sys.argv[1]).read_text())
errors = {name: sorted(e["shape"] for e in op.get("errors", []))
          for name, op in sorted(model["operations"].items())}
out = pathlib.Path(__file__).with_name("operation-errors.json")
lines = [f"  {json.dumps(name)}: {json.dumps(codes)}" for name, codes in errors.items()]
out.write_text("{\n" + ",\n".join(lines) + "\n}\n")
print(f"{len(errors)} operations -> {out}")
