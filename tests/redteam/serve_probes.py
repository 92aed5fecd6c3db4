#!/usr/bin/env python3
"""Round 21 (black-box): attack `stepcache serve` through its OpenAI-compatible HTTP API.

Self-contained: starts a scripted OpenAI-compatible upstream (in this process, records every
request, answers from a per-request script: answers in call order, the last repeats; a JSON
region request gets only the asked members), starts `stepcache serve` (sqlite store) and a
second one with --keys for the tenant probes, runs every probe RUNS times on the same store,
prints a verdict per judged request and exits 1 if a wrong answer was served from the cache
(x-stepcache-path reuse or patch).

  python3 tests/redteam/serve_probes.py [--stepcache PATH] [--runs 2] [--verbose]
"""
import argparse, json, os, socket, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# ---------------------------------------------------------------- scripted upstream
class Up:
    def __init__(self):
        self.script, self.calls, self.log, self.lock = [], 0, [], threading.Lock()
    def set(self, answers):
        with self.lock:
            self.script, self.calls = list(answers), 0
    def next(self, req):
        with self.lock:
            self.log.append(req)
            a = self.script[min(self.calls, len(self.script) - 1)] if self.script else "I could not find the information."
            self.calls += 1
        if isinstance(a, dict) and "_tool" in a:
            return None, a["_tool"]
        if isinstance(a, dict) and "_raw" in a:
            return a["_raw"], {"finish": a.get("_finish", "stop")}
        rf = req.get("response_format") or {}
        props = (((rf.get("json_schema") or {}).get("schema") or {}).get("properties"))
        if isinstance(a, dict):
            if props is not None and set(props) < set(a):
                a = {k: a[k] for k in props if k in a}
            a = json.dumps(a)
        return a, None

def start_upstream(up):
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def log_message(self, *a): pass
        def do_GET(self):
            self._send(200, {"object": "list", "data": [{"id": "up-model", "object": "model"}]})
        def _send(self, code, obj):
            body = json.dumps(obj).encode()
            self.send_response(code); self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
        def do_POST(self):
            n = int(self.headers.get("Content-Length") or 0)
            req = json.loads(self.rfile.read(n) or b"{}")
            content, tool = up.next(req)
            if req.get("stream"):
                self.send_response(200); self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close"); self.end_headers()
                for piece in [content[i:i + 7] for i in range(0, len(content or ""), 7)]:
                    ch = {"id": "up", "object": "chat.completion.chunk", "model": "up-model",
                          "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self.wfile.write(b"data: " + json.dumps(ch).encode() + b"\n\n")
                ch = {"id": "up", "object": "chat.completion.chunk", "model": "up-model",
                      "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(b"data: " + json.dumps(ch).encode() + b"\n\ndata: [DONE]\n\n")
                self.wfile.flush(); self.close_connection = True
                return
            msg = {"role": "assistant", "content": content}
            fin = "stop"
            if tool is not None and "finish" in tool:
                fin, tool = tool["finish"], None
            if tool is not None:
                msg["tool_calls"] = [{"id": "call_1", "type": "function",
                                      "function": {"name": tool["name"], "arguments": json.dumps(tool["arguments"])}}]
                fin = "tool_calls"
            self._send(200, {"id": "chatcmpl-up", "object": "chat.completion", "created": int(time.time()),
                             "model": req.get("model", "up-model"),
                             "choices": [{"index": 0, "message": msg, "finish_reason": fin}],
                             "usage": {"prompt_tokens": 50, "completion_tokens": 5, "total_tokens": 55}})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv.server_address[1]

def free_port():
    for p in range(18210, 18999):
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", p)); s.close(); return p
        except OSError:
            s.close()
    raise SystemExit("no free port")

# ---------------------------------------------------------------- client
def post(port, body, headers=None, path="/v1/chat/completions", timeout=60):
    r = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(),
                               headers={"Content-Type": "application/json", **(headers or {})})
    try:
        resp = urllib.request.urlopen(r, timeout=timeout)
        return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode()
    except Exception as e:  # hang / reset
        return -1, {}, repr(e)

def content_of(status, body, stream):
    """(content, finish_reason, note) of a chat completion or an SSE stream."""
    if status != 200:
        return None, None, ""
    if not stream:
        o = json.loads(body)
        ch = o["choices"][0]
        m = ch["message"]
        note = " tool_calls=%s" % json.dumps(m["tool_calls"]) if m.get("tool_calls") else ""
        return m.get("content"), ch.get("finish_reason"), note
    parts, fin, done, usage = [], None, False, False
    for line in body.splitlines():
        if not line.startswith("data: "):
            continue
        d = line[6:]
        if d == "[DONE]":
            done = True; continue
        o = json.loads(d)
        if o.get("usage"):
            usage = True
        for c in o.get("choices", []):
            parts.append((c.get("delta") or {}).get("content") or "")
            fin = c.get("finish_reason") or fin
    return "".join(parts), fin, "" if done else " NO [DONE]"

def js(schema, name="extract", strict=True):
    return {"type": "json_schema", "json_schema": {"name": name, "strict": strict, "schema": schema}}

def obj(props, req=None):
    return {"type": "object", "properties": props, "required": req if req is not None else list(props),
            "additionalProperties": False}

STR, INT, NUM = {"type": "string"}, {"type": "integer"}, {"type": "number"}
PERSON = obj({"name": STR, "age": INT})

# ---------------------------------------------------------------- probes
# A probe: (id, note, steps); a step: dict(body=..., headers=..., answers=[upstream answers in call
# order], expect=<JSON value> | ("x", value) for an equation | "ERROR" (a rejection is right) | None
# (only record), server="main"|"keys", path="/v1/chat/completions"|"/v1/stepcache/verify",
# check=callable(status, headers, body, up_calls) -> None or a problem string).
P = []
def probe(pid, note, *steps):
    P.append((pid, note, steps))
def chat(msgs, schema=None, answers=(), expect=None, headers=None, server="main", name="extract", strict=True,
         check=None, **kw):
    body = {"model": kw.pop("model", "gpt-test"), "messages": msgs}
    if schema is not None:
        body["response_format"] = js(schema, name, strict)
    body.update(kw)
    return dict(body=body, headers=headers or {}, answers=list(answers), expect=expect, server=server,
                path="/v1/chat/completions", check=check)
def verify(task, prompt, output, schema=None, answers=(), expect=None, repair=True):
    body = {"task": task, "prompt": prompt, "output": output, "repair": repair}
    if schema is not None:
        body["schema"] = schema
    return dict(body=body, headers={}, answers=list(answers), expect=expect, server="main",
                path="/v1/stepcache/verify", check=None)
def U(t): return {"role": "user", "content": t}
def Sy(t): return {"role": "system", "content": t}
def As(t): return {"role": "assistant", "content": t}
RUN = 1
UPREF = None
def not_reuse(st, h, b, calls):
    if RUN > 1:
        return None
    return "served from the cache (%s)" % h.get("x-stepcache-path") if h.get("x-stepcache-path") == "reuse" else None
def must_call_upstream(st, h, b, calls):
    return None if calls > 0 else "no upstream call (path %s)" % h.get("x-stepcache-path")

# --- 1. system prompts (the cached path replaces the client's system message with its own)
WT = "Extract the parcel weight as JSON.\nText:\nParcel weight: 12 kg (26 lb)\n"
WS = obj({"weight": NUM})
probe("d21-sys-kg", "base: system asks for kilograms",
      chat([Sy("Give every weight in kilograms."), U(WT)], WS, [{"weight": 12}], {"weight": 12}))
probe("d21-sys-lb", "system asks for pounds, same user message; model first gives the kg value",
      chat([Sy("Give every weight in pounds."), U(WT)], WS, [{"weight": 12}, {"weight": 26}], {"weight": 26}))
probe("d21-sys-lb-again", "the pounds request again",
      chat([Sy("Give every weight in pounds."), U(WT)], WS, [{"weight": 12}, {"weight": 26}], {"weight": 26}))
probe("d21-sys-dev-lb", "developer role asks for pounds",
      chat([{"role": "developer", "content": "Give every weight in pounds."}, U(WT)], WS,
           [{"weight": 12}, {"weight": 26}], {"weight": 26}))
probe("d21-sys-two", "two system messages, the second overrides the first (pounds)",
      chat([Sy("Give every weight in kilograms."), Sy("Correction: give every weight in pounds."), U(WT)], WS,
           [{"weight": 12}, {"weight": 26}], {"weight": 26}))
AT = "Extract the name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n"
probe("d21-sys-age-base", "base: no system",
      chat([U(AT)], PERSON, [{"name": "Ann Lee", "age": 31}], {"name": "Ann Lee", "age": 31}))
probe("d21-sys-age-fix", "system corrects the printed age (now 32)",
      chat([Sy("The age printed in the form below is outdated: Ann Lee turned 32 last week. Use 32."), U(AT)],
           PERSON, [{"name": "Ann Lee", "age": 31}, {"name": "Ann Lee", "age": 32}], {"name": "Ann Lee", "age": 32}))
PT = ("Extract the name and age of the person as JSON.\nText:\nName: Ann Lee\nAge: 31\n\nName: Bob Ray\nAge: 45\n")
probe("d21-sys-age-fix-again", "the same corrected request again",
      chat([Sy("The age printed in the form below is outdated: Ann Lee turned 32 last week. Use 32."), U(AT)],
           PERSON, [{"name": "Ann Lee", "age": 31}, {"name": "Ann Lee", "age": 32}], {"name": "Ann Lee", "age": 32}))
probe("d21-sys-eq-base", "base: the equation without a system message",
      chat([U("Solve for x: 3x + 5 = 20. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5),
           headers={"X-StepCache-Task": "linear_equation"}))
probe("d21-sys-eq-again", "the equation request with the typo note again",
      chat([Sy("The equation the user sends has a typo: the 20 should be 26."),
            U("Solve for x: 3x + 5 = 20. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5",
            "Step 1: 3x = 26 - 5\nStep 2: 3x = 21\nStep 3: x = 7"], ("x", 7),
           headers={"X-StepCache-Task": "linear_equation"}))
probe("d21-sys-second", "system selects the second record",
      chat([Sy("In these forms the person meant is always the LAST one listed."), U(PT)], PERSON,
           [{"name": "Ann Lee", "age": 31}, {"name": "Bob Ray", "age": 45}], {"name": "Bob Ray", "age": 45}))
probe("d21-sys-user-is", "system names the user; the user asks for 'my' record",
      chat([Sy("The user you are talking to is Bob Ray."),
            U("Extract my name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n\nName: Bob Ray\nAge: 45\n")], PERSON,
           [{"name": "Ann Lee", "age": 31}, {"name": "Bob Ray", "age": 45}], {"name": "Bob Ray", "age": 45}))
HT = "Extract the opening time of my local store as JSON.\nText:\nOslo store opens at 09:00.\nBergen store opens at 10:30.\n"
HS = obj({"opens": STR})
probe("d21-sys-oslo", "system: the user is in Oslo",
      chat([Sy("The user lives in Oslo."), U(HT)], HS, [{"opens": "09:00"}], {"opens": "09:00"}))
probe("d21-sys-bergen", "system: the user is in Bergen (same user message)",
      chat([Sy("The user lives in Bergen."), U(HT)], HS, [{"opens": "09:00"}, {"opens": "10:30"}], {"opens": "10:30"}))
probe("d21-sys-parts-lb", "a second text part in the user message asks for pounds",
      chat([{"role": "user", "content": [{"type": "text", "text": WT}, {"type": "text", "text": "Give it in pounds."}]}],
           WS, [{"weight": 12}, {"weight": 26}], {"weight": 26}))
probe("d21-sys-eq", "system says the printed 20 is a typo for 26 (equation task header)",
      chat([Sy("The equation the user sends has a typo: the 20 should be 26."),
            U("Solve for x: 3x + 5 = 20. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5",
            "Step 1: 3x = 26 - 5\nStep 2: 3x = 21\nStep 3: x = 7"], ("x", 7),
           headers={"X-StepCache-Task": "linear_equation"}))

probe("d21-sys-record-in-system", "the record sits in the system message, the user message only instructs",
      chat([Sy("Text:\nName: Vera Lind\nAge: 39\n"), U("Extract the name and age as JSON.")], PERSON,
           [{"name": "Vera Lind", "age": 39}], {"name": "Vera Lind", "age": 39}))
probe("d21-sys-record-in-system-2", "another record in the system message, the same user message",
      chat([Sy("Text:\nName: Will Roth\nAge: 71\n"), U("Extract the name and age as JSON.")], PERSON,
           [{"name": "Vera Lind", "age": 39}, {"name": "Will Roth", "age": 71}], {"name": "Will Roth", "age": 71}))
probe("d21-sys-helpful", "an irrelevant system prompt in front of a cached request (safe)",
      chat([Sy("You are a helpful assistant."), U(AT)], PERSON, [{"name": "Ann Lee", "age": 31}], {"name": "Ann Lee", "age": 31}))
probe("d21-parts-instr-after", "content parts: the text first, then an instruction asking for the mother",
      chat([{"role": "user", "content": [{"type": "text", "text": "Text:\nName: Nora Falk\nAge: 24\nMother: Ida Falk, 51\n"},
                                         {"type": "text", "text": "Extract the name and age of Nora's mother as JSON."}]}],
           PERSON, [{"name": "Nora Falk", "age": 24}, {"name": "Ida Falk", "age": 51}], {"name": "Ida Falk", "age": 51}))

def upstream_saw_system(st, h, b, calls):
    last = UPREF.log[-1] if UPREF and UPREF.log else {}
    sy = [m.get("content") for m in last.get("messages", []) if m.get("role") == "system"]
    return None if any("pounds" in (x or "") for x in sy) else "the model never saw the system message: %s" % sy
probe("d21-sys-bypass", "no task: the system message is passed through",
      chat([Sy("Give every weight in pounds."), U("How heavy is a 12 kg (26 lb) parcel?")], None, ["26 lb"], None,
           check=upstream_saw_system))
probe("d21-sys-cached-path-forward", "cached path: does the model see the client's system message?",
      chat([Sy("Give every weight in pounds."), U(WT.replace("12 kg (26 lb)", "20 kg (44 lb)"))], WS,
           [{"weight": 44}], {"weight": 44}, check=upstream_saw_system))

# --- 2. multi-turn chats
probe("d21-mt-record-earlier", "the record sits in an earlier user turn (assistant turn between)",
      chat([U("Text:\nName: Bob Ray\nAge: 45\n"), As("Got it."), U("Extract the name and age as JSON.")], PERSON,
           [{"name": "Bob Ray", "age": 45}], {"name": "Bob Ray", "age": 45}))
probe("d21-mt-two-users", "instruction and text in two user messages",
      chat([U("Text:\nName: Cy Dunn\nAge: 52\n"), U("Extract the name and age as JSON.")], PERSON,
           [{"name": "Cy Dunn", "age": 52}], {"name": "Cy Dunn", "age": 52}))
probe("d21-mt-correction", "an earlier turn says the form's age is outdated (43)",
      chat([U("Actually my age is 43 now; the form I will paste is outdated."), As("Noted, I will use 43."),
            U("Extract the name and age as JSON.\nText:\nName: Ann Lee\nAge: 42\n")], PERSON,
           [{"name": "Ann Lee", "age": 42}, {"name": "Ann Lee", "age": 43}], {"name": "Ann Lee", "age": 43}))
probe("d21-mt-bypass", "multi-turn, no task: passed through, every call reaches the model",
      chat([U("My name is Dee."), As("Hello Dee."), U("What is my name?")], None, ["Your name is Dee."],
           None, check=must_call_upstream),
      chat([U("My name is Eve."), As("Hello Eve."), U("What is my name?")], None, ["Your name is Eve."],
           None, check=must_call_upstream))
probe("d21-mt-prefill", "an assistant prefill after the user message",
      chat([U(AT), As('{"name": "Ann Lee", "age": ')], PERSON, [{"name": "Ann Lee", "age": 31}],
           {"name": "Ann Lee", "age": 31}))

# --- 3. schema changes, same messages
CT = "Extract the person as JSON.\nText:\nName: Cara Diaz\nAge: 29\nBorn: 1997\nMother: Eva Diaz, 58\n"
probe("d21-sch-base", "base person schema",
      chat([U(CT)], PERSON, [{"name": "Cara Diaz", "age": 29}], {"name": "Cara Diaz", "age": 29}))
probe("d21-sch-desc-year", "age's description asks for the birth year",
      chat([U(CT)], obj({"name": STR, "age": {"type": "integer", "description": "the year of birth (NOT the age in years)"}}),
           [{"name": "Cara Diaz", "age": 29}, {"name": "Cara Diaz", "age": 1997}], {"name": "Cara Diaz", "age": 1997}))
probe("d21-sch-rename-birth", "key age renamed to birth_year",
      chat([U(CT)], obj({"name": STR, "birth_year": INT}),
           [{"name": "Cara Diaz", "birth_year": 29}, {"name": "Cara Diaz", "birth_year": 1997}],
           {"name": "Cara Diaz", "birth_year": 1997}))
probe("d21-sch-rename-mother", "keys renamed to mother_name / mother_age",
      chat([U(CT)], obj({"mother_name": STR, "mother_age": INT}),
           [{"mother_name": "Cara Diaz", "mother_age": 29}, {"mother_name": "Eva Diaz", "mother_age": 58}],
           {"mother_name": "Eva Diaz", "mother_age": 58}))
probe("d21-sch-desc-mother", "same keys, descriptions say the mother's",
      chat([U(CT)], obj({"name": {"type": "string", "description": "the name of the person's mother"},
                         "age": {"type": "integer", "description": "the age of the person's mother"}}),
           [{"name": "Cara Diaz", "age": 29}, {"name": "Eva Diaz", "age": 58}], {"name": "Eva Diaz", "age": 58}))
probe("d21-sch-title-mother", "schema-level description says the mother",
      chat([U(CT)], dict(obj({"name": STR, "age": INT}), description="The person's MOTHER, not the person."),
           [{"name": "Cara Diaz", "age": 29}, {"name": "Eva Diaz", "age": 58}], {"name": "Eva Diaz", "age": 58}))
NT = "Extract the data as JSON.\nText:\nName: Nora Falk\nAge: 24\nMother: Ida Falk, 51\n"
probe("d21-sch-desc-base", "neutral instruction; schema description: the person named first",
      chat([U(NT)], dict(obj({"name": STR, "age": INT}), description="The person the record is about."),
           [{"name": "Nora Falk", "age": 24}], {"name": "Nora Falk", "age": 24}))
probe("d21-sch-desc-mother2", "neutral instruction; schema description now: that person's mother",
      chat([U(NT)], dict(obj({"name": STR, "age": INT}), description="The MOTHER of the person the record is about."),
           [{"name": "Nora Falk", "age": 24}, {"name": "Ida Falk", "age": 51}], {"name": "Ida Falk", "age": 51}))
probe("d21-sch-prop-desc-age-base", "property description: the person's own age",
      chat([U(NT.replace("Nora", "Rut").replace("Ida", "Siv"))], obj({"name": STR, "age": {"type": "integer", "description": "the person's own age"}}),
           [{"name": "Rut Falk", "age": 24}], {"name": "Rut Falk", "age": 24}))
probe("d21-sch-prop-desc-age-mother", "only age's description changes: the mother's age",
      chat([U(NT.replace("Nora", "Rut").replace("Ida", "Siv"))], obj({"name": STR, "age": {"type": "integer", "description": "the age of the person's mother"}}),
           [{"name": "Rut Falk", "age": 24}, {"name": "Rut Falk", "age": 51}], {"name": "Rut Falk", "age": 51}))
UT = "Extract the parcel weight as JSON.\nText:\nParcel 7 weight: 15 kg (33 lb)\n"
probe("d21-sch-unit-kg", "weight's description: kilograms",
      chat([U(UT)], obj({"weight": {"type": "number", "description": "in kilograms"}}), [{"weight": 15}], {"weight": 15}))
probe("d21-sch-unit-lb", "weight's description: pounds",
      chat([U(UT)], obj({"weight": {"type": "number", "description": "in pounds"}}), [{"weight": 15}, {"weight": 33}], {"weight": 33}))
probe("d21-sch-unit-key-lb", "key renamed weight_lb",
      chat([U(UT)], obj({"weight_lb": NUM}), [{"weight_lb": 15}, {"weight_lb": 33}], {"weight_lb": 33}))
XT = "Extract the data as JSON.\nText:\nName: Uma Berg\nAge: 19\nMother: Tove Berg, 47\n"
probe("d21-rf-desc-base", "response_format.json_schema without a description",
      chat([U(XT)], PERSON, [{"name": "Uma Berg", "age": 19}], {"name": "Uma Berg", "age": 19}))
def rf_desc(st, h, b, calls):
    last = UPREF.log[-1] if UPREF and UPREF.log and calls else None
    if last is None:
        return None
    d = ((last.get("response_format") or {}).get("json_schema") or {}).get("description")
    return None if d else "json_schema.description not forwarded to the model"
r21_c = chat([U(XT)], PERSON, [{"name": "Uma Berg", "age": 19}, {"name": "Tove Berg", "age": 47}],
             {"name": "Tove Berg", "age": 47}, check=rf_desc)
r21_c["body"]["response_format"]["json_schema"]["description"] = "The MOTHER of the person the record is about."
probe("d21-rf-desc-mother", "OpenAI's response_format.json_schema.description now says: the mother", r21_c)
DT = "Extract the invoice date as JSON.\nText:\nInvoice date: 03/04/2025\n"
probe("d21-sch-date-us", "date description: the source writes month first",
      chat([U(DT)], obj({"date": {"type": "string", "description": "ISO 8601 (YYYY-MM-DD). The source writes dates month first (MM/DD/YYYY)."}}),
           [{"date": "2025-03-04"}], {"date": "2025-03-04"}))
probe("d21-sch-date-eu", "date description: the source writes day first",
      chat([U(DT)], obj({"date": {"type": "string", "description": "ISO 8601 (YYYY-MM-DD). The source writes dates day first (DD/MM/YYYY)."}}),
           [{"date": "2025-03-04"}, {"date": "2025-04-03"}], {"date": "2025-04-03"}))
probe("d21-sch-name-mother", "only the schema NAME changes: 'mother'",
      chat([U(CT)], PERSON, [{"name": "Cara Diaz", "age": 29}], {"name": "Cara Diaz", "age": 29}, name="mother"))
probe("d21-sch-rename-safe", "age renamed to age_years (safe)",
      chat([U(CT)], obj({"name": STR, "age_years": INT}), [{"name": "Cara Diaz", "age_years": 29}],
           {"name": "Cara Diaz", "age_years": 29}))
probe("d21-sch-nonstrict", "strict false, schema name differs (safe)",
      chat([U(CT)], PERSON, [{"name": "Cara Diaz", "age": 29}], {"name": "Cara Diaz", "age": 29},
           name="person_v2", strict=False))
probe("d21-sch-string-age", "age now a string",
      chat([U(CT)], obj({"name": STR, "age": STR}), [{"name": "Cara Diaz", "age": 29}, {"name": "Cara Diaz", "age": "29"}],
           {"name": "Cara Diaz", "age": "29"}))
ET = "Extract the ticket status as JSON.\nText:\nTicket 881: status on hold since Monday.\n"
probe("d21-sch-enum-base", "enum lower case",
      chat([U(ET)], obj({"status": {"type": "string", "enum": ["open", "on hold", "closed"]}}),
           [{"status": "on hold"}], {"status": "on hold"}))
probe("d21-sch-enum-codes", "enum of codes: HOLD",
      chat([U(ET)], obj({"status": {"type": "string", "enum": ["OPEN", "HOLD", "CLOSED"]}}),
           [{"status": "on hold"}, {"status": "HOLD"}], {"status": "HOLD"}))
probe("d21-sch-enum-reorder", "enum reordered (safe)",
      chat([U(ET)], obj({"status": {"type": "string", "enum": ["closed", "on hold", "open"]}}),
           [{"status": "on hold"}], {"status": "on hold"}))
probe("d21-sch-required-less", "age no longer required (safe: both values still right)",
      chat([U(CT)], obj({"name": STR, "age": INT}, ["name"]), [{"name": "Cara Diaz", "age": 29}],
           {"name": "Cara Diaz", "age": 29}))
probe("d21-sch-add-born", "a property added",
      chat([U(CT)], obj({"name": STR, "age": INT, "born": INT}), [{"name": "Cara Diaz", "age": 29, "born": 1997}],
           {"name": "Cara Diaz", "age": 29, "born": 1997}))

# --- 4. parameters
FT = "Extract the name and age as JSON.\nText:\nName: Finn Holt\nAge: 38\n"
FA = {"name": "Finn Holt", "age": 38}
def finish_is(expected):
    def c(st, h, b, calls):
        if st != 200:
            return None
        f = json.loads(b)["choices"][0].get("finish_reason")
        return None if f == expected else "finish_reason %s (a model honouring the request gives %s)" % (f, expected)
    return c
probe("d21-par-base", "base", chat([U(FT)], PERSON, [FA], FA))
probe("d21-par-max-tokens", "max_tokens 4: a model stops after 4 tokens (finish_reason length)",
      chat([U(FT)], PERSON, [FA], None, max_tokens=4, check=finish_is("length")))
probe("d21-par-stop", "stop at ', \"age\"': the model's text would end before the age",
      chat([U(FT)], PERSON, [FA], None, stop=[', "age"', ',"age"'], check=lambda st, h, b, c:
           None if st != 200 or "38" not in (json.loads(b)["choices"][0]["message"]["content"] or "")
           else "stop sequence ignored: %s" % json.loads(b)["choices"][0]["message"]["content"]))
probe("d21-par-model", "another model name: the entry written for gpt-test is served for it",
      chat([U(FT)], PERSON, [FA], FA, model="gpt-other", check=lambda st, h, b, c:
           "path %s, model in the answer %s" % (h.get("x-stepcache-path"), json.loads(b).get("model")) if RUN == 1 and st == 200 and c == 0 else None))
probe("d21-par-temp", "temperature 1.3",
      chat([U(FT)], PERSON, [FA], FA, temperature=1.3))
probe("d21-par-n2", "n = 2", chat([U(FT)], PERSON, [FA], "ERROR", n=2))
probe("d21-par-logprobs", "logprobs", chat([U(FT)], PERSON, [FA], "ERROR", logprobs=True, top_logprobs=2))
TOOLS = [{"type": "function", "function": {"name": "save_person", "parameters": PERSON}}]
probe("d21-par-tools-required", "tools + tool_choice required on a cached request",
      chat([U(FT)], PERSON, [{"_tool": {"name": "save_person", "arguments": FA}}], None, tools=TOOLS,
           tool_choice="required", check=lambda st, h, b, c:
           None if st >= 400 and st < 500 else
           ("status %s path %s: tools ignored, content %s" % (st, h.get("x-stepcache-path"), b[:200]))))
probe("d21-par-tools-fresh", "tools + required on a NEW request; the model answers with a tool call",
      chat([U("Extract the name and age as JSON.\nText:\nName: Gus Park\nAge: 61\n")], PERSON,
           [{"_tool": {"name": "save_person", "arguments": {"name": "Gus Park", "age": 61}}}], None,
           tools=TOOLS, tool_choice="required", check=lambda st, h, b, c:
           None if st >= 400 and st < 500 else "status %s path %s: %s" % (st, h.get("x-stepcache-path"), b[:200])))

probe("d21-par-truncated-upstream", "the model's answer is cut off (finish_reason length) inside the age",
      chat([U("Extract the name and age as JSON.\nText:\nName: Pia Lund\nAge: 45\nRoom: 4\n")], PERSON,
           [{"_raw": '{"name": "Pia Lund", "age": 4', "_finish": "length"}, {"name": "Pia Lund", "age": 45}],
           {"name": "Pia Lund", "age": 45}))
probe("d21-par-truncated-upstream-fenced", "cut off inside a fence, the value a prefix of another field's number",
      chat([U("Extract the name and age as JSON.\nText:\nName: Tor Aas\nAge: 12\nShoe size: 1\n")], PERSON,
           [{"_raw": '```json\n{"name": "Tor Aas", "age": 1', "_finish": "length"}, {"name": "Tor Aas", "age": 12}],
           {"name": "Tor Aas", "age": 12}))

# --- 5. streaming
ST = "Extract the name and age as JSON.\nText:\nOur new member Hana Berg turned 27 in May and plays chess.\n"
SA = {"name": "Hana Berg", "age": 27}
probe("d21-st-fresh-wrongfirst", "stream a NEW request whose model first answers wrong: the wrong answer must not be streamed",
      chat([U(ST)], PERSON, [{"name": "Hana Berg", "age": 72}, SA], SA, stream=True,
           stream_options={"include_usage": True}))
ST2 = "Extract the name and age as JSON.\nText:\nName: Hana Berg\nAge: 27\n"
probe("d21-st-plain-reuse", "labelled text, plain: stored", chat([U(ST2)], PERSON, [SA], SA))
def stream_complete(st, h, b, calls):
    if st != 200:
        return None
    ev = [l[6:] for l in b.splitlines() if l.startswith("data: ")]
    if not ev or ev[-1] != "[DONE]":
        return "stream does not end in [DONE]"
    last = json.loads(ev[-2])
    if last.get("choices") != [] or not last.get("usage"):
        return "no final usage chunk with choices [] although include_usage was asked"
    fins = [c.get("finish_reason") for e in ev[:-1] for c in json.loads(e).get("choices", []) if c.get("finish_reason")]
    return None if fins == ["stop"] else "finish_reasons %s" % fins
probe("d21-st-stream-reuse", "the same request streamed: from the cache, complete",
      chat([U(ST2)], PERSON, [SA], SA, stream=True, stream_options={"include_usage": True}, check=stream_complete))
probe("d21-st-fail", "stream a request the model never answers right: the client gets an error, not a wrong stream",
      chat([U("Extract the name and age as JSON.\nText:\nOur treasurer Olav Dahl is 63 and retires soon.\n")], PERSON,
           [{"name": "Olav Dahl", "age": 36}], "ERROR", stream=True))
probe("d21-st-eq", "equation streamed fresh, model's first answer wrong",
      chat([U("Solve for x: 4x - 3 = 2x + 9. Show your steps.")], None,
           ["Step 1: 2x = 9 + 3\nStep 2: 2x = 12\nStep 3: x = 5", "Step 1: 2x = 9 + 3\nStep 2: 2x = 12\nStep 3: x = 6"],
           ("x", 6), headers={"X-StepCache-Task": "linear_equation"}, stream=True))

# --- 6. how serve picks the task / cache control
IT = "Extract the name and age as JSON.\nText:\nName: Ivo Kant\nAge: 50\n"
IA = {"name": "Ivo Kant", "age": 50}
probe("d21-tk-bypass-twice", "no task, no schema: both calls reach the model",
      chat([U("Tell me a fact about Ivo.")], None, ["Ivo is a name."], None, check=must_call_upstream),
      chat([U("Tell me a fact about Ivo.")], None, ["Ivo is a name."], None, check=must_call_upstream))
probe("d21-tk-json-object", "response_format json_object (no schema): passed through, every call reaches the model",
      dict(chat([U(IT)], None, [IA], IA, check=must_call_upstream),
           body={"model": "gpt-test", "messages": [U(IT)], "response_format": {"type": "json_object"}}),
      dict(chat([U(IT)], None, [IA], IA, check=must_call_upstream),
           body={"model": "gpt-test", "messages": [U(IT)], "response_format": {"type": "json_object"}}))
probe("d21-tk-header-json-noschema", "X-StepCache-Task json_extract with no schema",
      chat([U(IT.replace("50", "52"))], None, [{"name": "Ivo Kant", "age": 52}], {"name": "Ivo Kant", "age": 52},
           headers={"X-StepCache-Task": "json_extract"}))
probe("d21-tk-unknown", "unknown task in the header", chat([U(IT)], None, [IA], "ERROR", headers={"X-StepCache-Task": "nope"}))
probe("d21-tk-body-vs-header", "body says linear_equation, header says json_extract, schema given",
      chat([U(IT)], PERSON, [IA], IA, headers={"X-StepCache-Task": "json_extract"}, stepcache={"task": "linear_equation"}))
probe("d21-tk-schema-with-eq-task", "an equation prompt with a json schema (json_extract task wins?)",
      chat([U("Solve for x: 2x + 1 = 9. Give the answer as JSON.")], obj({"x": NUM}), [{"x": 4}], {"x": 4}))
KT = "Extract the name and age as JSON.\nText:\nName: Jon Vik\nAge: 33\n"
KA = {"name": "Jon Vik", "age": 33}
probe("d21-cc-base", "base", chat([U(KT)], PERSON, [KA], KA))
probe("d21-cc-no-cache", "Cache-Control: no-cache reaches the model",
      chat([U(KT)], PERSON, [KA], KA, headers={"Cache-Control": "no-cache"}, check=must_call_upstream))
probe("d21-cc-max-age0", "Cache-Control: max-age=0 reaches the model",
      chat([U(KT)], PERSON, [KA], KA, headers={"Cache-Control": "max-age=0"}, check=must_call_upstream))
LT = "Extract the name and age as JSON.\nText:\nYesterday Liv Moen, aged 44, opened a bakery.\n"
LA = {"name": "Liv Moen", "age": 44}
probe("d21-cc-no-store", "no-store, then the same call must not be a reuse",
      chat([U(LT)], PERSON, [LA], LA, headers={"Cache-Control": "no-store"}),
      chat([U(LT)], PERSON, [LA], LA, headers={"Cache-Control": "no-store"}, check=not_reuse))
probe("d21-cc-pragma", "Pragma: no-cache (HTTP/1.0 form; README names only Cache-Control: recorded)",
      chat([U(KT)], PERSON, [KA], KA, headers={"Pragma": "no-cache"}))

QT = "Extract the name and age as JSON.\nText:\nName: Quin Roe\nAge: 57\n"
QA = {"name": "Quin Roe", "age": 57}
def sleep_then(sec):
    def c(st, h, b, calls):
        time.sleep(sec)
    return c
probe("d21-cc-max-age", "stored, 1.5 s pass, then max-age=1 must not be answered from the cache",
      chat([U(QT)], PERSON, [QA], QA, check=sleep_then(1.5)),
      chat([U(QT)], PERSON, [QA], QA, headers={"Cache-Control": "max-age=1"}, check=lambda st, h, b, c:
           None if h.get("x-stepcache-path") != "reuse" else "reuse with x-stepcache-age %s under max-age=1" % h.get("x-stepcache-age")))
probe("d21-parts-eq-fix", "equation in two text parts: the second corrects the constant",
      chat([{"role": "user", "content": [{"type": "text", "text": "Solve for x: 3x + 5 = 20."},
                                         {"type": "text", "text": "Sorry, I mistyped: the right-hand side is 26, not 20. Show your steps."}]}],
           None, ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5",
                  "Step 1: 3x = 26 - 5\nStep 2: 3x = 21\nStep 3: x = 7"], ("x", 7),
           headers={"X-StepCache-Task": "linear_equation"}))

# --- 7. tenants (serve --keys)
MT = "Extract the name and age as JSON.\nText:\nThe winner, Mia Soto, is 36 years old.\n"
MA = {"name": "Mia Soto", "age": 36}
probe("d21-ten-a", "tenant A stores", chat([U(MT)], PERSON, [MA], MA, server="keys", headers={"Authorization": "Bearer key-a"}))
probe("d21-ten-b", "tenant B, the same request: must not be A's entry",
      chat([U(MT)], PERSON, [MA], MA, server="keys", headers={"Authorization": "Bearer key-b"}, check=not_reuse))
probe("d21-ten-a2", "tenant A's second key: may reuse",
      chat([U(MT)], PERSON, [MA], MA, server="keys", headers={"Authorization": "Bearer key-a2"}))
probe("d21-ten-nokey", "no key", chat([U(MT)], PERSON, [MA], "ERROR", server="keys"))
probe("d21-ten-badkey", "unknown key", chat([U(MT)], PERSON, [MA], "ERROR", server="keys", headers={"Authorization": "Bearer key-z"}))
probe("d21-ten-lowercase", "lower-case scheme 'bearer'",
      chat([U(MT)], PERSON, [MA], MA, server="keys", headers={"Authorization": "bearer key-b"}))
probe("d21-ten-b-notask", "tenant B passthrough", chat([U("Hello")], None, ["Hi"], None, server="keys",
                                                        headers={"Authorization": "Bearer key-b"}, check=must_call_upstream))

# --- 8. /v1/stepcache/verify with repair
VP = "Extract the name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n"
VA = {"name": "Ann Lee", "age": 31}
VS = obj({"name": STR, "age": INT})
probe("d21-vf-fence", "fenced JSON", verify("json_extract", VP, '```json\n{"name": "Ann Lee", "age": 31}\n```', VS, [VA], VA))
probe("d21-vf-prose", "prose around JSON",
      verify("json_extract", VP, 'Sure! Here is the JSON you asked for: {"name": "Ann Lee", "age": 31}. Let me know if you need more.', VS, [VA], VA))
probe("d21-vf-wrong", "a wrong value (13)", verify("json_extract", VP, '{"name": "Ann Lee", "age": 13}', VS, [{"age": 13}, {"age": 31}], VA))
probe("d21-vf-trunc", "truncated inside the number",
      verify("json_extract", VP, '{"name": "Ann Lee", "age": 3', VS, [{"age": 3}, VA], VA))
probe("d21-vf-quotes", "single quotes / bare keys", verify("json_extract", VP, "{name: 'Ann Lee', age: 31,}", VS, [VA], VA))
probe("d21-vf-str-num", "age as a string", verify("json_extract", VP, '{"name": "Ann Lee", "age": "31"}', VS, [VA], VA))
probe("d21-vf-words", "age in words", verify("json_extract", VP, '{"name": "Ann Lee", "age": "thirty-one"}', VS, [VA], VA))
probe("d21-vf-ndjson", "two objects, the first wrong", verify("json_extract", VP,
      '{"name": "Ann Lee", "age": 13}\n{"name": "Ann Lee", "age": 31}', VS, [{"age": 13}, VA], VA))
probe("d21-vf-comment", "a comment", verify("json_extract", VP, '{"name": "Ann Lee", // from the form\n "age": 31}', VS, [VA], VA))
SP = "Extract the salary as JSON.\nText:\nAnnual salary: 1,250 EUR\n"
probe("d21-vf-thousands", "a number with a thousands comma", verify("json_extract", SP, '{"salary": 1,250}',
      obj({"salary": INT}), [{"salary": 1}, {"salary": 1250}], {"salary": 1250}))
DP = "Extract the price as JSON.\nText:\nPrice: 12,50 EUR\n"
probe("d21-vf-decimal-comma", "a decimal comma", verify("json_extract", DP, '{"price": 12,50}',
      obj({"price": NUM}), [{"price": 12}, {"price": 12.5}], {"price": 12.5}))
probe("d21-vf-swapped", "values in the wrong keys", verify("json_extract", VP, '{"name": "31", "age": 0}', VS,
      [{"name": "31", "age": 0}, VA], VA))
probe("d21-vf-extra-key", "an extra key under additionalProperties false",
      verify("json_extract", VP, '{"name": "Ann Lee", "age": 31, "city": "Oslo"}', VS, [VA], VA))
TP = "Extract the name and age of the second person as JSON.\nText:\nName: Ann Lee\nAge: 31\n\nName: Bob Ray\nAge: 45\n"
probe("d21-vf-second-wrong-record", "verify: the first record's values for 'the second person'",
      verify("json_extract", TP, '{"name": "Ann Lee", "age": 31}', VS,
             [{"name": "Ann Lee", "age": 31}, {"name": "Bob Ray", "age": 45}], {"name": "Bob Ray", "age": 45}))
probe("d21-vf-second-mixed", "verify: the right name, the other record's age",
      verify("json_extract", TP, '{"name": "Bob Ray", "age": 31}', VS,
             [{"age": 31}, {"age": 45}], {"name": "Bob Ray", "age": 45}))
probe("d21-vf-eq-wrong", "equation output with a wrong last step",
      verify("linear_equation", "Solve for x: 3x + 5 = 20. Show your steps.",
             "Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 3",
             None, ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 3", "Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5)))

# ---------------------------------------------------------------- judging
# ---------------------------------------------------------------- round 23 serve probes (d23s-*)
R23_RV = "Return the company and its revenue as JSON.\n\nKey figures:\nCompany: Fjordfisk AS\nRevenue: 4500\n"
R23_RS = obj({"company": STR, "revenue": NUM})
def r23_rva(v): return {"company": "Fjordfisk AS", "revenue": v}
probe("d23s-rv-base", "base, stored", chat([U(R23_RV)], R23_RS, [r23_rva(4500)], r23_rva(4500)))
probe("d23s-rv-sys-tnok", "system: amounts in the user's documents are in thousands of NOK",
      chat([Sy("All amounts in the documents the user pastes are in thousands of NOK; give amounts in NOK."), U(R23_RV)], R23_RS,
           [r23_rva(4500), r23_rva(4500000)], r23_rva(4500000)))
probe("d23s-rv-sys-terse", "system: 'Figures: TNOK.' only",
      chat([Sy("Figures: TNOK."), U(R23_RV)], R23_RS, [r23_rva(4500), r23_rva(4500000)], r23_rva(4500000)))
probe("d23s-rv-part-tnok", "a second text part '(Amounts in TNOK.)'",
      chat([{"role": "user", "content": [{"type": "text", "text": R23_RV}, {"type": "text", "text": "(Amounts in TNOK.)"}]}], R23_RS,
           [r23_rva(4500), r23_rva(4500000)], r23_rva(4500000)))
r23_c = chat([U(R23_RV)], R23_RS, [r23_rva(4500), r23_rva(4500000)], r23_rva(4500000))
r23_c["body"]["response_format"]["json_schema"]["description"] = "Revenue in NOK. The source figures are in thousands."
probe("d23s-rv-rfdesc", "json_schema.description: the source figures are in thousands", r23_c)
probe("d23s-rv-title", "revenue property title 'Revenue (MNOK)' (source in NOK)",
      chat([U(R23_RV)], obj({"company": STR, "revenue": {"type": "number", "title": "Revenue (MNOK)"}}), [r23_rva(4500), r23_rva(0.0045)], r23_rva(0.0045)))
probe("d23s-rv-toptitle", "schema-level title 'Key figures in MNOK'",
      chat([U(R23_RV)], dict(R23_RS, title="Key figures in MNOK"), [r23_rva(4500), r23_rva(0.0045)], r23_rva(0.0045)))
probe("d23s-rv-model", "another model name (safe)", chat([U(R23_RV)], R23_RS, [r23_rva(4500)], r23_rva(4500), model="gpt-other"))
probe("d23s-rv-sys-safe", "an unrelated system prompt (safe)", chat([Sy("You are a careful assistant."), U(R23_RV)], R23_RS, [r23_rva(4500)], r23_rva(4500)))
probe("d23s-rv-user-tnok", "the footnote in the user text (the run finding, through serve)",
      chat([U(R23_RV + "(Amounts in TNOK.)\n")], R23_RS, [r23_rva(4500), r23_rva(4500000)], r23_rva(4500000)))
R23_AD = "\n\nCustomer card:\nName: Kari Lie\nAddress: Storgata 1, Oslo\nPrevious address: Kirkeveien 2, Bergen\n"
R23_AS = obj({"name": STR, "address": STR})
def r23_ada(a): return {"name": "Kari Lie", "address": a}
probe("d23s-ad-base", "base", chat([U("Return the customer's name and address as JSON." + R23_AD)], R23_AS, [r23_ada("Storgata 1, Oslo")], r23_ada("Storgata 1, Oslo")))
probe("d23s-ad-sys-old", "system: 'When asked for an address, give the customer's previous address.'",
      chat([Sy("When asked for an address, always give the customer's previous address."), U("Return the customer's name and address as JSON." + R23_AD)], R23_AS,
           [r23_ada("Storgata 1, Oslo"), r23_ada("Kirkeveien 2, Bergen")], r23_ada("Kirkeveien 2, Bergen")))
r23_d = chat([U("Return the customer's name and address as JSON." + R23_AD)], R23_AS, [r23_ada("Storgata 1, Oslo"), r23_ada("Kirkeveien 2, Bergen")], r23_ada("Kirkeveien 2, Bergen"))
r23_d["body"]["response_format"]["json_schema"]["description"] = "The address the customer moved away from."
probe("d23s-ad-rfdesc", "json_schema.description: the address she moved away from", r23_d)
probe("d23s-ad-title", "address property title 'Address she left'",
      chat([U("Return the customer's name and address as JSON." + R23_AD)], obj({"name": STR, "address": {"type": "string", "title": "Address she left"}}),
           [r23_ada("Storgata 1, Oslo"), r23_ada("Kirkeveien 2, Bergen")], r23_ada("Kirkeveien 2, Bergen")))
probe("d23s-eq-base", "equation base",
      chat([U("Solve for x: 3x + 5 = 20. Show each step.")], None, ["3x + 5 = 20\n3x = 15\nx = 5"], ("x", 5),
           headers={"X-StepCache-Task": "linear_equation"}))
probe("d23s-eq-sys-swap", "system: the coefficient and the constant are swapped in the user's equations",
      chat([Sy("In the user's equations the coefficient of x and the constant on the left are always swapped by mistake; fix that before solving."),
            U("Solve for x: 3x + 5 = 20. Show each step.")], None,
           ["3x + 5 = 20\n3x = 15\nx = 5", "5x + 3 = 20\n5x = 17\nx = 17/5"], ("x", 17 / 5),
           headers={"X-StepCache-Task": "linear_equation"}))
probe("d23s-eq-swap", "the run finding through serve: appended words swap the coefficient and the constant",
      chat([U("Solve for x: 3x + 5 = 20. Show each step. The coefficient and the constant on the left have been swapped by mistake.")], None,
           ["3x + 5 = 20\n3x = 15\nx = 5", "5x + 3 = 20\n5x = 17\nx = 17/5"], ("x", 17 / 5),
           headers={"X-StepCache-Task": "linear_equation"}))


# ---------------------------------------------------------------- round 25 serve probes (d25-s-*)
R25_EQ = {"X-StepCache-Task": "linear_equation"}
R25_TUT = Sy("You are a patient math tutor. Show the steps, one per line.")
probe("d25-s-uf-base", "½ coefficient, tutor system message",
      chat([R25_TUT, U("Solve for x: ½x + 5 = 20.")], None, ["½x = 15\nx = 30"], ("x", 30.0), headers=R25_EQ))
probe("d25-s-uf-moved", "½ moved to the right-hand side",
      chat([R25_TUT, U("Solve for x: x + 5 = 20½.")], None, ["x = 15½\nx = 31/2"], ("x", 15.5), headers=R25_EQ))
probe("d25-s-uf-patch", "½x with another constant",
      chat([R25_TUT, U("Solve for x: ½x + 7 = 20.")], None, ["½x = 13\nx = 26"], ("x", 26.0), headers=R25_EQ))
probe("d25-s-uf-third", "⅓x through the body's task field",
      chat([R25_TUT, U("Solve for x: ⅓x + 2 = 5.")], None, ["⅓x = 3\nx = 9"], ("x", 9.0), stepcache={"task": "linear_equation"}))
probe("d25-s-lx-base", "LaTeX \\frac34 shorthand",
      chat([U("Solve $\\frac34 x + 5 = 20$ for $x$.")], None, ["\\frac{3}{4}x = 15\nx = 20"], ("x", 20.0), headers=R25_EQ))
probe("d25-s-lx-patch", "LaTeX \\frac34 shorthand, another constant",
      chat([U("Solve $\\frac34 x + 8 = 20$ for $x$.")], None, ["\\frac{3}{4}x = 12\nx = 16"], ("x", 16.0), headers=R25_EQ))
probe("d25-s-lx-sys", "system asks for LaTeX; \\frac12",
      chat([Sy("Format all math in LaTeX."), U("Solve for x: \\frac12 x - 4 = 6. Show your steps.")], None,
           ["\\frac{1}{2}x = 10\nx = 20"], ("x", 20.0), headers=R25_EQ))
probe("d25-s-sup", "superscript square on the right",
      chat([R25_TUT, U("Solve for x: 5x − 3 = 4².")], None, ["5x − 3 = 16\n5x = 19\nx = 19/5"], ("x", 3.8), headers=R25_EQ))
probe("d25-s-sup-moved", "superscript square on the constant",
      chat([R25_TUT, U("Solve for x: 5x − 3² = 4.")], None, ["5x − 9 = 4\n5x = 13\nx = 13/5"], ("x", 2.6), headers=R25_EQ))
probe("d25-s-mixed", "mixed number coefficient",
      chat([R25_TUT, U("Solve for x: 2¾x = 11.")], None, ["2.75x = 11\nx = 4"], ("x", 4.0), headers=R25_EQ))
probe("d25-s-plain", "plain equation (safe)",
      chat([R25_TUT, U("Solve for x: x + 5 = 20.")], None, ["x = 15"], ("x", 15.0), headers=R25_EQ))
# JSON through serve: HR record, system messages that change what is asked
R25_HR = ("Please extract the following from the HR record.\n\n--- HR RECORD ---\nEmployee: Kari Nordmann\nEmployee ID: 44817\n"
      "Department: Finance\nStart date: 2019-04-01\nPosition: 80%\nVacation days: 25\n")
R25_HRS = obj({"employee": STR, "start_date": STR, "vacation_days": INT})
r25_base = {"employee": "Kari Nordmann", "start_date": "2019-04-01", "vacation_days": 25}
probe("d25-s-hr-base", "base", chat([Sy("You extract data for the payroll system."), U(R25_HR)], R25_HRS, [r25_base], r25_base))
probe("d25-s-hr-prorata", "system: vacation days pro rata for the position",
      chat([Sy("You extract data for the payroll system. Vacation days must be given pro rata for the employee's position percentage."), U(R25_HR)],
           R25_HRS, [r25_base, dict(r25_base, vacation_days=20)], dict(r25_base, vacation_days=20)))
probe("d25-s-hr-ddmm", "system: dates as DD.MM.YYYY",
      chat([Sy("You extract data for the payroll system. Write every date as DD.MM.YYYY."), U(R25_HR)],
           R25_HRS, [r25_base, dict(r25_base, start_date="01.04.2019")], dict(r25_base, start_date="01.04.2019")))
probe("d25-s-hr-halfday", "the record gives 24½ vacation days",
      chat([Sy("You extract data for the payroll system."), U(R25_HR.replace("Vacation days: 25", "Vacation days: 24½"))],
           obj({"employee": STR, "start_date": STR, "vacation_days": NUM}), [r25_base, dict(r25_base, vacation_days=24.5)], dict(r25_base, vacation_days=24.5)))

# ---------------------------------------------------------------- round 32 serve probes (d32s-*): what real clients send
EQ = {"X-StepCache-Task": "linear_equation"}
JX = {"X-StepCache-Task": "json_extract"}

def never_reuse(st, h, b, calls):
    return "served from the cache (reuse)" if h.get("x-stepcache-path") == "reuse" else None
def jobj(step):
    step["body"]["response_format"] = {"type": "json_object"}
    return step
def choices_n(n):
    def c(st, h, b, calls):
        if st != 200:
            return None
        k = len(json.loads(b).get("choices", []))
        return None if k == n else "n=%d asked, %d choice(s) returned (path %s)" % (n, k, h.get("x-stepcache-path"))
    return c
def tool_call_or_4xx(st, h, b, calls):
    if 400 <= st < 500:
        return None
    if st == 200:
        m = json.loads(b)["choices"][0]["message"]
        if m.get("tool_calls"):
            return None
        return "tool_choice named a function; got plain content on path %s" % h.get("x-stepcache-path")
    return "status %s" % st

# ---------------------------------------------------------------- A. json_object, no schema
A_T = "Extract the name and age as JSON.\nText:\nName: Lars Dahl\nAge: 41\nCity: Bergen\nWife: Mona Dahl, 39\n"
A_V = {"name": "Lars Dahl", "age": 41}
probe("d32s-jo-base", "json_object + task header json_extract, no schema",
      jobj(chat([U(A_T)], None, [A_V], A_V, headers=JX)))
probe("d32s-jo-again", "the same again (safe)", jobj(chat([U(A_T)], None, [A_V], A_V, headers=JX)))
probe("d32s-jo-keys", "json_object: the instruction asks for other keys (name and city)",
      jobj(chat([U(A_T.replace("name and age", "name and city"))], None,
                [A_V, {"name": "Lars Dahl", "city": "Bergen"}], {"name": "Lars Dahl", "city": "Bergen"}, headers=JX)))
probe("d32s-jo-wife", "json_object: the instruction asks for the wife's name and age",
      jobj(chat([U(A_T.replace("the name and age", "the wife's name and age"))], None,
                [A_V, {"name": "Mona Dahl", "age": 39}], {"name": "Mona Dahl", "age": 39}, headers=JX)))
probe("d32s-jo-sys-keys", "json_object: the system message names the keys (name, birth_year)",
      jobj(chat([Sy("Reply with a JSON object with exactly the keys name and birth_year. The current year is 2026."), U(A_T)], None,
                [A_V, {"name": "Lars Dahl", "birth_year": 1985}], {"name": "Lars Dahl", "birth_year": 1985}, headers=JX)))
probe("d32s-jo-body-task", "json_object + body task json_extract, record changed age 42",
      jobj(chat([U(A_T.replace("Age: 41", "Age: 42"))], None, [A_V, {"name": "Lars Dahl", "age": 42}],
                {"name": "Lars Dahl", "age": 42}, stepcache={"task": "json_extract"})))

# ---------------------------------------------------------------- B. multi-turn
B_T = "Extract the name and age as JSON.\nText:\nName: Siri Holm\nAge: 43\n"
B43, B44 = {"name": "Siri Holm", "age": 43}, {"name": "Siri Holm", "age": 44}
probe("d32s-mt-base", "base, single turn", chat([U(B_T)], PERSON, [B43], B43))
probe("d32s-mt-no44", "earlier assistant turn gave 43; the user corrects: the age is 44 now",
      chat([U(B_T), As(json.dumps(B43)), U("No, that form is outdated: her age is 44 now. Give the JSON again.")], PERSON,
           [B43, B44], B44))
probe("d32s-mt-no44-short", "terse correction 'no, the age is 44'",
      chat([U(B_T), As(json.dumps(B43)), U("no, the age is 44")], PERSON, [B43, B44], B44))
probe("d32s-mt-no44-stream", "the correction, streamed",
      chat([U(B_T), As(json.dumps(B43)), U("No, that form is outdated: her age is 44 now. Give the JSON again.")], PERSON,
           [B43, B44], B44, stream=True))
probe("d32s-mt-wrong-asst-safe", "earlier assistant turn held a wrong 34; the user asks to check again (right: 43)",
      chat([U(B_T), As('{"name": "Siri Holm", "age": 34}'), U("That looks wrong. Check the age against the text and give the JSON again.")],
           PERSON, [B43], B43))
probe("d32s-mt-tool-result", "a tool message after the request: the registry says 44",
      chat([U(B_T), {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
            "function": {"name": "registry_lookup", "arguments": "{\"name\": \"Siri Holm\"}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "Registry: Siri Holm, age 44 (the printed form is outdated)."}],
           PERSON, [B43, B44], B44,
           tools=[{"type": "function", "function": {"name": "registry_lookup", "description": "current data for a person",
                   "parameters": obj({"name": STR})}}]))
C_FORM = "Here is the form.\nName: Odd Berg\nAge: 52\n"
C52, C53 = {"name": "Odd Berg", "age": 52}, {"name": "Odd Berg", "age": 53}
probe("d32s-mt-earlier-base", "record in an earlier turn, the same final message",
      chat([U(C_FORM), As("Thanks, I have the form."), U("Extract the name and age as JSON.")], PERSON, [C52], C52))
probe("d32s-mt-earlier-newform", "a later user turn replaces the form (53); the same final message",
      chat([U(C_FORM), As("Thanks, I have the form."),
            U("Oops, that was the old form. Here is the new one.\nName: Odd Berg\nAge: 53\n"), As("Thanks, I have the new form."),
            U("Extract the name and age as JSON.")], PERSON, [C52, C53], C53))
probe("d32s-mt-earlier-asst", "the record stated only in an assistant turn (53); the same final message",
      chat([U("What does the form say?"), As("The form says:\nName: Odd Berg\nAge: 53\n"), U("Extract the name and age as JSON.")],
           PERSON, [C52, C53], C53))
probe("d32s-mt-earlier-asst-52", "the record stated only in an assistant turn (52)",
      chat([U("What does the form say?"), As("The form says:\nName: Odd Berg\nAge: 52\n"), U("Extract the name and age as JSON.")],
           PERSON, [C52], C52))
probe("d32s-mt-earlier-asst-53b", "then 53 in the assistant turn again (after 52 was stored)",
      chat([U("What does the form say?"), As("The form says:\nName: Odd Berg\nAge: 53\n"), U("Extract the name and age as JSON.")],
           PERSON, [C52, C53], C53))
probe("d32s-mt-earlier-months", "an earlier turn sets a rule: ages in months",
      chat([U("For everything below give ages in months, not years."), As("Understood: ages in months."), U(C_FORM),
            As("Thanks, I have the form."), U("Extract the name and age as JSON.")], PERSON,
           [C52, {"name": "Odd Berg", "age": 624}], {"name": "Odd Berg", "age": 624}))
# equations over turns
probe("d32s-mt-eq-base", "equation base", chat([U("Solve for x: 3x + 5 = 20. Show your steps.")], None,
      ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5), headers=EQ))
probe("d32s-mt-eq-followup", "follow-up turn: the same with 26 instead of 20",
      chat([U("Solve for x: 3x + 5 = 20. Show your steps."), As("Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"),
            U("Now the same equation with 26 instead of 20.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5", "Step 1: 3x = 26 - 5\nStep 2: 3x = 21\nStep 3: x = 7"],
           ("x", 7), headers=EQ))
probe("d32s-mt-eq-wrong-asst", "earlier assistant turn x = 6 (wrong), user: 'no, recheck' (right 5)",
      chat([U("Solve for x: 3x + 5 = 20. Show your steps."), As("Step 1: 3x = 20 + 5\nStep 2: 3x = 25\nStep 3: x = 25/3"),
            U("No, step 1 is wrong. Solve it again.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5), headers=EQ))
probe("d32s-mt-eq-final-other", "earlier turn another equation, the final user message the base one (safe, x=5)",
      chat([U("Solve for x: 2x + 1 = 9."), As("Step 1: 2x = 8\nStep 2: x = 4"), U("Solve for x: 3x + 5 = 20. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5), headers=EQ))
probe("d32s-mt-eq-earlier-eq", "the equation in an earlier turn changed (3x + 5 = 26), the same final message",
      chat([U("Here is my equation: 3x + 5 = 26."), As("Got it."), U("Solve for x. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5", "Step 1: 3x = 26 - 5\nStep 2: 3x = 21\nStep 3: x = 7"],
           ("x", 7), headers=EQ))

# ---------------------------------------------------------------- C. prefill, message name
P_T = "Extract the data as JSON.\nText:\nName: Nils Aas\nAge: 24\nMother: Ruth Aas, 51\n"
P24, P51 = {"name": "Nils Aas", "age": 24}, {"name": "Ruth Aas", "age": 51}
probe("d32s-pf-base", "base", chat([U(P_T)], PERSON, [P24], P24))
probe("d32s-pf-mother", "assistant prefill commits to the mother's name",
      chat([U(P_T), As('{"name": "Ruth Aas", "age": ')], PERSON, [P24, P51], P51))
probe("d32s-pf-eq", "equation: prefill of the first step (safe)",
      chat([U("Solve for x: 3x + 5 = 20. Show your steps."), As("Step 1:")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5), headers=EQ))
N_T = "Extract my name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n\nName: Bob Ray\nAge: 45\n"
probe("d32s-nm-ann", "message name Ann_Lee: 'my' record",
      chat([{"role": "user", "name": "Ann_Lee", "content": N_T}], PERSON, [{"name": "Ann Lee", "age": 31}], {"name": "Ann Lee", "age": 31}))
probe("d32s-nm-bob", "message name Bob_Ray, the same content",
      chat([{"role": "user", "name": "Bob_Ray", "content": N_T}], PERSON,
           [{"name": "Ann Lee", "age": 31}, {"name": "Bob Ray", "age": 45}], {"name": "Bob Ray", "age": 45}))

# ---------------------------------------------------------------- D. content parts, images
D_T = "Extract the name and age as JSON.\nText:\nName: Dag Moe\nAge: 3\n"
probe("d32s-pt-base", "base: a toddler aged 3", chat([U(D_T)], PERSON, [{"name": "Dag Moe", "age": 3}], {"name": "Dag Moe", "age": 3}))
probe("d32s-pt-split-digit", "parts split inside the number ('Age: 3' + '4'; serve joins parts with no separator)",
      chat([{"role": "user", "content": [{"type": "text", "text": D_T.rstrip("\n")}, {"type": "text", "text": "4\n"}]}], PERSON,
           [{"name": "Dag Moe", "age": 3}, {"name": "Dag Moe", "age": 34}], {"name": "Dag Moe", "age": 34}))
probe("d32s-pt-split-label", "parts split between the label and the value: 'Age:' + ' 34'",
      chat([{"role": "user", "content": [{"type": "text", "text": "Extract the name and age as JSON.\nText:\nName: Dag Moe\nAge:"},
                                         {"type": "text", "text": " 34\n"}]}], PERSON,
           [{"name": "Dag Moe", "age": 3}, {"name": "Dag Moe", "age": 34}], {"name": "Dag Moe", "age": 34}))
probe("d32s-pt-three", "three parts: instruction, record, 'the second record is the one' + second record",
      chat([{"role": "user", "content": [{"type": "text", "text": "Extract the name and age as JSON.\nText:\n"},
                                         {"type": "text", "text": "Name: Dag Moe\nAge: 3\n"},
                                         {"type": "text", "text": "Name: Dag Moe\nAge: 4\n(this card replaces the one above)"}]}], PERSON,
           [{"name": "Dag Moe", "age": 3}, {"name": "Dag Moe", "age": 4}], {"name": "Dag Moe", "age": 4}))
IMG_A = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="}}
IMG_B = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="}}
IMG_C = {"type": "image_url", "image_url": {"url": "https://example.com/id-card-2.png"}}
I_T = {"type": "text", "text": "Extract the name and age on this ID card as JSON."}
probe("d32s-img-a", "image A only (record in the image): refuse or fresh",
      chat([{"role": "user", "content": [I_T, IMG_A]}], PERSON, [{"name": "Eli Strand", "age": 27}], None))
probe("d32s-img-b", "image B, the same text part: must not be image A's answer",
      chat([{"role": "user", "content": [I_T, IMG_B]}], PERSON, [{"name": "Eli Strand", "age": 27}, {"name": "Tom Hval", "age": 60}],
           {"name": "Tom Hval", "age": 60}, check=never_reuse))
probe("d32s-img-url", "image by URL, the same text part",
      chat([{"role": "user", "content": [I_T, IMG_C]}], PERSON, [{"name": "Eli Strand", "age": 27}, {"name": "Tom Hval", "age": 60}],
           {"name": "Tom Hval", "age": 60}, check=never_reuse))
E_T = "Extract the name and age as JSON.\nText:\nName: Eli Strand\nAge: 27\n"
probe("d32s-img-text-base", "text base", chat([U(E_T)], PERSON, [{"name": "Eli Strand", "age": 27}], {"name": "Eli Strand", "age": 27}))
probe("d32s-img-text-plus", "the same text plus an ID card image that says 28 (the card is newer)",
      chat([{"role": "user", "content": [{"type": "text", "text": E_T}, IMG_B,
                                         {"type": "text", "text": "Use the ID card photo where it differs from the text."}]}], PERSON,
           [{"name": "Eli Strand", "age": 27}, {"name": "Eli Strand", "age": 28}], {"name": "Eli Strand", "age": 28}, check=never_reuse))
probe("d32s-img-text-only-img", "the same text plus only an image part (no words): must not be reused blind",
      chat([{"role": "user", "content": [{"type": "text", "text": E_T}, IMG_A]}], PERSON,
           [{"name": "Eli Strand", "age": 27}], None, check=never_reuse))

# ---------------------------------------------------------------- E. long system prompts
def e_sys(unit, tail="", pct=False, codes=False):
    rules = ["Rule %d: %s" % (i, r) for i, r in enumerate([
        "Answer only with the JSON object the schema describes.", "Never invent values.",
        "Copy names exactly as written.", "Dates in ISO 8601.", "Trim whitespace from strings.",
        "Phone numbers in E.164 form.", "Currency amounts as plain numbers.", "Keep the key order of the schema.",
        "Booleans as true or false.", "Empty fields as null where the schema allows it."] * 6, 1)]
    if codes:
        rules.insert(5, "Rule C: codes in upper case.")
    if pct:
        rules.insert(5, "Rule P: percentages as numbers between 0 and 100.")
    rules.insert(31, "Rule W: give every weight in %s." % unit)
    return "You are the extraction service of Nordic Parcel AS.\n" + "\n".join(rules) + "\n" + tail
W_T = "Extract the parcel weight as JSON.\nText:\nWeight: 14 kg (31 lb)\n"
W_S = obj({"weight": NUM})
probe("d32s-ls-kg", "long system (~3 KB), rule W: kilograms", chat([Sy(e_sys("kilograms")), U(W_T)], W_S, [{"weight": 14}], {"weight": 14}))
probe("d32s-ls-lb", "the same long system, rule W in the middle: pounds",
      chat([Sy(e_sys("pounds")), U(W_T)], W_S, [{"weight": 14}, {"weight": 31}], {"weight": 31}))
probe("d32s-ls-tail-lb", "kilograms in the middle, a last line overrides: pounds",
      chat([Sy(e_sys("kilograms", "Update 2026-11: Rule W is replaced; weights are now given in pounds.")), U(W_T)], W_S,
           [{"weight": 14}, {"weight": 31}], {"weight": 31}))
probe("d32s-ls-safe", "kilograms; an unrelated rule line added at the end (safe)",
      chat([Sy(e_sys("kilograms", "Rule X: be polite.")), U(W_T)], W_S, [{"weight": 14}], {"weight": 14}))
probe("d32s-ls-two-sys-lb", "long kg system, then a short second system message: pounds",
      chat([Sy(e_sys("kilograms")), Sy("Override for this customer: weights in pounds."), U(W_T)], W_S,
           [{"weight": 14}, {"weight": 31}], {"weight": 31}))

# ---------------------------------------------------------------- F. parameters, model, headers
F_T = "Extract the name and age as JSON.\nText:\nName: Finn Lie\nAge: 66\n"
F_V = {"name": "Finn Lie", "age": 66}
probe("d32s-par-base", "base", chat([U(F_T)], PERSON, [F_V], F_V))
probe("d32s-par-seed", "seed 7 (safe)", chat([U(F_T)], PERSON, [F_V], F_V, seed=7))
probe("d32s-par-temp0", "temperature 0, top_p 1 (safe)", chat([U(F_T)], PERSON, [F_V], F_V, temperature=0, top_p=1))
probe("d32s-par-logprobs-false", "logprobs false (safe: nothing asked)", chat([U(F_T)], PERSON, [F_V], F_V, logprobs=False))
probe("d32s-par-n1", "n 1 (safe)", chat([U(F_T)], PERSON, [F_V], F_V, n=1))
probe("d32s-par-n3", "n 3 on a cached request: 3 choices or an error", chat([U(F_T)], PERSON, [F_V], None, n=3, check=choices_n(3)))
probe("d32s-par-n2-stream", "n 2 streamed", chat([U(F_T)], PERSON, [F_V], None, n=2, stream=True))
probe("d32s-par-user", "OpenAI 'user' field and metadata (safe)", chat([U(F_T)], PERSON, [F_V], F_V, user="u-17", metadata={"k": "v"}))
probe("d32s-par-model-4o", "model gpt-4o-mini (safe)", chat([U(F_T)], PERSON, [F_V], F_V, model="gpt-4o-mini"))
R32_TOOLS = [{"type": "function", "function": {"name": "save_person", "parameters": PERSON}}]
probe("d32s-par-tools-none", "tools with tool_choice none: content JSON (safe)",
      chat([U(F_T)], PERSON, [F_V], F_V, tools=R32_TOOLS, tool_choice="none"))
probe("d32s-par-tools-named", "tool_choice names save_person on a cached request",
      chat([U(F_T)], PERSON, [{"_tool": {"name": "save_person", "arguments": F_V}}], None, tools=R32_TOOLS,
           tool_choice={"type": "function", "function": {"name": "save_person"}}, check=tool_call_or_4xx))
probe("d32s-par-tools-auto-conv", "tools auto; a tool offers a kg->lb converter, schema description: pounds",
      chat([U("Extract the parcel weight as JSON.\nText:\nParcel 9 weight: 14 kg\n")],
           obj({"weight": {"type": "number", "description": "in pounds (1 kg = 2.20462 lb), one decimal"}}),
           [{"weight": 14}, {"weight": 30.9}], {"weight": 30.9}))
probe("d32s-hd-task-case", "X-StepCache-Task 'Linear_Equation' (case)",
      chat([U("Solve for x: 3x + 5 = 20. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5), headers={"X-StepCache-Task": "Linear_Equation"}))
probe("d32s-hd-task-eq-on-json", "X-StepCache-Task linear_equation on the json base (schema given)",
      chat([U(F_T)], PERSON, [F_V], F_V, headers=EQ))

# tenants: headers or body fields that try to pick another tenant
T_T = "Extract the name and age as JSON.\nText:\nThe captain, Ola Berge, is 48 years old.\n"
T_V = {"name": "Ola Berge", "age": 48}
probe("d32s-ten-a", "tenant A stores", chat([U(T_T)], PERSON, [T_V], T_V, server="keys", headers={"Authorization": "Bearer key-a"}))
probe("d32s-ten-b-hdr", "key B with X-StepCache-Tenant: tenant-a must not read A's entry",
      chat([U(T_T)], PERSON, [T_V], T_V, server="keys", headers={"Authorization": "Bearer key-b", "X-StepCache-Tenant": "tenant-a"},
           check=not_reuse))
probe("d32s-ten-b-body", "key B with body stepcache.tenant tenant-a",
      chat([U(T_T)], PERSON, [T_V], T_V, server="keys", headers={"Authorization": "Bearer key-b"},
           stepcache={"tenant": "tenant-a"}, check=not_reuse))
probe("d32s-ten-two-auth", "key B then key A in the header value (comma)",
      chat([U(T_T)], PERSON, [T_V], "ERROR", server="keys", headers={"Authorization": "Bearer key-b, Bearer key-a"}))

# ---------------------------------------------------------------- G. streaming a cached vs a fresh answer
G_T = "Extract the name and age as JSON.\nText:\nName: Gro Nes\nAge: 37\n"
G37, G38 = {"name": "Gro Nes", "age": 37}, {"name": "Gro Nes", "age": 38}
probe("d32s-st-base", "base streamed (fresh)", chat([U(G_T)], PERSON, [G37], G37, stream=True))
probe("d32s-st-reuse", "the same streamed: cached", chat([U(G_T)], PERSON, [G37], G37, stream=True))
probe("d32s-st-mt-fix", "streamed multi-turn correction to 38",
      chat([U(G_T), As(json.dumps(G37)), U("Wrong: she turned 38 yesterday. Fix the JSON.")], PERSON, [G37, G38], G38, stream=True))
probe("d32s-st-ls", "streamed, long system: pounds",
      chat([Sy(e_sys("pounds")), U(W_T)], W_S, [{"weight": 14}, {"weight": 31}], {"weight": 31}, stream=True))

# ---------------------------------------------------------------- H. more json_object / schema-less json_extract
probe("d32s-jo-only-age", "json_object: only the age asked",
      jobj(chat([U(A_T.replace("the name and age", "only the age"))], None, [A_V, {"age": 41}], {"age": 41}, headers=JX)))
probe("d32s-jo-plus-city", "json_object: name, age and city asked",
      jobj(chat([U(A_T.replace("the name and age", "the name, age and city"))], None,
                [A_V, {"name": "Lars Dahl", "age": 41, "city": "Bergen"}], {"name": "Lars Dahl", "age": 41, "city": "Bergen"}, headers=JX)))
probe("d32s-jo-keynames", "json_object: keys named full_name and years",
      jobj(chat([U(A_T.replace("Extract the name and age as JSON.", "Extract the name and age as JSON with the keys full_name and years."))], None,
                [A_V, {"full_name": "Lars Dahl", "years": 41}], {"full_name": "Lars Dahl", "years": 41}, headers=JX)))
probe("d32s-jo-array", "json_object: asked as a JSON array [name, age] under key person",
      jobj(chat([U(A_T.replace("Extract the name and age as JSON.", "Extract the name and age as JSON: {\"person\": [name, age]}."))], None,
                [A_V, {"person": ["Lars Dahl", 41]}], {"person": ["Lars Dahl", 41]}, headers=JX)))
probe("d32s-jo-age-str", "json_object: the age as a string",
      jobj(chat([U(A_T.replace("Extract the name and age as JSON.", "Extract the name and age as JSON; give the age as a string."))], None,
                [A_V, {"name": "Lars Dahl", "age": "41"}], {"name": "Lars Dahl", "age": "41"}, headers=JX)))
probe("d32s-jo-nested", "json_object: nested under 'person'",
      jobj(chat([U(A_T.replace("Extract the name and age as JSON.", "Extract the name and age as JSON, nested under a key \"person\"."))], None,
                [A_V, {"person": A_V}], {"person": A_V}, headers=JX)))
probe("d32s-hdr-nors-keys", "task header json_extract, no response_format: name and city asked",
      chat([U(A_T.replace("the name and age", "the name and city").replace("Lars", "Leif"))], None,
           [{"name": "Leif Dahl", "age": 41}, {"name": "Leif Dahl", "city": "Bergen"}], {"name": "Leif Dahl", "city": "Bergen"}, headers=JX))
probe("d32s-hdr-nors-base", "task header json_extract, no response_format: name and age (Kjell)",
      chat([U(A_T.replace("Lars", "Kjell"))], None, [{"name": "Kjell Dahl", "age": 41}], {"name": "Kjell Dahl", "age": 41}, headers=JX))
probe("d32s-hdr-nors-city", "then name and city for Kjell (the base cached)",
      chat([U(A_T.replace("Lars", "Kjell").replace("the name and age", "the name and city"))], None,
           [{"name": "Kjell Dahl", "age": 41}, {"name": "Kjell Dahl", "city": "Bergen"}], {"name": "Kjell Dahl", "city": "Bergen"}, headers=JX))
probe("d32s-jo-schema-after", "the same request as d32s-jo-keys but with a json_schema {name, city}",
      chat([U(A_T.replace("name and age", "name and city"))], obj({"name": STR, "city": STR}),
           [{"name": "Lars Dahl", "city": "Bergen"}], {"name": "Lars Dahl", "city": "Bergen"}))

# ---------------------------------------------------------------- I. several user messages, no assistant turn
probe("d32s-mu-no44", "a second user message corrects: 'no, the age is 44 now'",
      chat([U(B_T), U("No wait, that form is outdated: her age is 44 now.")], PERSON, [B43, B44], B44))
probe("d32s-mu-newform", "a second user message with a new form, the third the same instruction",
      chat([U(C_FORM), U("Oops, that was the old form. Here is the new one.\nName: Odd Berg\nAge: 53\n"),
            U("Extract the name and age as JSON.")], PERSON, [C52, C53], C53))
probe("d32s-mu-base", "form then instruction in two user messages (52)",
      chat([U(C_FORM), U("Extract the name and age as JSON.")], PERSON, [C52], C52))
probe("d32s-mu-rule-first", "a first user message sets a rule: ages in months",
      chat([U("For everything below give ages in months, not years."), U(C_FORM), U("Extract the name and age as JSON.")], PERSON,
           [C52, {"name": "Odd Berg", "age": 624}], {"name": "Odd Berg", "age": 624}))
probe("d32s-mu-eq-fix", "equation: a second user message changes 20 to 26",
      chat([U("Solve for x: 3x + 5 = 20. Show your steps."), U("Sorry, use 26 instead of 20.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5", "Step 1: 3x = 26 - 5\nStep 2: 3x = 21\nStep 3: x = 7"],
           ("x", 7), headers=EQ))
probe("d32s-mu-eq-two", "equation in a first user message, 'Solve for x.' in a second (safe, x=5)",
      chat([U("3x + 5 = 20"), U("Solve for x. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"], ("x", 5), headers=EQ))
probe("d32s-mu-eq-two-26", "then 3x + 5 = 26 in the first user message",
      chat([U("3x + 5 = 26"), U("Solve for x. Show your steps.")], None,
           ["Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5", "Step 1: 3x = 26 - 5\nStep 2: 3x = 21\nStep 3: x = 7"], ("x", 7), headers=EQ))
probe("d32s-ls-pct-cost", "long system with a percentages rule (for other fields), kilograms: a right answer",
      chat([Sy(e_sys("kilograms", pct=True)), U(W_T)], W_S, [{"weight": 14}], {"weight": 14}))

probe("d32s-ls-codes-cost", "long system with a 'codes in upper case' rule, kilograms: a right answer",
      chat([Sy(e_sys("kilograms", codes=True)), U(W_T)], W_S, [{"weight": 14}], {"weight": 14}))
probe("d32s-lbl-num-cost", "a label holding a number ('Parcel 9 weight: 14 kg'): a right answer",
      chat([U("Extract the parcel weight as JSON.\nText:\nParcel 9 weight: 14 kg\n")], W_S, [{"weight": 14}], {"weight": 14}))

# ---------------------------------------------------------------- J. schema-less JSON, more shapes
K_T = "Extract the name and age as JSON.\nText:\nName: Rolf Aune\nAge: 58\nEmail: rolf@aune.no\n"
K_V = {"name": "Rolf Aune", "age": 58}
probe("d32s-x-schema-base", "json_schema {name, age} cached", chat([U(K_T)], PERSON, [K_V], K_V))
probe("d32s-x-jo-email", "json_object after the schema base: name and email asked",
      jobj(chat([U(K_T.replace("name and age", "name and email"))], None,
                [K_V, {"name": "Rolf Aune", "email": "rolf@aune.no"}], {"name": "Rolf Aune", "email": "rolf@aune.no"}, headers=JX)))
probe("d32s-x-jo-same", "json_object, the same instruction as the schema base (safe)",
      jobj(chat([U(K_T)], None, [K_V], K_V, headers=JX)))
probe("d32s-x-jo-norsk", "json_object: Norwegian keys asked (navn, alder)",
      jobj(chat([U(K_T.replace("Extract the name and age as JSON.", "Hent ut navn og alder som JSON med nøklene navn og alder."))], None,
                [K_V, {"navn": "Rolf Aune", "alder": 58}], {"navn": "Rolf Aune", "alder": 58}, headers=JX)))
probe("d32s-x-jo-template", "json_object: a template with other keys in the instruction",
      jobj(chat([U(K_T.replace("Extract the name and age as JSON.",
                               "Fill in this JSON from the text: {\"person_name\": \"\", \"person_age\": 0}"))], None,
                [K_V, {"person_name": "Rolf Aune", "person_age": 58}], {"person_name": "Rolf Aune", "person_age": 58}, headers=JX)))
probe("d32s-x-jo-stream", "json_object, only the age asked, streamed",
      jobj(chat([U(K_T.replace("the name and age", "only the age"))], None, [K_V, {"age": 58}], {"age": 58}, headers=JX, stream=True)))
probe("d32s-x-jo-months", "json_object: the age in months",
      jobj(chat([U(K_T.replace("the name and age", "the name and the age in months"))], None,
                [K_V, {"name": "Rolf Aune", "age": 696}], {"name": "Rolf Aune", "age": 696}, headers=JX)))
probe("d32s-x-jo-body-task-keys", "json_object + body task (no header): name and email",
      jobj(chat([U(K_T.replace("name and age", "name and email").replace("Rolf", "Rune"))], None,
                [{"name": "Rune Aune", "age": 58}, {"name": "Rune Aune", "email": "rolf@aune.no"}],
                {"name": "Rune Aune", "email": "rolf@aune.no"}, stepcache={"task": "json_extract"})))
probe("d32s-x-jo-sys-only-age", "json_object; the system message: reply with the age only",
      jobj(chat([Sy("Reply with a JSON object holding only the key age."), U(K_T)], None, [K_V, {"age": 58}], {"age": 58}, headers=JX)))

# ---------------------------------------------------------------- K. more parameters
probe("d32s-par-mct", "max_completion_tokens 3 on a cached request: finish_reason length expected",
      chat([U(F_T)], PERSON, [F_V], None, max_completion_tokens=3, check=finish_is("length")))
probe("d32s-par-functions", "legacy functions + function_call by name on a cached request",
      chat([U(F_T)], PERSON, [{"_tool": {"name": "save_person", "arguments": F_V}}], None,
           functions=[{"name": "save_person", "parameters": PERSON}], function_call={"name": "save_person"},
           check=lambda st, h, b, c: None if st >= 400 or (st == 200 and (json.loads(b)["choices"][0]["message"].get("function_call")
                                                                          or json.loads(b)["choices"][0]["message"].get("tool_calls")))
           else "function_call asked; plain content on path %s" % h.get("x-stepcache-path")))
probe("d32s-par-rf-text", "response_format type text + task header json_extract + schema-less (name, age) (safe)",
      dict(chat([U(F_T)], None, [F_V], F_V, headers=JX), body={"model": "gpt-test", "messages": [U(F_T)], "response_format": {"type": "text"}}))

# ---------------------------------------------------------------- L. system messages in other shapes
L_T = "Extract the parcel weight as JSON.\nText:\nWeight: 18 kg (40 lb)\n"
probe("d32s-sy-base", "base, no system", chat([U(L_T)], W_S, [{"weight": 18}], {"weight": 18}))
probe("d32s-sy-parts-lb", "system content as an array of text parts: pounds",
      chat([{"role": "system", "content": [{"type": "text", "text": "Give every weight in pounds."}]}, U(L_T)], W_S,
           [{"weight": 18}, {"weight": 40}], {"weight": 40}))
probe("d32s-sy-after-lb", "system message AFTER the user message: pounds",
      chat([U(L_T), Sy("Give every weight in pounds.")], W_S, [{"weight": 18}, {"weight": 40}], {"weight": 40}))
probe("d32s-sy-dev-parts-lb", "developer message as parts: pounds",
      chat([{"role": "developer", "content": [{"type": "text", "text": "Give every weight in pounds."}]}, U(L_T)], W_S,
           [{"weight": 18}, {"weight": 40}], {"weight": 40}))
probe("d32s-sy-name-lb", "system message with a name field: pounds",
      chat([{"role": "system", "name": "policy", "content": "Give every weight in pounds."}, U(L_T)], W_S,
           [{"weight": 18}, {"weight": 40}], {"weight": 40}))
probe("d32s-sy-empty-safe", "an empty system message (safe)", chat([Sy(""), U(L_T)], W_S, [{"weight": 18}], {"weight": 18}))
probe("d32s-sy-parts-split-lb", "user content parts: the text, then 'in pounds' as its own part, then 'please'",
      chat([{"role": "user", "content": [{"type": "text", "text": L_T}, {"type": "text", "text": "Give the weight in pounds"},
                                         {"type": "text", "text": ", please."}]}], W_S, [{"weight": 18}, {"weight": 40}], {"weight": 40}))
# ---------------------------------------------------------------- M. schemas that allow more than the instruction's base
M_T = "Extract the name and age as JSON.\nText:\nName: Tone Vik\nAge: 35\nCity: Molde\n"
M_S = {"type": "object", "properties": {"name": STR, "age": INT}, "required": ["name", "age"]}
M_V = {"name": "Tone Vik", "age": 35}
probe("d32s-open-base", "open schema (no additionalProperties false), strict false", chat([U(M_T)], M_S, [M_V], M_V, strict=False))
probe("d32s-open-city", "the same open schema; the instruction also asks for the city",
      chat([U(M_T.replace("the name and age", "the name, age and city"))], M_S,
           [{"_raw": json.dumps(M_V)}, {"_raw": json.dumps(dict(M_V, city="Molde"))}], dict(M_V, city="Molde"), strict=False))
probe("d32s-open-noage", "the same open schema; the instruction asks for the name only (age still required by the schema: safe-ish)",
      chat([U(M_T.replace("the name and age", "the name, and the age"))], M_S, [M_V], M_V, strict=False))
# ---------------------------------------------------------------- N. other endpoints
probe("d32s-ep-completions", "legacy /v1/completions with a prompt (RECORD)",
      dict(chat([U(M_T)], None, ["{}"], None), path="/v1/completions", body={"model": "gpt-test", "prompt": M_T}))
probe("d32s-ep-responses", "/v1/responses (RECORD)",
      dict(chat([U(M_T)], None, ["{}"], None), path="/v1/responses", body={"model": "gpt-test", "input": M_T}))

# ---------------------------------------------------------------- O. schema-less: members dropped from the instruction
O_T = "Extract the name and age as JSON.\nText:\nName: Hege Dal\nAge: 29\nCity: Hamar\n"
O_V = {"name": "Hege Dal", "age": 29}
probe("d32s-jo2-base", "json_object base (Hege Dal)", jobj(chat([U(O_T)], None, [O_V], O_V, headers=JX)))
probe("d32s-jo2-name-only", "json_object: only the name asked",
      jobj(chat([U(O_T.replace("the name and age", "only the name"))], None, [O_V, {"name": "Hege Dal"}], {"name": "Hege Dal"}, headers=JX)))
probe("d32s-jo2-age-key-only", "json_object: 'Return {\"age\": <age>} as JSON.'",
      jobj(chat([U(O_T.replace("Extract the name and age as JSON.", "Return {\"age\": <age>} as JSON, nothing else."))], None,
                [O_V, {"age": 29}], {"age": 29}, headers=JX)))
probe("d32s-jo2-reorder-safe", "json_object: 'the age and the name' (safe)",
      jobj(chat([U(O_T.replace("the name and age", "the age and the name"))], None, [O_V], O_V, headers=JX)))
probe("d32s-jo2-city-safe-new-record", "json_object: name and age of another record (safe, reuse with new values)",
      jobj(chat([U(O_T.replace("Hege Dal", "Ivar Dal").replace("29", "62"))], None, [{"name": "Ivar Dal", "age": 62}],
                {"name": "Ivar Dal", "age": 62}, headers=JX)))


# ---------------------------------------------------------------- round 44 serve probes (d44-*): chats squeezed into one
# request (history in system messages, a whole chat pasted as "User:/Assistant:" lines, ChatML,
# [INST], text parts as turns), corrections and notes without a number ("she has had a birthday
# since") around the record.
def Un(name, t): return {"role": "user", "name": name, "content": t}
def R44_Up(*texts): return {"role": "user", "content": [{"type": "text", "text": t} for t in texts]}
def Tc(cid, fn, args): return {"role": "assistant", "content": None, "tool_calls": [
    {"id": cid, "type": "function", "function": {"name": fn, "arguments": json.dumps(args)}}]}
def Tr(cid, content): return {"role": "tool", "tool_call_id": cid, "content": content}
r44_TOOLS = [{"type": "function", "function": {"name": "crm_lookup", "description": "look a customer up in the CRM",
                                                "parameters": obj({"name": STR})}}]
OK = As("Thanks, I have the card.")
EX = "Extract the name and age as JSON."

# ---------------------------------------------------------------- 0. real multi-turn shapes: rejected on the cached path (cost)
A_CARD = "Here is the patient card.\nName: Mari Eide\nAge: 41\nCity: Tromso\n"
A41, A42 = {"name": "Mari Eide", "age": 41}, {"name": "Mari Eide", "age": 42}
probe("d44-mt-asst", "card, assistant ack, instruction (3 turns): 400 by design",
      chat([U(A_CARD), OK, U(EX)], PERSON, [A41], A41))
probe("d44-mt-two-users", "card and instruction as two user messages: 400 by design",
      chat([U(A_CARD), U(EX)], PERSON, [A41], A41))
probe("d44-mt-named-users", "two users with name fields, ann asks 'my': 400 by design",
      chat([Un("ann", "My card:\nName: Ann Lee\nAge: 31\n"), Un("bob", "My card:\nName: Bob Ray\nAge: 45\n"),
            Un("ann", "Extract my name and age as JSON.")], PERSON, [{"name": "Ann Lee", "age": 31}], {"name": "Ann Lee", "age": 31}))
probe("d44-mt-tool", "the record only in a tool result: 400 by design",
      chat([U("Look up customer Nils Berg in the CRM and extract his name and age as JSON."), Tc("c1", "crm_lookup", {"name": "Nils Berg"}),
            Tr("c1", "Name: Nils Berg\nAge: 57\n")], PERSON, [{"name": "Nils Berg", "age": 57}], {"name": "Nils Berg", "age": 57}, tools=r44_TOOLS))

# ---------------------------------------------------------------- S. the history carried in system messages (summary memory)
S_U = "Extract the name and age as JSON.\nText:\nName: Mari Eide\nAge: 41\nCity: Tromso\n"
def r44_s(sys_msgs, answers, expect, user=S_U):
    return chat([Sy(s) for s in sys_msgs] + [U(user)], PERSON, answers, expect)
SUM0 = "Summary of the conversation so far: the user is a nurse at the Tromso clinic and is filing patient cards."
probe("d44-s-base", "base: a summary-memory system message, the card in the user message", r44_s([SUM0], [A41], A41))
probe("d44-s-again", "the same again (safe)", r44_s([SUM0], [A41], A41))
probe("d44-s-other-summary", "another harmless summary (safe)",
      r44_s(["Summary of the conversation so far: greetings only; the user has not asked anything yet."], [A41], A41))
probe("d44-s-sum-fix", "the summary says the user corrected the age to 42",
      r44_s([SUM0 + " The user said the age on the card is outdated: the patient is 42 now."], [A41, A42], A42))
probe("d44-s-sum-fix-terse", "the summary holds the user's last words: 'sorry, the age is 42'",
      r44_s([SUM0 + "\nLast user message: sorry, the age is 42"], [A41, A42], A42))
probe("d44-s-two-sys", "a second system message with the correction",
      r44_s([SUM0, "Note from the conversation: the patient had her birthday yesterday and is 42 now."], [A41, A42], A42))
probe("d44-s-prev-answer-wrong", "a system message: your previous answer (41) was wrong, she is 42",
      r44_s(['Your previous answer was {"name": "Mari Eide", "age": 41}. The user replied that the card is misprinted and she is 42.'],
            [A41, A42], A42))
probe("d44-s-prev-answer-safe", "a system message holds an old answer with age 40 from last year's card (right: 41)",
      r44_s(['Last year you answered {"name": "Mari Eide", "age": 40} for this patient.'], [{"name": "Mari Eide", "age": 40}, A41], A41))
probe("d44-s-sum-months", "the summary says the user wants ages in months",
      r44_s([SUM0 + " The user asked for every age in months."], [A41, {"name": "Mari Eide", "age": 492}], {"name": "Mari Eide", "age": 492}))
probe("d44-s-sum-sister", "the summary: the user meant her sister Lise Eide, 38 (the card in the user message is Mari's)",
      r44_s([SUM0 + " The user then said the card is the wrong person: she needs her sister Lise Eide, who is 38."],
            [A41, {"name": "Lise Eide", "age": 38}], {"name": "Lise Eide", "age": 38}))

# ---------------------------------------------------------------- R. the record in a system message, the instruction in the user message
R_CARD = "Patient card:\nName: Mari Eide\nAge: 41\nCity: Tromso\n"
probe("d44-r-base", "base: the card in the system message, the instruction in the user message",
      chat([Sy(R_CARD), U(EX)], PERSON, [A41], A41))
probe("d44-r-fix-sys2", "a second system message: 'Correction: the age is 42.'",
      chat([Sy(R_CARD), Sy("Correction: the age is 42."), U(EX)], PERSON, [A41, A42], A42))
probe("d44-r-fix-user", "the correction in the user message: 'Sorry, the age on the card is 42 now.'",
      chat([Sy(R_CARD), U(EX + " Sorry, the age on the card is out of date: it is 42 now.")], PERSON, [A41, A42], A42))
probe("d44-r-newcard-sys2", "a second system message with this year's card (Age: 42)",
      chat([Sy(R_CARD), Sy("This year's card (replaces the one above):\nName: Mari Eide\nAge: 42\nCity: Tromso\n"), U(EX)], PERSON, [A41, A42], A42))
probe("d44-r-dev-fix", "a developer message after the card: 'the patient is 42; the card is old'",
      chat([Sy(R_CARD), {"role": "developer", "content": "The card above is last year's; the patient is 42 now."}, U(EX)], PERSON, [A41, A42], A42))
probe("d44-r-sys-ws", "the card system message with extra whitespace (safe)",
      chat([Sy("  " + R_CARD.replace("\n", "  \n")), U(EX)], PERSON, [A41], A41))

# ---------------------------------------------------------------- T. a chat transcript flattened into the one user message
def r44_tr(turns):
    return "\n".join("%s: %s" % (r, t) for r, t in turns) + "\n"
T_BASE = [("User", "Here is the patient card.\nName: Mari Eide\nAge: 41\nCity: Tromso"), ("Assistant", "Thanks, I have the card."),
          ("User", "Extract the name and age as JSON.")]
probe("d44-t-base", "base: 'User:/Assistant:' transcript in one user message", chat([U(r44_tr(T_BASE))], PERSON, [A41], A41))
probe("d44-t-again", "the same transcript again (safe)", chat([U(r44_tr(T_BASE))], PERSON, [A41], A41))
probe("d44-t-ws", "the transcript with blank lines between the turns (safe)",
      chat([U(r44_tr(T_BASE).replace("\nAssistant:", "\n\nAssistant:").replace("\nUser:", "\n\nUser:"))], PERSON, [A41], A41))
probe("d44-t-sorry", "a turn 'User: sorry, the age is 42' / 'Assistant: Noted.' before the instruction",
      chat([U(r44_tr(T_BASE[:2] + [("User", "sorry, the age is 42"), ("Assistant", "Noted.")] + T_BASE[2:]))], PERSON, [A41, A42], A42))
probe("d44-t-after", "the answer 41 in the transcript, then 'User: no, 42 - she had a birthday'",
      chat([U(r44_tr(T_BASE + [("Assistant", json.dumps(A41)), ("User", "no, 42 - she had a birthday")]))], PERSON, [A41, A42], A42))
probe("d44-t-newcard", "a later turn pastes this year's card (Age: 42)",
      chat([U(r44_tr(T_BASE[:2] + [("User", "Oops, old card. This year's card:\nName: Mari Eide\nAge: 42\nCity: Tromso"), ("Assistant", "OK.")] + T_BASE[2:]))],
           PERSON, [A41, A42], A42))
probe("d44-t-asst-says", "only the assistant's turn states the age (42, read off a photo); the card line is blank",
      chat([U(r44_tr([("User", "Here is the patient card.\nName: Mari Eide\nAge: (smudged, see photo)"),
                      ("Assistant", "From the photo: the age is 42."), ("User", "Extract the name and age as JSON.")]))], PERSON, [A41, A42], A42))
T_REC = [("User", "Lease records:\nName: Ann Lee\nAge: 31\nRole: tenant\n\nName: Bob Ray\nAge: 45\nRole: landlord"), ("Assistant", "Got them.")]
C_ANN, C_BOB = {"name": "Ann Lee", "age": 31}, {"name": "Bob Ray", "age": 45}
probe("d44-t-tenant", "transcript: the tenant asked last", chat([U(r44_tr(T_REC + [("User", "Extract the tenant's name and age as JSON.")]))], PERSON, [C_ANN], C_ANN))
probe("d44-t-now-landlord", "transcript: tenant asked and answered, then 'Now the landlord.'",
      chat([U(r44_tr(T_REC + [("User", "Extract the tenant's name and age as JSON."), ("Assistant", json.dumps(C_ANN)), ("User", "Now the landlord.")]))],
           PERSON, [C_ANN, C_BOB], C_BOB))
probe("d44-t-other-one", "transcript: tenant answered, then 'Same for the other one.'",
      chat([U(r44_tr(T_REC + [("User", "Extract the tenant's name and age as JSON."), ("Assistant", json.dumps(C_ANN)), ("User", "Same for the other one.")]))],
           PERSON, [C_ANN, C_BOB], C_BOB))
probe("d44-t-names", "transcript with two named users; bob asks for 'my' record",
      chat([U(r44_tr([("ann", "My card:\nName: Ann Lee\nAge: 31"), ("bob", "My card:\nName: Bob Ray\nAge: 45"), ("bob", "Extract my name and age as JSON.")]))],
           PERSON, [C_ANN, C_BOB], C_BOB))
probe("d44-t-names-ann", "the same, ann asks",
      chat([U(r44_tr([("ann", "My card:\nName: Ann Lee\nAge: 31"), ("bob", "My card:\nName: Bob Ray\nAge: 45"), ("ann", "Extract my name and age as JSON.")]))],
           PERSON, [C_ANN], C_ANN))
CM = lambda turns: "".join("<|im_start|>%s\n%s<|im_end|>\n" % (r, t) for r, t in turns)
T_CM = [("user", "Here is the patient card.\nName: Mari Eide\nAge: 41\nCity: Tromso"), ("assistant", "Thanks."), ("user", "Extract the name and age as JSON.")]
probe("d44-t-chatml", "ChatML-flattened transcript", chat([U(CM(T_CM))], PERSON, [A41], A41))
probe("d44-t-chatml-fix", "ChatML transcript with a turn 'sorry, the age is 42'",
      chat([U(CM(T_CM[:2] + [("user", "sorry, the age is 42"), ("assistant", "Noted.")] + T_CM[2:]))], PERSON, [A41, A42], A42))
probe("d44-t-chatml-age-tail", "ChatML transcript, the card says 42 (plain change)",
      chat([U(CM([("user", "Here is the patient card.\nName: Mari Eide\nAge: 42\nCity: Tromso"), ("assistant", "Thanks."),
                  ("user", "Extract the name and age as JSON.")]))], PERSON, [A41, A42], A42))
R44_E_T = [("User", "Parcel card:\nParcel: 7731\nWeight: 12 kg (26 lb)"), ("Assistant", "OK."), ("User", "Extract the parcel weight as JSON.")]
ES = obj({"weight": NUM})
probe("d44-t-w-base", "weight transcript base", chat([U(r44_tr(R44_E_T))], ES, [{"weight": 12}], {"weight": 12}))
probe("d44-t-w-rule", "an earlier transcript turn: 'All weights in pounds please, we ship to the US.'",
      chat([U(r44_tr([("User", "All weights in pounds please, we ship to the US."), ("Assistant", "Sure.")] + R44_E_T))], ES,
           [{"weight": 12}, {"weight": 26}], {"weight": 26}))
probe("d44-t-w-followup", "answered in kg, then 'Now in pounds.'",
      chat([U(r44_tr(R44_E_T + [("Assistant", '{"weight": 12}'), ("User", "Now in pounds.")]))], ES, [{"weight": 12}, {"weight": 26}], {"weight": 26}))
I_CARD = "Customer card:\nName: Kari Lie\nAddress: Storgata 1, Oslo\nWork address: Kirkeveien 2, Bergen"
IS = obj({"name": STR, "address": STR})
I_H, I_W = {"name": "Kari Lie", "address": "Storgata 1, Oslo"}, {"name": "Kari Lie", "address": "Kirkeveien 2, Bergen"}
R44_I_T = [("User", I_CARD), ("Assistant", "OK."), ("User", "Return the customer's name and address as JSON.")]
probe("d44-t-addr-base", "address transcript base", chat([U(r44_tr(R44_I_T))], IS, [I_H], I_H))
probe("d44-t-addr-work", "a turn before the instruction: 'Actually, use her work address for this one.'",
      chat([U(r44_tr(R44_I_T[:2] + [("User", "Actually, use her work address for this one."), ("Assistant", "Will do.")] + R44_I_T[2:]))], IS, [I_H, I_W], I_W))
probe("d44-t-addr-after", "answered with the home address, then 'actually use her work address'",
      chat([U(r44_tr(R44_I_T + [("Assistant", json.dumps(I_H)), ("User", "actually use her work address")]))], IS, [I_H, I_W], I_W))

# ---------------------------------------------------------------- P. parts of the one user message used as turns
P_CARD = "Here is the patient card.\nName: Mari Eide\nAge: 41\nCity: Tromso\n"
probe("d44-p-base", "parts [card, instruction]", chat([R44_Up(P_CARD, "\n" + EX)], PERSON, [A41], A41))
probe("d44-p-again", "parts again (safe)", chat([R44_Up(P_CARD, "\n" + EX)], PERSON, [A41], A41))
probe("d44-p-sorry", "parts [card, 'sorry, the age is 42', instruction]",
      chat([R44_Up(P_CARD, "\nsorry, the age is 42\n", "\n" + EX)], PERSON, [A41, A42], A42))
probe("d44-p-sorry-last", "parts [card, instruction, 'sorry, 42 not 41']",
      chat([R44_Up(P_CARD, "\n" + EX, "\nsorry, 42 not 41")], PERSON, [A41, A42], A42))
# ---------------------------------------------------------------- G. content parts in another order
G_INS, G_REC = "Extract the name and age as JSON.", "Text:\nName: Tor Nes\nAge: 64\n"
G64, G65 = {"name": "Tor Nes", "age": 64}, {"name": "Tor Nes", "age": 65}
probe("d44-g-base", "base: parts [instruction, record]", chat([R44_Up(G_INS + "\n", G_REC)], PERSON, [G64], G64))
probe("d44-g-swapped", "parts [record, instruction] (safe)", chat([R44_Up(G_REC, G_INS + "\n")], PERSON, [G64], G64))
probe("d44-g-fix-first", "parts [correction, instruction, record]: the correction part comes first",
      chat([R44_Up("(The age on the form below is a year out of date: he is 65.)\n", G_INS + "\n", G_REC)], PERSON, [G64, G65], G65))
probe("d44-g-fix-between", "parts [instruction, 'Use 65 for the age, the form is old.', record]",
      chat([R44_Up(G_INS + "\n", "Use 65 for the age; the form is old.\n", G_REC)], PERSON, [G64, G65], G65))
# ---------------------------------------------------------------- J. equations over turns
J_Q = "Solve for x: 3x + 5 = 20. Show your steps."
J5 = "Step 1: 3x = 20 - 5\nStep 2: 3x = 15\nStep 3: x = 5"
J8 = "Step 1: 3x = 29 - 5\nStep 2: 3x = 24\nStep 3: x = 8"
probe("d44-j-t-base", "equation transcript base",
      chat([U("User: Solve for x: 3x + 5 = 20. Show your steps.\n")], None, [J5], ("x", 5), headers=EQ))
probe("d44-j-t-sorry", "equation transcript: solved, then 'User: sorry, I meant 3x + 5 = 29'",
      chat([U("User: Solve for x: 3x + 5 = 20. Show your steps.\nAssistant: " + J5.replace("\n", " ") + "\nUser: sorry, I meant 3x + 5 = 29\n")],
           None, [J5, J8], ("x", 8), headers=EQ))
probe("d44-j-sys-typo", "equation: a summary system message says the 20 should be 29",
      chat([Sy("Summary of the chat so far: the user said the 20 in the equation is a typo for 29."), U(J_Q)], None, [J5, J8], ("x", 8), headers=EQ))
probe("d44-j-sys-safe", "equation: a harmless summary system message (safe)",
      chat([Sy("Summary of the chat so far: the user is revising for an algebra test."), U(J_Q)], None, [J5], ("x", 5), headers=EQ))


# ---------------------------------------------------------------- K. ChatML / [INST] flattened chats (the ChatML base is stored): context turns ABOVE the card
def r44_cm(turns, nl=False):
    return "".join("<|im_start|>%s\n%s%s<|im_end|>\n" % (r, t, "\n" if nl else "") for r, t in turns)
K_CARD = ("user", "Here is the patient card.\nName: Mari Eide\nAge: 41\nCity: Tromso")
K_ACK, K_ASK = ("assistant", "Thanks."), ("user", "Extract the name and age as JSON.")
def r44_k(pre, answers, expect, post=(), nl=False, card=K_CARD):
    return chat([U(r44_cm(list(pre) + [card, K_ACK] + list(post) + [K_ASK], nl))], PERSON, answers, expect)
probe("d44-k-base", "ChatML base (stored in the first run above as d44-t-chatml; again here)", r44_k([], [A41], A41))
probe("d44-k-ack-safe", "the assistant's ack reworded (safe)",
      chat([U(r44_cm([K_CARD, ("assistant", "Got it, thank you!"), K_ASK]))], PERSON, [A41], A41))
probe("d44-k-greeting-safe", "a greeting exchange before the card (safe)",
      r44_k([("user", "Hi there, I need some help with patient cards today."), ("assistant", "Of course, happy to help.")], [A41], A41))
probe("d44-k-birthday-above", "an earlier user turn (no number, no name): 'The card I am about to paste is out of date; she has had a birthday since.'",
      r44_k([("user", "The card I am about to paste is out of date; she has had a birthday since."), ("assistant", "Understood.")], [A41, A42], A42))
probe("d44-k-months-above", "an earlier user turn: 'Please give every age in months from now on.'",
      r44_k([("user", "Please give every age in months from now on."), ("assistant", "Sure, ages in months.")], [A41, {"name": "Mari Eide", "age": 492}],
            {"name": "Mari Eide", "age": 492}))
probe("d44-k-sys-months", "a ChatML system turn at the top: 'Always give ages in months, never in years.'",
      r44_k([("system", "Always give ages in months, never in years.")], [A41, {"name": "Mari Eide", "age": 492}], {"name": "Mari Eide", "age": 492}))
probe("d44-k-husband-above", "an earlier user turn: 'I am filing this for her husband; when I say name and age I mean his, they are on the back of the card.' (not in the text: error)",
      r44_k([("user", "I am asking about her husband, not about her; his details are written on the back of the card, which I will send later."), ("assistant", "Understood.")],
            [A41], "ERROR"))
probe("d44-k-birthday-above-nl", "the birthday turn with a newline before <|im_end|>",
      r44_k([("user", "The card I am about to paste is out of date; she has had a birthday since."), ("assistant", "Understood.")], [A41, A42], A42, nl=True))
probe("d44-k-asst-old-answer", "the assistant's ack holds last year's answer (age 40) (safe: 41)",
      chat([U(r44_cm([("user", 'Last year you gave me {"name": "Mari Eide", "age": 40} for her.'), ("assistant", "Yes, I remember."), K_CARD, K_ACK, K_ASK]))],
           PERSON, [{"name": "Mari Eide", "age": 40}, A41], A41))
probe("d44-k-after-ack", "a turn between the ack and the instruction, no number: 'Her birthday was yesterday, by the way.'",
      r44_k([], [A41, A42], A42, post=[("user", "Her birthday was yesterday, by the way."), ("assistant", "Noted.")]))
probe("d44-k-last-other", "the last turn asks for the next-of-kin, who is not on the card (error)",
      chat([U(r44_cm([K_CARD, K_ACK, ("user", "Extract the next of kin's name and age as JSON.")]))], PERSON, [A41], "ERROR"))
INST = lambda turns: "".join("[INST] %s [/INST] %s\n" % (u, a) for u, a in turns)
probe("d44-k-inst-base", "Llama-2 [INST] flattened chat base",
      chat([U(INST([("Here is the patient card.\nName: Mari Eide\nAge: 41\nCity: Tromso", "Thanks."), ("Extract the name and age as JSON.", "")]))],
           PERSON, [A41], A41))
probe("d44-k-inst-birthday", "[INST] chat with a first turn 'she has had a birthday since' (no number)",
      chat([U(INST([("The card I am about to paste is out of date; she has had a birthday since.", "Understood."),
                    ("Here is the patient card.\nName: Mari Eide\nAge: 41\nCity: Tromso", "Thanks."), ("Extract the name and age as JSON.", "")]))],
           PERSON, [A41, A42], A42))
KW = ("user", "Parcel card:\nParcel: 7731\nWeight: 12 kg (26 lb)")
KWS = obj({"weight": NUM})
probe("d44-k-w-base", "ChatML weight base", chat([U(r44_cm([KW, K_ACK, ("user", "Extract the parcel weight as JSON.")]))], KWS, [{"weight": 12}], {"weight": 12}))
probe("d44-k-w-us", "an earlier turn: 'We ship to the US, so please use pounds for every weight.'",
      chat([U(r44_cm([("user", "We ship to the US, so please use pounds for every weight."), ("assistant", "Sure."), KW, K_ACK,
                      ("user", "Extract the parcel weight as JSON.")]))], KWS, [{"weight": 12}, {"weight": 26}], {"weight": 26}))
probe("d44-k-w-imperial", "an earlier turn: 'Our warehouse software only understands imperial units.' (no unit word)",
      chat([U(r44_cm([("user", "Our warehouse software only understands imperial units."), ("assistant", "Understood."), KW, K_ACK,
                      ("user", "Extract the parcel weight as JSON.")]))], KWS, [{"weight": 12}, {"weight": 26}], {"weight": 26}))
R44_KA = ("user", "Customer card:\nName: Kari Lie\nAddress: Storgata 1, Oslo\nWork address: Kirkeveien 2, Bergen")
probe("d44-k-addr-base", "ChatML address base",
      chat([U(r44_cm([R44_KA, K_ACK, ("user", "Return the customer's name and address as JSON.")]))], IS, [I_H], I_H))
probe("d44-k-addr-work-above", "an earlier turn: 'For this customer we always ship to where she works.'",
      chat([U(r44_cm([("user", "For this customer we always ship to where she works."), ("assistant", "Noted."), R44_KA, K_ACK,
                      ("user", "Return the customer's name and address as JSON.")]))], IS, [I_H, I_W], I_W))
# parts: a sentence part above the record without a number
probe("d44-g-birthday-first", "parts ['The form below is out of date; he has had a birthday since.', instruction, record]",
      chat([R44_Up("The form below is out of date; he has had a birthday since.\n", G_INS + "\n", G_REC)], PERSON, [G64, G65], G65))
probe("d44-g-again", "parts base again (safe)", chat([R44_Up(G_INS + "\n", G_REC)], PERSON, [G64], G64))


# ---------------------------------------------------------------- L. a turn that changes the value without a number or a name (new bases each)
def r44_cmcard(card, turns_after, ask, schema, answers, expect, turns_before=()):
    return chat([U(r44_cm(list(turns_before) + [("user", card), ("assistant", "Thanks.")] + list(turns_after) + [("user", ask)]))],
                schema, answers, expect)
L_CARD = "Here is the member card.\nName: Jon Vik\nAge: 33\nCity: Molde"
LS = obj({"name": STR, "city": STR})
probe("d44-l-moved", "after the card: 'He has since moved in with his daughter, by the way.' (city unknown: error)",
      r44_cmcard(L_CARD, [("user", "He has since moved in with his daughter, by the way."), ("assistant", "Noted.")],
                 "Extract the name and city as JSON.", LS, [{"name": "Jon Vik", "city": "Molde"}], "ERROR"))
probe("d44-l-mother", "after the card: 'Oh wait, that card is his mother's, not his.' (his details unknown: error)",
      r44_cmcard(L_CARD.replace("Jon Vik", "Eli Vik").replace("33", "61"), [("user", "Oh wait, that card is my mother's, not mine."), ("assistant", "I see.")],
                 "Extract my name and age as JSON.", PERSON, [{"name": "Eli Vik", "age": 61}], "ERROR"))
probe("d44-l-older", "before the card: 'This card was printed two years ago.' (age 35)",
      r44_cmcard(L_CARD.replace("Jon Vik", "Ola Vik"), [], "Extract the name and age as JSON.", PERSON,
                 [{"name": "Ola Vik", "age": 33}, {"name": "Ola Vik", "age": 35}], {"name": "Ola Vik", "age": 35},
                 turns_before=[("user", "This card was printed two years ago and never updated."), ("assistant", "Understood.")]))
probe("d44-l-plain-below", "plain single message (no ChatML): a prose line between the card and the instruction",
      chat([U("Here is the member card.\nName: Kai Vik\nAge: 33\nCity: Molde\nHis birthday was yesterday, by the way.\nExtract the name and age as JSON.")],
           PERSON, [{"name": "Kai Vik", "age": 33}, {"name": "Kai Vik", "age": 34}], {"name": "Kai Vik", "age": 34}))
probe("d44-l-plain-above", "plain single message: 'The card below is out of date; he has had a birthday since.' above the card",
      chat([U("The card below is out of date; he has had a birthday since.\nHere is the member card.\nName: Tom Vik\nAge: 33\nCity: Molde\nExtract the name and age as JSON.")],
           PERSON, [{"name": "Tom Vik", "age": 33}, {"name": "Tom Vik", "age": 34}], {"name": "Tom Vik", "age": 34}))
probe("d44-l-sys-birthday", "system message: 'The card the user pastes is out of date; the person has had a birthday since.'",
      chat([Sy("The card the user pastes is out of date; the person has had a birthday since."),
            U("Extract the name and age as JSON.\nText:\nName: Per Vik\nAge: 33\n")], PERSON,
           [{"name": "Per Vik", "age": 33}, {"name": "Per Vik", "age": 34}], {"name": "Per Vik", "age": 34}))
probe("d44-l-eq-minus", "ChatML equation: a later turn 'I copied it wrong: the plus should be a minus.'",
      chat([U(r44_cm([("user", "Solve for x: 3x + 5 = 20. Show your steps."), ("user", "I copied it wrong: the plus should be a minus.")]))], None,
           [J5, "Step 1: 3x = 20 + 5\nStep 2: 3x = 25\nStep 3: x = 25/3"], ("x", 25 / 3), headers=EQ))


# ---------------------------------------------------------------- M. a note between the card and the instruction (plain and ChatML), no number, no name
def r44_m(nm, note, ask, schema, answers, expect, cm=False):
    card = "Here is the member card.\nName: %s\nAge: 33\nCity: Molde" % nm
    if cm:
        return chat([U(r44_cm([("user", card), ("assistant", "Thanks."), ("user", note), ("assistant", "Noted."), ("user", ask)]))],
                    schema, answers, expect)
    return chat([U(card + "\n" + note + "\n" + ask)], schema, answers, expect)
for r44_i, (r44_nm, r44_note, r44_k2) in enumerate([
        ("Aud Lie", "She is a year older than the card says.", "yearolder"),
        ("Bjorn Lie", "The card predates his last birthday.", "predates"),
        ("Cato Lie", "Please bear in mind the age field was not updated after his birthday.", "bearinmind"),
        ("Dina Lie", "Hun har hatt bursdag siden kortet ble skrevet.", "norsk")]):
    for r44_cmf in (False, True):
        r44_n2 = r44_nm.replace("Lie", "Lund") if r44_cmf else r44_nm
        probe("d44-m-%s%s" % (r44_k2, "-cm" if r44_cmf else ""), "note between the card and the instruction: %r%s" % (r44_note, " (ChatML)" if r44_cmf else ""),
              r44_m(r44_n2, r44_note, "Extract the name and age as JSON.", PERSON,
                    [{"name": r44_n2, "age": 33}, {"name": r44_n2, "age": 34}], {"name": r44_n2, "age": 34}, cm=r44_cmf))
probe("d44-m-moved", "note: 'He moved out of there last spring.'; name and city asked (city unknown: error)",
      r44_m("Eivind Lie", "He moved out of there last spring.", "Extract the name and city as JSON.", LS,
            [{"name": "Eivind Lie", "city": "Molde"}], "ERROR"))
probe("d44-m-wife", "note: 'That card is actually his wife's, by the way.'; his name and age asked (error)",
      r44_m("Frida Lie", "That card is actually his wife's, by the way.", "Extract his name and age as JSON.", PERSON,
            [{"name": "Frida Lie", "age": 33}], "ERROR"))



def value_of(text):
    try:
        return json.loads(text)
    except Exception:
        return None

def eq_value(text, var):
    import re
    m = re.findall(r"\b%s\s*=\s*(-?\d+(?:\.\d+)?(?:/\d+)?)" % var, text or "")
    if not m:
        return None
    v = m[-1]
    if "/" in v:
        a, b = v.split("/"); return float(a) / float(b)
    return float(v)

def same(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        return set(a) == set(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return a == b

def main(probes=None, fail_on_problems=False):
    """Serves `probes` ((id, note, steps); this file's P by default, a round's own from its driver) RUNS times
    through `stepcache serve` and judges every answer (their checks read this module's RUN and UPREF). Exit status 1
    on a wrong answer from the cache, and with fail_on_problems on any problem a probe's check reports."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--stepcache", default=os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "build", "release", "stepcache"))
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    global UPREF
    up = Up()
    UPREF = up
    uport = start_upstream(up)
    tmp = tempfile.mkdtemp(prefix="rt21-")
    keys = os.path.join(tmp, "keys.txt")
    open(keys, "w").write("key-a tenant-a\nkey-a2 tenant-a\nkey-b tenant-b\n")
    procs, ports = [], {}
    for nm, extra in (("main", []), ("keys", ["--keys", keys])):
        port = free_port()
        procs.append(subprocess.Popen([a.stepcache, "serve", "--listen", f"127.0.0.1:{port}", "--backend",
                                       f"openai:http://127.0.0.1:{uport}/v1", "--store",
                                       f"sqlite:{tmp}/{nm}.db", "--deadline", "20"] + extra,
                                      stdout=open(f"{tmp}/{nm}.log", "w"), stderr=subprocess.STDOUT))
        ports[nm] = port
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1); break
            except Exception:
                time.sleep(0.05)
    counts = dict(judged=0, right=0, wrong_cache=0, wrong_fresh=0, rejected_right=0, rejected_ok=0,
                  problems=0, five_xx=0, hang=0)
    try:
        for run in range(1, a.runs + 1):
            print(f"=== run {run}")
            for pid, note, steps in (P if probes is None else probes):
                if a.only and a.only not in pid:
                    continue
                for i, s in enumerate(steps):
                    up.set(s["answers"])
                    n0 = len(up.log)
                    t0 = time.time()
                    st, h, b = post(ports[s["server"]], s["body"], s["headers"], s["path"])
                    dt = time.time() - t0
                    calls = len(up.log) - n0
                    stream = bool(s["body"].get("stream"))
                    path = h.get("x-stepcache-path", "-")
                    tag = f"{pid}" + (f"#{i + 1}" if len(steps) > 1 else "")
                    if st == -1:
                        counts["hang"] += 1
                    if st >= 500:
                        counts["five_xx"] += 1
                    verdict, detail = "", ""
                    if s["path"].endswith("/verify"):
                        out = None
                        if st == 200:
                            o = json.loads(b)
                            out = o.get("output")
                            path = "verify(pass=%s,repaired=%s)" % (o.get("pass"), o.get("repaired"))
                        served = out
                    else:
                        served, fin, snote = content_of(st, b, stream)
                        detail += snote
                    exp = s["expect"]
                    if exp is None:
                        verdict = "RECORD"
                    elif exp == "ERROR":
                        verdict = "REJECTED-OK" if st >= 400 else "SERVED(expected an error)"
                        counts["rejected_ok" if st >= 400 else "problems"] += 1
                    else:
                        counts["judged"] += 1
                        if st != 200 or served is None:
                            verdict = "REJECTED-RIGHT"
                            counts["rejected_right"] += 1
                            try:
                                detail += " " + json.loads(b)["error"]["message"][:160]
                            except Exception:
                                detail += " " + b[:160]
                        else:
                            if isinstance(exp, tuple):
                                ok = eq_value(served, exp[0]) == exp[1]
                            else:
                                ok = same(value_of(served), exp)
                            if ok:
                                verdict = "right"; counts["right"] += 1
                            elif path in ("reuse", "patch"):
                                verdict = "WRONG-FROM-CACHE"; counts["wrong_cache"] += 1
                            else:
                                verdict = "WRONG-FRESH"; counts["wrong_fresh"] += 1
                            if not ok:
                                detail += f" served {served!r} right {exp!r}"
                    global RUN
                    RUN = run
                    if s["check"]:
                        pr = s["check"](st, h, b, calls)
                        if pr:
                            counts["problems"] += 1
                            verdict += " +PROBLEM"
                            detail += " " + pr
                    reason = ""
                    try:
                        reason = json.loads(b).get("stepcache", {}).get("reason", "")
                    except Exception:
                        pass
                    print(f"{tag:32s} {st:4d} {path:26s} up={calls} {dt:5.2f}s {verdict}{detail}" + (f"  [{reason[:90]}]" if reason and a.verbose else ""))
                    if a.verbose:
                        print("     body:", b[:400].replace("\n", "\\n"))
                        for r in up.log[n0:]:
                            print("     UP:", json.dumps(r.get("messages"))[:300])
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
    for p in procs:
        if p.returncode not in (0, -15, None):
            print("serve exit status", p.returncode)
    print("TOTAL", json.dumps(counts))
    return 1 if counts["wrong_cache"] or (fail_on_problems and counts["problems"]) else 0

if __name__ == "__main__":
    sys.exit(main())
