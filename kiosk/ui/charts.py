"""The charts of the statistics' report, drawn with the kiosk's own Qt Quick chart
(components/BarChart.qml, which the staff panel shows too) offscreen, as PNG bytes.

Qt Quick's own items, not Qt Graphs or a plotting library: the same chart in the panel and on
paper, in the kiosk's fonts (four scripts), with a screen reader's name, at no new
dependency; and Qt Graphs draws with the GPU, which a kiosk PC without one (and the tests)
replaces with Qt Quick's software renderer.
"""

from __future__ import annotations

import os
import sys

from kiosk.services.home import KioskHome
from kiosk.services.stats_files import CHARTS
from kiosk.services.stats_summary import Summary

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ACROSS = {"per-day": 7, "per-hour": 3, "dwell": 1}  # charts along an axis: label every nth


def draw_charts(summary: Summary, home: KioskHome) -> dict[str, bytes]:
    """Each of the report's charts by its name (stats_files.CHARTS), as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui import keyboard
    from kiosk.ui.app import load

    keyboard.prepare()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    kiosk = load(home, windowed=True, counted=False)  # the Theme, its fonts and palettes
    try:
        return charts_in(kiosk.engine, summary)
    finally:
        kiosk.close()
        app.processEvents()


def charts_in(engine, summary: Summary) -> dict[str, bytes]:
    """The charts, drawn in a kiosk's `engine` (`kiosk snapshot` has one already)."""
    return {
        name: _drawn(engine, title, bars(summary), name)
        for name, title, bars in CHARTS
        if bars(summary)
    }


def bar_list(name: str, rows) -> list[dict]:
    """A chart's rows as BarChart.qml takes them: label, value, and the figure shown."""
    if name == "per-day":  # "2 Nov": a date's year and month once are enough on an axis
        rows = [(f"{int(day[8:])} {MONTHS[int(day[5:7]) - 1]}", n) for day, n in rows]
    return [{"label": label, "value": value, "shown": str(value)} for label, value in rows]


def _drawn(engine, title: str, rows, name: str) -> bytes:
    import shiboken6
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtQml import QQmlComponent
    from PySide6.QtQuick import QQuickWindow

    from kiosk.content.errors import KioskError
    from kiosk.ui.settle import settle

    component = QQmlComponent(engine)
    component.loadFromModule("Kiosk", "ChartSheet")
    properties = {
        "heading": title,
        "bars": bar_list(name, rows),
        "across": name in ACROSS,
        "labelEvery": ACROSS.get(name, 1),
    }
    made = component.createWithInitialProperties(properties)
    if made is None:
        raise KioskError(f"the chart {name!r} could not be drawn: {component.errorString()}")
    window = shiboken6.wrapInstance(shiboken6.getCppPointer(made)[0], QQuickWindow)
    try:
        window.show()
        settle(window)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        window.grabWindow().save(buffer, "PNG")
        return bytes(data)
    finally:
        window.close()
        window.deleteLater()
