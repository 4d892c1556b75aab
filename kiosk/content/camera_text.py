"""Captions that cameras and their software write by themselves. They describe the camera,
not the picture ("OLYMPUS DIGITAL CAMERA", "SONY DSC"), and a visitor must never read one as a
caption, so the import leaves them out."""

from __future__ import annotations

import re

_MAKERS = (
    r"APPLE|CANON|CASIO|FUJI(FILM)?|HP|HUAWEI|KODAK|KONICA|KONICA MINOLTA|LEICA|LG|MINOLTA|"
    r"NIKON|OLYMPUS|PANASONIC|PENTAX|RICOH|SAMSUNG|SIGMA|SONY|XIAOMI|VIVITAR|AGFA|BENQ|GOPRO"
)
_BOILERPLATE = [
    rf"^(({_MAKERS})\s+)?(DIGITAL\s+)?(STILL\s+)?CAMERA$",  # OLYMPUS DIGITAL CAMERA
    rf"^(({_MAKERS})\s+)?(DSC|DCIM|IMAGE|PICTURE|PHOTO)S?$",  # SONY DSC
    rf"^({_MAKERS})\s+CAMERA\s+PICTURES?$",  # SAMSUNG CAMERA PICTURES
    r"^(DSC|DSCN|DSCF|IMG|PICT|P|DCP|CIMG|SAM|GOPR)[_\- ]?\d+(\.\w+)?$",  # a file number
    r"^DEFAULT$",
    r"^EXIF[_ ]JPEG[_ ]\d+$",
    r"^CREATOR: GD-JPEG",
    r"^LEAD TECHNOLOGIES",
    r"^(OLYMPUS|KODAK|NIKON|SONY) (IMAGING|DIGITAL|OPTICAL)",
    r"^<[^>]*>$",  # <KENOX S630 / Samsung S630>
]
_PATTERN = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE))


def is_camera_text(text: str, *camera_names: str) -> bool:
    """True for a caption a camera wrote for itself: boilerplate, a file number, or just the
    camera's make or model (`camera_names`, from the same picture's EXIF)."""
    folded = " ".join(text.upper().split())
    if not folded:
        return True
    names = {" ".join(name.upper().split()) for name in camera_names if name}
    return folded in names or bool(_PATTERN.match(folded))
