import QtQuick
import Kiosk
import Kiosk.Backend

// One piece of the programme, with its excerpt.
Item {
    id: screen
    objectName: "pieceScreen"

    property string key: ""
    readonly property var piece: Exhibition.piece(key, Visit.language)

    Column {
        x: Theme.margin
        y: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 1400 * Theme.unit)
        spacing: Theme.gap

        SampleBadge {
            visible: screen.piece.sample ?? false
        }
        Text {
            width: parent.width
            text: screen.piece.composer ?? ""
            color: Theme.accent
            font.family: Theme.bodyFont
            font.pixelSize: Theme.leadSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        ScreenHeader {
            width: parent.width
            title: screen.piece.work ?? ""
        }
        Label {
            width: parent.width
            text: [screen.piece.performers, screen.piece.instrument].filter(t => !!t).join(" · ")
        }
        Label {
            width: parent.width
            visible: text !== ""
            text: screen.piece.duration ? qsTr("Duration %1").arg(screen.piece.duration) : ""
            color: Theme.textMuted
        }
        Item {
            width: 1
            height: Theme.gap
        }
        PlayButton {
            piece: screen.key
            path: screen.piece.audio ?? ""
        }
        AudioProgress {
            width: parent.width
            piece: screen.key
        }
        Label {
            width: parent.width
            visible: (screen.piece.audio ?? "") !== ""
            text: screen.piece.audioCaption ?? ""
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
        Label {
            width: parent.width
            visible: (screen.piece.audio ?? "") === ""
            text: qsTr("No recording of this piece in the exhibition.")
            color: Theme.textMuted
        }
    }
}
