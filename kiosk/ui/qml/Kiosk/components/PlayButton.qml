import QtQuick
import Kiosk
import Kiosk.Backend

// Play or stop a piece's excerpt; absent when there is none, says so when it will not play.
KioskButton {
    id: button

    property string piece: ""
    property string path: ""
    readonly property bool playing: Audio.playing === piece

    objectName: "playButton-" + piece
    visible: path !== ""
    prominent: !playing
    checked: playing
    iconName: playing ? "stop" : "play"
    text: Audio.failed === piece ? qsTr("Cannot play") : playing ? qsTr("Stop") : qsTr("Listen")
    onTapped: Audio.toggle(piece, path)
}
