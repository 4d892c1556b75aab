pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The timeline on a portrait screen: time runs down, one event a row, each card naming its
// track; the year stands beside the first event of each year, an era's name above its first.
Item {
    id: view

    readonly property real axisWidth: 170 * Theme.unit

    ListView {
        id: list
        objectName: "timeline"
        anchors.fill: parent
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: Exhibition.events

        delegate: Column {
            id: row
            required property string slug
            required property string title
            required property string date
            required property string place
            required property string thumb
            required property bool thumbSample
            required property string track
            required property bool startsYear
            required property string year
            required property string startsEra
            width: list.width
            topPadding: Theme.gap / 4
            bottomPadding: Theme.gap / 4

            Rectangle {
                objectName: "era"
                visible: row.startsEra !== ""
                width: parent.width - Theme.margin
                height: eraName.implicitHeight + Theme.gap
                radius: Theme.radius
                color: Theme.surface

                Text {
                    id: eraName
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.gap / 2
                    width: parent.width - Theme.gap
                    text: row.startsEra
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    color: Theme.textMuted
                    font.family: Theme.bodyFont
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
            }
            Item {
                width: parent.width
                height: card.height + Theme.gap / 2

                Text {
                    objectName: "year-" + row.year
                    visible: row.startsYear
                    y: Theme.gap / 2
                    width: view.axisWidth - Theme.gap
                    text: row.year !== "" ? row.year : qsTr("Undated")
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    color: Theme.text
                    font.family: Theme.titleFont
                    font.pixelSize: Theme.yearSize
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    // The line of time, unbroken from row to row.
                    x: view.axisWidth - Theme.gap / 2
                    width: Math.max(1, 2 * Theme.unit)
                    height: parent.height + row.topPadding + row.bottomPadding
                    y: -row.topPadding
                    color: Theme.line
                }
                EventCard {
                    id: card
                    objectName: "eventCard-" + row.slug
                    x: view.axisWidth
                    y: Theme.gap / 4
                    width: list.width - view.axisWidth - Theme.margin
                    height: implicitHeight
                    heading: row.title
                    when: row.date
                    where: row.place
                    picture: row.thumb
                    pictureSample: row.thumbSample
                    track: row.track
                    lane: 0
                    onTapped: Navigator.open(Navigator.Event, row.slug)
                }
            }
        }
    }

    ScrollHint {
        flickable: list
    }
}
