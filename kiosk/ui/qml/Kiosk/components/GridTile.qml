import QtQuick
import Kiosk

// A tile of a grid of pictures: its place is drawn at once, its picture and texts (`content`)
// are made off the frame. A page of tiles made at once took half of a tap's budget to open a
// section of them; now the screen shows in the next frame and its tiles in the few after, as
// it fades in (and as a flick brings them).
Item {
    id: tile

    property real pictureHeight: 0
    property Component content
    property string name: ""  // what a screen reader says of the tile

    signal tapped

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.onPressAction: tile.tapped()

    Rectangle {
        width: parent.width - Theme.gap
        height: tile.pictureHeight
        color: Theme.surface
    }
    Loader {
        anchors.fill: parent
        asynchronous: true
        sourceComponent: tile.content
    }
    FocusRing {
        anchors.rightMargin: Theme.gap  // the picture's width, not the cell's
        anchors.bottomMargin: Theme.gap / 2
    }
}
