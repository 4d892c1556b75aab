import QtQuick
import Kiosk
import Kiosk.Backend

// How far the playing excerpt has gone, as a thin bar along the bottom of its row.
Item {
    id: bar

    property string piece: ""

    objectName: "audioProgress-" + piece
    visible: Audio.playing === piece
    height: 6 * Theme.unit

    Rectangle {
        anchors.fill: parent
        color: Theme.line
    }
    Rectangle {
        width: parent.width * ExcerptProgress.fraction
        height: parent.height
        color: Theme.accent
    }
}
