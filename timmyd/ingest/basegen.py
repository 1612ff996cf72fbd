"""Base-model replies for `[mining].rejected_from_base`.

Most accepted replies were never corrected, so they have no rejected partner. The base model (no
adapter) answering the same prompt gives one: DPO then pushes the policy from the base style towards
what the owner accepted. Greedy decoding keeps the reply (and so the pair's key) deterministic, which
is what lets re-ingesting a file add nothing. The model is loaded on first use only; the prompt is
rendered exactly as training renders it (the trainer's `prompt_ids`), so the pair is coherent.
"""

from __future__ import annotations

from timmyd.pairs import Message, Pair


class BaseGenerator:
    """Callable: prompt messages -> greedy reply text from the base model, at most `max_tokens`."""

    def __init__(self, model_dir: str, max_tokens: int = 128):
        self.model_dir, self.max_tokens = model_dir, max_tokens
        self._model = self._tokenizer = None
        self._stop: set[int] = set()

    def _load(self) -> None:
        from timmyd.train.data import end_of_turn_ids
        from timmyd.train.model import load_model

        self._model, self._tokenizer = load_model(self.model_dir)
        self._stop = set(end_of_turn_ids(self._tokenizer)) | set(getattr(self._tokenizer, "eos_token_ids", None) or [])

    def __call__(self, prompt: tuple[Message, ...]) -> str:
        import mlx.core as mx
        from mlx_lm.generate import generate_step

        from timmyd.train.data import prompt_ids

        if self._model is None:
            self._load()
        ids = prompt_ids(self._tokenizer, Pair(tuple(prompt), "", ""))
        out: list[int] = []
        for token, _ in generate_step(mx.array(ids), self._model, max_tokens=self.max_tokens):
            t = int(token)
            if t in self._stop:
                break
            out.append(t)
        return self._tokenizer.decode(out)
