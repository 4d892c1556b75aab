"""What a picture says about itself: caption, credit, rights and date from XMP, IPTC or EXIF.

Cameras write EXIF, newsrooms and archives IPTC, and photo tools XMP; where they disagree the
newest standard wins (XMP, then IPTC, then EXIF), and of dates the newest that reads as a date.
Staff can change every value afterwards. A caption that the camera wrote for itself ("OLYMPUS
DIGITAL CAMERA", its model's name) is not a caption, wherever it stands, and is left out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, IptcImagePlugin

from kiosk.content.camera_text import is_camera_text
from kiosk.content.taken import iso_taken

_NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
_XMP_FIELDS = {
    "caption": ("dc:description",),
    "credit": ("photoshop:Credit", "dc:creator"),
    "rights": ("dc:rights",),
    "taken": ("exif:DateTimeOriginal", "photoshop:DateCreated", "xmp:CreateDate"),
}
_IPTC_FIELDS = {"caption": ((2, 120),), "credit": ((2, 110), (2, 80)), "rights": ((2, 116),)}
_EXIF_FIELDS = {
    "caption": ExifTags.Base.ImageDescription,
    "credit": ExifTags.Base.Artist,
    "rights": ExifTags.Base.Copyright,
}
LIMITS = {"caption": 2000, "credit": 300, "rights": 300}  # characters
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")  # all but tab and newline


@dataclass(frozen=True)
class Embedded:
    caption: str = ""
    credit: str = ""
    rights: str = ""
    taken: str | None = None  # ISO 8601 (kiosk.content.taken)
    unreadable_date: str = ""  # a date as the file wrote it, where none could be read


def read_embedded(image: Image.Image) -> Embedded:
    """The picture's own caption, credit, rights and date; empty where it has none."""
    found: dict[str, str] = {}
    dates: list[str] = []  # each standard's, oldest first
    camera = _camera_names(image)
    for reader in (_from_exif, _from_iptc, _from_xmp):  # later readers overwrite earlier ones
        try:
            read = reader(image)
        except (OSError, SyntaxError, ValueError, ElementTree.ParseError):
            continue  # damaged metadata is ignored; the picture itself may be fine
        if is_camera_text(read.get("caption", ""), *camera):
            read["caption"] = ""
        dates.append(read.pop("taken", ""))
        found.update({k: v for k, v in read.items() if v})
    written = [d for d in dates if d]
    readable = [iso for d in written if (iso := iso_taken(d))]
    return Embedded(
        caption=found.get("caption", ""),
        credit=found.get("credit", ""),
        rights=found.get("rights", ""),
        taken=readable[-1] if readable else None,
        unreadable_date=written[-1] if written and not readable else "",
    )


def bounded(path: Path, texts: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """`texts` (caption, credit, rights) without control characters and within LIMITS, and a
    note for each one that was cut."""
    kept, notes = {}, []
    for name, value in texts.items():
        value = _CONTROL.sub(" ", value).strip()
        limit = LIMITS[name]
        if len(value) > limit:
            notes.append(
                f"{path}: its embedded {name} is {len(value):,} characters long; "
                f"the first {limit:,} are kept"
            )
            value = value[:limit].rsplit(" ", 1)[0].rstrip() + "…"
        kept[name] = value
    return kept, notes


def _camera_names(image: Image.Image) -> tuple[str, ...]:
    try:
        exif = image.getexif()
    except (OSError, SyntaxError, ValueError):
        return ()
    return tuple(_text(exif.get(tag)) for tag in (ExifTags.Base.Make, ExifTags.Base.Model))


def _from_exif(image: Image.Image) -> dict[str, str]:
    exif = image.getexif()
    found = {name: _text(exif.get(tag)) for name, tag in _EXIF_FIELDS.items()}
    details = exif.get_ifd(ExifTags.IFD.Exif)
    when = _text(details.get(ExifTags.Base.DateTimeOriginal))
    offset = _text(details.get(ExifTags.Base.OffsetTimeOriginal))  # EXIF 2.31 and later
    found["taken"] = iso_taken(when, offset) or when  # as written where it is no date
    return found


def _from_iptc(image: Image.Image) -> dict[str, str]:
    info = IptcImagePlugin.getiptcinfo(image) or {}
    return {
        name: next((_text(info[key]) for key in keys if info.get(key)), "")
        for name, keys in _IPTC_FIELDS.items()
    }


def _from_xmp(image: Image.Image) -> dict[str, str]:
    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if not packet and hasattr(image, "tag_v2"):  # TIFF keeps it in tag 700
        packet = image.tag_v2.get(700)
    if not packet:
        return {}
    root = ElementTree.fromstring(packet if isinstance(packet, bytes) else packet.encode())
    return {
        name: next((v for key in keys if (v := _xmp_value(root, key))), "")
        for name, keys in _XMP_FIELDS.items()
    }


def _xmp_value(root: ElementTree.Element, key: str) -> str:
    """A property written either as an attribute of rdf:Description or as an element."""
    prefix, name = key.split(":")
    qualified = f"{{{_NS[prefix]}}}{name}"
    for description in root.iter(f"{{{_NS['rdf']}}}Description"):
        if qualified in description.attrib:
            return description.attrib[qualified].strip()
    element = root.find(f".//{key}", _NS)
    if element is None:
        return ""
    items = [li.text.strip() for li in element.iter(f"{{{_NS['rdf']}}}li") if li.text]
    return "; ".join(items) if items else (element.text or "").strip()


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else b""
    if isinstance(value, bytes):
        for encoding in ("utf-8", "cp1252"):
            try:
                value = value.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return str(value).strip("\x00 \t\r\n") if value else ""
