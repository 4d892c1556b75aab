import QtQuick
import Kiosk
import Kiosk.Backend

// One picture as large as the screen allows, with its caption, credit and rights beneath.
Rectangle {
    id: screen
    objectName: "photoScreen"

    property string key: ""
    readonly property var item: Exhibition.mediaItem(key, Visit.language)

    color: "#121110"

    Picture {
        id: picture
        anchors.top: parent.top
        anchors.bottom: info.top
        anchors.margins: Theme.gap
        x: Theme.gap
        width: parent.width - 2 * Theme.gap
        color: "transparent"
        fillMode: Image.PreserveAspectFit
        path: screen.item.display ?? ""
        caption: screen.item.caption ?? ""
        alt: screen.item.alt ?? ""
    }

    Column {
        id: info
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap / 4

        Row {
            spacing: Theme.gap / 2
            width: parent.width

            SampleBadge {
                visible: screen.item.sample ?? false
            }
            Label {
                objectName: "photoCaption"
                width: parent.width - Theme.gap * 6
                text: screen.item.caption ?? ""
            }
        }
        Label {
            objectName: "photoCredit"
            width: parent.width
            visible: text !== ""
            text: [screen.item.credit, screen.item.rights].filter(t => !!t).join("  ·  ")
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
    }
}
