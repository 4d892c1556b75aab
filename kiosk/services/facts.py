"""An event's figures as the visitor reads them: grouped by what they measure, each with the
sources that give it, and sources that disagree side by side."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.content import model as m
from kiosk.content.languages import language_note
from kiosk.services.details import Attribution, FactGroup, Figure


def fact_groups(
    facts: Iterable[m.Fact], sources: dict[str, m.Source], lang: str
) -> list[FactGroup]:
    """Figures grouped by measure. Sources that give the same figure share it (744, from both);
    sources that disagree stand side by side. Each source keeps its own words for what was
    counted ("injured", "seriously wounded")."""
    labels: dict[str, str] = {}  # measure -> the first fact's label: the group's heading
    figures: dict[str, dict[tuple[str, str], list[m.Fact]]] = {}  # measure -> figure -> facts
    for fact in sorted(facts, key=lambda f: f.position):
        labels.setdefault(fact.measure, fact.label.shown(lang))
        figure = (_number(fact.value), fact.unit.shown(lang))
        figures.setdefault(fact.measure, {}).setdefault(figure, []).append(fact)
    return [
        _group(measure, labels[measure], by_figure, sources, lang)
        for measure, by_figure in figures.items()
    ]


def _group(
    measure: str,
    label: str,
    by_figure: dict[tuple[str, str], list[m.Fact]],
    sources: dict[str, m.Source],
    lang: str,
) -> FactGroup:
    figures = [
        Figure(
            value=value,
            unit=unit,
            qualifier=_joined(f.qualifier.shown(lang) for f in facts),
            sources=[_attribution(f, sources, lang) for f in facts],
        )
        for (value, unit), facts in by_figure.items()
    ]
    # Where the sources' words differ, every source is quoted with its own, not only those
    # that differ from the heading (a figure with words beside one without looks like two
    # kinds of figure).
    words = {s.label for f in figures for s in f.sources}
    return FactGroup(measure, label, figures, disagree=len(figures) > 1, ownWords=len(words) > 1)


def _attribution(fact: m.Fact, sources: dict[str, m.Source], lang: str) -> Attribution:
    source = sources.get(fact.source or "")
    return Attribution(
        label=fact.label.shown(lang),
        source=source.title if source else "",
        publisher=source.publisher.shown(lang) if source else "",
        inLanguage=language_note(source.language, lang) if source else "",
    )


def _joined(qualifiers: Iterable[str]) -> str:
    return "; ".join(t for t in dict.fromkeys(qualifiers) if t)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
