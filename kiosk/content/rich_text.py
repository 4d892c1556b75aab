"""The little formatting a kiosk text may carry, and HTML from spreadsheets reduced to it.

A stored text is plain text: paragraphs are separated by a blank line, a list item is a line
starting with "• ", and emphasis is written <em>…</em> or <strong>…</strong>, the only tags
it may contain. Everything else of HTML is dropped: scripts and styles with their content,
every attribute (event handlers included); a link keeps only its text, since a kiosk has no
browser to follow it to.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

EMPHASIS = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}
_DROPPED = {"script", "style", "template", "iframe", "object", "noscript", "head", "title"}
_BLOCKS = {
    "p", "div", "blockquote", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "table", "tr", "figure", "figcaption", "cite", "pre",
}  # fmt: skip
_BREAK = "\n"
_PARAGRAPH = "\n\n"


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROPPED:
            self.skipping += 1
        elif self.skipping:
            return
        elif tag in EMPHASIS:
            self.parts.append(f"<{EMPHASIS[tag]}>")
        elif tag == "li":
            self.parts.append(f"{_BREAK}• ")
        elif tag == "br":
            self.parts.append(_BREAK)
        elif tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping:
            return
        elif tag in EMPHASIS:
            self.parts.append(f"</{EMPHASIS[tag]}>")
        elif tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        # As a browser would: one line break is a space; a blank line still parts paragraphs.
        data = re.sub(r"\n\s*\n", _PARAGRAPH, data.replace("\r", ""))
        data = re.sub(r"(?<!\n)\n(?!\n)", " ", data)
        self.parts.append(data)


def from_html(markup: str) -> str:
    """`markup` (HTML or plain text) as a stored kiosk text."""
    reducer = _Reducer()
    reducer.feed(markup)
    reducer.close()
    return _tidy("".join(reducer.parts))


def plain(markup: str) -> str:
    """`markup` with every tag gone: for titles, credits and captions."""
    return " ".join(_strip_emphasis(from_html(markup)).split())


def unformatted(markup: str) -> str:
    """`markup` as paragraphs of plain text: for texts shown without emphasis."""
    return _strip_emphasis(from_html(markup))


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split(_PARAGRAPH) if p.strip()]


def to_styled(paragraph: str) -> str:
    """One stored paragraph as Qt's StyledText: escaped, emphasis kept, line breaks kept."""
    escaped = html.escape(paragraph, quote=False)
    for tag in ("em", "strong"):
        short = "i" if tag == "em" else "b"
        escaped = escaped.replace(f"&lt;{tag}&gt;", f"<{short}>")
        escaped = escaped.replace(f"&lt;/{tag}&gt;", f"</{short}>")
    return escaped.replace("\n", "<br>")


def styled_marks(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """Plain `text` as Qt's StyledText with the (start, end) `spans` in bold: what a search
    found in a title, everything else escaped."""
    out, at = [], 0
    for start, end in spans:
        out += [html.escape(text[at:start], quote=False), "<b>"]
        out += [html.escape(text[start:end], quote=False), "</b>"]
        at = end
    return "".join(out) + html.escape(text[at:], quote=False)


def styled_paragraphs(text: str) -> list[str]:
    return [to_styled(p) for p in paragraphs(text)]


def _strip_emphasis(text: str) -> str:
    return re.sub(r"</?(em|strong)>", "", text)


def searchable(text: str) -> str:
    """The words of a stored text, without its emphasis tags or list bullets."""
    if "<" in text:
        text = _strip_emphasis(text)
    return text.replace("• ", "") if "•" in text else text


def _tidy(text: str) -> str:
    """Collapse runs of spaces; keep single line breaks; at most one blank line between blocks."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    blocks, current = [], []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    blocks = [re.sub(r"<(em|strong)>\s*</\1>", "", b) for b in blocks]
    return _PARAGRAPH.join(b for b in blocks if b.strip())
