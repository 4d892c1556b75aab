"""Media files of every kind, good and bad, made by the tests themselves (Pillow and PyAV)."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import av
from PIL import Image, ImageDraw

XMP = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
 <rdf:Description photoshop:Credit="Photo: Aysel Mammadova"
   photoshop:DateCreated="1990-01-22T10:15:00">
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Carnations on the steps, Baku</rdf:li>
  </rdf:Alt></dc:description>
  <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">CC BY 4.0</rdf:li></rdf:Alt></dc:rights>
 </rdf:Description></rdf:RDF></x:xmpmeta>"""


def photo(path: Path, size=(1200, 800), colour=(120, 30, 40), **save) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    picture = Image.new("RGB", size, colour)
    ImageDraw.Draw(picture).ellipse((size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2))
    picture.save(path, **save)
    return path


def camera_photo(path: Path) -> Path:
    """A JPEG as a camera writes it: EXIF caption and date, and XMP from a photo tool."""
    exif = Image.Exif()
    exif[0x010E] = "IMG_0042"
    exif.get_ifd(0x8769)[0x9003] = "1990:01:22 10:15:00"
    return photo(path, quality=90, exif=exif, xmp=XMP.encode())


def tone(path: Path, seconds: float = 1.0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        samples = int(8000 * seconds)
        out.writeframes(
            b"".join(struct.pack("<h", int(6000 * math.sin(i / 8))) for i in range(samples))
        )
    return path


def video(path: Path, seconds: float = 2.0, codec: str = "libx264", **tags: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w") as container:
        container.metadata.update(tags)
        stream = container.add_stream(codec, rate=25)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for i in range(int(25 * seconds)):
            frame = Image.new("RGB", (320, 240), (20 + i * 3, 30, 60))
            ImageDraw.Draw(frame).rectangle((i * 5, 100, i * 5 + 40, 140), fill="white")
            for packet in stream.encode(av.VideoFrame.from_image(frame)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def usb_stick(root: Path) -> Path:
    """A folder as staff bring it: good files, bad files and what computers leave behind."""
    camera_photo(root / "DCIM" / "baku-steps.jpg")
    photo(root / "DCIM" / "copy-of-steps.jpg", colour=(10, 10, 10))
    photo(root / "scans" / "letter.png", colour=(230, 220, 200))
    photo(root / "scans" / "poster.webp", colour=(40, 80, 40))
    photo(root / "scans" / "plan.tif", colour=(200, 200, 250))
    tone(root / "audio" / "excerpt.wav")
    video(root / "video" / "evening.mp4")
    (root / "video" / "evening.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,500\nGood evening.\n", encoding="utf-8"
    )
    (root / "video" / "evening.ru.vtt").write_text(
        "WEBVTT\n\n00:00.000 --> 00:01.500\nДобрый вечер.\n", encoding="utf-8"
    )
    (root / "notes.jpg").write_text("this is not a picture")
    good = (root / "DCIM" / "baku-steps.jpg").read_bytes()
    (root / "truncated.jpg").write_bytes(good[: len(good) // 3])
    (root / "empty.png").write_bytes(b"")
    (root / "minutes.docx").write_bytes(b"PK\x03\x04 a word document")
    (root / "lonely.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nNobody\n")
    (root / "song.mp3").write_text("not really an mp3")
    Image.new("1", (20_000, 20_000)).save(root / "bomb.png")  # 400 megapixels, a few KB
    (root / "gone.jpg").symlink_to(root / "nowhere.jpg")
    (root / ".DS_Store").write_bytes(b"\0")
    (root / "._baku-steps.jpg").write_bytes(b"\0")
    (root / "Thumbs.db").write_bytes(b"\0")
    return root


GOOD = {"baku-steps.jpg", "copy-of-steps.jpg", "letter.png", "poster.webp", "plan.tif"}
GOOD |= {"excerpt.wav", "evening.mp4"}
BAD = {
    "notes.jpg": "not a picture",
    "truncated.jpg": "damaged",
    "empty.png": "the file is empty",
    "minutes.docx": "unsupported format '.docx'",
    "lonely.vtt": "subtitles with no video",
    "song.mp3": "not a playable audio file",
    "bomb.png": "decompression bomb",
    "gone.jpg": "cannot read",
}


TIMELINE_HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
)
TIMELINE_ROWS = [
    ',,,,,,,,,"Two <b>cities</b>","<p>Two nights, <em>one</em> memory.</p>'
    '<script>alert(1)</script>",,,,,title,,',
    "900,,,,1100,,,,,Early centuries,,,,,,era,,",
    "1985,,,,1995,,,,,The late 1980s and early 1990s,,,,,,era,,",
    '988,,,,,,,,"about 988",A year before 1000,"<p onclick=""steal()"">Old '
    '<a href=""https://example.org"">news</a>.</p><style>p {color: red}</style>",,,,,,,',
    '1990,1,19,11:30 PM,1990,1,20,6:00 AM,"Night of 19–20 January",Troops enter Baku,'
    '"<ul><li>first</li><li>second</li></ul>",photos/steps.jpg,Photo: A. M.,'
    '"<a href=""x"">Steps</a>, Baku",,,Baku,',
    "1991,1,13,,,,,,,The tower,Text,https://example.org/video.mp4,Someone,A film,,,Vilnius,",
    '1991,1,14,,,,,,,A quotation,,"<blockquote>Words <cite>Someone</cite></blockquote>",'
    ",,,,Vilnius,",
]


def timeline_sheet(folder: Path, name: str = "chronology.csv", rows=None, **write) -> Path:
    """Our own spreadsheet in the TimelineJS layout, and the photo it names."""
    photo(folder / "photos" / "steps.jpg", colour=(90, 60, 30))
    text = "\n".join([TIMELINE_HEADER, *(TIMELINE_ROWS if rows is None else rows)]) + "\n"
    path = folder / name
    path.write_bytes(text.encode(write.get("encoding", "utf-8")))
    return path


def descriptions_sheet(root: Path, names: list[str]) -> Path:
    """A media sheet naming files by path: the alt text, credit and rights staff write."""
    lines = ["file,alt (en),credit (en),rights (en)"]
    for name in names:
        lines.append(f"{name},What {Path(name).stem} shows,Photo: museum staff,CC BY 4.0")
    path = root / "descriptions.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def edit_workbook(book: Path, sheet: str, change) -> None:
    """As a curator in LibreOffice: `change(rows)` edits one sheet's rows (dicts by header)."""
    from kiosk.content import workbook

    tables = workbook.read(book.read_bytes())
    sheets = {}
    for name, table in tables.items():
        rows = [dict(r) for r in table.rows]
        if name == sheet:
            change(rows)
        sheets[name] = (table.header, [[r.get(h, "") for h in table.header] for r in rows])
    book.write_bytes(workbook.write(sheets))
