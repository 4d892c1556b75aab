import QtQuick
import Kiosk
import Kiosk.Backend

// One piece of the programme: its place in the concert, composer, work, who plays it on what,
// its excerpt (or why there is none), and the pieces before and after it.
Flickable {
    id: screen
    objectName: "pieceScreen"

    property string key: ""
    // Next and previous step within the screen: the navigator knows what is shown (statistics).
    onKeyChanged: Navigator.stepTo(key)
    readonly property var piece: detail.item
    readonly property var concert: Exhibition.concert
    readonly property ItemDetail detail: ItemDetail {
        kind: "piece"
        key: screen.key
    }

    contentHeight: page.height + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Column {
        id: page
        x: Theme.margin
        y: Theme.margin / 2
        width: Math.min(screen.width - 2 * Theme.margin, 1400 * Theme.unit)
        spacing: Theme.gap

        Row {
            spacing: Theme.gap

            Text {
                objectName: "piecePosition"
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Piece %1 of %2").arg(screen.piece.number ?? 0).arg(screen.piece.count ?? 0)
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                color: Theme.textMuted
                font.family: Theme.bodyFont
                font.pixelSize: Theme.bodySize
            }
            SampleBadge {
                anchors.verticalCenter: parent.verticalCenter
                visible: screen.piece.sample ?? false
            }
        }
        Text {
            width: parent.width
            objectName: "pieceComposer"
            text: (screen.piece.composer ?? "")
                  + (screen.piece.composerDates ? " (" + screen.piece.composerDates + ")" : "")
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
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
        Grid {
            // Who plays, on what, for how long: a small table a visitor reads at a glance.
            objectName: "pieceFacts"
            columns: 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap / 3

            Label {
                visible: (screen.piece.performers ?? "") !== ""
                text: qsTr("Performers")
                color: Theme.textMuted
            }
            Label {
                visible: (screen.piece.performers ?? "") !== ""
                width: page.width * 0.7
                text: screen.piece.performers ?? ""
            }
            Label {
                visible: (screen.piece.instrument ?? "") !== ""
                text: qsTr("Instruments")
                color: Theme.textMuted
            }
            Label {
                visible: (screen.piece.instrument ?? "") !== ""
                width: page.width * 0.7
                text: screen.piece.instrument ?? ""
            }
            Label {
                visible: (screen.piece.duration ?? "") !== ""
                text: qsTr("Duration")
                color: Theme.textMuted
            }
            Label {
                visible: (screen.piece.duration ?? "") !== ""
                width: page.width * 0.7
                text: screen.piece.duration ?? ""
            }
        }
        Item {
            width: 1
            height: Theme.gap / 2
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
            objectName: "noRecording"
            width: parent.width
            visible: (screen.piece.audio ?? "") === ""
            text: qsTr("No recording of this piece in the exhibition.")
            color: Theme.textMuted
        }
        Label {
            width: parent.width
            visible: text !== ""
            text: [screen.concert.title, screen.concert.performers].filter(t => !!t).join(" · ")
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
        Flow {
            width: parent.width
            spacing: Theme.gap

            KioskButton {
                objectName: "previousPiece"
                visible: (screen.piece.previous ?? "") !== ""
                iconName: "back"
                maximumWidth: page.width / 2 - Theme.gap
                text: screen.piece.previousWork ?? ""
                Accessible.name: qsTr("Previous piece: %1").arg(text)
                onTapped: screen.key = screen.piece.previous
            }
            KioskButton {
                objectName: "nextPiece"
                visible: (screen.piece.next ?? "") !== ""
                iconName: "forward"
                maximumWidth: page.width / 2 - Theme.gap
                text: screen.piece.nextWork ?? ""
                Accessible.name: qsTr("Next piece: %1").arg(text)
                onTapped: screen.key = screen.piece.next
            }
        }
    }

    ScrollHint {
        parent: screen
        flickable: screen
    }
}
