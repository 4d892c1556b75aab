import QtQuick
import Kiosk

// An event on the timeline: its picture, date, title and place.
Rectangle {
    id: card

    property string heading: ""
    property string when: ""
    property string where: ""
    property string picture: ""

    signal tapped

    radius: Theme.radius
    color: tap.pressed ? Theme.pressed : Theme.surface
    clip: true
    Accessible.role: Accessible.Button
    Accessible.name: when + ", " + heading

    Picture {
        id: thumb
        width: Math.min(parent.height, parent.width * 0.38)
        height: parent.height
        path: card.picture
        caption: ""
        visible: card.picture !== ""
    }
    Column {
        anchors.left: thumb.visible ? thumb.right : parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap * 0.75
        spacing: Theme.gap / 3

        Text {
            width: parent.width
            text: card.when
            color: Theme.accent
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: card.heading
            color: Theme.text
            font.family: Theme.titleFont
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: card.where
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: card.tapped()
    }
}
