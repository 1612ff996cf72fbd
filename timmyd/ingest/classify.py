"""A second opinion from a local model on the turns the mining rules find ambiguous ([mining] classifier).

Off by default (`classifier = ""`): the rules of `mining.py` decide alone. With an Ollama model name, a
turn that `mining.judge` marks ambiguous (a cue the structure does not confirm, or a structure with no
cue) is sent once through Ollama's `/api/chat` with a JSON schema as `format`: the model gives a label,
whether the turn targets the previous reply, the constraint the owner stated, and a verbatim evidence
quote from the owner's turn. Why so guarded:

- the evidence must be a substring of the owner's turn (whitespace and quote marks aside), else the
  answer is discarded: a model that invents a quote did not read the turn;
- the answer only counts as a correction when the label says so AND it targets the previous reply;
- Ollama down, slow (`classifier_timeout_s`, no retries), a missing model or an unreadable answer: the
  rules' verdict stands, and after a connection failure or timeout nothing more is asked in that pass,
  so an ingest never stalls on Ollama;
- answers are kept in memory by (model, turn texts), so a Hermes session rewritten after every turn is
  not asked about again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable

import httpx
from loguru import logger

from timmyd.ollama.client import OllamaClient, OllamaError, OllamaUnreachable

Opinion = Callable[[str, str, str], "bool | None"]  # (request, reply, follow-up) -> correction?, None = no opinion

LABELS = ["correction", "decline", "answer", "new_task", "followup", "acceptance", "other"]
SCHEMA = {
    "type": "object",
    "properties": {
        "label": {"type": "string", "enum": LABELS},
        "targets_previous_reply": {"type": "boolean"},
        "constraint": {"type": "string"},
        "evidence": {"type": "string"},
    },
    "required": ["label", "targets_previous_reply", "constraint", "evidence"],
}
SYSTEM = """You read one moment of a chat between an owner and their assistant and say what the owner's \
latest turn does to the assistant's previous reply.
Labels:
- correction: the owner is dissatisfied with the previous reply and wants it redone: says it is wrong or too \
long, repeats or narrows the request, throws the request's own words back, states what they wanted instead, \
rejects the approach or tool, or grants partial progress and corrects again.
- decline: the owner says no to an offer or suggestion the assistant made (e.g. "Want me to ...?" - "No, leave it").
- answer: the owner answers a question the assistant asked.
- new_task: the owner asks for something unrelated to the previous request.
- followup: the owner builds on a reply they accepted (more work, a next step, a related question).
- acceptance: the owner accepts or thanks.
- other: anything else.
Answer with JSON: label; targets_previous_reply (true only if the turn criticises or rejects the previous \
reply itself); constraint (what the owner wants, in a few words, or ""); evidence (words copied exactly from \
the owner's latest turn that show the label)."""
MAX_CHARS = 1500
_CACHE: dict[str, bool] = {}
_CACHE_MAX = 4096


def _clip(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"


def messages(request: str, reply: str, follow: str) -> list[dict]:
    user = (f"The owner's request:\n{_clip(request)}\n\nThe assistant's previous reply:\n{_clip(reply)}\n\n"
            f"The owner's latest turn:\n{_clip(follow)}")
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split()).lower()


def evidence_quote_ok(evidence: str, follow: str) -> bool:
    """The evidence is a quote of the owner's turn: a non-empty substring of it (whitespace, case and
    quote marks aside)."""
    e = _norm(evidence).strip(" \"'")
    return bool(re.search(r"\w", e)) and e in _norm(follow)


def read_answer(content: str, follow: str) -> bool | None:
    """The model's answer as correction yes/no, or None when it is unusable: not the schema's JSON, an
    unknown label, or evidence that is empty or not quoted from the owner's turn."""
    try:
        obj = json.loads(content)
    except (ValueError, TypeError):
        return None
    if not isinstance(obj, dict) or obj.get("label") not in LABELS:
        return None
    evidence = obj.get("evidence")
    if not isinstance(evidence, str) or not evidence_quote_ok(evidence, follow):
        return None
    return obj["label"] == "correction" and obj.get("targets_previous_reply") is True


class Classifier:
    """`opinion(request, reply, follow)` for `mining.Rules.opinion`, on one Ollama model."""

    def __init__(self, model: str, host: str | None = None, timeout_s: float = 10.0,
                 transport: httpx.BaseTransport | None = None):
        self.model = model
        self.client = OllamaClient(host, timeout=timeout_s, retries=0, transport=transport)
        self.down = False  # set on the first connection failure or timeout: not asked again in this pass
        self.asked = self.discarded = 0

    @classmethod
    def from_config(cls, cfg) -> Classifier:
        return cls(cfg.mining.classifier, cfg.ollama.host, cfg.mining.classifier_timeout_s)

    def close(self) -> None:
        self.client.close()

    def __call__(self, request: str, reply: str, follow: str) -> bool | None:
        key = hashlib.sha256(json.dumps([self.model, request, reply, follow]).encode()).hexdigest()
        if key in _CACHE:
            return _CACHE[key]
        if self.down:
            return None
        self.asked += 1
        try:
            r = self.client.chat(self.model, messages(request, reply, follow), format=SCHEMA,
                                 options={"temperature": 0})
        except OllamaUnreachable as e:
            self._give_up(f"unreachable: {e.message}")
            return None
        except OllamaError as e:
            if e.status == 404:
                self._give_up(f"model {self.model!r} not found (ollama pull {self.model})")
            else:
                logger.info("mining classifier: {}; the rules decide this turn", e)
            return None
        except httpx.HTTPError as e:  # a timeout on the answer after connecting
            self._give_up(f"{type(e).__name__}: {e}")
            return None
        message = r.get("message") if isinstance(r, dict) else None
        content = message.get("content") if isinstance(message, dict) else None
        verdict = read_answer(content, follow) if isinstance(content, str) else None
        if verdict is None:
            self.discarded += 1
            logger.debug("mining classifier: unusable answer {!r}", str(content)[:200])
            return None
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = verdict
        return verdict

    def _give_up(self, why: str) -> None:
        self.down = True
        logger.warning("mining classifier {} at {}: {}; the rules alone decide for the rest of this pass",
                       self.model, self.client.host, why)
