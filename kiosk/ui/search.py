"""A visitor's search for QML: the query as typed, the results (kiosk.services.visitor_search)
in the visitor's language, refilled at each letter, and suggestions for when nothing is found.
The search screen and its keyboard are QML's; this holds what they show."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.exhibit import Exhibit
from kiosk.services.visitor_search import ArchiveSearcher, FoundRow, VisitorSearch
from kiosk.ui import backend, keyboard
from kiosk.ui.models.rows_model import RowsModel


class Search(QObject):
    queryChanged = Signal()
    suggestionsChanged = Signal()

    def __init__(
        self, exhibit: Exhibit, language: str, languages: list[str], parent: QObject | None = None
    ):
        super().__init__(parent)
        self._language, self._languages, self._query = language, languages, ""
        self._searcher = ArchiveSearcher(exhibit.reopen)  # one connection, kept open
        self._search = VisitorSearch(exhibit, self._searcher)
        self._results = RowsModel(FoundRow, self._found, self)
        self._suggestions: dict[str, list[str]] = {}  # language -> the exhibition's words

    @staticmethod
    def create(engine):
        return backend.of(engine).search

    def _found(self, language: str) -> list[FoundRow]:
        return self._search.find(self._query, language) if self._query.strip() else []

    @Property(QObject, constant=True)
    def results(self) -> RowsModel:
        return self._results

    @Property(str, notify=queryChanged)
    def query(self) -> str:
        return self._query

    @Slot(str)
    def setQuery(self, text: str) -> None:
        if text != self._query:
            self._query = text
            self._results.load(self._language)
            self.queryChanged.emit()

    @Slot()
    def clear(self) -> None:
        """The end of a visit: the next visitor finds an empty search."""
        self.setQuery("")

    @Property(bool, notify=queryChanged)
    def nothingFound(self) -> bool:
        return bool(self._query.strip()) and self._results.rowCount() == 0

    @Property("QStringList", notify=suggestionsChanged)
    def suggestions(self) -> list[str]:
        # Kept per language: the screen reads them at every letter, and drawing them from
        # 50,000 events takes 60 ms.
        if self._language not in self._suggestions:
            self._suggestions[self._language] = self._search.suggestions(self._language)
        return self._suggestions[self._language]

    @Property("QStringList", notify=suggestionsChanged)
    def keyboardLocales(self) -> list[str]:
        """The keyboard's layouts, the visitor's language first (kiosk.ui.keyboard)."""
        return keyboard.locales(self._language, self._languages)

    def close(self) -> None:
        self._searcher.close()

    def load(self, language: str) -> None:
        """The same results, in `language`."""
        self._language = language
        self._results.load(language)
        self.suggestionsChanged.emit()

    def show(self, exhibit: Exhibit) -> None:
        """Another snapshot's search: its own connection, nothing typed yet."""
        self._searcher.close()
        self._searcher = ArchiveSearcher(exhibit.reopen)
        self._search, self._query = VisitorSearch(exhibit, self._searcher), ""
        self._suggestions = {}
        self._results.load(self._language)
        self.queryChanged.emit()
        self.suggestionsChanged.emit()
