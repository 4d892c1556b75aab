"""Search as you type: an archive of 50,000 generated events in four languages, queried with
every prefix of a visitor's words as they are typed, letter by letter."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from benchmarks.figures import Figure, p95
from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content.text import LocalText

ITEMS = int(os.environ.get("BENCH_SEARCH_ITEMS", "50000"))
LANGUAGES = ("en", "az", "lt", "ru")
# Words of the exhibition in each language; a generated text is a random run of them.
WORDS = {
    "en": "memory witness january night tanks square victims carnations tower parliament "
    "independence remembrance candles embassy concert museum city people freedom",
    "az": "yaddaş şahid yanvar gecə tanklar meydan şəhidlər qərənfil qüllə parlament "
    "müstəqillik anım şamlar səfirlik konsert muzey şəhər xalq azadlıq",
    "lt": "atmintis liudija sausio naktis tankai aikštė aukos gvazdikai bokštas seimas "
    "nepriklausomybė minėjimas žvakės ambasada koncertas muziejus miestas žmonės laisvė",
    "ru": "память свидетельство январь ночь танки площадь жертвы гвоздики башня парламент "
    "независимость память свечи посольство концерт музей город люди свобода",
}
TYPED = ["qərənfil", "carnations", "Вильнюс", "nepriklausomybė", "memory lives", "şəhidlər"]
TYPED += ["tank", "Baku 1990", "laisvė", "концерт музей"]


def run(scratch: Path) -> list[Figure]:
    archive = _archive(scratch / "search.db")
    try:
        times = [_timed(archive, query) for query in _as_typed(TYPED) for _ in range(3)]
    finally:
        archive.close()
    worst = p95(times)
    return [
        Figure(
            f"search as you type, {ITEMS:,} items in 4 languages",
            worst,
            "ms p95",
            "<= 10",
            worst <= 10,
            f"median {sorted(times)[len(times) // 2]:.2f} ms, {len(times)} queries",
        )
    ]


def _archive(path: Path) -> Archive:
    archive = Archive.open(path)
    rng = random.Random(50_000)
    vocabulary = {lang: words.split() for lang, words in WORDS.items()}

    def text(lang: str, count: int) -> str:
        return " ".join(rng.choice(vocabulary[lang]) for _ in range(count))

    with archive.transaction():
        archive.put(m.Section("chronology", "chronology", LocalText({"en": "Chronology"})))
        for n in range(ITEMS):
            archive.put(
                m.Event(
                    slug=f"event-{n}",
                    section="chronology",
                    title=LocalText({lang: text(lang, 4) for lang in LANGUAGES}),
                    body=LocalText({lang: text(lang, 40) for lang in LANGUAGES}),
                    position=n,
                )
            )
    archive.refresh_search(LANGUAGES)
    return archive


def _as_typed(words: list[str]) -> list[str]:
    """Every prefix of every query, as the search box sees it after each letter."""
    return [query[:end] for query in words for end in range(1, len(query) + 1)]


def _timed(archive: Archive, query: str) -> float:
    start = time.perf_counter()
    archive.search(query, limit=20)
    return (time.perf_counter() - start) * 1000
