"""timmyd: teach a personal assistant its owner's preferences (DPO/SimPO LoRA on MLX -> Ollama)."""

__version__ = "0.1.0"
