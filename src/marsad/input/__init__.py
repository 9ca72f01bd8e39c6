"""Getting articles in: bytes to text (encodings), HTML to main text, files and JSONL to documents."""
from .decode import DEFAULT_MAX_BYTES, decode_bytes
from .loader import document_from_bytes, load_path, read_jsonl

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "document_from_bytes", "load_path", "read_jsonl"]
