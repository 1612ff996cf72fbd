"""The hand-written sessions of the `fresh2` corpus: the little language they are written in (every user turn
with its hand-given kind), and FILES, which the per-format data modules (sessions_fresh2_a.py ... _e.py) fill
when make_fresh2.py imports them in order."""

CORRECTION_KINDS = ["explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial"]
NEGATIVE_KINDS = ["decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain"]
ALL_KINDS = CORRECTION_KINDS + NEGATIVE_KINDS


def U(text, kind):
    assert kind in ALL_KINDS, kind
    return ("u", text, kind)


def A(text):
    return ("a", text)


def T(command, output, rc=0):
    return ("t", command, output, rc)


def DEC(decision, rationale):
    return ("dec", decision, rationale)


def ERR(error, context):
    return ("err", error, context)


def S(title, *items):
    return {"title": title, "items": list(items)}


FILES = []  # (fmt, name, sessions, opts)


def add(fmt, name, sessions, **opts):
    FILES.append((fmt, name, sessions, opts))
