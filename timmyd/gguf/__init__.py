"""Stage 5, GGUF: the file format Ollama and llama.cpp read. Reading and writing GGUF (`io.py`), the
per-family tensor facts (`arch.py`: names, q/k permutation, Gemma's norm offset), LoRA and fused
exports of a trained adapter (`export.py`), and importing a GGUF base into an MLX model directory
(`importer.py`). It does not talk HTTP: finding the GGUF of an Ollama model name is `timmyd.ollama.models`.

May import: `timmyd.config`. (Note: inside this package `import gguf` is the PyPI library.)
"""
