pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The concert programme in order; an excerpt plays where one exists, one at a time.
Item {
    id: screen
    objectName: "programmeScreen"

    property string key: ""
    readonly property var section: sectionDetail.item
    readonly property ItemDetail sectionDetail: ItemDetail {
        kind: "section"
        key: screen.key
    }
    readonly property var info: Exhibition.concert

    ListView {
        id: list
        objectName: "programmeList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap / 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: Exhibition.programme

        header: Column {
            width: list.width
            spacing: Theme.gap / 2
            bottomPadding: Theme.gap

            Item {
                width: 1
                height: Theme.margin / 2 - Theme.gap / 2
            }
            ScreenHeader {
                width: parent.width
                title: screen.section.title ?? ""
                lead: screen.section.intro ?? ""
            }
            Row {
                spacing: Theme.gap / 2

                SampleBadge {
                    visible: screen.info.sample ?? false
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    width: list.width - Theme.gap * 8
                    text: [screen.info.title, screen.info.performers].filter(t => !!t).join(" · ")
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                }
            }
        }

        delegate: PieceRow {
            required property string slug
            required property int number
            required property string composer
            required property string work
            required property string performers
            required property string instrument
            required property string duration
            required property string audio
            objectName: "pieceRow-" + slug
            width: list.width
            piece: slug
            position: number
            composerName: composer
            workTitle: work
            details: [performers, instrument].filter(t => !!t).join(" · ")
            length: duration
            audioPath: audio
            onTapped: Navigator.open(Navigator.Piece, slug)
        }
    }

    ScrollHint {
        flickable: list
        span: screen
    }
}
