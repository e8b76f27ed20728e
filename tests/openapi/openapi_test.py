# SPDX-License-Identifier: Apache-2.0
"""The OpenAPI document of `subvention serve` is a valid OpenAPI 3.1 document (the OpenAPI
Initiative's JSON Schema, Draft 2020-12, with Debian's python3-jsonschema), and the server's
answers conform to the schemas it declares for them.
Usage: openapi_test.py SUBVENTION-PROGRAM OAS-3.1-SCHEMA TEST-DATA-DIR"""
import json
import subprocess
import sys
import urllib.request

import jsonschema

program, meta_path, data = sys.argv[1:4]
failures = []

server = subprocess.Popen([program, "serve", "--listen", "127.0.0.1:0"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
url = server.stdout.readline().split(" : ", 1)[1].strip().rstrip("/")


def call(method, path, body=None, content_type=None):
    request = urllib.request.Request(url + path, data=body, method=method)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers.get("Content-Type"), json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), json.loads(e.read())


try:
    _, _, doc = call("GET", "/openapi.json")
    meta = json.load(open(meta_path, encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(meta).iter_errors(doc))
    for e in errors:
        failures.append(f"document : {'/'.join(map(str, e.path))} : {e.message[:300]}")

    def conforms(path, method, status, body):
        """`body` against the schema the document gives for this answer."""
        response = doc["paths"][path][method]["responses"][str(status)]
        media = next(iter(response["content"].values()))
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  "components": doc["components"], **media["schema"]}
        for e in jsonschema.Draft202012Validator(schema).iter_errors(body):
            failures.append(f"{method} {path} {status} : {'/'.join(map(str, e.path))} : "
                            f"{e.message[:300]}")

    apes = subprocess.run([program, "example", "apes-2023"], capture_output=True,
                          check=True).stdout
    seed = open(f"{data}/text/apes_2023.txt", "rb").read()
    csv = open(f"{data}/scdl/subventions/2.1.1/exemples/exemple_invalide_erreurs_cellules.csv",
               "rb").read()
    settle = json.dumps({"dossier": json.load(open(f"{data}/json/apes_2023_execution.json")),
                         "final_report": json.load(open(f"{data}/json/apes_2023_report_late.json")),
                         "rounding": "half_up", "rounding_point": "per_action",
                         "policies": ["proportional"], "titre_received": "2024-09-02"}).encode()
    for path, method, query, body, ctype, status in [
        ("/v1/settle", "post", "", settle, "application/json", 200),
        ("/v1/scdl/export", "post", "", json.dumps({"dossiers": [json.loads(apes)],
                                                    "attribuant_siret": "12345678200002",
                                                    "convention_date_from_deliberation": True,
                                                    "schema": "deliberations"}).encode(),
         "application/json", 200),
        ("/v1/scdl/export", "post", "", json.dumps({"dossiers": [json.loads(apes)]}).encode(),
         "application/json", 422),
        ("/v1/deminimis", "post", "?as_of=2024-01-01&amount=200000",
         open(f"{data}/aid/aids_ok.csv", "rb").read(), "text/csv", 200),
        ("/v1/deminimis", "post", "?as_of=2024-01-01", open(f"{data}/aid/aids_bad.csv", "rb").read(),
         "text/csv", 200),
        ("/v1/deminimis", "post", "?as_of=2012-01-01", b"", "text/csv", 422),
        ("/v1/settle", "post", "", b'{"rounding": "half_up"}', "application/json", 422),
        ("/v1/check", "post", "?stage=signed", apes, "application/json", 200),
        ("/v1/check", "post", "", b"{", "application/json", 400),
        ("/v1/check", "post", "?stage=x", apes, "application/json", 422),
        ("/v1/check", "post", "", apes, "text/plain", 415),
        ("/v1/check-text", "post", "", seed, "text/plain", 200),
        ("/v1/extract", "post", "", seed, "text/plain", 200),
        ("/v1/ids", "post", "?kind=siren", b'["440672020","440672021"]', "application/json", 200),
        ("/v1/amounts/parse", "post", "", '["57 000,00 €"]'.encode(), "application/json", 200),
        ("/v1/deadlines", "post", "", b'{"dates":["2024-03-20","x"],"months":6}',
         "application/json", 200),
        ("/v1/holidays", "get", "?year=2024", None, None, 200),
        ("/v1/scdl/validate", "post", "", csv, "text/csv", 200),
        ("/v1/rules", "get", "", None, None, 200),
        ("/v1/rules/{id}", "get", "", None, None, 200),
        ("/healthz", "get", "", None, None, 200),
    ]:
        concrete = path.replace("{id}", "VOTE-QUORUM") + query
        got, _, answer = call(method.upper(), concrete, body, ctype)
        if got != status:
            failures.append(f"{method} {concrete} : statut {got}, attendu {status}")
            continue
        conforms(path, method, status, answer)
finally:
    server.terminate()
    server.wait(timeout=10)

for f in failures:
    print("ÉCHEC :", f, file=sys.stderr)
if failures:
    sys.exit(1)
print("openapi_test.py : document OpenAPI 3.1 valide, réponses conformes à leurs schémas")
