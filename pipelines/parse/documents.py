"""Turn an article file's bytes into a `Document`: decoding, front matter, normalization, id.

The contract fixes the id: SHA-256 of the normalized text (front matter removed, NFC, `\\n`
line endings, outer white space stripped, script as written), first 16 hex characters. So
the same article in two encodings or under two names is one article.

Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, and the common Chinese legacy
encodings (GB18030/GBK, Big5), told apart by charset-normalizer only when UTF-8 fails.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from charset_normalizer import from_bytes

from pipelines.parse.records import Document, ParseError

_LEGACY_ENCODINGS = ["gb18030", "big5", "utf_16"]
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding name) or raise ParseError."""
    if not data.strip():
        raise ParseError("the file is empty")
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ParseError(
                    f"the file starts with a {name} BOM but is not {name}: {exc}"
                ) from exc
    if b"\x00" in data:
        raise ParseError("the file contains NUL bytes: it looks binary, not an article text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None:
        raise ParseError("the file is neither UTF-8 nor GB18030/GBK, Big5 or UTF-16 text")
    return str(best), best.encoding


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a leading `---` block of `key: value` lines from the article body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    match = _FRONT_MATTER.match(text.lstrip())
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        kv = _KEY_VALUE.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2).strip().strip("'\"")
    return meta, text.lstrip()[match.end() :]


def normalize_text(text: str) -> str:
    """NFC, `\\n` line endings, outer white space stripped: the text spans refer to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()


def article_id_of(normalized: str) -> str:
    """First 16 hex characters of the SHA-256 of the normalized text."""
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def read_document(data: bytes) -> Document:
    """Decode, split front matter, normalize and identify one article file's bytes."""
    raw, encoding = decode_bytes(data)
    meta, body = split_front_matter(raw)
    text = normalize_text(body)
    if not text:
        raise ParseError("the article has no text after its front matter")
    # white space counts as text: full-width spaces (\u3000) are not "printable" to Python
    if sum(ch.isprintable() or ch.isspace() for ch in text) < 0.95 * len(text):
        raise ParseError("the text is mostly control characters: wrong encoding or not an article")
    return Document(article_id=article_id_of(text), text=text, metadata=meta, encoding=encoding)
