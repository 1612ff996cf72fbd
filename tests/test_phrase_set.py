"""`PhraseSet`: an alternation searched only over the alternatives whose needed strings occur in the text gives the
plain alternation's answers (the speed-up of the mining rules must not change one verdict)."""

import json
import random
import re
from pathlib import Path

import pytest

from timmyd.ingest import cues, features, phrases
from timmyd.ingest.phrases import PhraseSet, _alternatives, _head, _needed

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "mining_corpus"


@pytest.mark.parametrize("pattern, need", [
    (r"\bnot what i (?:asked|meant)\b", {"not what i "}),
    (r"(?:that'?s|it is) (?:wrong|incorrect)\b", {"wrong", "incorrect"}),  # the longer of the two needs
    (r"(?:very )?bad\b", {"bad"}),  # "very " is optional
    (r"(?:really )?broken", {"broken"}),
    (r"(?<=thanks )\bagain", {"again"}),  # a lookbehind's words need not be in the match
    (r"(?:again)+ and", {"again"}),  # a repeat of at least one needs its body
    (r"(?:again)* and more", {" and more"}),
    (r"\w+ly", None),  # "ly": too short to be worth checking
    (r"(?i)wrong", None),  # case-blind: no literal need
    (r"(?:wrong|\w+)", None),  # one alternative needs nothing: neither does the whole
])
def test_needed_strings_come_from_the_pattern(pattern, need):
    got = _needed(pattern)
    assert (set(got) if got else None) == need


def test_alternatives_split_only_at_the_top_level():
    assert _alternatives(r"a|(b|c)|[|]|\||d[]|]e") == ["a", "(b|c)", "[|]", r"\|", "d[]|]e"]


def _sets() -> dict[str, PhraseSet]:
    out = {}
    for mod in (phrases, cues, features):
        for name, v in vars(mod).items():
            if isinstance(v, PhraseSet):
                out[f"{mod.__name__}.{name}"] = v
    return out


def _texts() -> list[str]:
    turns = [_head(json.loads(x)["turn"]) for f in sorted(CORPUS.glob("*/labels.jsonl"))
             for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    rng = random.Random(7)
    words = sorted({w for t in turns for w in t.split()})
    made = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    return turns + made


def test_every_phrase_set_answers_like_its_plain_alternation():
    sets = _sets()
    assert {"timmyd.ingest.phrases._STRONG_RE", "timmyd.ingest.phrases._BACKREF",
            "timmyd.ingest.cues._NEGATOR_HINT", "timmyd.ingest.features._X_NOT_Y"} <= set(sets)
    texts = _texts()
    assert len(texts) > 5000
    for name, ps in sets.items():
        checked = 0
        for t in texts:
            for a, b in ((ps.search(t), ps.regex.search(t)), (ps.match(t), ps.regex.match(t))):
                assert (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0))), (name, t)
                checked += b is not None
        assert checked, name  # each set matched somewhere: the comparison saw real matches


def test_a_text_without_any_needed_string_is_not_searched():
    ps = PhraseSet([r"\bwrong\b", r"\btoo long\b"])
    assert ps._pick("all good thanks") is phrases._NEVER
    assert ps.search("that is too long").group(0) == "too long"
    assert ps._pick("wrong and too long") is ps.regex  # both may match: the full alternation
    assert PhraseSet.of(re.compile("a|b", re.I)).flags & re.I  # flags: the pattern is kept as it is
