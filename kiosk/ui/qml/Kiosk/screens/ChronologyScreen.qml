pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The chronology: a horizontal timeline that flicks sideways, one lane per track, year
// markers above, eras as bands. Each event opens to its detail.
Item {
    id: screen
    objectName: "chronologyScreen"

    property string key: ""
    readonly property var section: Exhibition.section(key, Visit.language)
    readonly property real columnWidth: 500 * Theme.unit
    readonly property int lanes: Math.max(1, Exhibition.trackCount)
    readonly property real laneNameWidth: 230 * Theme.unit
    readonly property real laneHeight: Math.max(210 * Theme.unit * Theme.textScale,
                                                Math.min(320 * Theme.unit,
                                                         (timeline.height - axis.height) / lanes))

    ScreenHeader {
        id: header
        x: Theme.margin
        y: Theme.margin / 2
        width: parent.width - 2 * Theme.margin - sourcesButton.width - Theme.gap
        title: screen.section.title ?? ""
        lead: screen.section.intro ?? ""
    }
    KioskButton {
        id: sourcesButton
        objectName: "sourcesButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: Theme.margin / 2
        text: qsTr("Sources")
        onTapped: sources.open = true
    }

    Item {
        id: timeline
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        width: parent.width

        Flickable {
            id: flick
            objectName: "timeline"
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            contentWidth: screen.laneNameWidth + Exhibition.eventCount * screen.columnWidth
            contentHeight: Math.max(height, axis.height + screen.lanes * screen.laneHeight)
            flickableDirection: Flickable.AutoFlickIfNeeded
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Item {
                id: axis
                x: screen.laneNameWidth
                width: flick.contentWidth - x
                height: 110 * Theme.unit

                Repeater {
                    model: Exhibition.eras

                    Rectangle {
                        required property string title
                        required property int first
                        required property int last
                        x: first * screen.columnWidth
                        width: (last - first + 1) * screen.columnWidth - Theme.gap
                        height: 44 * Theme.unit
                        radius: Theme.radius
                        color: Theme.surface

                        Text {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.gap / 2
                            verticalAlignment: Text.AlignVCenter
                            text: parent.title
                            color: Theme.textMuted
                            font.family: Theme.bodyFont
                            font.pixelSize: 20 * Theme.unit
                            elide: Text.ElideRight
                        }
                    }
                }
                Rectangle {
                    y: axis.height - Theme.gap / 2
                    width: parent.width
                    height: Math.max(1, 2 * Theme.unit)
                    color: Theme.line
                }
                Repeater {
                    model: Exhibition.years

                    Text {
                        required property string label
                        required property int column
                        objectName: "year-" + label
                        x: column * screen.columnWidth
                        y: 52 * Theme.unit
                        text: label !== "" ? label : qsTr("Undated")
                        color: Theme.text
                        font.family: Theme.titleFont
                        font.pixelSize: 34 * Theme.unit
                    }
                }
            }

            Column {
                id: laneNames
                x: flick.contentX
                y: axis.height
                z: 2
                width: screen.laneNameWidth

                Repeater {
                    model: Exhibition.tracks

                    Rectangle {
                        required property string title
                        width: laneNames.width
                        height: screen.laneHeight
                        color: Theme.background

                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            width: parent.width - Theme.gap
                            text: parent.title
                            color: Theme.accent
                            font.family: Theme.bodyFont
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: 14 * Theme.unit
                        }
                    }
                }
            }

            Repeater {
                model: Exhibition.events

                EventCard {
                    required property string slug
                    required property string title
                    required property string date
                    required property string place
                    required property string thumb
                    required property int lane
                    required property int column
                    objectName: "eventCard-" + slug
                    x: screen.laneNameWidth + column * screen.columnWidth
                    y: axis.height + lane * screen.laneHeight + Theme.gap / 4
                    width: screen.columnWidth - Theme.gap
                    height: screen.laneHeight - Theme.gap / 2
                    heading: title
                    when: date
                    where: place
                    picture: thumb
                    onTapped: Navigator.open("event", slug)
                }
            }
        }

        ScrollHint {
            flickable: flick
        }
    }

    SourcesPanel {
        id: sources
        anchors.fill: parent
    }
}
