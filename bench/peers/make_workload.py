#!/usr/bin/env python3
"""Writes the peer-benchmark workload: four draft-07 schema shapes, each with
400 instances (about 3 in 4 valid; the invalid ones fail at varied places).

  make_workload.py OUT_DIR   ->  OUT_DIR/<shape>/schema.json, instances.jsonl

Deterministic (fixed seed), so every engine and every run sees the same bytes.
"""
import json
import os
import random
import sys

DRAFT7 = "http://json-schema.org/draft-07/schema#"
N = 400


def flat(rng):
    schema = {
        "$schema": DRAFT7,
        "type": "object",
        "required": ["id", "name", "email", "age", "score", "active", "country", "tags",
                     "created", "status", "priority", "notes", "total", "currency"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "integer", "minimum": 1},
            "name": {"type": "string", "minLength": 1, "maxLength": 200},
            "email": {"type": "string", "format": "email", "maxLength": 254},
            "age": {"type": "integer", "minimum": 0, "maximum": 150},
            "score": {"type": "number", "minimum": 0, "maximum": 100},
            "active": {"type": "boolean"},
            "country": {"enum": ["DE", "FR", "GB", "US", "JP", "BR", "IN", "CN", "ES", "IT",
                                 "NL", "SE", "PL", "MX", "CA", "AU"]},
            "tags": {"type": "array", "items": {"type": "string", "maxLength": 40},
                     "maxItems": 20, "uniqueItems": True},
            "summary": {"type": "string", "maxLength": 2000},
            "created": {"type": "string", "format": "date-time"},
            "status": {"const": "open"},
            "priority": {"type": "integer", "minimum": 1, "maximum": 5},
            "notes": {"type": ["string", "null"]},
            "total": {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.01},
            "currency": {"type": "string", "minLength": 3, "maxLength": 3},
        },
    }
    countries = schema["properties"]["country"]["enum"]
    out = []
    for i in range(N):
        inst = {
            "id": i + 1, "name": "Person %d" % i, "email": "user%d@example.com" % i,
            "age": rng.randint(0, 99), "score": round(rng.uniform(0, 100), 2),
            "active": rng.random() < 0.5, "country": rng.choice(countries),
            "tags": ["t%d" % k for k in range(rng.randint(0, 8))],
            "summary": "x" * rng.randint(0, 300),
            "created": "2024-0%d-1%dT12:3%d:00Z" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9)),
            "status": "open", "priority": rng.randint(1, 5),
            "notes": None if rng.random() < 0.5 else "note %d" % i,
            "total": rng.randint(1, 100000) / 100, "currency": "EUR",
        }
        if i % 4 == 3:
            k = (i // 4) % 6
            if k == 0: inst["currency"] = "EURO"
            elif k == 1: inst["age"] = 151
            elif k == 2: inst["country"] = "XX"
            elif k == 3: inst["extra"] = 1
            elif k == 4: inst["tags"] = ["a", "a"]
            else: inst["total"] = 12.345
        out.append(inst)
    return schema, out


def nested(rng):
    schema = {
        "$schema": DRAFT7,
        "definitions": {
            "address": {"type": "object", "required": ["street", "city", "zip"],
                        "properties": {"street": {"type": "string"}, "city": {"type": "string"},
                                       "zip": {"type": "string", "maxLength": 10}}},
            "person": {"type": "object", "required": ["name", "address"],
                       "properties": {"name": {"type": "string"},
                                      "address": {"$ref": "#/definitions/address"},
                                      "phones": {"type": "array", "items": {"type": "string"}}}},
            "item": {"type": "object", "required": ["sku", "qty", "price"],
                     "properties": {"sku": {"type": "string"},
                                    "qty": {"type": "integer", "minimum": 1},
                                    "price": {"type": "number", "minimum": 0},
                                    "options": {"type": "object",
                                                "additionalProperties": {"type": "string"}}}},
        },
        "type": "object",
        "required": ["customer", "items"],
        "properties": {
            "customer": {"$ref": "#/definitions/person"},
            "shipping": {"$ref": "#/definitions/address"},
            "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/item"}},
        },
    }
    out = []
    for i in range(N):
        items = [{"sku": "SKU-%d" % (1000 + k), "qty": rng.randint(1, 9),
                  "price": rng.randint(0, 10000) / 100,
                  "options": {"color": "red", "size": "M"}} for k in range(rng.randint(1, 12))]
        inst = {"customer": {"name": "C%d" % i, "phones": ["+1 555 0100"],
                             "address": {"street": "1 Main St", "city": "Arlington", "zip": "22201"}},
                "shipping": {"street": "2 Side St", "city": "Arlington", "zip": "22202"},
                "items": items}
        if i % 4 == 3:
            k = (i // 4) % 4
            if k == 0: items[-1]["qty"] = 0
            elif k == 1: del inst["customer"]["address"]["zip"]
            elif k == 2: items[-1]["options"]["size"] = 5
            else: inst["shipping"]["zip"] = "12345678901"
        out.append(inst)
    return schema, out


def tree(rng):
    # Recursion through "$ref": "#" (a top-level "$ref" beside "$schema" is
    # refused by the Sourcemeta CLI in draft 7).
    schema = {
        "$schema": DRAFT7,
        "type": "object", "required": ["value"],
        "properties": {"value": {"type": "integer"}, "label": {"type": "string"},
                       "children": {"type": "array", "items": {"$ref": "#"}}},
    }

    def node(depth, counter, spoil):
        counter[0] += 1
        n = {"value": counter[0], "label": "n%d" % counter[0]}
        if depth > 0:
            kids = rng.randint(1, 3)
            n["children"] = [node(depth - 1, counter, spoil and k == kids - 1) for k in range(kids)]
        elif spoil:
            n["value"] = "bad"
        return n

    out = [node(rng.randint(2, 5), [0], i % 4 == 3) for i in range(N)]
    return schema, out


def pattern(rng):
    schema = {
        "$schema": DRAFT7,
        "type": "object",
        "properties": {
            "email": {"type": "string", "pattern": "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$"},
            "phone": {"type": "string", "pattern": "^\\+?[0-9][0-9 ()-]{6,18}[0-9]$"},
            "zip": {"type": "string", "pattern": "^[0-9]{5}(-[0-9]{4})?$"},
            "date": {"type": "string",
                     "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
            "uuid": {"type": "string",
                     "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},
            "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
        },
        "patternProperties": {
            "^x-[a-z]+$": {"type": "string", "pattern": "^[A-Za-z ]*$"},
            "^n[0-9]+$": {"type": "integer"},
            "^flag_": {"type": "boolean"},
        },
        "additionalProperties": False,
    }
    out = []
    for i in range(N):
        inst = {"email": "someone%d@example.org" % i, "phone": "+49 (30) 1234-%04d" % i,
                "zip": "%05d-6789" % i, "date": "2024-0%d-2%d" % (rng.randint(1, 9), rng.randint(0, 8)),
                "uuid": "123e4567-e89b-12d3-a456-4266141%05d" % i, "slug": "a-b-c-%d" % i}
        for k in range(rng.randint(0, 6)):
            inst["x-key" + chr(97 + k)] = "Some Words Here"
        for k in range(rng.randint(0, 6)):
            inst["n%d" % k] = k * 7
        for k in range(rng.randint(0, 4)):
            inst["flag_%d" % k] = True
        if i % 4 == 3:
            k = (i // 4) % 4
            if k == 0: inst["x-last"] = "Not fine 42"
            elif k == 1: inst["zip"] = "1234"
            elif k == 2: inst["other"] = 1
            else: inst["email"] = "NoAt.example.org"
        out.append(inst)
    return schema, out


def main():
    out_dir = sys.argv[1]
    for name, make in [("flat", flat), ("nested", nested), ("tree", tree), ("pattern", pattern)]:
        rng = random.Random(20261201)
        schema, instances = make(rng)
        d = os.path.join(out_dir, name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "schema.json"), "w") as f:
            json.dump(schema, f, indent=1)
        with open(os.path.join(d, "instances.jsonl"), "w") as f:
            for inst in instances:
                f.write(json.dumps(inst, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
