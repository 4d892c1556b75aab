pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// One event: date, place and text beside its pictures, its figures (each with its source,
// disagreeing sources side by side) and the sources themselves.
Item {
    id: screen
    objectName: "eventScreen"

    property string key: ""
    readonly property var event: detail.item
    readonly property ItemDetail detail: ItemDetail {
        kind: "event"
        key: screen.key
    }
    readonly property bool wide: width > height
    readonly property real columnWidth: wide ? (width - 2 * Theme.margin - 2 * Theme.gap) / 2
                                             : width - 2 * Theme.margin

    // Two columns that scroll apart: the text stays in sight while the visitor reads down the
    // figures beside it.
    Flickable {
        id: story
        objectName: "eventStory"
        width: screen.wide ? Theme.margin + screen.columnWidth + Theme.gap : screen.width
        height: parent.height
        contentHeight: storyText.height + 1.5 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: storyText
            x: Theme.margin
            y: Theme.margin / 2
            width: screen.columnWidth
            spacing: Theme.gap

            Text {
                objectName: "eventDate"
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                text: [screen.event.date, screen.event.track].filter(t => !!t).join("  ·  ")
                color: Theme.accent
                font.family: Theme.bodyFont
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            ScreenHeader {
                width: parent.width
                title: screen.event.title ?? ""
            }
            Label {
                objectName: "eventPlace"
                width: parent.width
                visible: text !== ""
                text: screen.event.place ?? ""
                color: Theme.textMuted
            }
            Repeater {
                model: screen.event.paragraphs ?? []

                Label {
                    required property string modelData
                    objectName: "eventParagraph"
                    width: screen.columnWidth
                    text: modelData
                    textFormat: Text.StyledText  // escaped by the backend; emphasis only
                    font.pixelSize: Theme.leadSize * 0.92
                }
            }

            Loader {
                // On a narrow screen the evidence follows the text; on a wide one it has a
                // column of its own.
                active: !screen.wide
                width: screen.columnWidth
                sourceComponent: evidenceColumn
            }
        }
    }
    Flickable {
        id: evidence
        objectName: "eventEvidence"
        visible: screen.wide
        x: story.width + Theme.gap
        width: screen.width - x
        height: parent.height
        contentHeight: evidenceLoader.height + 1.5 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Loader {
            id: evidenceLoader
            y: Theme.margin / 2
            active: screen.wide
            width: screen.columnWidth
            sourceComponent: evidenceColumn
        }
    }

    Component {
        id: evidenceColumn
        Column {
            width: screen.columnWidth
            spacing: Theme.gap * 1.5

            MediaStrip {
                width: parent.width
                items: screen.event.media ?? []
            }
            Repeater {
                model: screen.event.facts ?? []

                FactGroup {
                    required property var modelData
                    width: screen.columnWidth
                    group: modelData
                }
            }
            Column {
                objectName: "eventSources"
                width: parent.width
                spacing: Theme.gap
                visible: (screen.event.sources ?? []).length > 0

                Text {
                    text: qsTr("Sources")
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    color: Theme.text
                    font.family: Theme.titleFont
                    font.pixelSize: Theme.headingSize * 0.8
                }
                Repeater {
                    model: screen.event.sources ?? []

                    SourceEntry {
                        required property var modelData
                        width: screen.columnWidth
                        source: modelData
                    }
                }
            }
        }
    }

    ScrollHint {
        flickable: story
    }
    ScrollHint {
        flickable: evidence
        span: evidence
    }
}
