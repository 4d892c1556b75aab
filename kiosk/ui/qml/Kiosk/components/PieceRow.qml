import QtQuick
import Kiosk

// A piece in the programme: number, composer, work, performers; play and progress.
Rectangle {
    id: row

    property string piece: ""
    property int position: 0
    property string composerName: ""
    property string workTitle: ""
    property string details: ""
    property string length: ""
    property string audioPath: ""

    signal tapped

    Accessible.role: Accessible.Button
    Accessible.name: [composerName, workTitle].filter(t => !!t).join(", ")
    Accessible.onPressAction: row.tapped()
    activeFocusOnTab: true

    radius: Theme.radius
    color: tap.pressed ? Theme.pressed : Theme.surface
    implicitHeight: Math.max(Theme.target + Theme.gap, words.height + 1.5 * Theme.gap)

    Text {
        id: number
        textFormat: Text.PlainText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        x: Theme.gap
        y: Theme.gap * 0.75
        width: 64 * Theme.unit
        text: row.position
        color: Theme.accent
        font.family: Theme.titleFont
        font.pixelSize: Theme.headingSize
    }
    Column {
        id: words
        anchors.left: number.right
        anchors.right: play.visible ? play.left : noRecording.left
        anchors.rightMargin: Theme.gap
        y: Theme.gap * 0.75
        spacing: Theme.gap / 6

        Label {
            width: parent.width
            text: row.composerName
            font.weight: Font.DemiBold
        }
        Label {
            width: parent.width
            text: row.workTitle
            font.family: Theme.titleFont
        }
        Label {
            width: parent.width
            visible: text !== ""
            text: [row.details, row.length].filter(t => !!t).join(" · ")
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
    }
    PlayButton {
        id: play
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        piece: row.piece
        path: row.audioPath
    }
    Text {
        // Why there is no Listen: a visitor should not wonder whether it failed.
        id: noRecording
        objectName: "noRecording-" + row.piece
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        visible: row.audioPath === ""
        width: Math.min(implicitWidth, 300 * Theme.unit)
        horizontalAlignment: Text.AlignRight
        text: qsTr("No recording in the exhibition")
        textFormat: Text.PlainText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        color: Theme.textMuted
        font.family: Theme.bodyFont
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    AudioProgress {
        anchors.bottom: parent.bottom
        width: parent.width
        piece: row.piece
    }

    FocusRing {}

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: row.tapped()
    }
}
