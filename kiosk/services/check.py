"""`kiosk check`: the content rules plus what only the home can tell (files on disk)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kiosk.content.model import ExhibitionContent
from kiosk.content.rules import ERROR, WARNING, Finding, check_content
from kiosk.services.home import KioskHome


@dataclass(frozen=True)
class CheckReport:
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == WARNING]

    def untranslated_by_language(self) -> dict[str, int]:
        return dict(Counter(f.lang for f in self.warnings if f.code == "untranslated" and f.lang))


def check(home: KioskHome, content: ExhibitionContent | None = None) -> CheckReport:
    """The findings about the draft (`content`: the draft already read)."""
    settings = home.settings()
    content = content if content is not None else home.draft_content()
    findings = check_content(
        content, settings.languages, settings.default_language, settings.max_file_mb << 20
    )
    findings = [_with_the_way_out(home, f) for f in findings]
    return CheckReport(findings + list(_missing_files(home, content)))


def _with_the_way_out(home: KioskHome, finding: Finding) -> Finding:
    """The content rules do not know the home; the command that fixes a finding needs it."""
    if finding.code != "no-exhibition":
        return finding
    return replace(
        finding, message=f'{finding.message}; run: kiosk new --home {home.root} --title "TITLE"'
    )


def _missing_files(home: KioskHome, content: ExhibitionContent) -> Iterator[Finding]:
    root = str(home.root)  # plain strings: a large exhibition has 30,000 files to look for
    for media in content.media:
        paths = [media.path, *(r.path for r in media.renditions)]
        for relative in paths:
            if not os.path.exists(os.path.join(root, relative)):  # a file, or tiles' folder
                yield Finding(
                    ERROR,
                    "missing-file",
                    f"media:{media.sha256[:12]}",
                    f"{home.root / relative}: file is missing from the media store",
                )
