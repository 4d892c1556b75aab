pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// One measure (say, people killed) and every figure given for it, each under its sources.
// Sources that agree share one figure; where they disagree the figures stand side by side and
// the difference is said. Each source is quoted with its own words for what was counted.
Rectangle {
    id: card
    objectName: "factGroup-" + (card.group.measure ?? "")

    property var group: ({})
    readonly property var figures: card.group.figures ?? []

    radius: Theme.radius
    color: Theme.surface
    implicitHeight: body.height + 2 * Theme.gap

    Column {
        id: body
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.gap / 2

        Text {
            textFormat: Text.PlainText
            Accessible.name: text
            width: parent.width
            Accessible.role: Accessible.Heading
            text: card.group.label ?? ""
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            wrapMode: Text.Wrap
        }
        Row {
            width: parent.width
            spacing: Theme.gap

            Repeater {
                model: card.figures

                Column {
                    id: figure
                    required property var modelData
                    objectName: "figure"
                    // Read as one: the measure, the figure and the sources that give it.
                    Accessible.role: Accessible.StaticText
                    Accessible.name: [card.group.label, value.text, figure.modelData.qualifier]
                                     .filter(t => !!t).join(", ") + ". "
                                     + figure.modelData.sources.map(s => s.source === ""
                                         ? qsTr("Source not recorded")
                                         : qsTr("Source: %1").arg(s.source)).join(". ")
                    width: (body.width - (card.figures.length - 1) * Theme.gap)
                           / card.figures.length
                    spacing: Theme.gap / 4

                    Text {
                        id: value
                        textFormat: Text.PlainText
                        Accessible.ignored: true  // the figure says it, with its sources
                        width: parent.width
                        text: figure.modelData.value + (figure.modelData.unit ? " " + figure.modelData.unit : "")
                        color: Theme.text
                        font.family: Theme.titleFont
                        font.pixelSize: Theme.figureSize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        width: parent.width
                        visible: text !== ""
                        Accessible.ignored: true
                        text: figure.modelData.qualifier
                        font.pixelSize: Theme.smallSize
                    }
                    Repeater {
                        model: figure.modelData.sources

                        Column {
                            id: attribution
                            required property var modelData
                            objectName: "attribution"
                            width: figure.width

                            Label {
                                // Each source's own words, where the sources' words differ.
                                objectName: "sourceWords"
                                width: parent.width
                                Accessible.ignored: true
                                visible: card.group.ownWords ?? false
                                text: attribution.modelData.label
                                font.pixelSize: Theme.smallSize
                                font.weight: Font.DemiBold
                            }
                            Label {
                                width: parent.width
                                Accessible.ignored: true
                                text: attribution.modelData.source === ""
                                      ? qsTr("Source not recorded")
                                      : qsTr("Source: %1").arg(attribution.modelData.source)
                                        + (attribution.modelData.inLanguage !== ""
                                           ? " (" + attribution.modelData.inLanguage + ")" : "")
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize * 0.95
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "sourcesDiffer"
            width: parent.width
            visible: card.group.disagree ?? false
            text: qsTr("The sources give different figures; both are shown.")
            color: Theme.accent
            font.pixelSize: Theme.smallSize
        }
    }
}
