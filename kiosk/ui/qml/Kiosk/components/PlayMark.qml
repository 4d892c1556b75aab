import QtQuick
import Kiosk

// The sign of a video on its poster: a round play mark with the running time beneath.
Column {
    id: mark

    property real seconds: 0
    property real size: 96 * Theme.unit

    spacing: Theme.gap / 3

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        width: mark.size
        height: width
        radius: width / 2
        color: Theme.markOnPicture
        border.color: Theme.text
        border.width: Math.max(1, 2 * Theme.unit)

        Image {
            anchors.centerIn: parent
            anchors.horizontalCenterOffset: mark.size * 0.04
            source: Theme.icon("play")
            sourceSize.width: mark.size * 0.6
            sourceSize.height: mark.size * 0.6
        }
    }
    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        visible: mark.seconds > 0
        width: time.implicitWidth + Theme.gap / 2
        height: time.implicitHeight + Theme.gap / 6
        radius: Theme.radius
        color: Theme.markOnPicture

        Text {
            id: time
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            anchors.centerIn: parent
            text: Theme.clock(mark.seconds)
            color: Theme.text
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
        }
    }
}
