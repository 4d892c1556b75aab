pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A chart of the statistics (kiosk.services.stats_summary): `bars` is a list of
// {"label", "value", "shown"}. Across: columns along a time axis (days, hours, visit lengths),
// every `labelEvery`th labelled; else rows, each labelled, for ranked lists. On `paper` it
// is drawn in ink on white for the printed report; else in the kiosk's palette.
Item {
    id: chart

    property string title
    property var bars: []
    property bool across: false
    property int labelEvery: 1
    property bool paper: false

    readonly property color ink: paper ? Theme.paperInk : Theme.text
    readonly property color muted: paper ? Theme.paperMuted : Theme.textMuted
    readonly property color bar: paper ? Theme.paperBar : Theme.accent
    readonly property color rule: paper ? Theme.paperLine : Theme.line
    readonly property real most: Math.max(1, ...bars.map(b => b.value))
    readonly property real rowHeight: Theme.fixedControlSize * 2
    implicitHeight: heading.height + Theme.gap + (across ? 10 * rowHeight : bars.length * rowHeight)

    Accessible.role: Accessible.Chart
    Accessible.name: title + ". " + bars.map(b => b.label + ": " + b.shown).join(", ")

    Text {
        id: heading
        width: parent.width
        text: chart.title
        textFormat: Text.PlainText
        color: chart.ink
        font.family: Theme.titleFont
        font.pixelSize: Theme.headingSize
        Accessible.ignored: true
    }

    Item {
        id: plot
        anchors.top: heading.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        width: parent.width

        // Rows: a label, its bar, its figure.
        Column {
            visible: !chart.across
            width: parent.width
            Repeater {
                model: chart.across ? [] : chart.bars
                Item {
                    id: row
                    required property var modelData
                    width: plot.width
                    height: chart.rowHeight
                    Text {
                        id: rowLabel
                        width: plot.width * 0.4 - Theme.gap
                        anchors.verticalCenter: parent.verticalCenter
                        text: row.modelData.label
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: chart.ink
                        font.family: Theme.bodyFont
                        font.pixelSize: Theme.fixedControlSize
                        Accessible.ignored: true
                    }
                    Rectangle {
                        id: rowBar
                        x: plot.width * 0.4
                        anchors.verticalCenter: parent.verticalCenter
                        height: chart.rowHeight * 0.6
                        width: Math.max(2, (plot.width * 0.45) * row.modelData.value / chart.most)
                        color: chart.bar
                    }
                    Text {
                        anchors.left: rowBar.right
                        anchors.leftMargin: Theme.gap / 2
                        anchors.verticalCenter: parent.verticalCenter
                        text: row.modelData.shown
                        textFormat: Text.PlainText
                        color: chart.ink
                        font.family: Theme.bodyFont
                        font.pixelSize: Theme.fixedControlSize
                        Accessible.ignored: true
                    }
                }
            }
        }

        // Columns along an axis: the figure over each, a label under every few.
        Row {
            id: columns
            visible: chart.across
            x: Theme.gap  // room for the first label, centred under its column
            anchors.bottom: parent.bottom
            anchors.bottomMargin: chart.rowHeight
            height: parent.height - 2 * chart.rowHeight
            readonly property real step: (plot.width - 2 * Theme.gap) / Math.max(1, chart.bars.length)
            Repeater {
                model: chart.across ? chart.bars : []
                Item {
                    id: column
                    required property var modelData
                    required property int index
                    width: columns.step
                    height: columns.height
                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.max(2, columns.step * 0.7)
                        height: columns.height * column.modelData.value / chart.most
                        color: chart.bar
                    }
                    Text {
                        visible: column.modelData.value > 0
                                 && columns.step > Theme.fixedControlSize * 1.6
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: parent.height - columns.height * column.modelData.value / chart.most
                           - height
                        text: column.modelData.shown
                        textFormat: Text.PlainText
                        color: chart.ink
                        font.family: Theme.bodyFont
                        font.pixelSize: Theme.fixedControlSize * 0.8
                        Accessible.ignored: true
                    }
                    Text {
                        visible: column.index % chart.labelEvery === 0
                        anchors.top: parent.bottom
                        anchors.topMargin: Theme.gap / 3
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: column.modelData.label
                        textFormat: Text.PlainText
                        color: chart.muted
                        font.family: Theme.bodyFont
                        font.pixelSize: Theme.fixedControlSize * 0.8
                        Accessible.ignored: true
                    }
                }
            }
        }
        Rectangle {
            visible: chart.across
            anchors.bottom: columns.bottom
            width: parent.width
            height: 2
            color: chart.rule
        }
    }
}
