"""The pairwise judge against a local stand-in of Ollama's /api/chat, including position swapping."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from timmyd.config import Config, JudgeConfig, OllamaConfig
from timmyd.evaluate.judge import Item, JudgeError, judge_items, ollama_chat, outcome, parse_answer

REPLY = re.compile(r"\[Reply A\]\n(.*?)\n\[End of reply A\].*\[Reply B\]\n(.*?)\n\[End of reply B\]", re.S)


def shorter_wins(user_text: str) -> str:
    a, b = REPLY.search(user_text).groups()
    return "A" if len(a) <= len(b) else "B"


class FakeOllama:
    """A real HTTP server on 127.0.0.1 answering /api/chat like Ollama (non-streamed), with a policy."""

    def __init__(self, policy):
        self.policy, self.requests = policy, []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append((self.path, body))
                if self.path != "/api/chat":
                    self.send_response(404)
                    self.end_headers()
                    return
                if body["model"] != "judge:1b":
                    payload, code = {"error": f"model '{body['model']}' not found"}, 404
                else:
                    text = outer.policy(body["messages"][-1]["content"])
                    payload, code = {"model": body["model"], "message": {"role": "assistant", "content": text},
                                     "done": True}, 200
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def serve():
    servers = []

    def start(policy):
        s = FakeOllama(policy)
        servers.append(s)
        return s

    yield start
    for s in servers:
        s.close()


def cfg_for(url: str, model: str = "judge:1b") -> Config:
    return Config(judge=JudgeConfig(enabled=True, model=model), ollama=OllamaConfig(host=url, timeout_s=10, retries=0))


ITEMS = [Item("list files", "`ls -la`", "Great question! There are many ways to list files ..."),
         Item("python version", "`python3 --version`", "Sure! Knowing your version matters because ..."),
         Item("zip a folder", "Great question! Zipping is handy and there are several tools ...", "`zip -r a.zip d/`")]


def test_position_biased_judge_yields_only_ties(serve, monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    for letter in ("A", "B"):
        srv = serve(lambda _text, letter=letter: letter)
        res = judge_items(ITEMS, ollama_chat(cfg_for(srv.url)))
        assert (res["wins"], res["ties"], res["losses"]) == (0, 3, 0)
        assert res["tie_rate"] == 1.0 and len(srv.requests) == 6  # every item asked in both orders


def test_consistent_judge_counts_wins_and_losses_with_swap(serve, monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    srv = serve(shorter_wins)
    res = judge_items(ITEMS, ollama_chat(cfg_for(srv.url)))
    # candidate is shorter in items 1 and 2 (wins), longer in item 3 (loss)
    assert [r["outcome"] for r in res["items"]] == ["win", "win", "loss"]
    assert (res["wins"], res["ties"], res["losses"]) == (2, 0, 1)
    assert res["win_rate"] == pytest.approx(2 / 3) and res["loss_rate"] == pytest.approx(1 / 3)
    # the second request of each item really swaps the replies
    first, second = srv.requests[0][1]["messages"][-1]["content"], srv.requests[1][1]["messages"][-1]["content"]
    assert REPLY.search(first).groups() == ("`ls -la`", ITEMS[0].current)
    assert REPLY.search(second).groups() == (ITEMS[0].current, "`ls -la`")
    body = srv.requests[0][1]
    assert body["stream"] is False and body["options"]["temperature"] == 0


def test_max_pairs_and_unreadable_answers(serve, monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    srv = serve(lambda _t: "I cannot decide.")
    res = judge_items(ITEMS, ollama_chat(cfg_for(srv.url)), max_pairs=2)
    assert res["n"] == 2 and res["ties"] == 2 and res["invalid_answers"] == 4


def test_parse_and_outcome_rules():
    assert parse_answer("A") == "A" and parse_answer(" b.") == "B" and parse_answer("Reply B is better") == "B"
    assert parse_answer("") is None and parse_answer("neither") is None
    assert outcome("A", "B") == "win" and outcome("B", "A") == "loss"
    assert outcome("A", "A") == "tie" and outcome(None, "B") == "tie"


def test_errors_name_the_problem(serve, monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    with pytest.raises(JudgeError, match=r"\[judge\].model"):
        ollama_chat(cfg_for("http://127.0.0.1:1", model=""))
    srv = serve(shorter_wins)
    with pytest.raises(JudgeError, match="missing:latest.*not found"):
        judge_items(ITEMS, ollama_chat(cfg_for(srv.url, model="missing:latest")))
    with pytest.raises(JudgeError, match="unreachable"):
        judge_items(ITEMS, ollama_chat(cfg_for("http://127.0.0.1:9")))
