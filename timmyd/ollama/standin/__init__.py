"""A faithful local stand-in for the Ollama server (routes, status codes, NDJSON streams with
in-stream errors, digest checks, llama.cpp adapter checks), written from Ollama's API documentation.
Used by the tests and by `timmyd demo` when no Ollama answers; `python -m timmyd.ollama.standin.server`.

May import: `timmyd.ollama.client`, `timmyd.gguf`. Nothing in the product imports it but the demo.
"""
