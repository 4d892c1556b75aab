import QtQuick
import Kiosk
import Kiosk.Backend

// One artwork: the picture large, and beside it what the label on a wall would say.
Item {
    id: screen
    objectName: "artworkScreen"

    property string key: ""
    readonly property var work: Exhibition.artwork(key, Visit.language)
    readonly property bool wide: width > height

    Picture {
        id: picture
        x: Theme.margin
        y: Theme.margin / 2
        width: screen.wide ? parent.width * 0.6 : parent.width - 2 * Theme.margin
        height: screen.wide ? parent.height - Theme.margin : parent.height * 0.5
        color: "transparent"
        fillMode: Image.PreserveAspectFit
        path: screen.work.display ?? ""
        caption: screen.work.caption ?? ""
    }

    Flickable {
        id: wallLabel
        anchors.left: screen.wide ? picture.right : parent.left
        anchors.leftMargin: screen.wide ? Theme.gap * 2 : Theme.margin
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.top: screen.wide ? parent.top : picture.bottom
        anchors.topMargin: Theme.margin / 2
        anchors.bottom: parent.bottom
        contentHeight: label.height + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: label
            width: parent.width
            spacing: Theme.gap * 0.75

            SampleBadge {
                visible: screen.work.sample ?? false
            }
            ScreenHeader {
                width: parent.width
                title: screen.work.title ?? ""
            }
            Label {
                objectName: "artworkArtist"
                width: parent.width
                text: screen.work.artist || qsTr("Name withheld")
                font.pixelSize: Theme.leadSize
            }
            Label {
                width: parent.width
                text: [screen.work.medium, screen.work.year].filter(t => !!t).join(", ")
                color: Theme.textMuted
            }
            Label {
                width: parent.width
                text: screen.work.school ?? ""
                color: Theme.textMuted
            }
            Label {
                width: parent.width
                visible: text !== ""
                text: screen.work.description ?? ""
                font.pixelSize: Theme.smallSize
                color: Theme.textMuted
            }
        }
    }

    ScrollHint {
        flickable: wallLabel
    }
}
