"""The language the "fresh" corpus's sessions are written in: user turns with their hand-assigned kind,
assistant replies with the tool calls before them, format-E decoration. The sessions themselves are in
sessions_fresh_a.py ... _e.py, one module per export format."""

CORRECTION_KINDS = ("explicit", "repeat_narrow", "echo", "instead",
                    "reject_approach", "partial")
OTHER_KINDS = ("decline_offer", "followup", "new_task", "clarify_answer",
               "acceptance", "plain")
ALL_KINDS = CORRECTION_KINDS + OTHER_KINDS


# --------------------------------------------------------------------------
# tiny DSL for hand-written sessions
# --------------------------------------------------------------------------

def U(text, kind, second=False):
    """A user turn with its hand-assigned kind."""
    assert kind in ALL_KINDS, kind
    return {"t": "user", "text": text, "kind": kind, "second": second}


def A(text, tools=()):
    """An assistant reply; tools = [(command, output[, exit_code]), ...] run before it."""
    return {"t": "assistant", "text": text, "tools": list(tools)}


def DECISION(decision, rationale):
    """Format E only: a decision line (ignored by the other formats)."""
    return {"t": "decision", "decision": decision, "rationale": rationale}


def ERROR(error, context):
    """Format E only: an error line (ignored by the other formats)."""
    return {"t": "error", "error": error, "context": context}


def S(fmt, file, start, turns, **meta):
    return {"fmt": fmt, "file": file, "start": start, "turns": turns, "meta": meta}
