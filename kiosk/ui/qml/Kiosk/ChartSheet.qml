import QtQuick
import QtQuick.Window
import Kiosk

// One chart of the statistics' report, in a window of its own drawn offscreen
// (kiosk.ui.charts) and saved as a picture.
Window {
    id: sheet

    property alias heading: chart.title
    property alias bars: chart.bars
    property alias across: chart.across
    property alias labelEvery: chart.labelEvery

    width: 1400
    height: chart.implicitHeight + 2 * Theme.gap
    color: Theme.paper

    BarChart {
        id: chart
        objectName: "chart"
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        height: implicitHeight
        paper: true
    }
}
