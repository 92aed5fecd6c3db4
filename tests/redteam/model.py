#!/usr/bin/env python3
"""A scripted stand-in for a small chat model, used as a `command:` backend.

It reads an OpenAI chat-completions request on stdin and answers from answers.json: for the
prompt (the first user message) it picks the table entry whose prompt that message is or opens
with (the longest such; failing that, the longest prompt it holds) and returns the entry's
answers in turn, one per call, repeating the last one once they run out. The call counter lives
in a state file, so a retry of the same prompt can get another (for example the right) answer.
It answers the kinds of requests StepCache sends:
  - a full request: the whole scripted answer;
  - a JSON region request (response_format schema naming fewer properties than the prompt's
    schema): only the asked members of the scripted answer (of the entry the last request with
    the whole schema chose, when the same prompt has entries the asked members do not tell apart);
  - an equation continuation (assistant steps, then "continue"): the scripted answer's lines
    after the last step it was shown, or the whole answer when that step is not in it;
  - a repair request (the previous answer, then "not acceptable"): the next answer.
Stdlib only. Env: REDTEAM_ANSWERS (table), REDTEAM_STATE (counter file), REDTEAM_LOG.

  model.py                  one call: the request on stdin, the reply on stdout
  model.py --serve          an OpenAI-compatible server on 127.0.0.1 (POST /v1/chat/completions),
                            answering every call in one process; it prints its port on the first
                            line of stdout. The counters then live in memory (REDTEAM_STATE unused).
Starting Python costs far more than answering on some machines, so check.py uses --serve.
"""
import fcntl
import json
import os
import socket
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.environ.get("REDTEAM_ANSWERS", os.path.join(HERE, "answers.json"))
STATE = os.environ.get("REDTEAM_STATE", "/tmp/redteam_model_state.json")
LOG = os.environ.get("REDTEAM_LOG", "/tmp/redteam_model_log.jsonl")


def reply(content, prompt_tokens=50):
    return {
        "id": "chatcmpl-redteam",
        "object": "chat.completion",
        "model": "redteam-script",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": max(1, len(content) // 4),
                  "total_tokens": prompt_tokens + max(1, len(content) // 4)},
    }


class FileCounters:
    """Call counters in REDTEAM_STATE, one per scripted entry, shared by every process."""

    def next(self, entry_id):
        with open(STATE + ".lock", "w") as lk:
            fcntl.flock(lk, fcntl.LOCK_EX)
            try:
                state = json.load(open(STATE))
            except (OSError, ValueError):
                state = {}
            n = state.get(entry_id, 0)
            state[entry_id] = n + 1
            json.dump(state, open(STATE, "w"))
        return n


class MemoryCounters:
    def __init__(self):
        self.state = {}
        self.lock = threading.Lock()

    def next(self, entry_id):
        with self.lock:
            n = self.state.get(entry_id, 0)
            self.state[entry_id] = n + 1
        return n


WINDOW = 40
_INDEX = {}
_LAST_WHOLE = {}  # prompt -> the entry the last request with the whole schema chose


def _index(table):
    """(prompt -> entries, first WINDOW characters -> the lengths of the prompts opening with
    them, longest first, the lengths of the prompts shorter than WINDOW, longest first)."""
    key = id(table)
    if key not in _INDEX:
        exact, heads, short = {}, {}, set()
        for e in table:
            p = e["prompt"]
            exact.setdefault(p, []).append(e)
            if len(p) < WINDOW:
                short.add(len(p))
            else:
                heads.setdefault(p[:WINDOW], set()).add(len(p))
        heads = {h: sorted(lens, reverse=True) for h, lens in heads.items()}
        _INDEX[key] = (exact, heads, sorted(short, reverse=True))
    return _INDEX[key]


def scripted_entries(table, text):
    """The entries of the prompt text opens with (the longest such prompt; text is the prompt
    itself for a whole request, and StepCache adds lines after it for a region or a repair),
    in the table's order; when text opens with none, those of the longest prompt it holds."""
    exact, heads, short = _index(table)
    if text in exact:
        return exact[text]
    for n in heads.get(text[:WINDOW], ()):
        if n < len(text) and text[:n] in exact:
            return exact[text[:n]]
    for n in short:
        if n < len(text) and text[:n] in exact:
            return exact[text[:n]]
    held = [e for e in table if e["prompt"] in text]  # rare: a scan of the whole table
    longest = max((len(e["prompt"]) for e in held), default=0)
    return [e for e in held if len(e["prompt"]) == longest]


def answer(req, table, counters):
    """The reply (a chat.completion object) to one request, and the line it adds to LOG."""
    msgs = req.get("messages", [])
    users = [m.get("content", "") for m in msgs if m.get("role") == "user"]
    first_user = users[0] if users else ""
    rf = req.get("response_format") or {}
    asked_schema = (rf.get("json_schema", {}) or {}).get("schema", {}) or {}
    asked_props = asked_schema.get("properties", {}) or {}
    matches = scripted_entries(table, first_user)
    best = None
    if matches:
        # The same prompt with several schemas: the model sees the schema too.
        def fit(e):
            schema = e.get("schema") or {}
            props = schema.get("properties", {})
            # (What the schema says of the whole, which a region request carries too.)
            whole = all(schema.get(k) == asked_schema.get(k) for k in ("title", "description"))
            if props == asked_props:
                return 6 + whole
            if asked_props and all(props.get(k) == v for k, v in asked_props.items()):
                return 4 + whole
            if asked_props and set(asked_props) <= set(props):
                return 2 + whole
            return 0
        scores = [fit(e) for e in matches]
        tied = [e for e, f in zip(matches, scores) if f == max(scores)]
        best = tied[0]
        # Entries the asked part cannot tell apart (a region request names fewer members than the
        # schemas that differ elsewhere): the one the last request with the whole schema chose, as
        # the same conversation goes on.
        if len(tied) > 1:
            best = next((e for e in tied if e["id"] == _LAST_WHOLE.get(best["prompt"])), best)
        if max(scores) >= 6:
            _LAST_WHOLE[best["prompt"]] = best["id"]
    has_assistant = any(m.get("role") == "assistant" for m in msgs)
    last_user = users[-1] if users else ""
    asked = None
    if rf.get("type") == "json_schema":
        asked = list((rf.get("json_schema", {}).get("schema", {}) or {}).get("properties", {}).keys())
    if best is None:
        kind = "unmatched"
        content = "I could not find the information."
        n = -1
    else:
        n = counters.next(best["id"])
        answers = best["answers"]
        ans = answers[min(n, len(answers) - 1)]
        low = last_user.lower()
        repair = has_assistant and ("not acceptable" in low or "incorrect" in low or "wrong" in low
                                    or "failed" in low or "invalid" in low or "not valid" in low)
        if best["task"] == "json_extract":
            full_keys = best.get("schema_keys", [])
            if asked is not None and set(asked) < set(full_keys) and isinstance(ans, dict):
                kind = "region"
                content = json.dumps({k: ans[k] for k in asked if k in ans})
            else:
                kind = "repair" if repair else "full"
                content = ans if isinstance(ans, str) else json.dumps(ans)
        else:
            if has_assistant and not repair:
                kind = "continue"
                shown = [m["content"] for m in msgs if m.get("role") == "assistant"][-1]
                shown_lines = [l.strip() for l in shown.strip().splitlines() if l.strip()]
                lines = ans.strip().splitlines()
                content = ans
                if shown_lines:
                    last = shown_lines[-1]
                    for i in range(len(lines) - 1, -1, -1):
                        if lines[i].strip() == last:
                            rest = "\n".join(lines[i + 1:]).strip()
                            content = rest if rest else ans
                            break
            else:
                kind = "repair" if repair else "full"
                content = ans
    line = json.dumps({"entry": best["id"] if best else None, "call": n, "kind": kind,
                       "asked": asked, "content": content,
                       "last_user": last_user[-300:] if has_assistant or kind == "region" else None}) + "\n"
    return reply(content), line


def serve(table):
    """Answers POST .../chat/completions on 127.0.0.1 (a free port, printed first): HTTP/1.1 with
    keep-alive, one thread per connection, read and written by hand (http.server's parsing cost
    more than the answers; StepCache keeps its connections open)."""
    counters = MemoryCounters()
    log = open(LOG, "a", buffering=1)  # a line per call, written as it is made
    log_lock = threading.Lock()

    def respond(conn, status, body):
        conn.sendall(b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                     % (status, b"OK" if status == 200 else b"Not Found", len(body)) + body)

    def handle(conn):
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        with conn:
            while True:
                while b"\r\n\r\n" not in buf:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buf += chunk
                head, _, buf = buf.partition(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                path = lines[0].split(b" ")[1] if len(lines[0].split(b" ")) > 1 else b""
                length = 0
                for h in lines[1:]:
                    name, _, value = h.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                while len(buf) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buf += chunk
                body, buf = buf[:length], buf[length:]
                if not path.endswith(b"/chat/completions"):
                    respond(conn, 404, b"{}")
                    continue
                reply_obj, line = answer(json.loads(body), table, counters)
                with log_lock:
                    log.write(line)
                respond(conn, 200, json.dumps(reply_obj).encode())

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    print(server.getsockname()[1], flush=True)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def main():
    table = json.load(open(TABLE))
    if sys.argv[1:] == ["--serve"]:
        serve(table)
    else:
        out, line = answer(json.load(sys.stdin), table, FileCounters())
        with open(LOG, "a") as f:
            f.write(line)
        sys.stdout.write(json.dumps(out))


if __name__ == "__main__":
    main()
