"""Shared fixtures: a tiny locally built model (session scope) and the optional ../shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A random-weight llama with a locally trained tokenizer and a chat template."""
    from timmyd.service.tiny import build_model
    return build_model(tmp_path_factory.mktemp("tiny") / "model", size="tiny", seed=0)


@pytest.fixture(scope="session")
def tiny_base_model(tmp_path_factory) -> Path:
    """Same, without a chat template (exercises the plain fallback for base models)."""
    from timmyd.service.tiny import build_model
    return build_model(tmp_path_factory.mktemp("tinybase") / "model", size="tiny", seed=1, chat_template=False)


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present (a user's clone has none)")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path, monkeypatch):
    """Never let a test touch the checkout's state/ or the user's config."""
    monkeypatch.setenv("TIMMYD_STATE", str(tmp_path / "state"))
    monkeypatch.delenv("TIMMYD_CONFIG", raising=False)
